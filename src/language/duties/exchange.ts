/**
 * Mutual duties (焦作山阳规定 第十八条第（一）项：互负给付义务的，应明确各自履行顺序): one side hands a thing back or
 * transfers title to it, the other refunds or pays for it — who performs, who receives, and the words leading into
 * each duty, where the order of performance may be stated.
 */
import type { ItemView, TextView } from '../item-view.js';
import { DOCUMENTS_GENERIC, PRICE, REFUND, TITLE_TRANSFER, deliveredObject, rolesIn } from './things.js';
import { MONEY_OBJECT } from '../lexicon.js';
import { wordPattern } from '../../lexicon/index.js';
import { BACK_REFERENCE_OR_ABOVE, CHINESE_DIGITS } from '../../lexicon/patterns.js';

/** Handing a thing back or over in exchange for money (移交 of records and papers is not an exchange). */
const RESTITUTION = wordPattern('restitution');

/** Transferring title (协助原告办理…房屋的所有权转移登记手续) is what the buyer's price is paid for. */
const TITLE_TRANSFER_ORDER = new RegExp(`办理[^，。；]{0,40}?(?:${TITLE_TRANSFER.source})|过户(?:至|到|给)`);

const NEW_SUBJECT = /，(?=(?:反诉)?(?:原告|被告|第三人))/g;

/** An item that fixes the order for earlier items (上述第二、三项义务，双方应于…同时履行). */
const ORDER_FOR_ITEMS = new RegExp(
  String.raw`(?:${BACK_REFERENCE_OR_ABOVE}|第[${CHINESE_DIGITS}\d]+(?:、[${CHINESE_DIGITS}\d]+)*项)[^。]{0,60}?(?:同时履行|互为条件|对待给付)`,
);

/** Whether an item fixes the order of performance for earlier items (上述第二、三项义务，双方应于…同时履行). */
export function ordersEarlierItems(item: TextView): boolean {
  return ORDER_FOR_ITEMS.test(item.text);
}

/** One side's duty in an exchange: a thing returned (or its title transferred), or money refunded or paid. */
export interface ExchangeDuty {
  clause: TextView;
  item: ItemView;
  /** Who performs and who receives, by procedural role. */
  from: string;
  to: string;
}

function direction(clause: TextView): { from: string; to: string } | null {
  const roles = rolesIn(clause.text);
  const from = roles[0];
  const to = roles.find((r) => r !== from);
  return from && to ? { from, to } : null;
}

/** The clauses of an item, cut again where a new party starts a sentence (…，原告于…退还被告…). */
function parts(item: ItemView): TextView[] {
  return item.clauses.flatMap((clause) => {
    const cuts = clause.matchAll(NEW_SUBJECT).map((m) => m.start + 1);
    const bounds = [clause.start, ...cuts, clause.end];
    return bounds.slice(1).map((end, i) => clause.sub(bounds[i] ?? clause.start, end));
  });
}

/** Clauses that hand back a thing (not money, not documents) or transfer title to it. */
export function thingReturns(item: ItemView): ExchangeDuty[] {
  return parts(item).flatMap((clause) => {
    if (clause.test(TITLE_TRANSFER_ORDER) && !REFUND.test(clause.text) && !PRICE.test(clause.text)) {
      const way = direction(clause);
      return way ? [{ clause, item, ...way }] : [];
    }
    const verb = clause.match(RESTITUTION);
    if (!verb || REFUND.test(clause.text) || PRICE.test(clause.text)) return [];
    const head = deliveredObject(clause, verb).text.slice(0, 30);
    if (MONEY_OBJECT.test(head) || DOCUMENTS_GENERIC.test(head)) return [];
    const way = direction(clause);
    return way ? [{ clause, item, ...way }] : [];
  });
}

/** How far before a duty's clause the part that leads into it is read. */
const LEAD_WINDOW = 60;

/**
 * A duty's clause with the part of its item that leads into it, where the order may be stated (原告付清剩余购房款的
 * 同时，被告协助原告办理…过户手续); a bounded window keeps an item of many duties linear.
 */
export function leadUp({ item, clause }: ExchangeDuty): string {
  return item.text.slice(Math.max(0, clause.start - item.start - LEAD_WINDOW), clause.end - item.start);
}

/** Clauses that refund a security or price, or pay the price of a thing delivered in exchange. */
export function refunds(item: ItemView): ExchangeDuty[] {
  return parts(item).flatMap((clause) => {
    if (!REFUND.test(clause.text) && !PRICE.test(clause.text)) return [];
    const way = direction(clause);
    return way ? [{ clause, item, ...way }] : [];
  });
}
