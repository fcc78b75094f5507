/**
 * What an interest award's clause says around the award (焦作山阳规定 第十八条第（一）项: 计算基数、起止时间): the
 * principal named just before it (支付借款本金100000元及利息…) and a late-payment condition it hangs on (逾期支付
 * 第一项款项的，按每日万分之五支付违约金…). Read by the interest readings of src/language/readings.ts.
 */
import type { ItemView, TextView } from './item-view.js';
import { ON_DEFAULT, PER_CONTRACT } from './lexicon.js';
import { type InterestAward, interestAwards } from './obligations.js';
import { amountInAttachment } from './attachments.js';

/** The interest award of `item` that `clause` orders, or undefined: an item's clause orders at most one. */
export function awardOf(item: ItemView, clause: TextView): InterestAward | undefined {
  return interestAwards(item).find((award) => award.clause.start === clause.start);
}

/** The award's clause up to the word naming it (借款本金100000元及 before 利息). */
function beforeTerm({ clause, term }: InterestAward): string {
  return clause.text.slice(0, term.start - clause.start);
}

/**
 * The principal is stated before the award in its clause (偿还借款本金100000元及利息, or 处置费用（具体金额详见
 * 附表）及利息), and the rate is not only "按合同约定": with a contract rate the base is the contract's too
 * (principal, overdue sums, compound), so only an explicit base settles it.
 */
export function principalBefore(award: InterestAward): boolean {
  const { clause, term, scope } = award;
  const stated =
    clause.find('money').some((m) => m.end <= term.start) || amountInAttachment(beforeTerm(award));
  return stated && !(PER_CONTRACT.test(scope.text) && !scope.has('rate'));
}

/**
 * A penalty for late payment (逾期支付第一项款项的，按每日万分之五支付违约金至付清之日止) accrues from the day after
 * the deadline it is a default of: 第十八条第（一）项 asks for 起止时间 that are 明确, and that day is fixed by the
 * deadline the document states, so the start need not be written again. Only where the clause hangs the penalty on
 * a default and the document (this item or an earlier one) sets a time limit to default on.
 */
export function startsOnDefault(award: InterestAward, item: ItemView, orders: readonly ItemView[]): boolean {
  const index = orders.indexOf(item);
  const deadlineBefore = orders.slice(0, index + 1).some((order) => order.has('deadline'));
  return deadlineBefore && ON_DEFAULT.test(beforeTerm(award));
}
