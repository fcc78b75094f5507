/**
 * Classifies the clauses of an operative item by what they order. Rules ask for "the payment clauses" or "the
 * interest awards" of an item rather than re-reading the text.
 */
import type { ItemView, TextView } from './item-view.js';
import type { TextSpan } from '../document/span.js';
import {
  ADVANCE_EXCEEDING,
  CONDITION_CLOSES_AFTER,
  CONDITION_OPENS_BEFORE,
  CONTINUING_BEFORE,
  FIXED_SUM_AFTER_TERM,
  INTEREST_TERM,
  MONEY_OBJECT,
  NEGATION_BEFORE,
  PAYMENT_AS_TIME,
  PAYMENT_SET_OFF,
  OVERPAYMENT,
  PAYMENT_VERBS,
  SECONDARY_LIABILITY,
  SETTLED_OTHERWISE,
  SHARED_REFERENCE,
  SHARE_OF_SUM_AFTER_TERM,
  SLOT_SUM_AFTER_TERM,
  STATUTORY_LATE_INTEREST,
  VERB_NOT_ORDERING,
} from './lexicon.js';
import type { Token } from './segmenter.js';
import { statesFixedSum, tableRows } from './lists.js';
import { isTableRow } from '../document/tables.js';
import { isOneOf } from '../document/characters.js';
import { outsideActTimes } from './duties/things.js';
import { ordersNothing } from './duties/ordering.js';
import { insideSlot } from './entities/placeholder.js';
import { alternation, wordAt, wordPattern, words } from '../lexicon/index.js';
import { wordNearEnd, wordNearStart } from '../lexicon/patterns.js';

/** How far after the verb the paid thing is looked for. */
const OBJECT_WINDOW = 40;

export interface PaymentClause {
  clause: TextView;
  verb: Token;
  /** What is paid: the text after the verb, X in 将 X 退还原告, or the sum named before the verb. */
  object: string;
  /**
   * The sum was named before the verb, as the clause's topic (上述款项由…支付给原告) or in the part before it
   * (尚欠货款38600元，于…前付清); its amount, if any, is written there.
   */
  sumBefore: boolean;
}

/**
 * 将/把 X 退还原告: what is paid or returned is X, before the verb (the words after it may belong to the next duty:
 * "…热水器10台退还原告，提货费用由原告负担"). 将于/将在 (will) is not this construction.
 */
const DISPOSAL = new RegExp(`${alternation('disposal-marker')}(?![于在会要来近])([^，,；;。]+)$`);

/**
 * What an item's clauses order, found once per item: several rules ask for the same item's payments (amounts, time
 * limits, the late-performance warning, the account) and interest awards (base, rate, period, amount). Keyed by the
 * item, which belongs to one document and is dropped with it.
 */
const paymentsByItem = new WeakMap<ItemView, readonly PaymentClause[]>();
const awardsByItem = new WeakMap<ItemView, readonly InterestAward[]>();

function once<T>(cache: WeakMap<ItemView, readonly T[]>, item: ItemView, find: (item: ItemView) => T[]): T[] {
  let found = cache.get(item);
  if (!found) {
    found = find(item);
    cache.set(item, found);
  }
  return [...found];
}

/** Clauses that order a sum of money to be paid (not returned property, not liability for another's debt). */
export function paymentClauses(item: ItemView): PaymentClause[] {
  return once(paymentsByItem, item, findPaymentClauses);
}

function findPaymentClauses(item: ItemView): PaymentClause[] {
  if (item.kind !== 'order') return [];
  const found: PaymentClause[] = [];
  // 被告赔偿原告900元；被告已为原告垫付27567.2元，其超付的26667.2元由原告返还: the award before the advance is set
  // off against it, and only the refund of the overpayment is to be paid.
  const advance = item.match(ADVANCE_EXCEEDING);
  for (const clause of item.clauses) {
    if (ordersNothing(clause) || SECONDARY_LIABILITY.test(clause.text)) continue;
    // 将设备退还原告，原告于收到退还设备之日起…返还相应货款: the goods go first, the money after them in the same
    // clause; a verb inside the time of another act (于收到退还设备之日起) orders nothing.
    for (const verb of outsideActTimes(clause, payingTokens(clause))) {
      if (!ordersPayment(item.text, verb.start - item.start, verb.end - item.start)) continue;
      // ……（写明给付的金额和期限）: a template's instruction to the drafter orders nothing.
      if (insideSlot(verb, clause.find('placeholder'))) continue;
      if (advance && verb.end <= advance.start) continue;
      const payment = paymentBy(item, clause, verb);
      if (payment) {
        found.push(payment);
        break;
      }
    }
  }
  return found;
}

/**
 * Whether an item gives earlier sums their time limit: in one clause, a reference to them, a time limit, and a
 * payment or performance (上述款项于本判决生效之日起十日内付清). Not a reference in a clause that times another act
 * (为上述债务提供抵押担保，并于2024年12月31日前协助办理抵押登记).
 */
export function timesEarlierSums(item: ItemView): boolean {
  return sharedTimeClauses(item).length > 0;
}

/** The clauses of an item that time earlier sums (上述第二项、第三项款项，于本判决生效之日起十日内付清). */
export function sharedTimeClauses(item: ItemView): TextView[] {
  if (!SHARED_REFERENCE.test(item.text) || !item.has('deadline')) return [];
  return item.clauses.filter(
    (clause) =>
      SHARED_REFERENCE.test(clause.text) &&
      clause.has('deadline') &&
      (clause.text.includes(PERFORM) || clause.tokensIn(PAYMENT_VERBS).length > 0),
  );
}

/** An item named by number: 第二项, 第（三）项, 第二、三项, 第四条. */
const NAMED_ITEMS = /第([^第项条。；，]{1,20}?)[项条]/g;
/** What joins the numbers of several items named at once (第二、三项, 第二项和第三项). */
const ITEM_NUMBER_JOINS = '、,，和及与';
/** What stands right before an article of a law: the law's title, or the article a paragraph or item belongs to. */
const LAW_BEFORE_ARTICLE = '》条款';
/** The brackets an item's number may be written in when a sentence refers to it (第（一）项). */
export const ITEM_NUMBER_BRACKETS = '（）()';
/** A range of items (第一至三项) is not read item by item. */
const ITEM_RANGE = ['至', '到', '-', '—', '－'];

/**
 * The numbers of the items a sentence names (上述第二项、第三项款项 → 二、三), or null when it names none or a range: a
 * time limit stated for "上述款项" covers every item.
 */
export function namedItemNumbers(text: string): Set<string> | null {
  const numbers = new Set<string>();
  for (const { 1: inner = '', index } of text.matchAll(NAMED_ITEMS)) {
    // An article of a law (《民事诉讼法》第二百五十三条, 第一百零七条第二项) names no item.
    if (isOneOf(text[index - 1], LAW_BEFORE_ARTICLE)) continue;
    if (ITEM_RANGE.some((mark) => inner.includes(mark))) return null;
    let number = '';
    for (const ch of inner + '、') {
      if (isOneOf(ch, ITEM_NUMBER_JOINS)) {
        if (number) numbers.add(number);
        number = '';
      } else if (ch !== '第' && !isOneOf(ch, ITEM_NUMBER_BRACKETS)) number += ch;
    }
  }
  return numbers.size > 0 ? numbers : null;
}

const PERFORM = '履行';

const BEAR_FOR_PARTY: ReadonlySet<string> = new Set(words('bear-for-party'));
const PARTY_ROLES = words('procedural-role');

/**
 * The tokens of a clause that order a payment: the payment verbs, and 负担/承担 right before the other party (负担原告为
 * 本案支出的律师费8000元: the party's costs are paid to it), in the order they stand.
 */
function payingTokens(clause: TextView): Token[] {
  const bearing = clause
    .tokensIn(BEAR_FOR_PARTY)
    .filter((token) => PARTY_ROLES.some((role) => clause.text.startsWith(role, token.end - clause.start)));
  const verbs = clause.tokensIn(PAYMENT_VERBS);
  return bearing.length === 0 ? verbs : [...verbs, ...bearing].sort((a, b) => a.start - b.start);
}

/** Where the obligor or the time begins in a part of a clause: the sum is what comes before (上述款项|由被告…). */
const OBLIGOR_OR_TIME = wordPattern('obligor-or-time');

/**
 * A topic that is a person acting, not a sum: 被告张华对上述借款本息承担…, 上诉人预交的受理费予以退还 (the court refunds
 * it; nothing is ordered between the parties).
 */
const NOT_A_TOPIC = wordPattern('not-a-topic');

const JOINERS = words('continuing');
const MODALS = words('duty-modal');
const TIME_OPENERS = words('time-opener');

/** How long the word of `words` is that `text` has at `at`, or 0. */
function wordLengthAt(text: string, at: number, list: readonly string[]): number {
  return list.find((w) => text.startsWith(w, at))?.length ?? 0;
}

/** A part that continues the one before it without a subject of its own: 于2024年9月30日前, 并应于…, 限…. */
function continuesPrevious(part: string): boolean {
  let at = wordLengthAt(part, 0, JOINERS);
  at += wordLengthAt(part, at, MODALS);
  return wordLengthAt(part, at, TIME_OPENERS) > 0;
}

/** Where the last comma before `before` stands in `text`, or -1. */
function lastComma(text: string, before: number): number {
  return before <= 0 ? -1 : Math.max(text.lastIndexOf('，', before - 1), text.lastIndexOf(',', before - 1));
}

/**
 * The sum a payment verb without an object pays, named before it: as the topic of its own part (上述款项由某公司于…
 * 支付给原告, 余款138000元于…前付清), or as the amount of the part before a subjectless continuation (尚欠劳务报酬
 * 38600元，于2015年9月30日前付清). Null when nothing before the verb names money.
 */
function sumNamedBefore(lead: TextView): string | null {
  const text = lead.text;
  const ownFrom = lastComma(text, text.length) + 1;
  const own = text.slice(ownFrom);
  const obligorOrTime = OBLIGOR_OR_TIME.exec(own);
  const topic = obligorOrTime ? own.slice(0, obligorOrTime.index) : '';
  if ((MONEY_OBJECT.test(topic) || OVERPAYMENT.test(topic)) && !NOT_A_TOPIC.test(topic)) return topic;
  if (ownFrom === 0 || !continuesPrevious(own)) return null;
  const previousFrom = lastComma(text, ownFrom - 1) + 1;
  const previous = text.slice(previousFrom, ownFrom - 1);
  const previousStart = lead.start + previousFrom;
  const amount = lead
    .find('money')
    .some((m) => m.start >= previousStart && m.end <= previousStart + previous.length);
  return amount ? previous : null;
}

/** How far before the verb 将 or a sum named before it is looked for: each verb of a huge clause then costs the same. */
const LOOKBACK_WINDOW = 200;

/** The payment `verb` orders: of X in 将 X 退还原告, of the words after the verb, or of a sum named before it. */
function paymentBy(item: ItemView, clause: TextView, verb: Token): PaymentClause | null {
  const from = Math.max(clause.start, verb.start - LOOKBACK_WINDOW);
  const disposal = DISPOSAL.exec(item.text.slice(from - item.start, verb.start - item.start));
  const object =
    disposal?.[1] ??
    item.text.slice(verb.end - item.start, Math.min(clause.end, verb.end + OBJECT_WINDOW) - item.start);
  if (MONEY_OBJECT.test(object)) return { clause, verb, object, sumBefore: false };
  const named = disposal ? null : sumNamedBefore(clause.sub(from, verb.start));
  return named === null ? null : { clause, verb, object: named, sumBefore: true };
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
    !(
      CONDITION_OPENS_BEFORE.test(text.slice(Math.max(0, start - 30), start)) &&
      CONDITION_CLOSES_AFTER.test(text.slice(end, end + 40))
    ) &&
    !NEGATION_BEFORE.test(text.slice(Math.max(0, start - 12), start))
  );
}

/** A following sentence that spells out the award: "及利息。（利息按…）", "并支付利息。其中…自…起按…". */
const ELABORATION = wordAt('start', 'interest-elaboration');

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
const WAIVERS = words('waiver');
const WAIVER_REACH = 8;
/**
 * Interest fixed by another enforceable title: 对（2021）…号判决确定的债务356000元及利息承担清偿责任. "本判决确定的"
 * points back to this judgment and is not excused.
 */
function fixedByTitleBefore(before: string): boolean {
  // The title, 确定的 and what follows them lie after the last stop.
  let from = 0;
  for (const stop of CLAUSE_STOPS) from = Math.max(from, before.lastIndexOf(stop) + 1);
  for (const title of TITLES) {
    for (let at = before.indexOf(title, from); at >= 0; at = before.indexOf(title, at + 1)) {
      if (before.charAt(at - 1) === THIS_DOCUMENT) continue;
      const end = at + title.length;
      const fixed = FIXED_BY.find((w) => before.startsWith(w, end));
      if (fixed !== undefined && before.length - end - fixed.length <= TITLE_REACH) return true;
    }
  }
  return false;
}

const TITLES = words('enforceable-title');
const FIXED_BY = words('fixed-by');
/** 本判决确定的: this document's own term. */
const THIS_DOCUMENT = '本';
const TITLE_REACH = 30;
const CLAUSE_STOPS = ['，', '。', '；'];

/** A penalty named only as what may be enforced (可就未付劳动报酬及违约金一并申请强制执行): it is awarded elsewhere. */
const ENFORCEMENT_APPLIED = words('apply-court-enforcement');
const ENFORCEMENT_REACH = 6;

/**
 * Whether a payment's sum is settled without this order (从垫付款中扣除, 已当庭支付), unless the words only describe what
 * is refunded: after the verb and before 的, as in 返还原告已支付的购房款 or 退还原告已缴纳的登记费. In a parenthesis
 * after the sum only a payment at the hearing settles it: 赔偿经济损失七万四千六百元（已垫付的三万元予以扣除） leaves the
 * rest to pay.
 */
export function settledOtherwise(payment: Pick<PaymentClause, 'clause' | 'verb'>): boolean {
  const settled = wordsOfPayment(payment, SETTLED_OTHERWISE);
  if (settled.length === 0) return false;
  const { clause } = payment;
  const depths = parenthesisDepths(clause.text);
  return settled.some(
    (words) => depths[words.start - clause.start] === 0 || PAID_AT_HEARING.test(words.text),
  );
}

/** Whether a payment was made at the hearing (已于调解时当庭支付, 原告当庭收讫): nothing is left to enforce. */
export function paidAtHearing(payment: Pick<PaymentClause, 'clause' | 'verb'>): boolean {
  return wordsOfPayment(payment, PAID_AT_HEARING).length > 0;
}

/** The words a clause says of its payment, not of what it pays (返还原告已支付的购房款). */
function wordsOfPayment({ clause, verb }: Pick<PaymentClause, 'clause' | 'verb'>, said: RegExp): TextSpan[] {
  return clause
    .matchAll(said)
    .filter((words) => !(words.start >= verb.end && clause.text.charAt(words.end - clause.start) === '的'));
}

/** Words saying a payment was made at the hearing. */
const PAID_AT_HEARING = wordPattern('paid-at-hearing');

export function interestAwards(item: ItemView): InterestAward[] {
  return once(awardsByItem, item, findInterestAwards);
}

function findInterestAwards(item: ItemView): InterestAward[] {
  if (item.kind !== 'order') return [];
  const awards: InterestAward[] = [];
  // Table rows that state their own sum, read only when an award is named in a table row.
  let fixedRows: Set<number> | undefined;
  const statesOwnSum = (clause: TextView): boolean => {
    fixedRows ??= new Set(
      tableRows(item, item.start)
        .filter(statesFixedSum)
        .map(({ row }) => row.start),
    );
    return fixedRows.has(clause.start);
  };
  for (const clause of item.clauses) {
    if (ordersNothing(clause) || SECONDARY_LIABILITY.test(clause.text)) continue;
    if (STATUTORY_LATE_INTEREST.test(clause.text)) continue;
    // Words inside a parenthesis explain the award before it ("利息3265.40元（系按合同约定计算…的确定金额）").
    const terms = clause.matchAll(INTEREST_TERM);
    const depths = terms.length > 0 ? parenthesisDepths(clause.text) : undefined;
    const outside = terms.filter((t) => (depths?.[t.start - clause.start] ?? 0) === 0);
    const accrues = (t: TextSpan): boolean => {
      const after = clause.text.slice(t.end - clause.start);
      const before = clause.text.slice(0, t.start - clause.start);
      return (
        !FIXED_SUM_AFTER_TERM.test(after) &&
        !SHARE_OF_SUM_AFTER_TERM.test(after) &&
        !SLOT_SUM_AFTER_TERM.test(after) &&
        !wordNearEnd(before, WAIVERS, WAIVER_REACH) &&
        !fixedByTitleBefore(before) &&
        !wordNearStart(after, ENFORCEMENT_APPLIED, ENFORCEMENT_REACH)
      );
    };
    // 利息27000元（…，此后的利息按…计算至清偿之日）: the sum is fixed, the interest running on after it is not.
    const term =
      (outside.length > 0 ? outside : terms).find(accrues) ??
      terms.find(
        (t) =>
          (depths?.[t.start - clause.start] ?? 0) > 0 &&
          CONTINUING_BEFORE.test(
            clause.text.slice(Math.max(0, t.start - clause.start - 8), t.start - clause.start),
          ) &&
          accrues(t),
      );
    if (!term || (isTableRow(clause.text) && statesOwnSum(clause))) continue;
    let end = clause.end;
    for (const next of item.clauses.slice(item.clauses.indexOf(clause) + 1)) {
      if (!ELABORATION.test(next.text)) break;
      end = next.end;
    }
    awards.push({ clause, term, scope: item.sub(clause.start, end) });
  }
  return awards;
}

/**
 * What is left of a schedule (剩余全部货款, 全部未付款项), due at once on default: the schedule states it, so the
 * acceleration clause needs no amount of its own.
 */
const REMAINDER = new RegExp(`${alternation('outstanding')}[^，。；]{0,4}?${alternation('debt')}`);

/** Where a clause names what is left of a debt (剩余全部货款, 尚欠工程款), or null. */
export function remainderIn(clause: TextView): TextSpan | null {
  return clause.match(REMAINDER);
}

/** The words right before the term that own it ("第三批货款的"), back to the last 及/和/、 or comma. */
const OWNER_OF_TERM = /[^及和与并、，,；;]*[的之]\s*$/;
const OWNER_WINDOW = 60;

/**
 * Whether a payment verb pays only an interest award that follows it (支付违约金（按…计算）, 支付货款的资金占用损失):
 * no money object lies between the verb and the term except the accrual period and the sum the term is owned by.
 */
export function paysOnlyInterest(item: ItemView, verb: Token, award: InterestAward | undefined): boolean {
  if (!award || award.term.end <= verb.end) return false;
  const from = verb.end;
  const to = Math.max(verb.end, award.term.start);
  // The accrual period before the term (自…起至借款本金还清之日止的罚息) names the principal, not a sum to pay.
  // Verb and term are in the award's clause: only its bounds are looked at, so a huge item stays linear.
  let between = item.text.slice(from - item.start, to - item.start);
  for (const bound of [...award.clause.find('periodStart'), ...award.clause.find('periodEnd')]) {
    if (bound.end <= from || bound.start >= to) continue;
    const a = Math.max(bound.start, from) - from;
    const b = Math.min(bound.end, to) - from;
    between = between.slice(0, a) + ' '.repeat(b - a) + between.slice(b);
  }
  // 货款的资金占用损失, 上述借款之利息: the sum before 的 qualifies the term (its base); it is not paid itself.
  // Looked for in the last words only, so that a long clause costs no more than a short one.
  const owned = between.slice(0, -OWNER_WINDOW) + between.slice(-OWNER_WINDOW).replace(OWNER_OF_TERM, '');
  return !MONEY_OBJECT.test(owned);
}
