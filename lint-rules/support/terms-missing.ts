/**
 * 焦作山阳规定 第十八条第（一）项：给付抚养费、赡养费、扶养费的，应明确给付数额、期间或每期给付时间、给付方式及
 * 终止时间（赡养费终于被赡养人，无须写明）。"每月承担抚养费1000元" says neither from when nor on which day nor until when.
 */
import type { TextView } from '../../src/language/item-view.js';
import { defineRule } from '../../src/engine/rule.js';
import {
  CHILD_SUPPORT,
  LUMP_SUM,
  SUPPORT_DUE,
  SUPPORT_END,
  SUPPORT_FOR_LIFE,
  SUPPORT_MANNER,
  SUPPORT_NOTHING_TO_PAY,
  SUPPORT_PERIODIC,
  SUPPORT_TERM,
} from '../../src/language/duties/family.js';
import { orderedDuty } from '../../src/language/duties/ordering.js';
import { PROPORTION } from '../../src/language/lexicon.js';

/** Support of a parent, with no child's support in the same item: it lasts the parent's life. */
function isLifelongSupport(text: string): boolean {
  return SUPPORT_FOR_LIFE.test(text) && !CHILD_SUPPORT.test(text);
}

/** The elements a support order lacks; manner is named only alongside a missing date or end. */
function missingElements(text: TextView, sharedDeadline: boolean): string[] {
  const missing: string[] = [];
  if (!text.has('money') && !PROPORTION.test(text.text)) missing.push('数额');
  if (SUPPORT_PERIODIC.test(text.text) && !LUMP_SUM.test(text.text)) {
    if (!text.has('periodStart') && !SUPPORT_DUE.test(text.text) && !text.has('deadline')) {
      missing.push('起始时间或每期给付日');
    }
    if (!SUPPORT_END.test(text.text) && !isLifelongSupport(text.text)) missing.push('终止时间');
  } else if (!text.has('deadline') && !sharedDeadline) {
    missing.push('给付时间');
  }
  if (missing.length > 0 && !SUPPORT_MANNER.test(text.text)) missing.push('给付方式');
  return missing;
}

export default defineRule({
  id: 'support/terms-missing',
  name: '抚养费、赡养费、扶养费未写明数额、期间、方式或终止时间',
  category: 'support.terms',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（一）项',
    quote: '支付抚养费、赡养费、扶养费的，应明确支付数额、时间、方式等',
  },
  message: '判令给付抚养费、赡养费或扶养费，但给付要素不全',
  suggestion:
    '写明数额、起止和每期给付日，如“被告自2024年7月起每月10日前通过银行转账支付原告抚养费1500元，至婚生子年满十八周岁止”',
  examples: {
    valid: [
      '二、婚生女赵雨萱（2015年9月12日出生）由原告抚养，被告自2024年7月起每月5日前通过银行转账向原告支付抚养费1300元，至赵雨萱年满十八周岁时止；',
      '二、婚生子刘浩然由原告抚养，被告从2022年3月起每月20日前给付子女抚养费600元，至刘浩然18周岁止。',
      '三、婚生女陈某由被告抚养，原告自本判决生效之月起每月支付子女抚养费800元，至陈某独立生活时止。',
      '三、原告于本判决生效之日起十五日内一次性支付婚生子抚养费72000元。',
      '二、婚生子马某轩由原告抚养，抚养费由原告自行负担；',
      '一、被告张建军、张建民自2024年7月起每月10日前各支付原告张明赡养费500元，至原告去世时止。',
      // A parent's support lasts the parent's life: the order need not say until when.
      '一、自2024年5月起，被告王建军每月支付原告张桂兰赡养费800元，于每月10日前通过银行转账方式支付至原告张桂兰名下账户；',
    ],
    invalid: [
      {
        code: '二、婚生子周梓豪（2017年4月6日出生）由原告抚养，被告每月承担儿子抚养费1000元；',
        at: '抚养费',
      },
      { code: '三、被告张建军每月支付原告张明赡养费700元。', at: '赡养费' },
      { code: '五、被上诉人钱伟东支付婚生子钱子航的生活费每月1000元。', at: '婚生子钱子航的生活费' },
      { code: '二、婚生女由原告抚养，被告每月支付抚养费900元，至女儿年满十八周岁止。', at: '抚养费' },
    ],
  },
  check({ document, orders, hasSharedDeadline, report }) {
    if (document.kind.category === '刑事' || document.kind.category === '行政') return;
    for (const item of orders()) {
      const order = orderedDuty(item, SUPPORT_TERM);
      if (!order || SUPPORT_NOTHING_TO_PAY.test(item.text)) continue;
      const missing = missingElements(item, hasSharedDeadline());
      if (missing.length > 0) report({ at: order.at, item, detail: `未写明${missing.join('、')}` });
    }
  },
});
