/**
 * 焦作山阳规定 第十八条第（一）项：发包人在欠付工程款范围内对实际施工人承担责任的，应明确欠付工程款的具体数额
 * 及承担责任的方式。"在欠付工程款范围内承担责任" alone leaves the enforcement court to settle the accounts
 * between 发包人 and 承包人.
 */
import { defineRule } from '../../src/engine/rule.js';
import { UNPAID_WORKS, liabilityRanges, statedBefore } from '../../src/language/duties/range.js';

export default defineRule({
  id: 'construction/unpaid-amount-missing',
  name: '发包人在欠付工程款范围内承担责任未明确欠付数额',
  category: 'construction.unpaid-amount',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（一）项',
    quote:
      '判决建设工程施工合同发包人在欠付工程款范围内对实际施工人承担责任的，应明确欠付工程款的具体数额、承担责任的方式等',
  },
  message: '判令发包人在欠付工程款范围内承担责任，但未明确欠付工程款的具体数额',
  suggestion:
    '写明欠付数额，如“被告焦作城建开发有限公司在欠付工程款2416800元范围内对本判决第一项确定的债务承担连带清偿责任”',
  examples: {
    valid: [
      '四、被告焦作城建开发有限公司在欠付工程款2416800元范围内对本判决第一项确定的债务承担给付责任。',
      '三、被告焦作万和置业有限公司在其欠付被告焦作宏建建筑工程有限公司的工程款386000元范围内对上述第一项债务承担连带清偿责任。',
      '一、被告焦作宏建建筑工程有限公司于本判决生效之日起十五日内支付原告劳务费874500元。',
      '二、被告深圳市鹏程精密仪器有限公司欠付被告深圳市海岸智能科技有限公司工程款210000元，被告深圳市鹏程精密仪器有限公司在上述欠付工程款范围内对本判决第一项确定的债务承担连带清偿责任；',
    ],
    invalid: [
      {
        code: '三、被告焦作锦绣置业有限公司在欠付工程款范围内对本判决第一项确定的工程款及利息承担连带清偿责任；',
        at: '在欠付工程款范围内',
      },
      {
        code: '二、被告焦作市山阳区教育局对被告焦作长兴建筑公司的上述给付义务在未付工程价款的范围内承担给付责任。',
        at: '在未付工程价款的范围内',
      },
      {
        code: '二、被告西安曲江锦城置业有限公司在其欠付被告西安华建建筑工程有限公司工程款的范围内，对本判决第一项确定的债务承担给付责任；',
        at: '在其欠付被告西安华建建筑工程有限公司工程款的范围内',
      },
    ],
  },
  check({ document, orders, report }) {
    if (document.kind.category === '刑事') return;
    const items = orders();
    items.forEach((item, i) => {
      for (const range of liabilityRanges(item)) {
        if (!UNPAID_WORKS.test(range.text) || range.has('money')) continue;
        // 欠付工程款210000元，…在上述欠付工程款范围内: the sum is stated before the range.
        const before = [...items.slice(0, i), item.sub(item.start, range.start)];
        if (!statedBefore(range, before, UNPAID_WORKS)) report({ at: range, item });
      }
    });
  },
});
