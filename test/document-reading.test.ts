/**
 * The one reading of a document that every rule reads (src/language/document-reading.ts): frames computed once per
 * item and kind, and a time limit stated once for several items covering the items it names, or every item.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/document/model.js';
import { SourceText } from '../src/input/source-text.js';
import { DocumentReading } from '../src/language/document-reading.js';
import { namedItemNumbers } from '../src/language/obligations.js';

function readingOf(items: string): DocumentReading {
  const text = `民事判决书\n（2024）豫0811民初1234号\n原告：张明，男。\n被告：李强，男。\n本院认为，被告应当付款。判决如下：\n${items}`;
  return new DocumentReading(buildDocument(SourceText.identity('a.txt', text)));
}

describe('the reading of a document', () => {
  it('computes the frames of a kind once per item, however many rules ask', () => {
    const reading = readingOf(
      '一、被告于2024年12月31日前支付原告货款50000元及利息（以50000元为基数，按年利率6%计算）。',
    );
    const [item] = reading.orders;
    if (!item) throw new Error('no order item');
    const first = reading.frames(item, 'interest');
    expect(first).toHaveLength(1);
    expect(reading.frames(item, 'interest')).toBe(first);
    expect(reading.frames(item, 'money-payment').map((f) => f.at.text)).toEqual(['支付']);
  });

  it('lets a time limit stated for named items cover those items only', () => {
    const reading = readingOf(
      '一、被告支付原告货款50000元；\n二、被告支付原告违约金5000元；\n三、被告支付原告律师费3000元。\n上述第一项、第二项款项，于本判决生效之日起十日内付清。',
    );
    expect(reading.sharedDeadline).toBe(true);
    expect(reading.orders.map((item) => reading.sharedDeadlineFor(item))).toEqual([true, true, false]);
  });

  it('does not read the number of the item that states the time limit as an item it names', () => {
    const reading = readingOf(
      '第一条　乙方赔偿甲方各项损失共计60000元。\n第二条　上述款项由乙方于2024年6月30日前支付至甲方指定账户。\n第三条　乙方另行支付甲方手术费用8000元。',
    );
    expect(reading.orders.map((item) => reading.sharedDeadlineFor(item))).toEqual([true, true, true]);
  });

  it('lets a time limit stated for 上述款项 cover every item', () => {
    const reading = readingOf(
      '一、被告支付原告货款50000元；\n二、被告支付原告违约金5000元。\n上述款项，于本判决生效之日起十日内付清。',
    );
    expect(reading.orders.map((item) => reading.sharedDeadlineFor(item))).toEqual([true, true]);
  });
});

describe('the items a sentence names by number', () => {
  it('reads lists of numbers in any bracket style, and no range', () => {
    expect(namedItemNumbers('上述第二项、第三项款项，于本判决生效之日起十日内付清')).toEqual(
      new Set(['二', '三']),
    );
    expect(namedItemNumbers('上述第（一）、（二）项款项')).toEqual(new Set(['一', '二']));
    expect(namedItemNumbers('上述第二、三项义务')).toEqual(new Set(['二', '三']));
    expect(namedItemNumbers('本判决第一至三项确定的款项')).toBeNull();
    expect(namedItemNumbers('上述款项于本判决生效之日起十日内付清')).toBeNull();
  });
});
