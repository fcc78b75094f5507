/**
 * The words of mediation agreements (调解书, 人民调解协议) that 焦作山阳规定 第十七条 and 第三条 look at: conditions, instalment
 * schedules, default clauses, and people who take on obligations without being parties.
 */
import type { DocumentModel } from '../document/model.js';
import type { TextSpan } from '../document/span.js';
import type { ItemView, TextView } from './item-view.js';
import { ON_DEFAULT, PROPORTION } from './lexicon.js';
import { sumCells, tableRows } from './lists.js';
import { maxOf } from '../util/arrays.js';
import {
  CHINESE_DIGITS,
  CONDITION_OR_EVENT_OPENER,
  followedWithin,
  wordEndingAt,
  wordNearEnd,
} from '../lexicon/patterns.js';
import { alternation, wordAt, wordPattern, words } from '../lexicon/index.js';

/** A ruling confirming a mediation agreement (司法确认), read by the agreement it quotes. */
function confirmsAgreement(document: DocumentModel): boolean {
  return document.kind.form === '裁定书' && (document.operative?.heading.text ?? '').includes('协议');
}

/**
 * A 调解书, 调解协议 or confirmed agreement — not a judgment that merely mentions an earlier 调解协议 in its facts
 * (判决如下).
 */
export function isMediation(document: DocumentModel): boolean {
  const { form } = document.kind;
  const heading = document.operative?.heading.text ?? '';
  const judged = JUDGED.some((w) => heading.includes(w));
  return (form === '调解书' || form === '调解协议' || confirmsAgreement(document)) && !judged;
}

/** 判决如下, 裁定如下: the court decides, whatever the document calls itself. */
const JUDGED = words('court-decision');

/**
 * A condition the obligation hangs on: 若…, 如果…, 如…的, 一旦…, 在…情况下. 如 is a condition only where it does not
 * begin 如下, 如期, 如约, 如实, 如数 ….
 */
const CONDITION = new RegExp(
  `(?:${CONDITION_OR_EVENT_OPENER}|在(?=[^。；，]{2,40}?情况下))([^。；]{2,80}?)(?:的?情况下|的[，,]|时[，,]|[，,]则|[，,])`,
  'g',
);

/**
 * An event awaited before the duty: 待…后, with or without a comma after it (待本调解书生效后，…; 待发包方拨付工程款后十
 * 日内支付; 待乙方经营好转后再行支付). Not 待 of 对待, 期待, 接待, 待遇, 待定 ….
 */
const AWAITED = /(?<![对期招接优虐看等款善亏有])待(?![遇定岗办业命])([^。；，,]{2,30}?)(?:之日)?后/g;

/**
 * Conditions every enforceable agreement has: default (未按期支付的, 如违反本协议约定), performance (按期付清的), the
 * other side's performance (在原告协助办理过户的情况下, 待被告交还挖掘机后), a due date falling on a holiday (如遇法定节假日则顺延), which
 * the calendar settles, and the agreement taking effect (待本调解书生效后, 本协议经司法确认后), which its service or
 * the confirming ruling settles.
 */
const STANDARD_CONDITION = wordPattern('standard-condition');

/** A standard condition in two words: 违反本协议约定, 本调解书生效, 协议经司法确认. */
function standardConditionFrom(body: string): boolean {
  return (
    followedWithin(body, BREACH, BREACHED, BREACH_REACH) ||
    followedWithin(body, INSTRUMENTS, TAKING_EFFECT, TAKING_EFFECT_REACH)
  );
}

const BREACH = words('breach');
const BREACHED = words('agreed-terms');
const BREACH_REACH = 12;
const INSTRUMENTS = words('agreement-instrument');
const TAKING_EFFECT = words('taking-effect');
const TAKING_EFFECT_REACH = 10;

/**
 * A duty left to the obligor's judgment or fortunes: 视公司经营状况再行支付, 酌情给予补偿, 待经营状况好转后再行支付,
 * 经济条件允许时支付.
 */
const DISCRETIONARY = new RegExp(
  `视[^，。；]{1,12}?${alternation('circumstances')}|${alternation('discretion')}|${alternation('fortunes')}${alternation('fortunes-state')}?${alternation('fortunes-better')}`,
);

/** Several conditions joined: …，且…, 并且…, 同时…. */
const CONJOINED = wordAt('start', 'conjoined');

export interface Condition extends TextSpan {
  /** True for a default or performance condition, which an agreement may carry. */
  standard: boolean;
  /** True when another condition is joined to it (若A，且B，并且C的). */
  joined: boolean;
}

/** The conditions of each item, read once: the frame and the reading of each condition both ask for them. */
const conditionCache = new WeakMap<ItemView, Condition[]>();

export function conditionsOf(item: ItemView): Condition[] {
  let found = conditionCache.get(item);
  if (!found) conditionCache.set(item, (found = readConditions(item)));
  return found;
}

function readConditions(item: ItemView): Condition[] {
  const found: Condition[] = [];
  for (const pattern of [CONDITION, AWAITED]) {
    for (const m of item.text.matchAll(pattern)) {
      const start = item.start + m.index;
      const body = m[1] ?? '';
      const rest = item.text.slice(m.index + m[0].length);
      found.push({
        start,
        end: start + m[0].length,
        text: m[0],
        standard: STANDARD_CONDITION.test(body) || standardConditionFrom(body) || ON_DEFAULT.test(body),
        // 且 also stands in 并且.
        joined: CONJOINED.test(rest) || body.includes('且'),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * What an agreement's duties hang on, in the order a reader weighs them: each condition (若…的, 待…后), then the first
 * words that leave a duty to the obligor's judgment (视经营状况, 酌情). A condition that holds such words is pointed
 * at by them (待被告经营状况好转后: 经营状况好转).
 */
export function conditionalTerms(item: ItemView): { at: TextSpan; condition: TextSpan }[] {
  const conditions = conditionsOf(item);
  const discretionary = item.match(DISCRETIONARY);
  const terms = conditions.map((condition): { at: TextSpan; condition: TextSpan } => ({
    at:
      discretionary && discretionary.start >= condition.start && discretionary.end <= condition.end
        ? discretionary
        : condition,
    condition,
  }));
  if (discretionary) terms.push({ at: discretionary, condition: discretionary });
  return terms;
}

/**
 * Whether a stretch of an item is one of its conditions whose fulfilment can be verified: a default, performance,
 * holiday or taking-effect condition standing alone (not 若A，且B的).
 */
export function verifiableCondition(span: TextSpan, item: ItemView): boolean {
  return conditionsOf(item).some(
    (c) => c.start === span.start && c.end === span.end && c.standard && !c.joined,
  );
}

/** An instalment schedule: 分四期支付, 分期偿还, 分3次付清. */
export const INSTALMENTS = new RegExp(String.raw`分(?:[${CHINESE_DIGITS}两\d]+)(?:期|次)|分期`);

/** What follows the date a payment falls due: 前, 之前, 以前, 底前. */
const DUE_SUFFIXES = words('due-suffix');

/** The day a payment falls due: 2019年8月31日前, 2022年3月底前. */
const DUE_DATE = new RegExp(String.raw`\d{4}年\d{1,2}月(?:\d{1,2}日)?${alternation('due-suffix')}`);

/** The date of a dated payment, without what follows it (2019年8月31日前支付30000元 → 2019年8月31日). */
function dueDateOf(payment: string): string {
  let end = payment.length;
  for (const suffix of DUE_SUFFIXES) {
    const at = payment.indexOf(suffix);
    if (at > 0 && at < end) end = at;
  }
  return payment.slice(0, end);
}

/**
 * One dated payment of a schedule written without 分期: "于2019年8月31日前支付30000元". The amount must follow the date
 * closely, with no other number between.
 */
const DATED_PAYMENT = new RegExp(`${DUE_DATE.source}[^。；\\d]{0,16}?\\d+(?:\\.\\d+)?\\s?万?元`, 'g');

/** A party named between a date and its sum: the payment is another duty, perhaps of another party. */
const PARTY_NAMED = wordPattern('party-or-side');

/**
 * The dated payments of an item: in its sentences, and in the rows of a schedule table, each row a due date and a
 * sum ("1|2024年3月31日前|20000元", or "186000" under a header 金额（元）), whatever the cells between them.
 */
function datedPayments(item: ItemView): TextSpan[] {
  const inRows = tableRows(item, item.start).flatMap((row) => {
    const due = row.row.match(DUE_DATE);
    const sum = sumCells(row).find((cell) => due !== null && cell.start > due.end);
    if (!due || !sum) return [];
    return [
      { start: due.start, end: sum.end, text: item.text.slice(due.start - item.start, sum.end - item.start) },
    ];
  });
  // A row whose sum reads as money ("20000元") is also found in the text: one payment, by its date's place.
  const byStart = new Map([...item.matchAll(DATED_PAYMENT), ...inRows].map((d) => [d.start, d]));
  return [...byStart.values()].sort((x, y) => x.start - y.start);
}

/**
 * Where an item lays out payment by instalments: the words 分四期/分期, or, failing them, a later payment that
 * continues an earlier one on another date naming no party anew (…支付原告30000元，于2019年10月31日前支付30000元;
 * a table's rows). Two dated duties that each name their parties (原告于…支付定金，被告于…退还押金) are not a schedule.
 */
export function instalmentMarker(item: ItemView): TextSpan | null {
  const named = item.match(INSTALMENTS);
  if (named) return named;
  const dated = datedPayments(item);
  const dueDates = new Set(dated.map((d) => dueDateOf(d.text)));
  if (dueDates.size < 2) return null;
  return dated.slice(1).find((d) => !PARTY_NAMED.test(d.text)) ?? null;
}

const TOTALS = words('total-before-sum');
/** A total's word stands at most this far before its sum, with no number between. */
const TOTAL_REACH = 4;
const NUMBER_STOPS = `，。；0123456789${CHINESE_DIGITS}壹贰叁肆伍陆柒捌玖`;

/** A total stated right before a sum (共计60000元, 本息合计129600元): whether the text before the sum ends with one. */
export function totalBefore(text: string): boolean {
  return wordNearEnd(text, TOTALS, TOTAL_REACH, NUMBER_STOPS);
}

/**
 * The whole debt named by its sum, right before the sum (就全部欠款160000元申请强制执行, 全部货款共计100000元): in an
 * acceleration clause it must be the total the schedule divides.
 */
export function wholeDebtBefore(text: string): boolean {
  // Read back from the sum: a space, 人民币, 共计, a space, each optional, then 全部欠款 ….
  let end = text.length;
  if (isSpace(text[end - 1])) end--;
  end -= wordEndingAt(text, end, CURRENCY)?.length ?? 0;
  end -= wordEndingAt(text, end, TOTAL_WORDS)?.length ?? 0;
  if (isSpace(text[end - 1])) end--;
  return wordEndingAt(text, end, WHOLE_DEBTS) !== undefined;
}

const WHOLE_DEBTS = words('whole-debt');
const TOTAL_WORDS = words('total');
const CURRENCY = ['人民币'];

/** Opening a breakdown: a comma or bracket, each space optional, then 其中. */
const BREAKDOWN_OPENERS = ['，', ',', '（', '('];

/** A breakdown of the total just stated: 共计86500元，其中包装箱货款78000元、违约金6000元、运费1500元. */
export function breakdownFollows(text: string): boolean {
  let at = isSpace(text[0]) ? 1 : 0;
  if (BREAKDOWN_OPENERS.some((w) => text.startsWith(w, at))) at++;
  if (isSpace(text[at])) at++;
  return text.startsWith('其中', at);
}

/**
 * A breakdown by what is paid and what is owed (其中已付30000元, 其中剩余部分分期支付), not by kind: its parts need not
 * add up to the total.
 */
export const BREAKDOWN_BY_STATUS = wordPattern('breakdown-by-status');

/** What the agreement says happens on default: the whole balance due, a penalty, enforcement. */
export const DEFAULT_CLAUSE = wordPattern('default-consequence');

/** A default clause that names no consequence one could enforce: 承担相应的违约责任. */
export const VAGUE_DEFAULT = wordPattern('vague-default');

/** True when a default clause states what is owed (an amount, a rate, a proportion). */
export function consequenceStated(text: string, hasAmountOrRate: boolean): boolean {
  return hasAmountOrRate || PROPORTION.test(text);
}

export function isDefaultCondition(text: string): boolean {
  return ON_DEFAULT.test(text);
}

/**
 * Someone introduced by a relation, not as a party: 案外人王某, 担保人马某, 乙方之兄覃某, 法定代表人某某之妻王某,
 * 被告的女婿某某以其工资收入代为支付. The name is the two or three characters before the verb of the obligation (or
 * before 以其/用其/从其 and the source of the money).
 */
const NAMED_NON_PARTY =
  /(?:案外人|第三人|担保人|保证人|(?:之|的)(?:兄|弟|姐|妹|妻|夫|父|母|子|女|侄|儿子|女儿|妻子|丈夫|父亲|母亲|哥哥|弟弟|姐姐|妹妹|女婿|儿媳|外甥|外甥女|侄子|侄女|孙子|孙女|外孙|外孙女|岳父|岳母|公公|婆婆|舅舅|叔叔|伯父|姑姑|姨妈|亲属|亲戚|朋友|同学|配偶)|(?:之|的)?(?:股东|法定代表人|实际控制人|员工|职工|合伙人))([\u4e00-\u9fa5]{2,3}?)(?=自愿|同意|愿意|代|为|对|于|向|承担|提供|负责|以其|用其|从其|[，、（(])/g;

/**
 * An organisation that takes on an obligation in its own name at the head of a clause: 焦作市万通物流有限公司自愿以其名下
 * 车辆提供抵押担保, 由案外人某某有限公司代为支付, 上述款项由某某有限公司于…前支付, 某某科技有限公司于…前出具股东名册
 * 变更证明. Not a role word with 公司 (被告公司), not a payee (向某公司支付).
 */
const NAMED_ORGANISATION =
  /(?:^|[、，,：:；.．]|(?<=款项?|费用?)(?=由))(?:由)?(?:案外人|第三人)?(?!由|原告|被告|上述|该|本|其)([\u4e00-\u9fa5]{2,30}?(?:公司|合作社|厂|商行|经营部))(?=自愿|同意|愿意|以其|从其|为|对|代为?|负责|承担|提供|应?于)/g;

/** Taking on a right or an obligation: paying, guaranteeing, or an act (出具证明, 办理变更登记, 交付). */
const TAKES_ON = wordPattern('takes-on');
/** Acting for someone: 代 and, at most six characters on, what is done (代被告履行). */
const ON_BEHALF = words('on-behalf');
const ACTS_ON_BEHALF = words('act-on-behalf');
const ON_BEHALF_REACH = 6;

function takesOn(text: string): boolean {
  return TAKES_ON.test(text) || followedWithin(text, ON_BEHALF, ACTS_ON_BEHALF, ON_BEHALF_REACH);
}

/** Where `name` occurs in `text`, every occurrence (overlapping ones too). */
function* occurrences(text: string, name: string): Generator<number> {
  if (name === '') return;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) yield at;
}

/** Whether a character is white space (as \s matches it: String.prototype.trim removes the same characters). */
function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && ch.trim() === '';
}

/** The roles that make the name after them a party's (原告某某有限公司, 担保人“马某”). */
const PARTY_ROLES = words('named-as-party');

/** Named with a party's role somewhere (原告某某有限公司不服…): a party, even where the head has no 原告：… list. */
function namedAsParty(text: string, name: string): boolean {
  for (const at of occurrences(text, name)) {
    const quoted = text[at - 1] === '“' || text[at - 1] === '"';
    if (wordEndingAt(text, at, PARTY_ROLES) || (quoted && wordEndingAt(text, at - 1, PARTY_ROLES)))
      return true;
  }
  return false;
}

/** Signing, attending, taking part after the name (马某已在调解协议上签名确认), within this many characters. */
const SIGNING = words('signing');
const SIGNING_REACH = 24;
const SIGNING_LONGEST = maxOf(
  SIGNING.map((w) => w.length),
  0,
);
/** The label of a signature before the name: 乙方（签名）：覃某. */
const SIGNATURE_LABELS = words('signature-label');

/** A text up to its first full stop or line break. */
function untilStop(text: string): string {
  let end = text.length;
  for (const stop of ['。', '\n']) {
    const at = text.indexOf(stop);
    if (at >= 0 && at < end) end = at;
  }
  return text.slice(0, end);
}

function isBetween(n: number, low: number, high: number): boolean {
  return n >= low && n <= high;
}

/** The person signed or took part: 马某已在调解协议上签名确认, 乙方（签名）：覃某. */
function signs(text: string, name: string): boolean {
  for (const at of occurrences(text, name)) {
    // After the name, in its sentence and line: a signing word beginning at most 24 characters on.
    const from = at + name.length;
    const after = untilStop(text.slice(from, from + SIGNING_REACH + SIGNING_LONGEST));
    if (SIGNING.some((w) => isBetween(after.indexOf(w), 0, SIGNING_REACH))) return true;
    // Before it: 签名, 签字 or 盖章, a closing bracket, a colon, each space optional (签名）： 覃某).
    let end = at;
    if (isSpace(text[end - 1])) end--;
    if (text[end - 1] !== '：' && text[end - 1] !== ':') continue;
    end--;
    if (isSpace(text[end - 1])) end--;
    if (text[end - 1] === '）' || text[end - 1] === ')') end--;
    if (wordEndingAt(text, end, SIGNATURE_LABELS)) return true;
  }
  return false;
}

/**
 * The names of a clause's people and organisations that take on a right or an obligation in their own name (案外人
 * 王某自愿…, 由某某有限公司于…前支付), as spans of the document, in the order the two patterns find them.
 */
export function takersOn(clause: TextView): TextSpan[] {
  if (!takesOn(clause.text)) return [];
  const found: TextSpan[] = [];
  for (const pattern of [NAMED_NON_PARTY, NAMED_ORGANISATION]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(clause.text); m !== null; m = pattern.exec(clause.text)) {
      const name = m[1] ?? '';
      if (!name) continue;
      const start = clause.start + m.index + m[0].length - name.length;
      found.push({ start, end: start + name.length, text: name });
    }
    pattern.lastIndex = 0;
  }
  return found;
}

/** The names each document gives its parties, read once for all the people its clauses bind. */
const partyNameCache = new WeakMap<DocumentModel, string[]>();

/**
 * Whether someone a clause binds by name is a party to the agreement: named, or short-named, as a party (a name
 * holding or held in a party's), named with a party's role, or signing or attending the mediation.
 */
export function isAgreementParty(name: string, document: DocumentModel): boolean {
  let names = partyNameCache.get(document);
  if (!names) partyNameCache.set(document, (names = partyNames(document)));
  if (names.some((n) => n.includes(name) || name.includes(n))) return true;
  return signs(document.text, name) || namedAsParty(document.text, name);
}

/** A short name the document gives someone: 以下简称鑫源公司, 简称“宏业公司”. */
const SHORT_NAME = /简称[“"「]?([^”"」）)，,。；]{2,20})/g;

/** The parties as named in the head, and the short names the document gives anyone (以下简称鑫源公司). */
export function partyNames(document: DocumentModel): string[] {
  return [
    ...document.parties.map((p) => p.name),
    ...[...document.text.matchAll(SHORT_NAME)].map((m) => m[1] ?? ''),
  ].filter((n) => n !== '');
}
