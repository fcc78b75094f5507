/**
 * What an administrative judgment orders an agency to do (焦作山阳规定 第十八条第（六）项): decide again, perform
 * a statutory duty, reply, or take remedial measures — and the words that make such an order concrete.
 */
import { ITEM_NUMBER_PREFIX } from '../document/items.js';
import type { TextSpan } from '../document/span.js';
import type { ItemView, TextView } from './item-view.js';
import { type WordClassName, alternation, wordPattern } from '../lexicon/index.js';

/**
 * An order to act, the trigger of the administrative rules; it points at the act, not at 责令. "作出的投诉处理决定"
 * names the act under review, not one to make.
 */
export const AGENCY_ACT = new RegExp(
  `${alternation('anew')}作出|履行[^，。；]{0,40}?职责|(?:采取|作出)[^，。；]{0,8}?补救措施|(?:作出(?!的)|予以)[^，。；]{0,6}?(?:答复|处理)|(?:依法|进行)(?:调查)?(?:处理|查处)`,
);

/**
 * Compensation or resettlement ordered of an agency (依法予以补偿安置, 给予安置补偿), or its duty to compensate or
 * resettle performed (履行对原告的安置义务).
 */
export const COMPENSATION_ORDERED = new RegExp(
  `${alternation('grant')}[^，。；]{0,4}?${alternation('compensation-or-resettlement')}|履行[^，。；]{0,20}?${alternation('compensation-or-resettlement')}{1,2}义务`,
);

/**
 * Concrete acts ordered of an agency in administrative judgments: 重新核定, 办理…登记, 颁发…证, 向原告公开…, 补缴,
 * 予以补偿安置, 作出补偿决定.
 * Civil items use the same verbs (协助办理过户登记), so the rules read these only in 行政 documents.
 */
export const AGENCY_TASK = new RegExp(
  `${alternation('anew')}${alternation('agency-redetermination')}|办理[^，。；]{0,60}?(?:登记|手续)|${alternation('licence-issue')}[^，。；]{0,20}?证|(?<!信息)公开(?!申请)|补缴|作出[^，。；]{0,4}?补偿(?:安置)?决定|${COMPENSATION_ORDERED.source}|${alternation('agency-seizure')}的[^。；]{0,80}?${alternation('refund')}`,
);

/** What makes it concrete besides a sum or a quantity: the form (货币补偿, 产权调换) or the standard applied. */
export const COMPENSATION_TERMS = new RegExp(
  `${alternation('compensation-form')}|${alternation('according-to')}[^，。；]{2,}`,
);

/** A clause that opens, after its item number if it has one, with a word of the class. */
function opensWith(name: WordClassName): RegExp {
  return new RegExp(`${ITEM_NUMBER_PREFIX}${alternation(name)}`);
}

/** An annulment (撤销…《政府信息公开申请答复书》) names the act annulled, not one ordered. */
export const ANNULMENT = opensWith('annulment');

/** Who is ordered: the agency (责令被告…, 由被告…, 被告…应于…). */
export const AGENCY_ORDERED = new RegExp(
  `${alternation('court-order')}|被告|${alternation('agency')}${alternation('agency-duty-marker')}`,
);

/** The statutory period (在法定期限内重新作出) counts as a time limit. */
export const STATUTORY_PERIOD = wordPattern('statutory-period');

/** Statute text quoted after the signatures (附相关法律规定) is not an order. */
export const STATUTE_WORDING = wordPattern('statute-wording');

/** A duty named only as "the statutory duty": 履行法定职责, 履行其职责. */
export const BARE_DUTY = wordPattern('bare-duty');

/** The matter the agency must deal with: 对原告的举报, 就…申请, 针对…投诉. */
export const DUTY_MATTER = new RegExp(
  `${alternation('duty-matter-marker')}[^，。；]{2,80}?${alternation('agency-act-verb')}`,
);

/** Remedial measures left open: 采取相应的补救措施, 采取补救措施. */
export const OPEN_REMEDY = wordPattern('open-remedy');

/** The measures spelled out after the order: 补救措施，即…, 补救措施：…, 补救措施（…）. */
export const REMEDY_SPELLED_OUT = new RegExp(
  String.raw`补救措施\s?(?:[：:（(]|，\s?${alternation('measures-spelled-out')}?[^，。；]{4,})`,
);

/** Clauses that declare or dismiss (确认被告不履行法定职责违法, 驳回原告要求重新作出…的请求) order nothing. */
export const DECLARATORY = opensWith('declaratory');

const COURT_ORDER = wordPattern('court-order');

/** A concrete act ordered of the agency (AGENCY_TASK); in "撤销…，责令…" only the part from 责令 on is an order. */
export function agencyTask(clause: TextView): TextSpan | null {
  // Most clauses order no such act: the part from 责令 on is cut out only of a clause that names one.
  if (!AGENCY_TASK.test(clause.text)) return null;
  const from = ANNULMENT.test(clause.text) ? clause.text.search(COURT_ORDER) : 0;
  return from < 0 ? null : clause.sub(clause.start + from, clause.end).match(AGENCY_TASK);
}

interface AgencyOrder {
  at: TextSpan;
  clause: TextView;
  /** The words of the order themselves (履行法定职责, 重新作出). */
  scope: TextView;
}

function orderIn(clause: TextView, at: TextSpan): AgencyOrder {
  return { at, clause, scope: clause.sub(at.start, at.end) };
}

/**
 * Each order of an order item that may leave open what the agency must do, in clauses that do not declare or dismiss:
 * a duty named only as the statutory one (履行法定职责), remedial measures (采取相应的补救措施), compensation or
 * resettlement (予以补偿安置) — in that order within a clause.
 */
export function agencyDuties(item: ItemView): AgencyOrder[] {
  const duties: AgencyOrder[] = [];
  if (item.kind !== 'order') return duties;
  for (const clause of item.clauses) {
    if (DECLARATORY.test(clause.text)) continue;
    for (const pattern of [BARE_DUTY, OPEN_REMEDY, COMPENSATION_ORDERED]) {
      const at = clause.match(pattern);
      if (at) duties.push(orderIn(clause, at));
    }
  }
  return duties;
}

/**
 * The order to an agency in each clause of an order item that orders one (责令被告…, 被告…应于…): an order to act
 * again, perform a duty or take measures (AGENCY_ACT), or else a concrete act (agencyTask). Clauses that declare or
 * dismiss, and statute text quoted after the signatures, order nothing.
 */
export function agencyOrders(item: ItemView): AgencyOrder[] {
  const orders: AgencyOrder[] = [];
  if (item.kind !== 'order') return orders;
  for (const clause of item.clauses) {
    const at = clause.match(AGENCY_ACT) ?? agencyTask(clause);
    if (!at || !AGENCY_ORDERED.test(clause.text) || DECLARATORY.test(clause.text)) continue;
    if (!STATUTE_WORDING.test(clause.text)) orders.push(orderIn(clause, at));
  }
  return orders;
}
