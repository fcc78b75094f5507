/**
 * Classifies the clauses of an operative item by what they order. Rules ask for "the payment clauses" or "the
 * interest awards" of an item rather than re-reading the text.
 */
import type { ItemView, TextView } from '../engine/context.js';
import type { TextSpan } from '../document/span.js';
import {
  FIXED_SUM_AFTER_TERM,
  INTEREST_TERM,
  MONEY_OBJECT,
  NOTHING_TO_ENFORCE,
  PAYMENT_VERBS,
  SECONDARY_LIABILITY,
  STATUTORY_LATE_INTEREST,
} from './lexicon.js';
import type { Token } from './segmenter.js';

export interface PaymentClause {
  clause: TextView;
  verb: Token;
  /** The text after the verb: what is paid and to whom. */
  object: string;
}

/** Clauses that order a sum of money to be paid (not returned property, not liability for another's debt). */
export function paymentClauses(item: ItemView): PaymentClause[] {
  if (item.kind !== 'order') return [];
  const found: PaymentClause[] = [];
  for (const clause of item.clauses) {
    if (NOTHING_TO_ENFORCE.test(clause.text) || SECONDARY_LIABILITY.test(clause.text)) continue;
    const verb = clause.tokensIn(PAYMENT_VERBS)[0];
    if (!verb) continue;
    const object = item.text.slice(verb.end - item.start, clause.end - item.start);
    if (MONEY_OBJECT.test(object)) found.push({ clause, verb, object });
  }
  return found;
}

export interface InterestAward {
  clause: TextView;
  /** The word naming it: 利息, 违约金, 逾期付款损失, 资金占用费 … */
  term: TextSpan;
  /** The words that define it: from the clause start (or the previous award) to the next award or clause end. */
  scope: TextView;
}

/** Interest, penalties and their kin that are to be computed (a fixed sum such as 利息18000元 is not). */
export function interestAwards(item: ItemView): InterestAward[] {
  if (item.kind !== 'order') return [];
  const awards: InterestAward[] = [];
  for (const clause of item.clauses) {
    if (NOTHING_TO_ENFORCE.test(clause.text) || STATUTORY_LATE_INTEREST.test(clause.text)) continue;
    const terms = clause.matchAll(INTEREST_TERM);
    terms.forEach((term, i) => {
      const after = clause.text.slice(term.end - clause.start);
      if (FIXED_SUM_AFTER_TERM.test(after)) return;
      const from = i === 0 ? clause.start : term.start;
      const to = terms[i + 1]?.start ?? clause.end;
      awards.push({ clause, term, scope: clause.sub(from, to) });
    });
  }
  return awards;
}
