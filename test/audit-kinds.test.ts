/**
 * Kinds of text the corpus audit found read wrongly, checked with every rule on: a template's instructions to the
 * drafter, an award set off against an advance with the refund due when an event happens, a time limit that only
 * says "after the judgment takes effect", and the fine rule naming the element it misses.
 */
import { describe, expect, it } from 'vitest';
import type { ExampleText } from '../src/engine/rule.js';
import { recognizeEntities } from '../src/language/entities/index.js';
import type { EntityType } from '../src/language/entities/entity.js';
import { ALL_RULES } from './support/all-rules.js';
import { exampleDocument } from './support/documents.js';
import { lintText } from './support/lint-text.js';

const found = (text: string, type: EntityType): string[] =>
  recognizeEntities(text)
    .filter((e) => e.type === type)
    .map((e) => e.text);

/** The findings of every rule, each with the text it points at. */
function lint(example: ExampleText, template = false): { ruleId: string; message: string; at: string }[] {
  const doc = exampleDocument(example);
  const lines = doc.text.split('\n');
  return lintText(doc.text, ALL_RULES, doc.filename, template).findings.map((f) => ({
    ruleId: f.ruleId,
    message: f.message,
    at: (lines[f.line - 1] ?? '').slice(f.column - 1, f.column + 5),
  }));
}

const ruleIds = (example: ExampleText, template = false): string[] =>
  lint(example, template).map((f) => f.ruleId);

describe('an instruction to the drafter', () => {
  const template: ExampleText = {
    items:
      '一、被告人邹某犯盗窃罪，判处……（写明主刑、附加刑）。\n二、被告人邹某……（列明决定追缴、责令退赔、没收的财物名称、数量和金额）。\n三、被告人邹某犯盗窃罪，免予刑事处罚（如有追缴、退赔或者没收财物的，续写第二项）。',
    kind: 'criminal',
  };

  it('is one slot, from the blank to the closing parenthesis', () => {
    expect(
      found('二、被告人邹某……（列明决定追缴、责令退赔、没收的财物名称、数量和金额）。', 'placeholder'),
    ).toEqual(['……（列明决定追缴、责令退赔、没收的财物名称、数量和金额）']);
    expect(found('免予刑事处罚（如有追缴、退赔或者没收财物的，续写第二项）', 'placeholder')).toEqual([
      '（如有追缴、退赔或者没收财物的，续写第二项）',
    ]);
  });

  it('is not a note that happens to use the same verb', () => {
    expect(found('返还原告借款30000元（原告转账时注明为借款）', 'placeholder')).toEqual([]);
    expect(found('被告出具收据（载明开票日期2016年10月11日、金额158元）', 'placeholder')).toEqual([]);
  });

  it('is reported as an unfilled slot, and the orders it names are not read as orders', () => {
    expect(ruleIds(template)).toEqual([
      'draft/unfilled-placeholder',
      'draft/unfilled-placeholder',
      'draft/unfilled-placeholder',
    ]);
  });

  it('leaves a template linted as a template silent', () => {
    expect(ruleIds(template, true)).toEqual([]);
  });

  it('does not hide an order written after it in the same item', () => {
    const ids = ruleIds(
      {
        items:
          '一、被告人邹某犯盗窃罪，判处有期徒刑一年，并处罚金人民币二千元（已预缴）。\n二、被告人邹某……（写明退赔的金额）；继续追缴被告人邹某的违法所得，发还被害人。',
        kind: 'criminal',
      },
      true,
    );
    expect(ids).toContain('criminal/recovery-unspecified');
  });
});

describe('a payment due when an event happens', () => {
  it('is timed by the event itself, not by what follows it', () => {
    expect(found('由原告在获得被告保险公司理赔款时返还被告12000元', 'deadline')).toEqual([
      '在获得被告保险公司理赔款时',
    ]);
    expect(found('于收到拆迁补偿款之日向原告支付补偿款42000元', 'deadline')).toEqual([
      '于收到拆迁补偿款之日',
    ]);
    expect(found('在上述赔偿款到账当日返还被告5000元', 'deadline')).toEqual(['在上述赔偿款到账当日']);
  });

  it('is not timed by a bare "after" (收到…后, 生效后)', () => {
    expect(found('由原告在获得理赔款后返还被告12000元', 'deadline')).toEqual([]);
    expect(found('被告于本判决生效后给付原告律师费8000元', 'deadline')).toEqual([]);
  });

  it('is a time limit only for the payment that follows it', () => {
    expect(found('被告支付原告货款5000元，原告在收到货款时向被告出具发票', 'deadline')).toEqual([]);
  });
});

describe('an award set off against an advance', () => {
  const item = (refund: string): string =>
    `二、被告江某赔偿原告龚某交通费600元；被告江某已为原告龚某垫付医疗费9000元，多付的8400元由原告龚某${refund}返还被告江某。`;

  it('needs no time limit of its own, and the refund timed by an event is timed', () => {
    expect(ruleIds(item('在收到保险公司理赔款时'))).not.toContain('money/deadline-missing');
  });

  it('leaves the refund as what must be timed', () => {
    const findings = lint(item('')).filter((f) => f.ruleId === 'money/deadline-missing');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.at).toBe('返还被告江某');
  });
});

describe('criminal/fine-unspecified', () => {
  const messages = (items: string): string[] =>
    lint({ items, kind: 'criminal' })
      .filter((f) => f.ruleId === 'criminal/fine-unspecified')
      .map((f) => f.message);

  it('names the missing period', () => {
    expect(
      messages(
        '一、被告人龙某犯盗窃罪，判处有期徒刑一年，并处罚金人民币五千元。（刑期从判决执行之日起计算。）',
      ),
    ).toEqual(['第一项：判处罚金，但未写明罚金数额或缴纳期限（未写明缴纳期限，也未载明已缴纳）']);
  });

  it('names the missing amount', () => {
    expect(
      messages('一、被告人龙某犯非法经营罪，判处有期徒刑二年，并处罚金。（罚金于本判决生效后十日内缴纳。）'),
    ).toEqual(['第一项：判处罚金，但未写明罚金数额或缴纳期限（未写明罚金数额）']);
  });
});
