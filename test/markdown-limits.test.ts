/**
 * Markdown on which the parser's work grows with the square of a paragraph (markers without partners) or with
 * table rows the row limit did not see (no leading pipe, CR line ends) is read as plain text, with a notice; a
 * real draft, masked party lists included, is still parsed as Markdown.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFECTIVE_ITEM, judgment } from '../bench/hostile-inputs.mjs';
import {
  MAX_MARKDOWN_INLINE_WORK,
  MAX_MARKDOWN_TABLE_ROWS,
  inlineParseWork,
  markdownFallbackReason,
} from '../src/input/limits.js';
import { loadText } from '../src/input/load.js';
import { ROOT } from './support/cli.js';

const PLAIN = '已按纯文本检查（未解析 Markdown 格式）';

/** A party as published judgments mask it: the given name and the middle of the identity number starred. */
function maskedParty(i: number): string {
  return `被告${i}：张*，男，1980年1月1日出生，公民身份号码4101**********${String(i % 10_000).padStart(4, '0')}，住河南省焦作市山阳区。`;
}

function withItems(middle: string): string {
  return judgment([middle, `一、${DEFECTIVE_ITEM}`]);
}

const HOSTILE: [string, string][] = [
  ['80 KB of `*a`', withItems('*a'.repeat(40_000))],
  ['`<!--` 20,000 times in one paragraph', withItems('a <!--'.repeat(20_000))],
  [
    'a masked party list of 640 KB written as one paragraph',
    withItems(
      Array.from({ length: 6_000 }, (_, i) => maskedParty(i))
        .join('\n')
        .slice(0, 640_000 / 3),
    ),
  ],
  [
    'a table of 3,000 rows without leading pipes',
    withItems(
      '序号 | 物品 | 数量\n--- | --- | ---\n' +
        Array.from({ length: 3_000 }, (_, i) => `${i + 1} | 手机 | 一部`).join('\n'),
    ),
  ],
  [
    'a table of 3,000 rows with CR line ends',
    withItems(
      '| 序号 | 物品 | 数量 |\r|---|---|---|\r' +
        Array.from({ length: 3_000 }, (_, i) => `| ${i + 1} | 手机 | 一部 |`).join('\r'),
    ).replace(/\n/g, '\r'),
  ],
];

describe('Markdown the parser would take too long on', () => {
  for (const [name, text] of HOSTILE) {
    it(`reads ${name} as plain text, with a notice, every finding still found`, () => {
      expect(markdownFallbackReason(text)).toContain(PLAIN);
      const loaded = loadText('draft.md', new TextEncoder().encode(text), true);
      expect(loaded.ok).toBe(true);
      if (!loaded.ok) return;
      expect(loaded.warnings.some((warning) => warning.includes(PLAIN))).toBe(true);
      // The plain-text reading: the file's text itself, markers and all.
      expect(loaded.source.plain).toBe(text);
    });
  }

  it('counts the rows of a table without leading pipes up to the limit, not past it', () => {
    const table = (rows: number): string =>
      withItems(
        '序号 | 物品\n--- | ---\n' + Array.from({ length: rows }, (_, i) => `${i + 1} | 手机`).join('\n'),
      );
    // The header, the delimiter row and the rows are all lines holding a pipe.
    expect(markdownFallbackReason(table(MAX_MARKDOWN_TABLE_ROWS - 2))).toBeUndefined();
    expect(markdownFallbackReason(table(MAX_MARKDOWN_TABLE_ROWS - 1))).toContain('表格超过');
  });

  it('bounds the work of each paragraph by its markers times its length', () => {
    const [first, second] = ['**一、**被告支付。', '**二、**原告支付。'];
    // Two runs of markers in each paragraph of 11 characters; the second paragraph starts at the blank line.
    expect(inlineParseWork(`${first}\n\n${second}`)).toBe(2 * 11 + 2 * 13);
    expect(inlineParseWork(`${first}\n${second}`)).toBe(4 * 23);
    expect(inlineParseWork('*a'.repeat(40_000))).toBe(40_000 * 80_000);
    // The same markers a paragraph each: linear in the file's size.
    expect(inlineParseWork('*a\n\n'.repeat(40_000))).toBeLessThan(40_000 * 4);
  });
});

describe('Markdown a court writes', () => {
  it('parses a masked party list of 300 parties, one paragraph each, as Markdown', () => {
    const text = withItems(Array.from({ length: 300 }, (_, i) => maskedParty(i)).join('\n\n'));
    expect(markdownFallbackReason(text)).toBeUndefined();
  });

  it('parses every sample draft as Markdown, far within the bound', () => {
    const samples = path.join(ROOT, 'samples');
    const drafts = readdirSync(samples).filter((name) => name.endsWith('.md'));
    expect(drafts.length).toBeGreaterThan(0);
    for (const name of drafts) {
      const text = readFileSync(path.join(samples, name), 'utf8');
      expect(markdownFallbackReason(text), name).toBeUndefined();
      expect(inlineParseWork(text)).toBeLessThan(MAX_MARKDOWN_INLINE_WORK / 100);
    }
  });
});
