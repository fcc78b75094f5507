/**
 * The rule tester: every rule's own valid and invalid examples, run through the whole pipeline (Markdown parsing,
 * document model, recognisers, the rule) with only that rule enabled. Valid examples must produce nothing;
 * invalid ones the stated number of findings, pointing at the stated text.
 */
import { describe, expect, it } from 'vitest';
import { exampleDocument } from './support/documents.js';
import { lintText } from './support/lint-text.js';
import { RULE_MODULES } from './support/all-rules.js';

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

describe.each(RULE_MODULES)('%s', (path, rule) => {
  it('has the id of its file and a complete declaration', () => {
    expect(rule.id).toBe(path);
    expect(rule.name).toMatch(/[\u4e00-\u9fa5]/);
    expect(rule.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(rule.suggestion).toMatch(/[\u4e00-\u9fa5]/);
    expect(rule.citation.source).toMatch(/焦作山阳规定|绵阳办法/);
    expect(rule.citation.article).toMatch(/^第/);
    expect(rule.category).toMatch(/^[a-z-]+\.[a-z-]+$/);
    expect(rule.examples.valid.length).toBeGreaterThan(0);
    expect(rule.examples.invalid.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.valid.map((code, i) => [i, code] as const))(
    'valid example %i stays silent',
    (_, code) => {
      const doc = exampleDocument(code);
      const result = lintText(doc.text, [rule], doc.filename);
      expect(result.fatal).toBeUndefined();
      expect(result.findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
    },
  );

  it.each(rule.examples.invalid.map((example, i) => [i, example] as const))(
    'invalid example %i is found',
    (_, example) => {
      const doc = exampleDocument(example.code);
      const result = lintText(doc.text, [rule], doc.filename);
      const findings = result.findings.filter((f) => f.ruleId === rule.id);
      expect(findings.map((f) => f.message)).toHaveLength(example.count ?? 1);
      const first = findings[0];
      expect(first?.citation).toContain(rule.citation.article);
      expect(first?.suggestion).toBe(rule.suggestion);
      if (example.at !== undefined) {
        const body = doc.text.slice(doc.bodyStart, doc.bodyStart + doc.bodyLength);
        const at = body.indexOf(example.at);
        expect(at, `“${example.at}” must occur in the example`).toBeGreaterThanOrEqual(0);
        expect({ line: first?.line, column: first?.column }).toEqual(
          positionOf(doc.text, doc.bodyStart + at),
        );
      }
    },
  );
});
