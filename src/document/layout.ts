/**
 * Drafts typed with hard line breaks and PDF-to-text copies break items mid-sentence, even mid-number or mid-word
 * ("房屋折价款800\n000元", "按合\n同约定"), and put page numbers ("第 2 页 共 5 页") and running headers (court, title,
 * case number) between the lines of the operative part. The ranges found here are left out of the text the rules
 * read (positions still map to the file), so that a wrapped item reads as the clerk meant it.
 */
import { isTableRow } from './tables.js';
import { toHalfWidthDigits } from '../lexicon/numerals.js';
import { pushAll } from '../util/arrays.js';
import type { Span } from './span.js';
import { CHINESE_DIGITS, spacedAlternation } from '../lexicon/patterns.js';
import { alternation } from '../lexicon/index.js';
import { isCapital, isDigit, isOneOf, withoutSpaces } from './characters.js';

const PAGE_NUMBER =
  /^(?:第\d+页[，,/／]?(?:共\d+页)?|共\d+页[，,/／]?第\d+页|[-—－–]+\d+[-—－–]+|\d+[/／]\d+)$/;
const RUNNING_HEADER = new RegExp(
  String.raw`^(?:[^\s，。；：、于向由对]{2,30}?人民法院)?(?:${alternation('header-case-category')}?${alternation('document-title')})?(?:[（(]\d{4}[）)]\S{2,24}?号)?$`,
);
/** The marks that end a sentence or a clause: the break after a line ending in one is a real one. */
const FINAL_MARKS = '。；;：:！!？?）)」』”"';

/**
 * Characters a wrap can fall between: CJK, CJK and full-width punctuation, digits, Latin letters, % and a half-width
 * comma, and the middle dot of a number plate (川B·5G219).
 */
function isWrappable(ch: string | undefined): boolean {
  const code = ch?.length === 1 ? ch.charCodeAt(0) : -1;
  return (
    (code >= 0x3000 && code <= 0x9fff) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x61 && code <= 0x7a) ||
    isDigit(ch) ||
    isCapital(ch) ||
    isOneOf(ch, '%‰,·')
  );
}

/** Lines that start an item, or a paragraph of their own after the items. */
const OWN_LINE = new RegExp(
  String.raw`^(?:[${CHINESE_DIGITS}]{1,3}\s?[、．.]|[（(][${CHINESE_DIGITS}\d]{1,3}[）)]|\d{1,2}\s?[、.．)）](?![\d.．])|[①-⒇]|第[${CHINESE_DIGITS}]{1,3}条|如果?未按|如不服|(?:上述|以上|前述)[^，。；]{0,12}(?:款|债务|义务|给付)|本判决|(?:本案|一审|二审)?(?:案件)?(?:受理费|诉讼费)|户\s?名|账\s?号|开户)`,
);

interface Line extends Span {
  /** [start, end) without the surrounding white space. */
  text: string;
  furniture: boolean;
}

/** What a page number holds at least one of (第2页, -2-, 2/5). */
const PAGE_NUMBER_MARKS = ['页', '-', '—', '－', '–', '/', '／'];

function isFurniture(text: string): boolean {
  // Most lines are sentences: a line that holds no mark of a page number and neither 院 (人民法院) nor a title's 书
  // or a case number's 号 at its end is none, without compacting it.
  if (
    !text.endsWith('书') &&
    !text.endsWith('号') &&
    !text.includes('院') &&
    !PAGE_NUMBER_MARKS.some((mark) => text.includes(mark))
  ) {
    return false;
  }
  const compact = withoutSpaces(toHalfWidthDigits(text));
  if (PAGE_NUMBER.test(compact)) return true;
  return (
    (compact.includes('人民法院') || compact.endsWith('书') || compact.endsWith('号')) &&
    RUNNING_HEADER.test(compact)
  );
}

function linesOf(plain: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start < to) {
    const newline = plain.indexOf('\n', start);
    const end = newline === -1 || newline > to ? to : newline;
    const raw = plain.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) {
      const s = start + lead;
      lines.push({ start: s, end: s + text.length, text, furniture: isFurniture(text) });
    }
    start = end + 1;
  }
  return lines;
}

/** A wrap through a decimal number: "耕地0" + ".8亩", "0." + "8亩". */
function splitsDecimal(before: string, after: string): boolean {
  const point = '.．';
  return (
    (isDigit(before.at(-1)) && isOneOf(after[0], point) && isDigit(after[1])) ||
    (isDigit(before.at(-2)) && isOneOf(before.at(-1), point) && isDigit(after[0]))
  );
}

/** A table row is a line of its own, however its cells end or begin: never part of a wrapped sentence. */
function continues(before: string, after: string): boolean {
  const last = before.at(-1) ?? '';
  return (
    !isOneOf(last, FINAL_MARKS) &&
    ((isWrappable(last) && isWrappable(after[0])) || splitsDecimal(before, after)) &&
    !OWN_LINE.test(after) &&
    !isTableRow(before) &&
    !isTableRow(after)
  );
}

/** The tail's own lines: the signatures and the date, which follow a line without a full stop. */
const SIGNATURE_OR_DATE = new RegExp(
  String.raw`^(?:${spacedAlternation('tail-signature')}|[〇○零一二三四五六七八九Ｏ]{4}\s*年|\d{4}\s*年)`,
);

/**
 * Line breaks inside the wrapped sentences of the document's tail (the late-performance warning, costs, the
 * notice of appeal: "依照《中华人民共和国民事诉讼\n法》第二百五十三条"). Only a line long enough to have been wrapped
 * continues; signatures and the date stand on their own lines.
 */
export function tailGaps(plain: string, from: number): Span[] {
  const gaps: Span[] = [];
  let previous: Line | null = null;
  for (const line of linesOf(plain, from, plain.length)) {
    if (
      previous &&
      previous.text.length >= WRAPPED_LINE_LENGTH &&
      !SIGNATURE_OR_DATE.test(line.text) &&
      continues(previous.text, line.text)
    ) {
      gaps.push({ start: previous.end, end: line.start });
    }
    previous = line.furniture ? previous : line;
  }
  return gaps;
}

/** Fewer characters than any PDF copy puts on a full line of a court document. */
const WRAPPED_LINE_LENGTH = 20;

/** Ranges of [from, to) to leave out: page furniture, and the line breaks inside a wrapped sentence. */
export function layoutGaps(plain: string, from: number, to: number): Span[] {
  const gaps: Span[] = [];
  let previous: Line | null = null;
  /** Page furniture met since the previous line of text. */
  let furniture: Span[] = [];
  for (const line of linesOf(plain, from, to)) {
    if (line.furniture) {
      furniture.push(line);
      continue;
    }
    if (previous && continues(previous.text, line.text)) gaps.push({ start: previous.end, end: line.start });
    else pushAll(gaps, furniture);
    previous = line;
    furniture = [];
  }
  pushAll(gaps, furniture);
  return gaps;
}

/** A party number's characters: digits, capitals, the check character x and the masks of published archives. */
function isIdentifierCharacter(ch: string | undefined): boolean {
  return isDigit(ch) || isCapital(ch) || isOneOf(ch, 'x×*＊');
}

/** How many of a party number's characters end `text`, counted back from `end` to no further than `floor`. */
function identifierRunBefore(text: string, end: number, floor: number): number {
  let at = end;
  while (at > floor && isIdentifierCharacter(text[at - 1])) at--;
  return end - at;
}

/** How many of a party number's characters start at `start`, counting no further than `ceiling`. */
function identifierRunAfter(text: string, start: number, ceiling: number): number {
  let at = start;
  while (at < Math.min(ceiling, text.length) && isIdentifierCharacter(text[at])) at++;
  return at - start;
}

/**
 * Line breaks that a PDF copy put inside a party's 18-character 公民身份号码 or 统一社会信用代码 (the head of the
 * document wraps as the operative part does): left out, so the number reads whole. Other breaks of the head stay,
 * since one party's entry often ends without a full stop.
 */
export function identifierGaps(plain: string, from: number, to: number): Span[] {
  const gaps: Span[] = [];
  for (
    let newline = plain.indexOf('\n', from);
    newline !== -1 && newline < to;
    newline = plain.indexOf('\n', newline + 1)
  ) {
    const lineEnd = plain[newline - 1] === '\r' ? newline - 1 : newline;
    if (!isIdentifierCharacter(plain[lineEnd - 1])) continue;
    let resume = newline + 1;
    while (resume < newline + 9 && isOneOf(plain[resume], ' \t　')) resume++;
    const before = identifierRunBefore(plain, lineEnd, Math.max(from, lineEnd - 18));
    const after = identifierRunAfter(plain, resume, resume + 18);
    if (before > 0 && after > 0 && before + after === 18) {
      gaps.push({ start: lineEnd, end: resume });
    }
  }
  return gaps;
}
