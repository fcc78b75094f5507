/**
 * The mediation probes (test/fixtures/probes/mediation): 民事调解书, 人民调解协议 with their 司法确认裁定 and 诉前调解
 * documents, each with the findings expected of it written from the regulations before the linter ran
 * (expected.json). Every document is linted with all rules. An expected finding must be found, with the same
 * category, in the paragraph of its anchor (line wraps inside the paragraph included); doc.* and party.* findings,
 * which concern the whole document, anywhere. An item listed as clean must carry no finding at all.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from './support/all-rules.js';
import { lintText } from './support/lint-text.js';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'probes', 'mediation');

interface ExpectedFinding {
  category: string;
  /** Text inside the item the finding must be reported in; absent for document-wide categories. */
  anchor?: string;
  /** The regulation the expectation rests on. */
  why: string;
}

interface Probe {
  file: string;
  findings: ExpectedFinding[];
  /** The opening words (or any words) of items that must stay silent. */
  clean: string[];
}

const PROBES = JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as Probe[];

/**
 * Expectations the linter does not meet yet, keyed "file category" (or "file clean: words"), with the reason. Each
 * is run as an expected failure, so that fixing one makes the test say so.
 */
const KNOWN_GAPS: Readonly<Record<string, string>> = {};

/** Categories about the document as a whole (its parties, its closing duties), found wherever they are. */
const DOCUMENT_WIDE = /^(?:doc|party)\./;

/** The paragraph (between blank lines) holding the text at `offset`. */
function paragraphAt(text: string, offset: number): { start: number; end: number } {
  const before = text.lastIndexOf('\n\n', offset);
  const after = text.indexOf('\n\n', offset);
  return { start: before < 0 ? 0 : before + 2, end: after < 0 ? text.length : after };
}

function paragraphOf(text: string, words: string, file: string): { start: number; end: number } {
  const at = text.indexOf(words);
  if (at < 0) throw new Error(`${file}: “${words}” does not occur in the document`);
  return paragraphAt(text, at);
}

describe.each(PROBES.map((probe) => [probe.file, probe] as const))('mediation probe %s', (file, probe) => {
  const text = readFileSync(path.join(DIR, file), 'utf8');
  let findings: ReturnType<typeof lintText>['findings'] | undefined;
  const lint = () => (findings ??= lintText(text, ALL_RULES, file).findings);
  const describeFindings = () => lint().map((f) => `${f.line}:${f.column} ${f.category} ${f.message}`);

  const cases = [
    ...probe.findings.map((expected) => ({
      key: `${file} ${expected.category}`,
      name: `finds ${expected.category}${expected.anchor ? ` at “${expected.anchor}”` : ''}`,
      check: () => {
        const region = expected.anchor ? paragraphOf(text, expected.anchor, file) : undefined;
        const found = lint().filter(
          (f) =>
            f.category === expected.category &&
            (DOCUMENT_WIDE.test(expected.category) ||
              !region ||
              (f.offset >= region.start && f.offset < region.end)),
        );
        expect(found.length, `${expected.why}\nfound: ${describeFindings().join('\n')}`).toBeGreaterThan(0);
      },
    })),
    ...probe.clean.map((words) => ({
      key: `${file} clean: ${words}`,
      name: `stays silent on “${words}”`,
      check: () => {
        const region = paragraphOf(text, words, file);
        // An expected document-wide finding points at the item it was noticed on (the last payment, for want of
        // the late-performance notice): it is about the document, not that item.
        const aboutDocument = (category: string) =>
          DOCUMENT_WIDE.test(category) && probe.findings.some((e) => e.category === category);
        const inside = lint().filter(
          (f) => f.offset >= region.start && f.offset < region.end && !aboutDocument(f.category),
        );
        expect(inside.map((f) => `${f.line}:${f.column} ${f.category} ${f.message}`)).toEqual([]);
      },
    })),
  ];

  for (const { key, name, check } of cases) {
    const gap = KNOWN_GAPS[key];
    if (gap) it.fails(`${name} (known gap: ${gap})`, check);
    else it(name, check);
  }

  it('reports nothing that is not expected', () => {
    const regions = probe.findings.map((expected) =>
      expected.anchor ? paragraphOf(text, expected.anchor, file) : undefined,
    );
    const unexpected = lint().filter(
      (f) =>
        !probe.findings.some((expected, i) => {
          const region = regions[i];
          return (
            f.category === expected.category &&
            (region === undefined || (f.offset >= region.start && f.offset < region.end))
          );
        }),
    );
    expect(unexpected.map((f) => `${f.line}:${f.column} ${f.category} ${f.message}`)).toEqual([]);
  });
});
