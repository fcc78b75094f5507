/**
 * 焦作山阳规定 第十八条第（一）项：给付抚养费、赡养费、扶养费的，应明确给付数额、期间或每期给付时间、给付方式及
 * 终止时间（赡养费终于被赡养人，无须写明）。"每月承担抚养费1000元" says neither from when nor on which day nor until when.
 */
import type { ItemView, TextView } from '../../src/language/item-view.js';
import type { TextSpan } from '../../src/document/span.js';
import { defineRule } from '../../src/engine/rule.js';
import {
  CHILD_SUPPORT,
  IN_KIND_DELIVERY,
  LUMP_SUM,
  SUPPORT_ADDON,
  SUPPORT_ADDON_JOINT,
  SUPPORT_ADDON_SHARE,
  SUPPORT_CONTEXT,
  SUPPORT_GOODS,
  SUPPORT_IN_KIND,
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
import { RELATIVE_TIME } from '../../src/language/duties/things.js';

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

/** A time for a payment that falls due with an event: 收到票据之日起十日内, 每年6月30日前. */
function timed(text: TextView, sharedDeadline: boolean): boolean {
  return (
    text.has('deadline') || RELATIVE_TIME.test(text.text) || SUPPORT_DUE.test(text.text) || sharedDeadline
  );
}

/**
 * A share of a child's or parent's bills (教育费、医疗费凭票据各负担一半) with no time or manner of paying each bill, or
 * bills borne jointly (由两人共同承担) with no share of each.
 */
function addOnGap(item: ItemView, sharedDeadline: boolean): { at: TextSpan; missing: string[] } | null {
  const order = orderedDuty(item, SUPPORT_ADDON);
  if (!order || item.has('money')) return null;
  const shared = SUPPORT_ADDON_SHARE.test(order.clause.text);
  const jointOnly = !shared && SUPPORT_ADDON_JOINT.test(order.clause.text);
  if (!shared && !jointOnly) return null;
  const missing = jointOnly ? ['各自分担的份额'] : [];
  if (!timed(item, sharedDeadline)) {
    missing.push('给付时间');
    if (!SUPPORT_MANNER.test(item.text)) missing.push('给付方式');
  }
  return missing.length > 0 ? { at: order.at, missing } : null;
}

/** Support in goods (每年给付口粮大米300斤) with no quantity, no date each delivery falls due, or no way of delivery. */
function inKindGap(item: ItemView, supportOrdered: boolean): { at: TextSpan; missing: string[] } | null {
  const order = orderedDuty(item, supportOrdered ? SUPPORT_GOODS : SUPPORT_IN_KIND);
  if (!order) return null;
  const missing: string[] = [];
  if (!item.has('quantity')) missing.push('数量');
  const due = SUPPORT_PERIODIC.test(item.text)
    ? SUPPORT_DUE.test(item.text)
    : item.has('deadline') || RELATIVE_TIME.test(item.text);
  if (!due) missing.push(SUPPORT_PERIODIC.test(item.text) ? '每期交付时间' : '交付时间');
  if (!IN_KIND_DELIVERY.test(item.text)) missing.push('交付方式');
  return missing.length > 0 ? { at: order.at, missing } : null;
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
      // Bills borne jointly, each half paid within ten days of the receipts being shown.
      '一、自2025年1月起，被告李建国、李建民每月10日前各支付原告王秀英赡养费600元；\n二、原告王秀英今后发生的医疗费用，由被告李建国、李建民共同承担，各负担一半，于原告出示票据之日起十日内通过银行转账支付。',
      // A parent's support lasts the parent's life: the order need not say until when.
      '一、自2024年5月起，被告王建军每月支付原告张桂兰赡养费800元，于每月10日前通过银行转账方式支付至原告张桂兰名下账户；',
      // Bills shared beside the support: each share falls due a set time after the bill is shown.
      '二、婚生子高天宇由原告抚养，被告自2024年9月起每月15日前支付抚养费1200元，至高天宇年满十八周岁时止；\n三、高天宇的学费、住院医疗费自付部分由原、被告各负担一半，原告凭缴费凭证向被告主张，被告于收到凭证之日起十五日内通过银行转账支付。',
      // Goods in kind with a due date and a place of delivery.
      '一、被告自2025年起于每年10月31日前将当年新收稻谷400斤送至原告住处，作为原告的口粮。',
    ],
    invalid: [
      {
        code: '二、婚生子周梓豪（2017年4月6日出生）由原告抚养，被告每月承担儿子抚养费1000元；',
        at: '抚养费',
      },
      { code: '三、被告张建军每月支付原告张明赡养费700元。', at: '赡养费' },
      { code: '五、被上诉人钱伟东支付婚生子钱子航的生活费每月1000元。', at: '婚生子钱子航的生活费' },
      { code: '二、婚生女由原告抚养，被告每月支付抚养费900元，至女儿年满十八周岁止。', at: '抚养费' },
      // A share of future bills: no time by which each share is paid, nor how.
      {
        code: '二、婚生女由原告抚养，被告自2024年9月起每月15日前通过银行转账支付抚养费1200元，至其年满十八周岁时止；\n三、女儿的学杂费、大病医疗费由双方按各半分担。',
        at: '学杂费',
      },
      // Grain for a parent with no day it is due nor a way it reaches her.
      { code: '一、被告每季度向原告提供口粮面粉100斤。', at: '口粮' },
      // A parent's future medical bills borne jointly: neither the share of each nor when and how each pays.
      {
        code: '一、自2025年1月起，被告李建国、李建民每月10日前各支付原告王秀英赡养费600元；\n二、原告王秀英今后发生的医疗费用，由被告李建国、李建民共同承担。',
        at: '医疗费',
      },
    ],
  },
  check({ document, reading, report }) {
    if (document.kind.category === '刑事' || document.kind.category === '行政') return;
    const items = reading.orders;
    const supportOrdered = items.some((item) => SUPPORT_CONTEXT.test(item.text));
    for (const item of items) {
      if (SUPPORT_NOTHING_TO_PAY.test(item.text)) continue;
      const order = orderedDuty(item, SUPPORT_TERM);
      if (!order) {
        // Bills shared and goods in kind are read only beside an order of support.
        const gap = supportOrdered
          ? (addOnGap(item, reading.sharedDeadlineFor(item)) ?? inKindGap(item, true))
          : inKindGap(item, false);
        if (gap) report({ at: gap.at, item, detail: `未写明${gap.missing.join('、')}` });
        continue;
      }
      const missing = missingElements(item, reading.sharedDeadlineFor(item));
      if (missing.length > 0) report({ at: order.at, item, detail: `未写明${missing.join('、')}` });
    }
  },
});
