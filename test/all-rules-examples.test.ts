/**
 * Every rule's examples, linted with every rule on (the rule tester runs one rule at a time): a valid example is a
 * compliant document, so no rule may report anything; an invalid one draws its own rule's findings and nothing
 * else, except from the rules its declaration names in `alsoReports`. The example documents' party numbers must
 * also pass the check digits the rules and enforcement verify.
 */
import { describe, expect, it } from 'vitest';
import { exampleDocument } from './support/documents.js';
import { lintText } from './support/lint-text.js';
import { ALL_RULES, RULE_MODULES } from './support/all-rules.js';
import { recognizeIdentifiers, validateCreditCode, validateIdNumber } from '../src/lexicon/identifiers.js';
import type { ExampleText } from '../src/engine/rule.js';

const RULE_IDS = new Set(RULE_MODULES.map(([id]) => id));

function lintExample(code: ExampleText): { text: string; findings: string[]; ruleIds: string[] } {
  const doc = exampleDocument(code);
  const result = lintText(doc.text, ALL_RULES, doc.filename);
  expect(result.fatal).toBeUndefined();
  return {
    text: doc.text,
    findings: result.findings.map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.message}`),
    ruleIds: result.findings.map((f) => f.ruleId),
  };
}

/** GB 11714: the check digit of the organisation code a credit code carries at positions 9–17. */
function organisationCodeValid(code: string): boolean {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const value = (c: string) => parseInt(c, 36);
  const sum = weights.reduce((acc, w, i) => acc + w * value(code[i] ?? ''), 0);
  const check = 11 - (sum % 11);
  return (check === 10 ? 'X' : check === 11 ? '0' : String(check)) === code[8];
}

describe('organisation-code check (GB 11714)', () => {
  it('accepts real codes and rejects a changed digit', () => {
    expect(organisationCodeValid('771209857')).toBe(true);
    expect(organisationCodeValid('602134575')).toBe(true);
    expect(organisationCodeValid('602134576')).toBe(false);
  });
});

describe.each(RULE_MODULES)('%s with every rule on', (_, rule) => {
  it.each(rule.examples.valid.map((code, i) => [i, code] as const))(
    'valid example %i draws no finding of any rule',
    (_, code) => {
      expect(lintExample(code).findings).toEqual([]);
    },
  );

  it.each(rule.examples.invalid.map((example, i) => [i, example] as const))(
    'invalid example %i draws its own finding and only the declared others',
    (_, example) => {
      const also = example.alsoReports ?? [];
      for (const id of also) {
        expect(RULE_IDS.has(id), `alsoReports names an unknown rule ${id}`).toBe(true);
        expect(id).not.toBe(rule.id);
      }
      const { findings, ruleIds } = lintExample(example.code);
      expect(ruleIds.filter((id) => id === rule.id)).toHaveLength(example.count ?? 1);
      const others = findings.filter((f) => !f.startsWith(`${rule.id} `));
      expect(others.filter((f) => !also.some((id) => f.startsWith(`${id} `)))).toEqual([]);
      for (const id of also) {
        expect(ruleIds.includes(id), `declared in alsoReports but not reported: ${id}`).toBe(true);
      }
    },
  );

  it('builds documents whose party numbers pass their check characters', () => {
    const codes = [...rule.examples.valid, ...rule.examples.invalid.map((e) => e.code)];
    // The party rules' own invalid examples carry a wrong number on purpose.
    const own = new Set(
      rule.id === 'party/id-invalid' || rule.id === 'party/uscc-invalid'
        ? rule.examples.invalid.map((e) => e.code)
        : [],
    );
    const bad: string[] = [];
    for (const code of codes) {
      if (own.has(code)) continue;
      for (const id of recognizeIdentifiers(exampleDocument(code).text)) {
        if (/[×*＊]/.test(id.text)) continue;
        if (id.type === 'idNumber' && /^[1-8]\d{5}(?:19|20)\d{2}[01]\d[0-3]\d/.test(id.text)) {
          if (validateIdNumber(id.text) !== 'valid') bad.push(id.text);
        } else if (id.text.length === 18) {
          // A credit code of digits only reads as a 公民身份号码 until its party is known.
          if (!validateCreditCode(id.text) || !organisationCodeValid(id.text.slice(8, 17))) bad.push(id.text);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
