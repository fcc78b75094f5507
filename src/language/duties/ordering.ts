/** Finds where an item orders a duty, skipping clauses that dismiss, confirm or deny it (驳回…赔礼道歉的诉讼请求). */
import type { ItemView, TextView } from '../item-view.js';
import type { TextSpan } from '../../document/span.js';
import { DENIAL, NOTHING_TO_ENFORCE, ON_DEFAULT } from '../lexicon.js';
import { insideSlot } from '../entities/placeholder.js';

/**
 * A default stated as a condition (逾期不履行第一项义务的，/ 如被告未按期拆除，): the words after it say what follows
 * the default. Not a default that only describes the object (拆除其未依照规划许可建造的房屋).
 */
const DEFAULT_CONDITION = new RegExp(
  `(?:${ON_DEFAULT.source})[^，,。；]{0,30}?的[，,]|(?:如|若|倘若)[^，,。；]{0,12}?(?:${ON_DEFAULT.source})[^，,。；]{0,30}[，,]`,
);

/** Where a clause turns to what follows a default (逾期不履行第一项义务的，), or null. */
export function defaultConditionIn(clause: TextView): TextSpan | null {
  return clause.match(DEFAULT_CONDITION);
}

/** Whether a clause dismisses, confirms, annuls or denies instead of ordering (驳回…, 确认…, 无需…支付). */
export function ordersNothing(clause: TextView): boolean {
  return NOTHING_TO_ENFORCE.test(clause.text) || DENIAL.test(clause.text);
}

/** A verb inside a template's instruction to the drafter (……（写明交付的财物名称、数量）) orders nothing. */
function firstOutsideSlots(text: TextView, duty: RegExp): TextSpan | null {
  const first = text.match(duty);
  if (!first || !insideSlot(first, text.find('placeholder'))) return first;
  return text.matchAll(duty).find((m) => !insideSlot(m, text.find('placeholder'))) ?? null;
}

/** The same for a reading: looked for again after each drafter's instruction it fell into. */
function outsideSlotsBy(text: TextView, find: (text: TextView) => TextSpan | null): TextSpan | null {
  let at = find(text);
  while (at && insideSlot(at, text.find('placeholder'))) at = find(text.sub(at.end, text.end));
  return at;
}

export interface OrderedDuty {
  clause: TextView;
  /** The words that name the duty, where a finding points. */
  at: TextSpan;
}

/**
 * The first clause of the item that orders `duty` (words, or a reading that finds them), or null. What follows a default (逾期不履行第一项义务的，原告可以
 * 委托第三方代为拆除) is the consequence of not performing another duty, done by someone else: it orders nothing new.
 */
export function orderedDuty(
  item: ItemView,
  duty: RegExp | ((text: TextView) => TextSpan | null),
): OrderedDuty | null {
  for (const clause of item.clauses) {
    const onDefault = defaultConditionIn(clause);
    const ordering = onDefault ? clause.sub(clause.start, onDefault.start) : clause;
    if (ordersNothing(clause)) {
      if (onDefault) return null;
      continue;
    }
    const at = duty instanceof RegExp ? firstOutsideSlots(ordering, duty) : outsideSlotsBy(ordering, duty);
    if (at) return { clause, at };
    if (onDefault) return null;
  }
  return null;
}

/**
 * The calendar day a duty falls due by (于2024年10月20日前 → "2024-10-20"), or null for a period counted from an
 * event (本判决生效之日起十日内) or no time limit. Two duties due by different days are performed in that order.
 */
export function dueDay(view: TextView): string | null {
  const dates = view.find('date');
  for (const deadline of view.find('deadline')) {
    const date = dates.find((d) => d.start >= deadline.start && d.end <= deadline.end);
    const parts = date?.text.match(/\d+/g);
    if (parts && parts.length >= 2) return parts.map((p) => p.padStart(2, '0')).join('-');
  }
  return null;
}
