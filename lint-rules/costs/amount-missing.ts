/**
 * 焦作山阳规定 第十八条：裁判文书主文应明确具体，具有可执行性.
 * The costs paragraph is a small order of its own: the court collects or refunds the fee, so it must say how
 * much (案件受理费4620元，减半收取计2310元). Labour cases write "10（缓交）"; waived costs need no amount.
 */
import type { ItemView } from '../../src/language/item-view.js';
import { defineRule } from '../../src/engine/rule.js';
import { AMOUNT_SLOT } from '../../src/language/lexicon.js';
import {
  ADVANCE_NOTE,
  AS_ORIGINAL_JUDGMENT,
  BARE_COSTS_AMOUNT,
  COSTS_BEARER,
  COSTS_FEE,
  COSTS_WAIVED,
  OWN_COSTS,
} from '../../src/language/costs.js';

function statesAmount(item: ItemView): boolean {
  return (
    item.has('money') ||
    BARE_COSTS_AMOUNT.test(item.text) ||
    AMOUNT_SLOT.test(item.text) ||
    COSTS_WAIVED.test(item.text) ||
    OWN_COSTS.test(item.text) ||
    AS_ORIGINAL_JUDGMENT.test(item.text)
  );
}

export default defineRule({
  id: 'costs/amount-missing',
  name: '诉讼费用未写明数额',
  category: 'costs.terms',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条',
    quote: '裁判文书主文应明确具体，具有可执行性，避免表述不准确产生理解上的歧义',
  },
  message: '诉讼费用的负担未写明金额',
  suggestion: '写明费用数额及各方负担的数额，如“案件受理费4620元，减半收取计2310元，由被告负担”',
  examples: {
    valid: [
      '一、被告于本判决生效之日起十日内偿还原告借款本金200000元。\n案件受理费4620元，减半收取计2310元，由被告刘志强、王丽负担。',
      '一、被告于本判决生效之日起十日内支付原告工资12000元。\n案件受理费10元（缓交），由被告负担。',
      '一、被告于本判决生效之日起十日内支付原告工资12000元。\n案件受理费十元，由被告负担。',
      '一、驳回原告的诉讼请求。\n本案诉讼费10元，予以免收。',
      '一、被告于本判决生效之日起十日内支付原告赔偿款52000元。\n案件受理费1134元，由原告负担134元，被告负担1000元（该款原告已预交，被告于本判决生效之日起七日内迳付原告）。',
      '一、被告于本判决生效之日起十日内支付原告货款80000元。\n案件受理费1800元，由被告负担。案件受理费原告已经预交。',
      '一、被告于2024年7月31日前支付原告货款80000元。\n案件受理费减半收取计900元，由被告负担；其他诉讼费用各自负担。',
      '一、撤销江苏省南京市玄武区人民法院（2024）苏0102民初8812号民事判决。\n一审案件受理费负担按原判执行；二审案件受理费80元，由被上诉人钱伟东负担。',
    ],
    invalid: [
      {
        code: '一、被告于本判决生效之日起十日内支付原告货款80000元。\n案件受理费由原告、被告共同负担。',
        at: '受理费由原告',
      },
      {
        code: '一、被告于本判决生效之日起十日内支付原告装修款60000元。\n五、案件受理费减半收取，由被告合肥市悦享餐饮管理有限公司负担。',
        at: '受理费减半',
      },
      {
        code: '一、被告于本判决生效之日起十日内支付原告货款80000元。\n本案受理费由原、被告各自负担一半。',
        at: '受理费由原',
      },
    ],
  },
  check({ items, report }) {
    for (const item of items) {
      if (item.kind !== 'costs' || statesAmount(item)) continue;
      // "案件受理费原告已经预交。" only records who advanced the fee ruled on before it.
      if (!COSTS_BEARER.test(item.text) && ADVANCE_NOTE.test(item.text)) continue;
      report({ at: item.match(COSTS_FEE) ?? item, item });
    }
  },
});
