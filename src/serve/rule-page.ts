/** /rules/<id>: the rule's documentation page (the tree `npm run docs` writes as Markdown) as HTML. */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import type { Rule } from '../engine/rule.js';
import { ruleDocTree } from '../output/rule-docs.js';

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function textNode(value: string): ElementContent {
  return { type: 'text', value };
}

function htmlPage(title: string, body: ElementContent[]): string {
  const root: HastRoot = {
    type: 'root',
    children: [
      { type: 'doctype' },
      element('html', { lang: 'zh-CN' }, [
        element('head', {}, [
          element('meta', { charSet: 'utf-8' }, []),
          element('meta', { name: 'viewport', content: 'width=device-width,initial-scale=1' }, []),
          element('title', {}, [textNode(title)]),
          element('link', { rel: ['icon'], href: 'data:,' }, []),
          element('link', { rel: ['stylesheet'], href: '/style.css' }, []),
        ]),
        element('body', { className: ['rule-page'] }, [
          element('p', { className: ['back'] }, [element('a', { href: '/' }, [textNode('← 返回检查页面')])]),
          element('main', {}, body),
        ]),
      ]),
    ],
  };
  return toHtml(root);
}

export function rulePageHtml(rule: Rule): string {
  const content = toHast(ruleDocTree(rule));
  const children: ElementContent[] =
    content.type === 'root'
      ? content.children.filter((c): c is ElementContent => c.type !== 'doctype')
      : [content as ElementContent];
  return htmlPage(`${rule.id}：${rule.name} — zhixing-lint 规则说明`, children);
}

export function notFoundPageHtml(message: string): string {
  return htmlPage('未找到 — zhixing-lint', [
    element('h1', {}, [textNode('未找到')]),
    element('p', {}, [textNode(message)]),
  ]);
}
