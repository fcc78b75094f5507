/**
 * The parts of a judgment around its operative items: where the operative part starts (判决如下：…) and ends
 * (the appeal notice or the signatures), the reasoning (本院认为…), the late-performance warning, the date.
 */
import { parseChineseNumber } from '../lexicon/numerals.js';
import { type Span, type TextSpan, textSpan, trimSpan } from './span.js';
import { CHINESE_DIGITS, spacedAlternation } from '../lexicon/patterns.js';
import { alternation, words } from '../lexicon/index.js';

// A payment order (支付令) is headed 特发出如下支付令：. `判决：一、…` is a heading too, but not `作出以下判决：（一）…` in
// a statute quoted after the signatures.
const OPERATIVE_HEADING =
  /(?:判决|裁定|决定|调解协议|协议|裁决)如下\s?[：:]?|(?:自愿)?达成了?(?:如下|以下)(?:调解)?协议(?:内容)?\s?[：:]?|协议[，,]?(?:具体|主要)?内容如下\s?[：:]?|(?:确认|约定|协商一致)如下\s?[：:]?|发出如下支付令\s?[：:]?|(?<!以下|下列)(?:判决|裁定)\s?[：:](?=\s?[一1（(驳撤维准不])/g;

// A confirmed agreement ends where the court's review of it begins (本院经审查认为); 本协议经…确认 ends an agreement,
// but not as the start of a time limit (于本协议经人民法院司法确认之日起十日内). The closing notice of a ruling
// confirming a mediation agreement (当事人应当按照调解协议的约定自觉履行义务。一方当事人拒绝履行……可以向人民法院
// 申请执行) tells the parties how to enforce; it orders nothing. So does a payment order's objection notice
// (被申请人如对债务有异议，应当自收到本支付令之日起十五日内……). A quoted agreement also ends at the application
// or the court's review that follows it (申请人…共同向本院申请司法确认。本院认为，申请人达成的调解协议…); a bare
// 本院认为 is no end, since a draft's reasoning may precede a heading the layout pass has yet to join.
const OPERATIVE_END = new RegExp(
  String.raw`(?:本院)?经审查[，,]?(?:本院)?认为|本院认为[，,]?(?:申请人|双方当事人|当事人)[^。]{0,40}?调解协议|申请人[^。；\n]{0,60}?向本院申请司法确认|(?:债务人|被申请人)[^，。]{0,20}?如对[^，。]{0,12}?有异议|当事人应当按照(?:人民)?调解协议的?约定自觉履行|如不服本(?:判决|裁定|调解|决定)|如不服(?:一审)?判决|本(?:判决|裁定|调解书)为终审|上述协议[，,]?(?:不违反|符合|系)|(?<![于自在从至])(?:本调解书|本协议|本调解协议|本协议书)(?:经|自)[^。]{0,24}(?:签收|签字|签名|盖章|确认)|(?:^|[\s　])${spacedAlternation('signatory')}[\s　]`,
  'm',
);

/** Where the warning of the statutory consequences of late performance speaks of them. */
const LATE_WARNING_ANCHOR = new RegExp(
  String.raw`(?:加倍|双倍)支付[^。]{0,16}?利息|${alternation('late-performance-interest', 'late-performance-money')}`,
  'g',
);

/** A date in Chinese numerals (二〇二四年三月五日), read at one position. */
const CN_DATE_AT = new RegExp(
  String.raw`([〇○零一二三四五六七八九Ｏ]{4})年([${CHINESE_DIGITS}]{1,3})月([${CHINESE_DIGITS}]{1,3})日`,
  'y',
);

/** Whether a line holds a date in Chinese numerals and nothing else, as the signature block dates a document. */
export function isChineseDateLine(line: string): boolean {
  const text = line.trim();
  CN_DATE_AT.lastIndex = 0;
  return CN_DATE_AT.exec(text)?.[0].length === text.length;
}

export interface DocumentDate {
  year: number;
  month: number;
  day: number;
}

// A ruling that confirms a mediation agreement (司法确认) orders only that the agreement is valid: what is to be
// performed is the agreement it quotes before its reasoning (达成如下调解协议：…).
const AGREEMENT_VALID = words('agreement-valid');

/** Whether the sentence at `from` holds an agreement valid within its first 160 characters. */
function confirmsAgreement(plain: string, from: number): boolean {
  const stop = plain.indexOf('。', from);
  const head = plain.slice(from, Math.min(stop < 0 ? plain.length : stop, from + 200));
  return AGREEMENT_VALID.some((word) => {
    const at = head.indexOf(word);
    return at >= 0 && at <= 160 && at + word.length <= head.length;
  });
}

/**
 * The last operative heading: second-instance rulings quote the first instance's 判决如下 before their own. A ruling
 * confirming a mediation agreement that it quotes is read by the agreement's heading.
 */
export function findOperativeHeading(plain: string): TextSpan | null {
  return findWrittenHeading(plain) ?? findLostHeading(plain);
}

/**
 * Where the heading was lost in conversion (…之规定，\n一、被告…): the first line after the reasoning that opens with
 * the first item number and orders, dismisses or upholds something — not a numbered point of the reasoning
 * (一、关于…). The heading is empty, at that line's start.
 */
const FIRST_ITEM_LINE =
  /\n[ \t　]*(?:一[、．.]|（一）|\(一\)|1[、.．](?!\d))[ \t　]?(?!关于|本案|经查)[^\n]{0,40}?(?:被告|原告|被上诉人|上诉人|申请人|被申请人|第三人|驳回|维持|撤销|准予|不准)/;

function findLostHeading(plain: string): TextSpan | null {
  const reasoning = plain.lastIndexOf('本院认为');
  if (reasoning < 0) return null;
  const m = FIRST_ITEM_LINE.exec(plain.slice(reasoning));
  if (!m) return null;
  const at = reasoning + m.index + 1;
  return { start: at, end: at, text: '' };
}

function findWrittenHeading(plain: string): TextSpan | null {
  const headings: RegExpExecArray[] = [];
  OPERATIVE_HEADING.lastIndex = 0;
  for (let m = OPERATIVE_HEADING.exec(plain); m !== null; m = OPERATIVE_HEADING.exec(plain)) headings.push(m);
  let last = headings.at(-1);
  if (last && last[0].includes('裁定') && confirmsAgreement(plain, last.index + last[0].length)) {
    last = headings.filter((h) => h[0].includes('协议')).at(-1) ?? last;
  }
  return last ? textSpan(plain, last.index, last.index + last[0].length) : null;
}

export function findOperativeEnd(plain: string, from: number): number {
  const m = OPERATIVE_END.exec(plain.slice(from));
  return m ? from + m.index : plain.length;
}

/** The sentence that warns of double interest on late payment; it is part of the tail, not an item. */
export function findLateWarnings(plain: string, from: number, to: number): TextSpan[] {
  const found: TextSpan[] = [];
  LATE_WARNING_ANCHOR.lastIndex = from;
  for (
    let m = LATE_WARNING_ANCHOR.exec(plain);
    m !== null && m.index < to;
    m = LATE_WARNING_ANCHOR.exec(plain)
  ) {
    const start = sentenceStart(plain, m.index, from);
    const end = sentenceEnd(plain, m.index);
    if (found.some((w) => w.start === start)) continue;
    found.push(trimSpan(plain, start, end));
    LATE_WARNING_ANCHOR.lastIndex = end;
  }
  return found;
}

/** The start of the sentence holding `offset`: just after the last 。；, a line break or an item's closing 。. */
export function sentenceStart(plain: string, offset: number, floor: number): number {
  for (let i = offset - 1; i >= floor; i--) {
    const ch = plain[i];
    if (ch === '。' || ch === '\n' || ch === '；' || ch === ';') return i + 1;
  }
  return floor;
}

export function sentenceEnd(plain: string, offset: number): number {
  for (let i = offset; i < plain.length; i++) {
    const ch = plain[i];
    if (ch === '。') return i + 1;
    if (ch === '\n') return i;
  }
  return plain.length;
}

export function findReasoning(plain: string, before: number): Span | null {
  const at = plain.lastIndexOf('本院认为', before);
  return at === -1 ? null : { start: at, end: before };
}

export function findDocumentDate(plain: string, from: number): DocumentDate | null {
  // A date's year is the four characters before a 年: each 年 is a candidate, read from four characters before it,
  // rather than trying the pattern at every position of the text.
  let last: RegExpExecArray | null = null;
  for (let year = plain.indexOf('年', from + 4); year !== -1; year = plain.indexOf('年', year + 1)) {
    CN_DATE_AT.lastIndex = year - 4;
    const m = CN_DATE_AT.exec(plain);
    if (!m) continue;
    last = m;
    // The next date starts after this one: its 年 is at least four characters after this one's end.
    year = m.index + m[0].length + 3;
  }
  if (!last) return null;
  const year = parseChineseNumber(last[1] ?? '');
  const month = parseChineseNumber(last[2] ?? '');
  const day = parseChineseNumber(last[3] ?? '');
  return year && month && day ? { year, month, day } : null;
}
