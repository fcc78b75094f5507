/**
 * Classifies the clauses of an operative item by what they order. Rules ask for "the payment clauses" or "the
 * interest awards" of an item rather than re-reading the text.
 */
import type { ItemView, TextView } from '../engine/context.js';
import type { TextSpan } from '../document/span.js';
import {
  FIXED_SUM_AFTER_TERM,
  INTEREST_TERM,
  DENIAL,
  MONEY_OBJECT,
  NEGATION_BEFORE,
  PAYMENT_AS_TIME,
  PAYMENT_SET_OFF,
  NOTHING_TO_ENFORCE,
  PAYMENT_VERBS,
  SECONDARY_LIABILITY,
  SHARE_OF_SUM_AFTER_TERM,
  SLOT_SUM_AFTER_TERM,
  STATUTORY_LATE_INTEREST,
  VERB_NOT_ORDERING,
} from './lexicon.js';
import type { Token } from './segmenter.js';

/** How far after the verb the paid thing is looked for. */
const OBJECT_WINDOW = 40;

export interface PaymentClause {
  clause: TextView;
  verb: Token;
  /** What is paid: the text after the verb, or X in 将 X 退还原告. */
  object: string;
}

/**
 * 将/把 X 退还原告: what is paid or returned is X, before the verb (the words after it may belong to the next duty:
 * "…热水器10台退还原告，提货费用由原告负担"). 将于/将在 (will) is not this construction.
 */
const DISPOSAL = /(?:将|把)(?![于在会要来近])([^，,；;。]+)$/;

/** Clauses that order a sum of money to be paid (not returned property, not liability for another's debt). */
export function paymentClauses(item: ItemView): PaymentClause[] {
  if (item.kind !== 'order') return [];
  const found: PaymentClause[] = [];
  for (const clause of item.clauses) {
    if (NOTHING_TO_ENFORCE.test(clause.text) || SECONDARY_LIABILITY.test(clause.text)) continue;
    if (DENIAL.test(clause.text)) continue;
    const verb = clause
      .tokensIn(PAYMENT_VERBS)
      .find((token) => ordersPayment(item.text, token.start - item.start, token.end - item.start));
    if (!verb) continue;
    const disposal = DISPOSAL.exec(item.text.slice(clause.start - item.start, verb.start - item.start));
    const object =
      disposal?.[1] ??
      item.text.slice(verb.end - item.start, Math.min(clause.end, verb.end + OBJECT_WINDOW) - item.start);
    if (MONEY_OBJECT.test(object)) found.push({ clause, verb, object });
  }
  return found;
}

/** How far back an opening quote is looked for: a quoted title or request is short. */
const QUOTE_LOOKBACK = 200;

/** Whether `at` lies inside “…” or 《…》: a quoted request or title (公开“…补偿款发放明细”的申请) orders nothing. */
function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - QUOTE_LOOKBACK), at);
  return (
    before.lastIndexOf('“') > before.lastIndexOf('”') || before.lastIndexOf('《') > before.lastIndexOf('》')
  );
}

function ordersPayment(text: string, start: number, end: number): boolean {
  return (
    !insideQuotes(text, start) &&
    !VERB_NOT_ORDERING.test(text.slice(end, end + 4)) &&
    !PAYMENT_AS_TIME.test(text.slice(end, end + 40)) &&
    !PAYMENT_SET_OFF.test(text.slice(end, end + 40)) &&
    !NEGATION_BEFORE.test(text.slice(Math.max(0, start - 12), start))
  );
}

/** A following sentence that spells out the award: "及利息。（利息按…）", "并支付利息。其中…自…起按…". */
const ELABORATION = /^(?:[（(]|其中|利息|罚息|复利|违约金|上述利息|该利息|前述利息|计算方式|计算方法)/;

/** Whether each position of `text` is inside a parenthesis, computed in one pass. */
function parenthesisDepths(text: string): Uint16Array {
  const depths = new Uint16Array(text.length + 1);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    depths[i] = depth;
    const ch = text[i];
    if (ch === '（' || ch === '(') depth = Math.min(depth + 1, 0xffff);
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
  }
  depths[text.length] = depth;
  return depths;
}

export interface InterestAward {
  clause: TextView;
  /** The word naming it: 利息, 违约金, 逾期付款损失, 资金占用费 … */
  term: TextSpan;
  /** The words that define it: the clause, parentheses included. */
  scope: TextView;
}

/**
 * Interest, penalties and their kin that are to be computed, one per clause: "利息（利息按…为基数…）" and
 * "利息、罚息、复利（以…）" are one award defined once. A fixed sum (利息18000元, 利息、罚息共计3400元) is not, nor is
 * a one-off share of a stated sum (违约金（按月租金8000元的30%计算）).
 */
/** Interest given up, not awarded: 原告自愿放弃主张逾期付款利息, 免除其利息, 不再计收利息. */
const WAIVED_BEFORE = /(?:放弃|免除|免收|不再|无需|无须|不予)[^，。；]{0,8}$/;
/**
 * Interest fixed by another enforceable title: 对（2021）…号判决确定的债务356000元及利息承担清偿责任. "本判决确定的"
 * points back to this judgment and is not excused.
 */
const TITLE_FIXED_BEFORE = /(?<!本)(?:判决|调解书|裁定|裁决|执行依据)所?确定的[^，。；]{0,30}$/;

export function interestAwards(item: ItemView): InterestAward[] {
  if (item.kind !== 'order') return [];
  const awards: InterestAward[] = [];
  for (const clause of item.clauses) {
    if (NOTHING_TO_ENFORCE.test(clause.text) || SECONDARY_LIABILITY.test(clause.text)) continue;
    if (STATUTORY_LATE_INTEREST.test(clause.text)) continue;
    // Words inside a parenthesis explain the award before it ("利息3265.40元（系按合同约定计算…的确定金额）").
    const terms = clause.matchAll(INTEREST_TERM);
    const depths = terms.length > 0 ? parenthesisDepths(clause.text) : undefined;
    const outside = terms.filter((t) => (depths?.[t.start - clause.start] ?? 0) === 0);
    const term = (outside.length > 0 ? outside : terms).find((t) => {
      const after = clause.text.slice(t.end - clause.start);
      const before = clause.text.slice(0, t.start - clause.start);
      return (
        !FIXED_SUM_AFTER_TERM.test(after) &&
        !SHARE_OF_SUM_AFTER_TERM.test(after) &&
        !SLOT_SUM_AFTER_TERM.test(after) &&
        !WAIVED_BEFORE.test(before) &&
        !TITLE_FIXED_BEFORE.test(before)
      );
    });
    if (!term) continue;
    let end = clause.end;
    for (const next of item.clauses.slice(item.clauses.indexOf(clause) + 1)) {
      if (!ELABORATION.test(next.text)) break;
      end = next.end;
    }
    awards.push({ clause, term, scope: item.sub(clause.start, end) });
  }
  return awards;
}
