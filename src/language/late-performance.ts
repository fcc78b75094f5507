/**
 * Duties of a civil judgment or 调解书 that orders money (焦作山阳规定 第二十一条、第二十三条, 绵阳办法 第7项): warn of
 * the doubled interest for late performance under the Civil Procedure Law article in force on the document's date,
 * and say where the money is paid.
 */
import type { DocumentModel } from '../document/model.js';
import type { DocumentDate } from '../document/sections.js';
import type { ItemView } from './item-view.js';
import { parseChineseNumber } from '../lexicon/numerals.js';
import { isMediation } from './mediation.js';
import { type PaymentClause, paidAtHearing, paymentClauses } from './obligations.js';
import { CHINESE_DIGITS, wordEndingAt, wordNearStart } from '../lexicon/patterns.js';
import { alternation, wordPattern, words } from '../lexicon/index.js';

/**
 * Civil judgments and court 调解书 carry these duties (焦作山阳规定 第二十一条 names 民事判决书和调解书); criminal and
 * administrative documents, rulings (a ruling confirming a 人民调解协议 orders no payment itself) and the agreements
 * themselves do not.
 */
export function carriesPaymentDuties(document: DocumentModel): boolean {
  const { category, form } = document.kind;
  if (category !== '民事') return false;
  // A judgment without its title (or whose title was misread) still says 判决如下.
  return form === '判决书' || form === '调解书' || (document.operative?.heading.text ?? '').includes('判决');
}

/**
 * What follows a failure to perform, said in words other than the doubled interest: 逾期不履行的，权利人可以申请强制执行，
 * 义务人还应承担迟延履行的法律责任; the standard closing of a confirmation ruling, 一方当事人拒绝履行或者未全部履行的，
 * 对方当事人可以向人民法院申请执行.
 */
function statesConsequenceOfDefault(text: string): boolean {
  for (let at = text.indexOf(PERFORM); at >= 0; at = text.indexOf(PERFORM, at + 1)) {
    // 逾期不履行, 未按期履行, 拒绝履行: a failure, then perhaps how the duty was to be performed, then 履行.
    const end = at - (wordEndingAt(text, at, PERFORMANCE_MANNERS)?.length ?? 0);
    if (wordEndingAt(text, end, FAILURES) === undefined) continue;
    // What follows, within the sentence: 申请强制执行, 迟延履行的法律责任.
    if (wordNearStart(text.slice(at + PERFORM.length), CONSEQUENCES, CONSEQUENCE_REACH, '。')) return true;
  }
  return false;
}

const PERFORM = '履行';
const FAILURES = words('failure-to-perform');
const PERFORMANCE_MANNERS = words('performance-manner');
const CONSEQUENCES = words('consequence-of-default');
const CONSEQUENCE_REACH = 40;

/**
 * Whether a 调解书 or confirmation ruling states the consequences of not performing (焦作山阳规定 第二十一条 asks for
 * "法律后果"). Judgments are held to the doubled-interest sentence the Civil Procedure Law prescribes for them.
 */
export function mediationStatesConsequences(document: DocumentModel): boolean {
  const from = document.operative?.heading.end;
  return from !== undefined && isMediation(document) && statesConsequenceOfDefault(document.text.slice(from));
}

/**
 * The last clause of the operative part that orders money to be paid and not paid at the hearing (已于调解时当庭支付),
 * or null.
 */
export function lastPaymentOrder(items: readonly ItemView[]): PaymentClause | null {
  let last: PaymentClause | null = null;
  for (const item of items) {
    const unpaid = paymentClauses(item).filter((payment) => !paidAtHearing(payment));
    last = unpaid.at(-1) ?? last;
  }
  return last;
}

/**
 * The article of the Civil Procedure Law that orders double interest for late performance, by date:
 * 1991 law 第二百三十二条; from 2008-04-01 第二百二十九条; from 2013 第二百五十三条; from 2022 第二百六十条; from 2024
 * 第二百六十四条.
 */
export function lateInterestArticle(date: Pick<DocumentDate, 'year' | 'month' | 'day'>): number {
  const { year, month } = date;
  if (year >= 2024) return 264;
  if (year >= 2022) return 260;
  if (year >= 2013) return 253;
  if (year > 2008 || (year === 2008 && month >= 4)) return 229;
  return 232;
}

/** The article the warning cites: "依照《中华人民共和国民事诉讼法》第二百五十三条规定" → 253. */
const CITED_CPL_ARTICLE = new RegExp(String.raw`民事诉讼法》?\s?(?:的)?第([${CHINESE_DIGITS}百零〇]+)条`);

export function citedArticle(warning: string): { number: number; index: number; text: string } | null {
  const m = CITED_CPL_ARTICLE.exec(warning);
  const number = m ? parseChineseNumber(m[1] ?? '') : null;
  if (!m || number === null) return null;
  const offset = m[0].indexOf('第');
  return { number, index: m.index + offset, text: m[0].slice(offset) };
}

/** The articles that have carried the double-interest rule, by number: other numbers are not this warning's. */
export const LATE_INTEREST_ARTICLES: ReadonlyMap<number, string> = new Map([
  [232, '第二百三十二条'],
  [229, '第二百二十九条'],
  [253, '第二百五十三条'],
  [260, '第二百六十条'],
  [264, '第二百六十四条'],
]);

/** Where the money goes: the court's collection account, the creditor's account, or the manner of payment. */
export const PAYMENT_CHANNEL = wordPattern('payment-channel');

/**
 * "汇入原告指定账户" names an account nobody can read from the document: it says where the money goes no more than
 * silence does. Only the account phrase is set aside, so a 户名/账号 or 支付宝 written elsewhere still counts.
 */
const UNNAMED_ACCOUNT = new RegExp(
  String.raw`${alternation('remittance')}?[^，。；：:\s]{0,20}?指定的?(?:银行)?(?:账户|账号)(?:内|中)?`,
  'g',
);

const APPEAL_NOTICE = words('appeal-notice');

/**
 * Whether a text says where the money goes (an account, a manner of payment): an account only the parties know, and
 * a sentence on appealing (the court's account for the appeal fee), aside.
 */
export function namesPaymentChannel(text: string): boolean {
  return text
    .split('。')
    .filter((sentence) => !APPEAL_NOTICE.some((word) => sentence.includes(word)))
    .some((sentence) => PAYMENT_CHANNEL.test(sentence.replace(UNNAMED_ACCOUNT, '')));
}

/** How far into the document its own case number stands (the caption: title lines, no sentence before it). */
const CAPTION_CHARS = 300;

/**
 * The year of the document's own case number, when it stands in the caption: a number further down (after a
 * sentence, or past the first 300 characters) is an earlier case quoted in the facts.
 */
export function ownCaseYear(document: DocumentModel): number | undefined {
  const caseNumber = document.kind.caseNumber;
  const inCaption =
    caseNumber !== null &&
    caseNumber.start < CAPTION_CHARS &&
    !document.text.slice(0, caseNumber.start).includes('。');
  return inCaption ? caseNumber.year : undefined;
}
