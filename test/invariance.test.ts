/**
 * Findings do not depend on how a document is typed: renumbering its operative items in any style real judgments
 * and agreements use, saving the Markdown as plain text, or hard-wrapping the operative part as a PDF copy does must
 * leave every finding (rule and item) as it was. Runs over the samples, the committed probe documents and, when the
 * development sets are beside the project, their drafts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/engine/finding.js';
import { ALL_RULES } from './support/all-rules.js';
import { lintText } from './support/lint-text.js';

const CHINESE_DIGITS = '一二三四五六七八九十';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

function chinese(n: number): string {
  if (n <= 10) return CHINESE_DIGITS[n - 1] ?? String(n);
  return n < 20 ? `十${CHINESE_DIGITS[n - 11] ?? ''}` : String(n);
}

/** The item-number styles of real documents, each as the marker for item n. */
const STYLES: Record<string, (n: number) => string> = {
  '（一）': (n) => `（${chinese(n)}）`,
  '1.': (n) => `${n}.`,
  '1、': (n) => `${n}、`,
  '（1）': (n) => `（${n}）`,
  第一条: (n) => `第${chinese(n)}条　`,
  '①': (n) => CIRCLED[n - 1] ?? `${n}.`,
  '**一、**': (n) => `**${chinese(n)}、**`,
};

const ITEM = /^(\*\*)?([一二三四五六七八九十]{1,3})、(\*\*)?/;
const OPERATIVE_HEADING = /判决如下|裁定如下|协议如下|调解协议|达成如下/;

function itemNumber(written: string): number | null {
  if (written === '十') return 10;
  if (written.length === 2 && written.startsWith('十'))
    return 10 + CHINESE_DIGITS.indexOf(written[1] ?? '') + 1;
  return written.length === 1 ? CHINESE_DIGITS.indexOf(written) + 1 : null;
}

interface Variant {
  name: string;
  text: string;
  filename: string;
  /** Lines keep their places: findings compare by rule and line; otherwise by rule and item (the message's ordinal). */
  sameLines: boolean;
}

function variantsOf(text: string): Variant[] {
  const lines = text.split('\n');
  const heading = lines.findIndex((line) => OPERATIVE_HEADING.test(line));
  if (heading < 0) return [];
  const variants: Variant[] = [];
  for (const [name, marker] of Object.entries(STYLES)) {
    let renumbered = 0;
    const restyled = lines.map((line, i) => {
      const m = i > heading ? ITEM.exec(line) : null;
      const n = m ? itemNumber(m[2] ?? '') : null;
      if (!m || !n) return line;
      renumbered++;
      return marker(n) + line.slice(m[0].length);
    });
    if (renumbered >= 2)
      variants.push({ name, text: restyled.join('\n'), filename: 'variant.md', sameLines: true });
  }
  if (variants.length === 0) return variants;
  const plain = text.replaceAll('**', '');
  variants.push({ name: 'as .txt', text: plain, filename: 'variant.txt', sameLines: false });
  const wrapped = plain.split('\n').flatMap((line, i) => {
    if (i <= heading) return [line];
    const pieces: string[] = [];
    let rest = line;
    while (rest.length > 38) {
      pieces.push(rest.slice(0, 38));
      rest = rest.slice(38);
    }
    return [...pieces, rest];
  });
  variants.push({
    name: 'wrapped at 38 as a PDF copy',
    text: wrapped.join('\n'),
    filename: 'variant.txt',
    sameLines: false,
  });
  return variants;
}

function keys(findings: readonly Finding[], sameLines: boolean): string[] {
  const ordinal = (f: Finding): string => f.message.split('：')[0] ?? '';
  return [...new Set(findings.map((f) => `${f.ruleId} @ ${sameLines ? String(f.line) : ordinal(f)}`))].sort();
}

function markdownFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md') && !/(^|\/)(README|RESULTS)\.md$/.test(file))
    .map((file) => path.join(folder, file));
}

const ROOT = path.resolve(import.meta.dirname, '..');
const DEV_DRAFTS = path.resolve(ROOT, '../shared/eval-dev/drafts');
const DOCUMENTS = [
  ...markdownFiles(path.join(ROOT, 'samples')),
  ...markdownFiles(path.join(ROOT, 'test/fixtures/probes')),
  ...markdownFiles(DEV_DRAFTS),
].filter((file) => variantsOf(readFileSync(file, 'utf8')).length > 0);

if (!existsSync(DEV_DRAFTS)) {
  console.log(`invariance: ${DEV_DRAFTS} is absent; checking the samples and committed probe documents only`);
}

describe.each(DOCUMENTS.map((file) => [path.relative(ROOT, file), file]))('%s', (_, file) => {
  const original = readFileSync(file, 'utf8');
  const findings = lintText(original, ALL_RULES, path.basename(file)).findings;
  it.each(variantsOf(original).map((variant) => [variant.name, variant] as const))(
    'keeps its findings when %s',
    (__, variant) => {
      const changed = lintText(variant.text, ALL_RULES, variant.filename).findings;
      expect(keys(changed, variant.sameLines)).toEqual(keys(findings, variant.sameLines));
    },
  );
});
