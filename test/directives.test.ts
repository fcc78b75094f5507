/** Inline control comments in Markdown: disable-next-line, disable-line, disable … enable, and unused ones. */
import { describe, expect, it } from 'vitest';
import { UNUSED_DIRECTIVE_ID, parseDirective } from '../src/engine/directives.js';
import { type FileResult, lintLoaded } from '../src/engine/lint.js';
import { loadText } from '../src/input/load.js';
import { exampleDocument } from './support/documents.js';
import { lintText } from './support/lint-text.js';
import { ALL_RULES } from './support/all-rules.js';

const NO_AMOUNT = '一、被告林建成于本判决生效之日起十日内向原告黄素珍支付赔偿款；';
const NO_DEADLINE = '二、被告易国平支付原告邓雅琴律师代理费6000元；';

function lint(items: string, reportUnused = false): FileResult {
  const doc = exampleDocument(items);
  const enabled = ALL_RULES.map((rule) => ({ rule, severity: rule.severity }));
  return lintLoaded(loadText(doc.filename, new TextEncoder().encode(doc.text), true), {
    rules: enabled,
    template: false,
    reportUnusedDisableDirectives: reportUnused,
  });
}

function ruleIds(result: FileResult): string[] {
  return result.findings.map((f) => f.ruleId);
}

describe('parseDirective', () => {
  const at = (value: string) => parseDirective({ start: 0, end: value.length, value });

  it('reads the kind, the rule ids (commas or spaces) and drops the reason', () => {
    expect(at('<!-- zhixing-lint-disable-next-line money/amount-missing -- 金额见附表 -->')).toMatchObject({
      kind: 'disable-next-line',
      ruleIds: ['money/amount-missing'],
    });
    expect(at('<!-- zhixing-lint-disable money/amount-missing, interest/rate-missing -->')?.ruleIds).toEqual([
      'money/amount-missing',
      'interest/rate-missing',
    ]);
    expect(at('<!--zhixing-lint-enable-->')).toMatchObject({ kind: 'enable', ruleIds: [] });
    expect(at('<!-- zhixing-lint-disable-line -->')?.kind).toBe('disable-line');
  });

  it('ignores other comments', () => {
    expect(at('<!-- 承办人备注：金额待核 -->')).toBeNull();
    expect(at('<!-- zhixing-lint-disabled -->')).toBeNull();
  });
});

describe('directives in a draft', () => {
  it('reports both gaps without comments', () => {
    expect(ruleIds(lint(`${NO_AMOUNT}\n\n${NO_DEADLINE}`))).toEqual([
      'money/amount-missing',
      'money/deadline-missing',
    ]);
  });

  it('disable-next-line silences the named rule on the next non-blank line only', () => {
    const items = `<!-- zhixing-lint-disable-next-line money/amount-missing -- 金额见附件 -->\n\n${NO_AMOUNT}\n\n${NO_DEADLINE}`;
    expect(ruleIds(lint(items))).toEqual(['money/deadline-missing']);
  });

  it('disable-next-line naming another rule silences nothing', () => {
    const items = `<!-- zhixing-lint-disable-next-line interest/rate-missing -->\n${NO_AMOUNT}`;
    expect(ruleIds(lint(items))).toEqual(['money/amount-missing']);
  });

  it('disable … enable silences every rule in between, and only there', () => {
    const items = `<!-- zhixing-lint-disable -->\n\n${NO_AMOUNT}\n\n<!-- zhixing-lint-enable -->\n\n${NO_DEADLINE}`;
    expect(ruleIds(lint(items))).toEqual(['money/deadline-missing']);
  });

  it('disable with several ids, enabled again for one of them', () => {
    const items =
      `<!-- zhixing-lint-disable money/amount-missing, money/deadline-missing -->\n\n${NO_AMOUNT}\n\n` +
      `<!-- zhixing-lint-enable money/deadline-missing -->\n\n${NO_DEADLINE}`;
    expect(ruleIds(lint(items))).toEqual(['money/deadline-missing']);
  });

  it('an all-rules disable re-enabled for one rule keeps the others silent', () => {
    const items = `<!-- zhixing-lint-disable -->\n<!-- zhixing-lint-enable money/deadline-missing -->\n\n${NO_AMOUNT}\n\n${NO_DEADLINE}`;
    expect(ruleIds(lint(items))).toEqual(['money/deadline-missing']);
  });

  it('a disable without enable lasts to the end of the file', () => {
    expect(ruleIds(lint(`<!-- zhixing-lint-disable -->\n\n${NO_AMOUNT}\n\n${NO_DEADLINE}`))).toEqual([]);
  });

  it('disable-line silences the comment’s own line', () => {
    expect(ruleIds(lint(`${NO_AMOUNT}<!-- zhixing-lint-disable-line money/amount-missing -->`))).toEqual([]);
  });
});

describe('--report-unused-disable-directives', () => {
  it('reports a directive that suppressed nothing as a warning at the comment, and not a used one', () => {
    const items =
      `<!-- zhixing-lint-disable-next-line money/amount-missing -->\n${NO_AMOUNT}\n\n` +
      `<!-- zhixing-lint-disable-next-line interest/rate-missing -->\n${NO_DEADLINE}`;
    const result = lint(items, true);
    const unused = result.findings.filter((f) => f.ruleId === UNUSED_DIRECTIVE_ID);
    expect(unused).toHaveLength(1);
    expect(unused[0]?.severity).toBe('warn');
    expect(unused[0]?.message).toContain('interest/rate-missing');
    expect(unused[0]?.quote).toContain('zhixing-lint-disable-next-line interest/rate-missing');
    expect(ruleIds(result)).toContain('money/deadline-missing');
    expect(ruleIds(result)).not.toContain('money/amount-missing');
  });

  it('is off by default', () => {
    const result = lint(`<!-- zhixing-lint-disable -->\n一、驳回原告的诉讼请求。`);
    expect(result.findings).toEqual([]);
  });

  it('finds nothing to say about plain text files (no comments there)', () => {
    const result = lintText(NO_AMOUNT, ALL_RULES, 'draft.txt');
    expect(result.fatal).toBeUndefined();
  });
});
