/**
 * Mutual duties (焦作山阳规定 第十八条第（一）项：互负给付义务的，应明确各自履行顺序): one side hands a thing back or
 * transfers title to it, the other refunds or pays for it — who performs, who receives, and the words leading into
 * each duty, where the order of performance may be stated.
 */
import type { ItemView, TextView } from '../item-view.js';
import {
  CONCURRENT_PART,
  DOCUMENTS_GENERIC,
  PERFORMANCE_ORDER,
  REFUND_OR_PRICE,
  RETURN_SET_OFF,
  TITLE_TRANSFER,
  deliveredObject,
  rolesIn,
} from './things.js';
import { dueDay } from './ordering.js';
import { maxOf } from '../../util/arrays.js';
import { DENIAL, MONEY_OBJECT, NOTHING_TO_ENFORCE } from '../lexicon.js';
import { alternation, wordPattern, words } from '../../lexicon/index.js';
import { BACK_REFERENCE_OR_ABOVE, CHINESE_DIGITS, followedWithin } from '../../lexicon/patterns.js';

/** Handing a thing back or over in exchange for money (移交 of records and papers is not an exchange). */
const RESTITUTION = wordPattern('restitution');

/** Transferring title (协助原告办理…房屋的所有权转移登记手续) is what the buyer's price is paid for. */
const TITLE_TRANSFER_ORDER = new RegExp(
  `办理[^，。；]{0,40}?(?:${TITLE_TRANSFER.source})|过户${alternation('transferred-to')}`,
);

/** A party starting a sentence of its own after a comma (…，原告于…退还被告…). */
const NEW_SUBJECTS = words('clause-subject');

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
    const cuts: number[] = [];
    for (let at = clause.text.indexOf('，'); at !== -1; at = clause.text.indexOf('，', at + 1)) {
      const next = at + 1;
      if (NEW_SUBJECTS.some((subject) => clause.text.startsWith(subject, next)))
        cuts.push(clause.start + next);
    }
    const bounds = [clause.start, ...cuts, clause.end];
    return bounds.slice(1).map((end, i) => clause.sub(bounds[i] ?? clause.start, end));
  });
}

/** Clauses that hand back a thing (not money, not documents) or transfer title to it. */
export function thingReturns(item: ItemView): ExchangeDuty[] {
  return parts(item).flatMap((clause) => {
    if (clause.test(TITLE_TRANSFER_ORDER) && !REFUND_OR_PRICE.test(clause.text)) {
      const way = direction(clause);
      return way ? [{ clause, item, ...way }] : [];
    }
    const verb = clause.match(RESTITUTION);
    if (!verb || REFUND_OR_PRICE.test(clause.text)) return [];
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
export function leadUp({ item, clause }: Duty): string {
  return item.text.slice(Math.max(0, clause.start - item.start - LEAD_WINDOW), clause.end - item.start);
}

/** A deposit kept or set off against another sum (在第三项款项中直接抵扣, 不再另行退还): nothing is refunded. */
const DEPOSIT_KEPT = wordPattern('deposit-kept');

/**
 * Clauses that refund a security or price, or pay the price of a thing delivered in exchange; not in an item that
 * sets the refund off against another sum (退还押金12000元，在第三项款项中直接抵扣).
 */
export function refunds(item: ItemView): ExchangeDuty[] {
  if (DEPOSIT_KEPT.test(item.text)) return [];
  return parts(item).flatMap((clause) => {
    if (!REFUND_OR_PRICE.test(clause.text)) return [];
    const way = direction(clause);
    return way ? [{ clause, item, ...way }] : [];
  });
}

const PAYMENT_VERBS = words('payment-verb');
const GOODS_PRICE = words('goods-price');
/** How far after the payment verb the price of goods may be named (支付全部货款, 支付原告…货款). */
const GOODS_PRICE_REACH = 30;

/**
 * Clauses that pay the price of goods (支付全部货款418000元): the other side of a delivery only when the same item
 * orders the goods delivered (a sale still to be performed both ways); elsewhere 货款 is a debt owed for goods long
 * delivered.
 */
function goodsPayments(item: ItemView): ExchangeDuty[] {
  return parts(item).flatMap((clause) => {
    if (
      REFUND_OR_PRICE.test(clause.text) ||
      !followedWithin(clause.text, PAYMENT_VERBS, GOODS_PRICE, GOODS_PRICE_REACH)
    )
      return [];
    // The payee may go without saying after the delivery (…交付螺纹钢50吨，被告于…支付全部货款).
    const [from, to = ''] = rolesIn(clause.text);
    return from ? [{ clause, item, from, to }] : [];
  });
}

/** A duty where it stands: its clause and item (one side of an exchange). */
export type Duty = Pick<ExchangeDuty, 'clause' | 'item'>;

/** An item with something to enforce: not dismissed, confirmed or upheld (驳回、确认、维持…), not denied (无需、不予…). */
function enforceable(item: TextView): boolean {
  return !NOTHING_TO_ENFORCE.test(item.text) && !DENIAL.test(item.text);
}

/** The things handed back in a document's order items, found once per document. */
const returnsIn = new WeakMap<readonly ItemView[], ExchangeDuty[]>();

/**
 * The exchanges an order item takes part in by refunding or paying: each refund or price with the first thing handed
 * back or over the other way in the document's order items (dismissed and denied items order nothing).
 */
export function exchangesOf(
  item: ItemView,
  orders: readonly ItemView[],
): { refund: ExchangeDuty; answered: ExchangeDuty }[] {
  if (item.kind !== 'order' || !enforceable(item)) return [];
  const own = refunds(item);
  const goods = goodsPayments(item);
  if (own.length === 0 && goods.length === 0) return [];
  let things = returnsIn.get(orders);
  if (!things) {
    things = orders.filter(enforceable).flatMap(thingReturns);
    returnsIn.set(orders, things);
  }
  const answering = (pay: ExchangeDuty, candidates: readonly ExchangeDuty[]) => {
    const answered = candidates.find((t) => (t.from === pay.to || pay.to === '') && t.to === pay.from);
    return answered ? [{ refund: pay, answered }] : [];
  };
  const delivered = things.filter((t) => t.item === item);
  return [
    ...own.flatMap((refund) => answering(refund, things)),
    ...goods.flatMap((pay) => answering(pay, delivered)),
  ];
}

/** Whether either duty, or the words leading into it, fixes the order of performance (同时, 收到…之日起, 付清…后). */
export function orderOfPerformance(duties: readonly Duty[]): boolean {
  return duties.some((duty) => {
    const text = leadUp(duty);
    return PERFORMANCE_ORDER.test(text) || CONCURRENT_PART.test(text);
  });
}

/** Whether an order item after every one of the duties fixes the order for earlier items (上述第二、三项义务…同时履行). */
export function orderInLaterItem(duties: readonly Duty[], orders: readonly ItemView[]): boolean {
  const last = maxOf(
    duties.map((duty) => duty.item.index),
    -1,
  );
  return orders.some((item) => item.index > last && enforceable(item) && ordersEarlierItems(item));
}

/** Whether two duties fall due by different calendar days (each its own or its item's): the earlier performs first. */
export function ownDueDays(one: Duty, other: Duty): boolean {
  const first = dueDay(one.clause) ?? dueDay(one.item);
  const second = dueDay(other.clause) ?? dueDay(other.item);
  return first !== null && second !== null && first !== second;
}

/**
 * Whether a thing not handed back is deducted from the money refunded (不能返还的，在应退还的购机款中扣除9000元), in
 * either duty's item: the refund is owed net, whenever the thing comes back.
 */
export function setOffOnReturn(duties: readonly Duty[]): boolean {
  return duties.some((duty) => RETURN_SET_OFF.test(duty.item.text));
}
