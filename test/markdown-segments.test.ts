/**
 * Paragraphs without markup are copied without remark (src/input/markdown-blocks.ts). These tests hold that
 * shortcut to what parsing the whole file gives: the same plain text, every character mapped to the same place in
 * the file, on real drafts, judgments and generated Markdown full of markup.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownSegments } from '../src/input/markdown-blocks.js';
import { parseMarkdown } from '../src/input/markdown.js';
import { ROOT } from './support/cli.js';
import { FIXTURE_CORPUS, sharedPath, skippedWithoutShared } from './support/shared.js';

/** An HTML comment makes parseMarkdown read the whole file with remark; it adds no text. */
const WHOLE_FILE = '\n\n<!-- whole -->\n';

function mapped(text: string): { plain: string; offsets: number[] } {
  const { source } = parseMarkdown('t.md', text);
  const plain = source.plain.replace(/\n$/, '');
  return { plain, offsets: Array.from(plain, (_ch, i) => source.toOriginal(i)) };
}

function expectSameAsWholeFile(text: string): void {
  // Such a file is read whole anyway (and an open code fence would swallow the comment).
  if (markdownSegments(text) === null) return;
  expect(markdownSegments(text + WHOLE_FILE)).toBeNull();
  expect(mapped(text)).toEqual(mapped(text + WHOLE_FILE));
}

describe('markdownSegments', () => {
  it('copies plain paragraphs and sends headings and blocks with markup to the parser', () => {
    const text = '# 民事判决书\n\n原告张三。\n\n**一、**被告李四支付借款10000元；\n\n二、驳回其他诉讼请求。';
    const kinds = markdownSegments(text)?.map(({ kind, start, end }) => [kind, text.slice(start, end)]);
    expect(kinds).toEqual([
      ['markup', '# 民事判决书'],
      ['text', '原告张三。'],
      ['markup', '**一、**被告李四支付借款10000元；'],
      ['text', '二、驳回其他诉讼请求。'],
    ]);
  });

  it('keeps a list that goes on after a blank line in one stretch', () => {
    const text = '1. 被告支付货款；\n\n   并支付利息。\n\n2. 驳回其他诉讼请求。\n\n案件受理费50元。';
    expect(markdownSegments(text)?.map((s) => s.kind)).toEqual(['markup', 'text']);
  });

  it('sends a paragraph to the parser when a line of it could be markup', () => {
    for (const line of ['- 甲', '1) 甲', '===', '  缩进', '甲  ', '#标题', '## 标题', '甲&amp;乙', '\t'])
      expect(markdownSegments(`原告张三。\n${line}`)?.[0]?.kind).toBe('markup');
  });

  it('reads the whole file when a construct can span a blank line', () => {
    for (const text of ['```\n甲\n\n乙\n```', '<!--\n甲\n\n-->', '[甲]: http://a\n\n[甲]', '~~~\n甲'])
      expect(markdownSegments(text)).toBeNull();
  });
});

/** The drafts and judgments of a folder, read recursively. */
function textFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(md|txt)$/.test(name))
    .map((name) => path.join(folder, name));
}

describe('parseMarkdown with plain blocks copied', () => {
  const committed = [
    ...textFiles(path.join(ROOT, 'samples')),
    ...textFiles(FIXTURE_CORPUS),
    ...textFiles(path.join(ROOT, 'test', 'fixtures', 'probes')),
  ];
  // The labelled drafts and the corpus extension, when the workspace has them beside the repository.
  const sharedFolders = [
    ['eval-dev', 'drafts'],
    ['corpus', 'extra'],
  ];
  const shared = sharedFolders.flatMap((parts) => {
    const folder = sharedPath(...parts);
    return folder ? textFiles(folder) : [];
  });

  it(`gives what parsing the whole file gives on ${committed.length} committed drafts and judgments`, () => {
    expect(committed.length).toBeGreaterThan(40);
    for (const file of committed) expectSameAsWholeFile(readFileSync(file, 'utf8'));
  });

  it.skipIf(shared.length === 0)(
    shared.length === 0
      ? skippedWithoutShared('gives the same on the shared drafts and judgments', ['eval-dev', 'drafts'])
      : `gives the same on ${shared.length} shared drafts and judgments`,
    () => {
      for (const file of shared) expectSameAsWholeFile(readFileSync(file, 'utf8'));
    },
  );

  it('gives what parsing the whole file gives on generated Markdown', () => {
    const pieces = [
      '被告',
      '支付',
      '10000元',
      '。',
      '　',
      ' ',
      '  ',
      '\t',
      '\n',
      '\r\n',
      '\n\n',
      '\n\n\n',
      '# ',
      '## ',
      '#',
      '**',
      '*',
      '__',
      '_',
      '> ',
      '- ',
      '+ ',
      '1. ',
      '2) ',
      '一、',
      '===',
      '---',
      '|',
      '| --- |',
      '`',
      '\\',
      '[',
      ']',
      '(http://a)',
      '&amp;',
      '&',
      '<br>',
      '<',
      '    ',
      '2019.',
      '\r',
      '0)',
      '~',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        expectSameAsWholeFile(parts.join(''));
      }),
      { numRuns: 3000, seed: 20261125 },
    );
  });
});
