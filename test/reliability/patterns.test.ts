/**
 * Catastrophic backtracking guard: long runs (50,000 characters) of every character the patterns repeat — digits,
 * Chinese numerals, 、, spaces, parentheses, 元, 年月日, 东至, ×, 等, Markdown markup … — through the Markdown
 * reader, every recogniser, every pattern exported by src/language, the document model (src/document) and all
 * rules. A backtracking pattern takes minutes or hours on such a run, a linear one milliseconds: the test timeout
 * (vitest.config.ts) is the hang guard, and no time is asserted here. The measured times are printed by
 * bench/hostile.mjs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { REPEATED_UNITS, judgment, repeatedRun } from '../../bench/hostile-inputs.mjs';
import { buildDocument } from '../../src/document/model.js';
import { loadText } from '../../src/input/load.js';
import { loadMarkdownParser } from '../../src/input/markdown.js';
import { SourceText } from '../../src/input/source-text.js';
import { recognizeEntities } from '../../src/language/entities/index.js';
import { ALL_RULES } from '../support/all-rules.js';
import { lintText } from '../support/lint-text.js';

const modules = import.meta.glob<Record<string, unknown>>('../../src/language/**/*.ts', { eager: true });

/** Every RegExp a module of src/language exports, alone or in an array, named module:export. */
const PATTERNS: [string, RegExp][] = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports).flatMap(([name, value]) => {
    const found = Array.isArray(value) ? value : [value];
    return found
      .filter((v): v is RegExp => v instanceof RegExp)
      .map((pattern, i): [string, RegExp] => [
        `${file.replace(/^.*src\//, '')}:${name}${found.length > 1 ? `[${i}]` : ''}`,
        pattern,
      ]);
  }),
);

/** Runs a pattern over the whole text, every match, as rules do with matchAll. */
function scan(pattern: RegExp, text: string): number {
  const global = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
  );
  let count = 0;
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    count++;
    if (m[0] === '') global.lastIndex++;
  }
  return count;
}

it('finds the exported patterns of src/language (the lexicon among them)', () => {
  expect(PATTERNS.length).toBeGreaterThan(20);
  expect(PATTERNS.map(([name]) => name)).toContain('language/lexicon.ts:INTEREST_TERM');
});

describe.each(REPEATED_UNITS.map((unit) => [JSON.stringify(unit), unit]))('a run of %s', (_, unit) => {
  const run = repeatedRun(unit);

  beforeAll(async () => {
    await loadMarkdownParser();
  });

  it('through the Markdown reader, alone and inside a judgment', () => {
    const encoder = new TextEncoder();
    for (const text of [run, judgment([`一、${run}`])]) {
      // Read (a run of markup may leave no text at all), or refused with a reason; never thrown.
      const loaded = loadText('run.md', encoder.encode(text), true);
      if (!loaded.ok) expect(loaded.message).not.toBe('');
    }
  });

  it('through the recognisers', () => {
    expect(Array.isArray(recognizeEntities(run))).toBe(true);
  });

  it('through every exported pattern', () => {
    for (const [name, pattern] of PATTERNS) expect(scan(pattern, run), name).toBeGreaterThanOrEqual(0);
  });

  it('through the document model, as the heading, the parties and the operative part', () => {
    for (const text of [run, judgment([run])]) {
      expect(() => buildDocument(SourceText.identity('run.txt', text))).not.toThrow();
    }
  });

  it('through every rule', () => {
    const result = lintText(judgment([`一、${run}`]), ALL_RULES, 'run.txt');
    expect(result.findings.filter((f) => f.category === 'internal')).toEqual([]);
  });
});
