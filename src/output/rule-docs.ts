/**
 * One documentation page per rule, generated from the rule itself (its article and quoted words, what must be
 * stated, why it matters for enforcement, its examples, how to turn it off), so that the pages never drift from
 * the rules. The page is a Markdown tree: `npm run docs` writes it to docs/rules/<id>.md, `zhixing-lint serve`
 * renders the same tree as HTML at /rules/<id>, and SARIF and the HTML report point at the written file.
 */
import type { BlockContent, Code, Heading, List, Paragraph, PhrasingContent, Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { type ExampleText, type Rule, citationText } from '../engine/rule.js';

export { RULE_DOCS_DIR, ruleDocPath } from './rule-doc-paths.js';

/** Examples shown per kind: the rule files hold more (they are the rule's tests). */
const EXAMPLES_SHOWN = 4;

/** Said when a rule does not state its own reason. */
export const DEFAULT_RATIONALE =
  '主文是强制执行的依据，执行法院只能按主文写明的内容执行，不能自行补充。判项缺少这里要求写明的内容时，' +
  '执行立案可能因内容不明确而不予受理，或须先裁定补正、由当事人另行诉讼，执行因此拖延，当事人之间也容易再起争议。';

export function severityLabel(severity: Rule['severity']): string {
  return severity === 'error' ? '错误（error）' : '警告（warn）';
}

function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

function inlineCode(value: string): PhrasingContent {
  return { type: 'inlineCode', value };
}

function paragraph(...children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

function heading(depth: 1 | 2 | 3, value: string): Heading {
  return { type: 'heading', depth, children: [text(value)] };
}

function code(value: string): Code {
  return { type: 'code', lang: 'text', value };
}

function list(items: BlockContent[][]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((children) => ({ type: 'listItem', spread: false, children })),
  };
}

/** The operative part of an example document: the lines after 判决如下：/ 协议如下：, up to the costs or the tail. */
const OPERATIVE_HEAD = /如下[：:]\s*$/;
const OPERATIVE_END = /^(?:案件受理费|如不服|本判决|本调解|审\s*判|书\s*记)/;

function operativePart(document: string): string | undefined {
  const lines = document.split('\n');
  const head = lines.findIndex((line) => OPERATIVE_HEAD.test(line));
  if (head === -1) return undefined;
  const rest = lines.slice(head + 1);
  const end = rest.findIndex((line) => OPERATIVE_END.test(line.trim()));
  const part = (end === -1 ? rest : rest.slice(0, end)).join('\n').trim();
  return part === '' ? undefined : part;
}

/** The example's text as the rule tester reads it: items alone (wrapped into a document there) or a document. */
function exampleText(example: ExampleText): string {
  if (typeof example === 'string') return example;
  if ('items' in example) return typeof example.items === 'string' ? example.items : example.items.join('\n');
  if ('judgment' in example) return example.judgment.items.join('\n');
  return operativePart(example.document) ?? example.document;
}

/** Item examples first: they show the point in a few lines. */
function shortFirst<T>(list: readonly T[], textOf: (item: T) => ExampleText): T[] {
  const isDocument = (item: T) => {
    const example = textOf(item);
    return typeof example !== 'string' && ('document' in example || 'judgment' in example);
  };
  return [...list.filter((e) => !isDocument(e)), ...list.filter(isDocument)].slice(0, EXAMPLES_SHOWN);
}

function exampleLabel(example: ExampleText): string {
  if (typeof example === 'string') return '判项（放在民事判决书中检查）';
  if ('items' in example) {
    const kinds = {
      civil: '民事判决书',
      criminal: '刑事判决书',
      administrative: '行政判决书',
      mediation: '调解书',
    };
    return `判项（放在${kinds[example.kind]}中检查）`;
  }
  if ('judgment' in example) return '判项（放在写明事实和说理的民事判决书中检查）';
  const name = example.filename ? `（${example.filename}）` : '';
  return operativePart(example.document) === undefined ? `整份文书${name}` : `整份文书${name}的主文部分`;
}

function examples(title: string, shown: BlockContent[][], total: number): BlockContent[] {
  if (total === 0) return [];
  const more =
    total > shown.length
      ? [paragraph(text(`共 ${total} 例，此处列出 ${shown.length} 例；其余见规则文件中的 examples。`))]
      : [];
  return [heading(3, title), ...shown.flat(), ...more];
}

/** The page as a Markdown tree. */
export function ruleDocTree(rule: Rule): Root {
  const { citation } = rule;
  const valid = shortFirst(rule.examples.valid, (e) => e).map((e): BlockContent[] => [
    paragraph(text(exampleLabel(e))),
    code(exampleText(e)),
  ]);
  const invalid = shortFirst(rule.examples.invalid, (e) => e.code).map((e): BlockContent[] => {
    const notes = [
      ...(e.at ? [`问题指向“${e.at}”`] : []),
      ...(e.count !== undefined && e.count !== 1 ? [`报告 ${e.count} 处`] : []),
    ];
    return [
      paragraph(text(exampleLabel(e.code) + (notes.length > 0 ? `；${notes.join('，')}` : ''))),
      code(exampleText(e.code)),
    ];
  });
  const configExample = JSON.stringify({ rules: { [rule.id]: 'off' } });
  return {
    type: 'root',
    children: [
      heading(1, `${rule.id}：${rule.name}`),
      paragraph(text('本页由规则定义生成（npm run docs），请勿手工修改。')),
      list([
        [paragraph(text('默认级别：'), text(severityLabel(rule.severity)))],
        [paragraph(text('类别：'), inlineCode(rule.category))],
        [paragraph(text('依据：'), text(citationText(citation)))],
      ]),
      heading(2, '依据条文'),
      paragraph(text(`${citationText(citation)}：`)),
      { type: 'blockquote', children: [paragraph(text(citation.quote))] },
      heading(2, '应当写明'),
      paragraph(text(rule.message)),
      paragraph(text('建议写法：'), text(rule.suggestion)),
      heading(2, '为什么影响执行'),
      paragraph(text(rule.rationale ?? DEFAULT_RATIONALE)),
      heading(2, '示例'),
      ...examples('符合要求（不报告）', valid, rule.examples.valid.length),
      ...examples('不符合要求（报告）', invalid, rule.examples.invalid.length),
      heading(2, '如何关闭'),
      list([
        [paragraph(text('命令行：'), inlineCode(`zhixing-lint --rule ${rule.id}:off 文件`))],
        [paragraph(text('配置文件 .zhixinglintrc.json：'), inlineCode(configExample))],
        [
          paragraph(
            text('文书中的个别一处：在该行之前加 '),
            inlineCode(`<!-- zhixing-lint-disable-next-line ${rule.id} -- 理由 -->`),
          ),
        ],
      ]),
    ],
  };
}

export function ruleDocMarkdown(rule: Rule): string {
  return toMarkdown(ruleDocTree(rule), { bullet: '-', fences: true });
}
