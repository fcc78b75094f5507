/**
 * Template slots: in a draft an unfilled slot is one finding of its own (draft/unfilled-placeholder) and not also
 * "amount missing"; in template mode a slot counts as the element, and a missing slot is the finding. Masks in
 * anonymised archives are not slots.
 */
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../src/engine/lint.js';
import { recognizeEntities } from '../src/language/entities/index.js';
import { isAnonymised } from '../src/language/entities/placeholder.js';
import { exampleDocument } from './support/documents.js';
import { ALL_RULES } from './support/all-rules.js';
import { lintText } from './support/lint-text.js';

function lint(items: string, template: boolean): FileResult {
  const doc = exampleDocument(items);
  return lintText(doc.text, ALL_RULES, doc.filename, template);
}

const ids = (r: FileResult) => r.findings.map((f) => f.ruleId);

function slots(text: string): string[] {
  return recognizeEntities(text)
    .filter((e) => e.type === 'placeholder')
    .map((e) => e.text);
}

describe('placeholder recogniser', () => {
  it('finds every kind of slot courts use', () => {
    expect(slots('支付货款[金额]元')).toEqual(['[金额]']);
    expect(slots('于【履行期限】前支付')).toEqual(['【履行期限】']);
    expect(slots('赔偿款XX元')).toEqual(['XX元']);
    expect(slots('出资××万元')).toEqual(['××万元']);
    expect(slots('于××××年××月××日前支付')).toEqual(['××××年××月××日前']);
    expect(slots('生效之日起＿＿日内')).toEqual(['＿＿日内']);
    expect(slots('返还借款___元')).toEqual(['___元']);
    expect(slots('支付违约金……元')).toEqual(['……元']);
    expect(slots('于……前付清')).toEqual(['……前']);
  });

  it('lets the slot stand in for the element it holds', () => {
    const types = (text: string) => recognizeEntities(text).map((e) => e.type);
    expect(types('支付货款[金额]元')).toContain('money');
    expect(types('于【履行期限】前支付')).toContain('deadline');
    expect(types('生效之日起＿＿日内')).toContain('deadline');
    expect(types('按年利率XX%计算')).toContain('rate');
  });

  it('does not take document numbers, article headings, names or plates for slots', () => {
    expect(slots('梅府行复国土[2016]1号')).toEqual([]);
    expect(slots('第六十七条【自首和认罪态度】犯罪以后自动投案')).toEqual([]);
    expect(slots('第七十三条［考验期限］拘役的缓刑考验期限')).toEqual([]);
    expect(slots('被害人刘XX的一辆起亚牌汽车')).toEqual([]);
    expect(slots('车牌号为鲁P×××××的大货车')).toEqual([]);
    expect(slots('C__Users_admin')).toEqual([]);
    expect(slots('维持原判； ……')).toEqual([]);
  });

  it('tells anonymised documents by their masked names, numbers and plates', () => {
    expect(isAnonymised('被告人张××，男')).toBe(true);
    expect(isAnonymised('被告人王某某，男')).toBe(true);
    expect(isAnonymised('公民身份号码410811198001××××12')).toBe(true);
    expect(isAnonymised('鲁P×××××号货车')).toBe(true);
    expect(isAnonymised('被告于本判决生效之日起十日内支付赔偿款XX元')).toBe(false);
    expect(isAnonymised('原告：××，男，××××年××月××日出生')).toBe(false);
  });
});

describe('a draft (default)', () => {
  it('reports the slot once, and not also as a missing amount or time limit', () => {
    const result = lint('一、被告于【履行期限】前向原告支付货款[金额]元。', false);
    expect(ids(result)).toEqual(['draft/unfilled-placeholder', 'draft/unfilled-placeholder']);
    expect(result.findings.map((f) => f.message)).toEqual([
      '第一项：留有未填写的模板占位符（“【履行期限】”）',
      '第一项：留有未填写的模板占位符（“[金额]”）',
    ]);
  });

  it('reports a slot left in the costs line and the tail', () => {
    const doc = exampleDocument('一、被告于本判决生效之日起十日内向原告支付货款32000元。');
    const text = doc.text
      .replace('案件受理费50元', '案件受理费[金额]元')
      .replace('二〇二四年六月十日', '××××年××月××日');
    const result = lintText(text, ALL_RULES, doc.filename);
    expect(result.findings.map((f) => f.message)).toEqual([
      '诉讼费用负担：留有未填写的模板占位符（“[金额]”）',
      '留有未填写的模板占位符（“××××年××月××日”）',
    ]);
  });

  it('leaves masked dates in an anonymised judgment alone', () => {
    const doc = exampleDocument('一、被告张××于本判决生效之日起十日内向原告支付货款32000元。');
    const text = doc.text.replace('二〇二四年六月十日', '二〇二四年六月××日');
    expect(ids(lintText(text, ALL_RULES, doc.filename))).toEqual([]);
  });
});

describe('a template (--template)', () => {
  it('counts slots as the elements being present: nothing to report', () => {
    expect(ids(lint('一、被告于【履行期限】前向原告支付货款[金额]元。', true))).toEqual([]);
    expect(ids(lint('一、被告于本判决生效之日起＿＿日内向原告支付赔偿款XX元。', true))).toEqual([]);
  });

  it('still reports a payment item with no slot for the amount', () => {
    expect(ids(lint('一、被告于【履行期限】前向原告支付货款。', true))).toEqual(['money/amount-missing']);
  });

  it('still reports a payment item with no slot for the time limit', () => {
    expect(ids(lint('一、被告向原告支付货款[金额]元。', true))).toEqual(['money/deadline-missing']);
  });
});
