/**
 * Liability limited to a range (焦作山阳规定 第十八条第（一）项, 绵阳办法 第10项②): 在…范围内承担责任, 以…为限 — and
 * whether the range is stated as a sum, a quantity or a named object.
 */
import type { TextView } from '../item-view.js';
import type { TextSpan } from '../../document/span.js';
import { SPECIFIC_OBJECT } from './things.js';
import { CHINESE_DIGITS } from '../../lexicon/patterns.js';
import { alternation, wordPattern } from '../../lexicon/index.js';
import { AMOUNT_SLOT } from '../lexicon.js';

/** "在…范围内", "在…限额内": the range liability is limited to; the inner words are group 1. */
const LIABILITY_RANGE = /(?:在|于)([^，。；在]{1,40}?)(?:的)?(?:范围|限额|限度)内/g;

/** What follows a range that makes it a liability (not a priority right 优先受偿 or a declaration). */
const LIABILITY_AFTER_RANGE = /^[^。；]{0,60}?(?:承担|负|赔偿|偿还|清偿|给付|支付)/;

/**
 * A range fixed by the judgment's own items or by the principal debt (在本判决第一项确定的债务范围内, 在被告甲不能
 * 清偿部分的范围内): its sum follows from the items that state the debt.
 */
const RANGE_BY_ITEM = new RegExp(
  String.raw`第[${CHINESE_DIGITS}\d、]+(?:判)?项|${alternation('range-by-debt')}`,
);

/** The range of 发包人 liability to the actual builder: 在欠付工程款范围内, 在其欠付被告某某建筑工程有限公司工程款的
 * 范围内 (room for the contractor's name between). */
export const UNPAID_WORKS = /(?:欠付|未付|未支付|尚欠|拖欠)[^，。；]{0,30}?工程(?:价)?款/;

/** The range of an heir's liability: 在继承遗产范围内, 在遗产实际价值范围内, 以所得遗产为限. */
export const ESTATE_RANGE = wordPattern('estate');
/** "以其未出资金额为限", "以所得遗产为限": a limit on property or contributions, which is a range too. */
const LIABILITY_LIMIT = /以([^，。；以]{0,20}(?:出资|财产|遗产|价值|所得|份额|股权)[^，。；以]{0,10})为限/g;

/** A text that names a sum, a quantity, an area or a specific object. */
function namesSomething(view: TextView): boolean {
  return view.has('money') || view.has('quantity') || view.has('area') || SPECIFIC_OBJECT.test(view.text);
}

/**
 * A range is concrete when it carries a sum, a quantity or an area, or names a specific object; or a slot for the sum
 * (XX万元, [金额]元), which the placeholder rule reports, not the range rules.
 */
export function concreteRange(range: TextView): boolean {
  return namesSomething(range) || RANGE_BY_ITEM.test(range.text) || AMOUNT_SLOT.test(range.text);
}

/** Words that point back to an earlier part of the operative text. */
export const POINTS_BACK = wordPattern('back-reference');

/**
 * A range that points back (在上述欠付工程款范围内, 在继承上述遗产的范围内) to an earlier part of the operative text
 * that states it: a part `before` the range that speaks of the same thing (`subject`), names a sum or an object, and
 * is not itself a range of liability.
 */
export function statedBefore(range: TextView, before: TextView[], subject: RegExp): boolean {
  return (
    POINTS_BACK.test(range.text) &&
    before.some(
      (part) => subject.test(part.text) && namesSomething(part) && liabilityRanges(part).length === 0,
    )
  );
}

/** Every "在…范围内" or "以…为限" of a view that limits a liability, as views of the whole range phrase. */
export function liabilityRanges(view: TextView): TextView[] {
  const spans = [...view.matchAll(LIABILITY_RANGE), ...view.matchAll(LIABILITY_LIMIT)];
  return spans.flatMap((span: TextSpan) => {
    const after = view.text.slice(span.end - view.start);
    return LIABILITY_AFTER_RANGE.test(after) ? [view.sub(span.start, span.end)] : [];
  });
}
