/**
 * Whether an order to pay money states how much (焦作山阳规定 第十八条第（一）项): the payment clauses of an item
 * (see obligations.ts) and what makes a sum determinable without a figure in the clause — a sum named before the
 * verb, a table of sums, a rate, a reference to a sum stated elsewhere, a share, the rest of a schedule — and what
 * leaves it to a later reckoning. The frames and readings of the money rule are built from these.
 */
import { indexOfAny } from '../document/characters.js';
import type { TextSpan } from '../document/span.js';
import type { ItemView, TextView } from './item-view.js';
import type { Entity } from './entities/index.js';
import { AMOUNT_DEFERRED, MONEY_OBJECT, ON_DEFAULT, PAYS_AFTER_RECKONING } from './lexicon.js';
import { type PaymentClause, paymentClauses, paysOnlyInterest, remainderIn } from './obligations.js';
import { concreteRange, liabilityRanges } from './duties/range.js';
import { MULTIPLE } from './entities/rate.js';
import { awardOf } from './interest-terms.js';
import { sumCells, tableRowsBelow } from './lists.js';

/**
 * A sum someone must pay whose amount is left to a later reckoning (具体数额由双方另行结算后由被告支付给原告). Not a
 * note that other accounts are settled elsewhere (双方其他往来款项另行结算), which orders nothing.
 */
export function deferredAmount(item: ItemView): TextSpan | null {
  if (item.kind !== 'order') return null;
  const deferred = item.match(AMOUNT_DEFERRED);
  if (!deferred || !MONEY_OBJECT.test(item.text)) return null;
  const after = item.text.slice(deferred.end - item.start);
  return PAYS_AFTER_RECKONING.test(after) ? deferred : null;
}

/** How far after a sum's name its figure may follow in an earlier item (剩余购车款45000元, 货款人民币86000元). */
const FIGURE_AFTER_NAME = 4;

/**
 * Where what a clause pays was named with its sum earlier, and the sum: 付清剩余购车款 after 支付剩余购车款45000元
 * restates that sum. The name must be the whole object (剩余购车款), not a word of every debt (款, 费用).
 */
export function earlierNaming(
  { object }: PaymentClause,
  before: readonly TextView[],
): { text: TextView; sum: Entity } | undefined {
  const stop = indexOfAny(object, '，。；,;');
  const name = stop < 0 ? object : object.slice(0, stop);
  if (name.length < 3 || name.length > 12) return undefined;
  for (const text of before) {
    const sum = text.find('money').find((money) => {
      const figureAt = money.start - text.start;
      const at = text.text.lastIndexOf(name, figureAt);
      return at >= 0 && at + name.length <= figureAt && figureAt - (at + name.length) <= FIGURE_AFTER_NAME;
    });
    if (sum) return { text, sum };
  }
  return undefined;
}

/** The payment an item orders in a clause, if any (each clause orders at most one). */
export function paymentIn(item: ItemView, clause: TextView): PaymentClause | undefined {
  return paymentClauses(item).find((payment) => payment.clause === clause);
}

/**
 * Whether the payment pays only an interest award that follows the verb (支付违约金（按…计算）, 支付货款的资金占用
 * 损失): the sum is computed, and the interest rules say what its computation lacks.
 */
export function paysInterestOnly(item: ItemView, { clause, verb }: PaymentClause): boolean {
  return paysOnlyInterest(item, verb, awardOf(item, clause));
}

/** Whether the clause announces a table whose rows state the sums (支付下列款项： and the table). */
export function sumsInTable(item: ItemView, clause: TextView): boolean {
  return tableRowsBelow(item, clause).some((row) => sumCells(row).length > 0);
}

/** Whether the clause states a rate or standard (按每月18000元计算, 按年利率6%), not a multiple of an unstated sum. */
export function rateStated(clause: TextView): boolean {
  return clause.find('rate').some((rate) => !MULTIPLE.test(rate.text));
}

/** Whether a default clause makes the rest of a schedule fall due (有一期未按期足额支付的，…付清剩余全部货款). */
export function remainderOnDefault(clause: TextView): boolean {
  return ON_DEFAULT.test(clause.text) && remainderIn(clause) !== null;
}

/** Whether a range of liability before the verb leaves the sum behind it open (在商业三者险限额范围内赔偿). */
export function openRangeBefore({ clause, verb }: PaymentClause): boolean {
  return liabilityRanges(clause).some((range) => range.end <= verb.start && !concreteRange(range));
}
