/**
 * 焦作山阳规定 第十八条第（一）项：给付金钱的，应明确给付数额。
 * An item that orders money to be paid must say how much, or refer to a sum stated elsewhere in the judgment.
 */
import { defineRule } from '../../src/engine/rule.js';
import { PROPORTION, REFERENCE } from '../../src/language/lexicon.js';
import { paymentClauses } from '../../src/language/obligations.js';

export default defineRule({
  id: 'money/amount-missing',
  name: '给付金钱未写明数额',
  category: 'money.amount',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（一）项',
    quote: '给付金钱的，应明确给付数额、时间等',
  },
  message: '判令给付金钱，但未写明给付数额',
  suggestion: '写明具体金额，如“被告于本判决生效之日起十日内向原告支付赔偿款21220元”',
  examples: {
    valid: [
      '一、被告刘志强于本判决生效之日起十日内偿还原告陈晓梅借款本金200000元；',
      '二、被告于本判决生效之日起十日内向原告支付货款人民币叁万贰仟元整。',
      '三、被告支付原告自2019年3月1日起至挖掘机实际返还之日止的设备占有使用费（按每月18000元计算），于每月10日前支付。',
      '四、被告王丽对本判决第一、二项确定的债务承担连带清偿责任。',
      '五、被告于本判决生效之日起十日内支付原告上述款项的利息（以200000元为基数，自2023年1月1日起至实际清偿之日止，按一年期贷款市场报价利率计算）。',
      '一、被告将小松PC200-8型挖掘机一台返还原告。',
      '一、驳回原告要求被告赔偿损失的诉讼请求。',
    ],
    invalid: [
      { code: '一、被告林建成于本判决生效之日起十日内向原告黄素珍支付赔偿款；', at: '支付' },
      { code: '二、被告于本判决生效之日起十日内返还原告彩礼。', at: '返还' },
      { code: '一、被告于本判决生效之日起十五日内向原告赔偿车辆维修损失（以评估结论为准）。', at: '赔偿' },
    ],
  },
  check({ document, orders, report }) {
    if (document.kind.category === '刑事') return;
    for (const item of orders()) {
      for (const { clause, verb } of paymentClauses(item)) {
        if (
          clause.has('money') ||
          clause.has('rate') ||
          REFERENCE.test(clause.text) ||
          PROPORTION.test(clause.text)
        ) {
          continue;
        }
        report({ at: verb, item });
      }
    }
  },
});
