/**
 * Property-based tests on 10,000 generated judgments: operative parts assembled from the realistic items of every
 * rule's examples, then mutated (characters deleted, duplicated or inserted, full and half width swapped, Markdown
 * syntax inserted). Whatever the text, the linter never throws, every finding lies inside the file and points at a
 * character of the item it quotes, and the output is the same run after run — and, through the CLI, whatever the
 * number of threads.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/engine/lint.js';
import { exampleDocument } from '../support/documents.js';
import { ALL_RULES } from '../support/all-rules.js';
import { lintText } from '../support/lint-text.js';
import { runMeasured, temporaryFolder } from './support.js';

const RUNS = 10_000;
const SEED = 20241125;

/** Every operative item written in the rules' examples (item-only examples, one item per line). */
const ITEMS: string[] = [
  ...new Set(
    ALL_RULES.flatMap((rule) => [...rule.examples.valid, ...rule.examples.invalid.map((i) => i.code)])
      .flatMap((code) => (typeof code === 'string' ? [code] : 'items' in code ? [code.items].flat() : []))
      .flatMap((items) => items.split('\n'))
      .map((line) =>
        line
          .trim()
          .replace(
            /^(?:[一二三四五六七八九十]{1,3}|\d{1,2}|[（(][一二三四五六七八九十]{1,3}[）)])[、.．]?/,
            '',
          ),
      )
      .filter((line) => /[\u4e00-\u9fa5]/.test(line)),
  ),
];

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const MARKUP = [
  '*',
  '**',
  '#',
  '> ',
  '|',
  '- ',
  '1. ',
  '`',
  '\n',
  '\n\n',
  '[',
  ']',
  '\\',
  '<!--',
  '&amp;',
  '　',
  ' ',
];
const TEXT = [
  '、',
  '，',
  '。',
  '；',
  '（',
  '）',
  '元',
  '等',
  '0',
  '1',
  '9',
  '万',
  '年',
  '月',
  '日',
  '至',
  '利息',
  '被告',
];
const WIDTH: Record<string, string> = {
  '0': '０',
  '1': '１',
  '5': '５',
  '.': '．',
  '%': '％',
  ',': '，',
  ':': '：',
  ';': '；',
  '(': '（',
  ')': '）',
};
const SWAPPED = Object.fromEntries(
  Object.entries(WIDTH).flatMap(([half, full]) => [
    [half, full],
    [full, half],
  ]),
);

type Mutation =
  { kind: 'delete' | 'duplicate' | 'width'; at: number } | { kind: 'insert'; at: number; text: string };

function mutate(text: string, mutation: Mutation): string {
  const at = Math.floor(mutation.at * text.length);
  switch (mutation.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + 1);
    case 'duplicate':
      return text.slice(0, at) + text.slice(at, at + 1) + text.slice(at);
    case 'width': {
      const swapped = text.slice(at).replace(/[015.%,:;()０１５．％，：；（）]/, (ch) => SWAPPED[ch] ?? ch);
      return text.slice(0, at) + swapped;
    }
    case 'insert':
      return text.slice(0, at) + mutation.text + text.slice(at);
  }
}

const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('delete' as const, 'duplicate' as const, 'width' as const),
    at: fraction,
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fraction,
    text: fc.constantFrom(...MARKUP, ...TEXT),
  }),
);

/** A judgment: 1–6 numbered items from the examples, wrapped in a civil judgment, then 0–12 mutations. */
const judgment = fc
  .record({
    items: fc.array(fc.constantFrom(...ITEMS), { minLength: 1, maxLength: 6 }),
    numbered: fc.boolean(),
    kind: fc.constantFrom(
      'civil' as const,
      'criminal' as const,
      'mediation' as const,
      'administrative' as const,
    ),
    mutations: fc.array(mutation, { maxLength: 12 }),
    markdown: fc.boolean(),
  })
  .map(({ items, numbered, kind, mutations, markdown }) => {
    const body = items.map((item, i) => (numbered ? `${NUMERALS[i] ?? '十'}、${item}` : item)).join('\n');
    const text = mutations.reduce(mutate, exampleDocument({ items: body, kind }).text);
    return { text, filename: markdown ? 'draft.md' : 'draft.txt' };
  });

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Every finding lies inside the file, its line/column and offset agree, and it points into the quoted item. */
function checkLocations(text: string, result: FileResult): void {
  const starts = lineStarts(text);
  for (const finding of result.findings) {
    if (finding.category === 'internal') throw new Error(finding.message);
    const lineStart = starts[finding.line - 1];
    expect(lineStart, `line ${finding.line} of ${starts.length}`).toBeDefined();
    const lineEnd = starts[finding.line] ?? text.length + 1;
    const offset = (lineStart ?? 0) + finding.column - 1;
    expect(finding.column).toBeGreaterThanOrEqual(1);
    expect(offset).toBeLessThan(lineEnd);
    expect(offset).toBe(finding.offset);
    const ch = text[offset];
    if (ch === undefined) {
      expect(text.trimEnd().length).toBeLessThanOrEqual(offset); // only a finding on a whole, empty document
      continue;
    }
    const quote = finding.quote;
    if (quote !== '' && !quote.endsWith('…') && !/\s/.test(ch)) expect(quote).toContain(ch);
  }
}

describe(`${RUNS} generated and mutated judgments`, () => {
  it('never throw, locate every finding inside the file and its item, and lint the same way twice', async () => {
    let count = 0;
    // Ten rounds of a thousand, with a turn of the event loop between them: a run that holds the thread for minutes
    // on a loaded machine starves the test runner's own messages.
    for (let round = 0; round < 10; round++) {
      fc.assert(
        fc.property(judgment, ({ text, filename }) => {
          const first = lintText(text, ALL_RULES, filename);
          checkLocations(text, first);
          // Determinism, on every tenth case (the rest would only double the time).
          if (count++ % 10 === 0)
            expect(lintText(text, ALL_RULES, filename).findings).toEqual(first.findings);
        }),
        { numRuns: RUNS / 10, seed: SEED + round, endOnFailure: true },
      );
      await new Promise(setImmediate);
    }
    expect(count).toBe(RUNS);
  });
});

describe('the CLI, whatever the number of threads', () => {
  const folder = temporaryFolder('concurrency');
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('prints the same report with --concurrency 1 and --concurrency 2', async () => {
    const drafts = path.join(folder, 'drafts');
    mkdirSync(drafts);
    fc.sample(judgment, { numRuns: 48, seed: SEED }).forEach(({ text, filename }, i) => {
      writeFileSync(path.join(drafts, `${String(i).padStart(2, '0')}-${filename}`), text);
    });
    const single = await runMeasured(['drafts', '--format', 'json', '--concurrency', '1'], folder);
    const pooled = await runMeasured(['drafts', '--format', 'json', '--concurrency', '2'], folder);
    expect(single.code).toBe(pooled.code);
    expect(JSON.parse(single.stdout)).toHaveLength(48);
    expect(pooled.stdout).toBe(single.stdout);
  });
});
