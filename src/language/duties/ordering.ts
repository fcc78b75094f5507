/** Finds where an item orders a duty, skipping clauses that dismiss, confirm or deny it (驳回…赔礼道歉的诉讼请求). */
import type { ItemView, TextView } from '../../engine/context.js';
import type { TextSpan } from '../../document/span.js';
import { DENIAL, NOTHING_TO_ENFORCE } from '../lexicon.js';

export interface OrderedDuty {
  clause: TextView;
  /** The words that name the duty, where a finding points. */
  at: TextSpan;
}

/** The first clause of the item that orders `duty`, or null. */
export function orderedDuty(item: ItemView, duty: RegExp): OrderedDuty | null {
  for (const clause of item.clauses) {
    if (NOTHING_TO_ENFORCE.test(clause.text) || DENIAL.test(clause.text)) continue;
    const at = clause.match(duty);
    if (at) return { clause, at };
  }
  return null;
}
