/**
 * 焦作山阳规定 第十八条：裁判文书主文应明确具体，具有可执行性.
 * A costs paragraph that states the fee but not who bears it (案件受理费1000元。) leaves the court unable to
 * collect it or to order its repayment to the party who advanced it.
 */
import { defineRule } from '../../src/engine/rule.js';
import {
  ADVANCE_NOTE,
  AS_ORIGINAL_JUDGMENT,
  COSTS_BEARER,
  COSTS_FEE,
  COSTS_WAIVED,
  OWN_COSTS,
} from '../../src/language/costs.js';

export default defineRule({
  id: 'costs/bearer-missing',
  name: '诉讼费用未写明负担主体',
  category: 'costs.terms',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条',
    quote: '裁判文书主文应明确具体，具有可执行性，避免表述不准确产生理解上的歧义',
  },
  message: '诉讼费用未写明由哪一方负担',
  suggestion: '写明负担主体及数额，如“案件受理费1800元，由被告南宁市桂鑫小额贷款有限公司负担”',
  examples: {
    valid: [
      '一、被告于本判决生效之日起十日内支付原告货款80000元。\n案件受理费1800元，由被告负担。',
      '一、被告于本判决生效之日起十日内支付原告赔偿款52000元。\n案件受理费2300元，原告负担1490元，被告负担810元。',
      '一、驳回原告的诉讼请求。\n本案不收取案件受理费。',
      '一、驳回上诉，维持原判。\n二审案件受理费50元，减半收取25元，其余25元退回缴款人。',
      '一、被告于本判决生效之日起十日内支付原告货款80000元。\n案件受理费1800元，由被告负担。案件受理费原告已经预交。',
      '一、撤销江苏省南京市玄武区人民法院（2024）苏0102民初8812号民事判决。\n一审案件受理费按原判决执行；二审案件受理费80元，由被上诉人钱伟东负担。',
    ],
    invalid: [
      {
        code: '一、被告于本判决生效之日起十日内支付原告货款80000元。\n案件受理费1800元，减半收取计900元。',
        at: '受理费1800元',
      },
    ],
  },
  check({ items, report }) {
    for (const item of items) {
      if (item.kind !== 'costs') continue;
      if (COSTS_BEARER.test(item.text) || COSTS_WAIVED.test(item.text) || OWN_COSTS.test(item.text)) continue;
      if (ADVANCE_NOTE.test(item.text) || AS_ORIGINAL_JUDGMENT.test(item.text)) continue;
      report({ at: item.match(COSTS_FEE) ?? item, item });
    }
  },
});
