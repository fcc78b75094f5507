/**
 * The sums of a mediation agreement (焦作山阳规定 第十七条: terms that disagree leave the enforcing court to choose):
 * the total a schedule divides, a total and its 其中 breakdown, sums with their own deadlines, sums due only on
 * default, deposits returned or kept.
 */
import type { ItemView, TextView } from './item-view.js';
import type { Entity } from './entities/index.js';
import type { TextSpan } from '../document/span.js';
import { isOneOf } from '../document/characters.js';
import {
  BREAKDOWN_BY_STATUS,
  breakdownFollows,
  isDefaultCondition,
  totalBefore,
  wholeDebtBefore,
} from './mediation.js';
import { REFERENCE } from './lexicon.js';
import { earlierNaming } from './amounts.js';
import { ITEM_NUMBER_BRACKETS, paymentClauses } from './obligations.js';
import { restOfSentence } from './clauses.js';
import { wordPattern, words } from '../lexicon/index.js';
import { wordEndingAt, wordNearEnd, wordNearStart } from '../lexicon/patterns.js';

/**
 * The total a schedule divides: the sum before 分…期 in its item, or the stated total of an item it refers to (or the
 * only sum of the earlier items).
 */
export function scheduleTotal(
  item: ItemView,
  marker: number,
  earlier: readonly ItemView[],
): Entity | undefined {
  const before = item.find('money').filter((m) => m.end <= marker);
  if (before.length > 0) return before.at(-1);
  // The reference may follow the marker: 分三期偿还上述借款：….
  const lead = item.text.slice(0, (item.find('money')[0]?.start ?? item.end) - item.start);
  if (!REFERENCE.test(lead)) return undefined;
  for (const previous of [...earlier].reverse()) {
    const stated = previous
      .find('money')
      .find((m) =>
        totalBefore(previous.text.slice(Math.max(0, m.start - previous.start - 8), m.start - previous.start)),
      );
    if (stated) return stated;
  }
  // 上述借款 after one earlier sum (一、…偿还借款本金50万元；二、…分三期偿还上述借款): that sum is the total.
  const sums = earlier.flatMap((previous) => previous.find('money'));
  return sums.length === 1 ? sums[0] : undefined;
}

/**
 * Words by which a sum is the one named elsewhere (余款, 全部款项, 上述借款), not a payment of its own: two items that
 * each pay 货款50000元 by different dates are two instalments, not one sum with two deadlines.
 */
const SAME_SUM = wordPattern('same-sum');
/** Words before a date that make it the day a sum is counted to (截至2024年4月10日尚欠…). */
const AS_OF = words('as-of');

export interface DatedSum {
  money: Entity;
  date: string;
  /** The sum is named as one stated elsewhere (or is the total a schedule divides). */
  named: boolean;
}

/** What ends a part of an item that may hold one sum and its deadline. */
const PART_ENDS = new Set(['，', ',', '；', ';', '。']);

/** The parts of a text between commas, semicolons and full stops, with where each starts in it. */
function partsOf(text: string): { start: number; text: string }[] {
  const parts: { start: number; text: string }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !PART_ENDS.has(text.charAt(i))) continue;
    parts.push({ start, text: text.slice(start, i) });
    start = i + 1;
  }
  return parts;
}

const SAME_SUM_WORDS = words('same-sum');

/** The day a time limit falls on, or its own words when it counts from an event (本调解书生效之日起十日内). */
function dueBy(deadline: Entity, dates: readonly Entity[]): string {
  return dates.find((d) => d.start >= deadline.start && d.end <= deadline.end)?.text ?? deadline.text;
}

/**
 * A sum given a time limit in one part of an item, and the same sum (该款, 上述款项, with no sum of its own) another
 * time limit in a later part: 于本调解书生效之日起十日内给付折价款60000元，该款最迟于2025年4月30日前付清. A part that
 * says what follows a default (逾期未付的，该款…) sets no second time.
 */
export function sumTimedTwice(item: ItemView): { first: Entity; again: Entity } | undefined {
  const deadlines = item.find('deadline');
  if (deadlines.length < 2) return undefined;
  const sums = item.find('money');
  const dates = item.find('date');
  let timed: Entity | undefined;
  for (const part of partsOf(item.text)) {
    const from = item.start + part.start;
    const to = from + part.text.length;
    const inPart = (entity: Entity): boolean => entity.start >= from && entity.end <= to;
    const own = deadlines.find(inPart);
    const money = sums.filter(inPart);
    if (!own) continue;
    if (money.length === 1) timed = own;
    else if (
      timed &&
      money.length === 0 &&
      wordNearStart(part.text, SAME_SUM_WORDS, 1) &&
      !isDefaultCondition(part.text) &&
      dueBy(own, dates) !== dueBy(timed, dates)
    ) {
      return { first: timed, again: own };
    }
  }
  return undefined;
}

/** The words that lead into a time limit without being part of when it is (于, 在, 应于, 最迟于). */
const LEADING_TIME_WORDS = words('time-lead');

/** What a time limit says, without the words leading into it. */
function whenOf(deadline: Entity, dates: readonly Entity[]): string {
  const due = dueBy(deadline, dates);
  const lead = LEADING_TIME_WORDS.find((word) => due.startsWith(word)) ?? '';
  return due.slice(lead.length);
}

/**
 * A sum named with its time limit in an earlier item and paid again, by its name alone or by that item's number, with
 * another time limit in a later one: 二、原告于过户完成当日支付剩余购车款45000元 … 四、在过户办理完毕之前，原告应先行
 * 付清剩余购车款; （一）…共计68000元，于2023年6月30日前一次性付清 … （四）上述第（一）项款项，于2023年7月15日前支付.
 */
export function restatedSumRetimed(
  item: ItemView,
  earlier: readonly ItemView[],
): { first: Entity; again: Entity } | undefined {
  const retimed = (again?: Entity, named?: { text: TextView; sum: Entity }) => {
    if (!again || !named) return undefined;
    const first = nearest(named.text.find('deadline'), named.sum);
    return first && whenOf(first, named.text.find('date')) !== whenOf(again, item.find('date'))
      ? { first, again }
      : undefined;
  };
  for (const payment of paymentClauses(item)) {
    if (payment.clause.has('money') || isDefaultCondition(payment.clause.text)) continue;
    const again = item
      .find('deadline')
      .filter((d) => d.start < payment.verb.start)
      .at(-1);
    const found = retimed(again, again && earlierNaming(payment, earlier));
    if (found) return found;
  }
  for (const clause of item.clauses) {
    if (clause.has('money') || isDefaultCondition(clause.text)) continue;
    const again = clause.find('deadline')[0];
    const found = retimed(again, again && itemNumbered(clause, earlier));
    if (found) return found;
  }
  return undefined;
}

/** The earlier item a clause names by number as what it pays (上述第（一）项款项), with the item's first sum. */
function itemNumbered(
  clause: TextView,
  earlier: readonly ItemView[],
): { text: TextView; sum: Entity } | undefined {
  let plain = '';
  for (const ch of clause.text) if (!isOneOf(ch, ITEM_NUMBER_BRACKETS)) plain += ch;
  for (const item of earlier) {
    const sum = item.find('money')[0];
    if (item.label !== null && sum && plain.includes(`${item.ordinal}款`)) return { text: item, sum };
  }
  return undefined;
}

/** The entity closest to a span. */
function nearest(entities: readonly Entity[], to: TextSpan): Entity | undefined {
  const distance = (e: Entity): number => (e.end <= to.start ? to.start - e.end : e.start - to.end);
  return [...entities].sort((a, b) => distance(a) - distance(b))[0];
}

/** A sum with its deadline in one comma-separated part: "余款138000元于2021年8月31日前付清". */
export function datedSums(item: ItemView): DatedSum[] {
  const found: DatedSum[] = [];
  // The item's sums and dates are read once; a part's own are those lying wholly inside it.
  const sums = item.find('money');
  const days = item.find('date');
  for (const part of partsOf(item.text)) {
    const from = item.start + part.start;
    const to = from + part.text.length;
    const inPart = (entity: Entity): boolean => entity.start >= from && entity.end <= to;
    const money = sums.filter(inPart);
    // 截至2024年4月10日尚欠100000元: the day the debt is counted to, not the day it is due.
    const dates = days.filter(
      (day) => inPart(day) && wordEndingAt(item.text, day.start - item.start, AS_OF) === undefined,
    );
    if (money.length === 1 && dates.length === 1 && money[0] && dates[0]) {
      found.push({ money: money[0], date: dates[0].text, named: SAME_SUM.test(part.text) });
    }
  }
  return found;
}

/** Just before an amount paid again and again: 每月25日前支付, 每期支付, 按月支付. */
const RECURRING = words('recurring');
const RECURRING_REACH = 12;

/**
 * Whether a sum is paid again and again (余款100万元，每月支付10万元): it is paid as many times as the remainder needs,
 * so it cannot simply be added up with the other parts of a schedule.
 */
export function paidRecurrently(item: ItemView, money: Entity): boolean {
  return wordNearEnd(item.text.slice(0, money.start - item.start), RECURRING, RECURRING_REACH);
}

/** Where a text first occurs in an item or clause, as a span of the document, or null. */
export function firstMention(item: TextView, text: string): TextSpan | null {
  const at = item.text.indexOf(text);
  return at < 0 ? null : { start: item.start + at, end: item.start + at + text.length, text };
}

/** A sum due only on default (有一期未付的，于…前付清全部款项) accelerates the schedule; it does not contradict it. */
export function dueOnDefault(item: ItemView, money: Entity): boolean {
  const clause = item.clauses.find((c) => c.start <= money.start && money.start < c.end);
  return clause !== undefined && isDefaultCondition(clause.text);
}

/** A deposit, which an agreement either returns or keeps. */
const DEPOSIT = wordPattern('deposit');
/** Kept: not returned, or set off against another debt (在租金中予以冲抵，不再另行退还). */
const KEPT = wordPattern('deposit-kept');
const RETURNED = wordPattern('refund');

/** The deposits an item names with their sums, and whether it returns or keeps each. */
export function depositFates(item: ItemView): { money: Entity; kept: boolean }[] {
  return item.clauses
    .filter((clause) => DEPOSIT.test(clause.text) && (KEPT.test(clause.text) || RETURNED.test(clause.text)))
    .flatMap((clause) => clause.find('money').map((money) => ({ money, kept: KEPT.test(clause.text) })));
}

/** How far a 其中 breakdown is read after its total. */
const BREAKDOWN_WINDOW = 400;

/**
 * A total followed by 其中 and the sums it is made of, in the same sentence (however its lines are wrapped), that do
 * not add up to it.
 */
export function breakdownMismatch(item: ItemView): { total: Entity; sum: number } | undefined {
  const sums = item.find('money');
  for (const total of sums) {
    if (total.value === undefined) continue;
    // Only the words right after each sum are looked at, and a sentence at most a few lines long, so that an item
    // with thousands of sums stays linear.
    const from = total.end - item.start;
    if (!breakdownFollows(item.text.slice(from, from + 8))) continue;
    const sentence = restOfSentence(item.text.slice(from, from + BREAKDOWN_WINDOW));
    if (BREAKDOWN_BY_STATUS.test(sentence)) continue;
    const parts = sums.filter((m) => m.start >= total.end && m.end <= total.end + sentence.length);
    if (parts.length < 2 || parts.some((m) => m.value === undefined)) continue;
    const sum = parts.reduce((acc, m) => acc + (m.value ?? 0), 0);
    if (Math.abs(sum - total.value) > 0.005) return { total, sum };
  }
  return undefined;
}

/** Sums an acceleration clause names as the whole debt (有一期未付的，原告有权就全部欠款160000元申请强制执行). */
export function wholeDebtOnDefault(item: ItemView): Entity[] {
  return item.clauses
    .filter((clause) => isDefaultCondition(clause.text))
    .flatMap((clause) =>
      clause
        .find('money')
        .filter((m) =>
          wholeDebtBefore(
            clause.text.slice(Math.max(0, m.start - clause.start - 12), m.start - clause.start),
          ),
        ),
    );
}
