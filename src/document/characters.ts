/**
 * Single characters and sets of punctuation, tested without a regular expression: the layout pass asks them of
 * every line, the item pass of every item number, the language stage of every clause.
 */

/** White space as `\s` reads it: the ideographic space and line breaks included. */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && isSpaceCode(ch.charCodeAt(0));
}

/** The code units `\s` matches: tab to carriage return, the Unicode spaces, the line and paragraph separators, BOM. */
function isSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** An ASCII digit, as `\d` reads it. */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && ch >= '0' && ch <= '9';
}

/** A text of ASCII digits only (not empty). */
export function isDigits(text: string): boolean {
  if (text === '') return false;
  for (const ch of text) if (!isDigit(ch)) return false;
  return true;
}

/** A capital Latin letter A–Z. */
export function isCapital(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && ch >= 'A' && ch <= 'Z';
}

/** Whether `ch` is one of the characters of `set` (never true of the empty string or of no character). */
export function isOneOf(ch: string | undefined, set: string): boolean {
  return ch !== undefined && ch.length === 1 && set.includes(ch);
}

/** Where the first character of `set` occurs in `text`, or -1. */
export function indexOfAny(text: string, set: string): number {
  for (let i = 0; i < text.length; i++) if (set.includes(text[i] ?? '')) return i;
  return -1;
}

/** Where the last character of `set` occurs in `text`, or -1. */
export function lastIndexOfAny(text: string, set: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (set.includes(text[i] ?? '')) return i;
  return -1;
}

/** The text without its white space. */
export function withoutSpaces(text: string): string {
  let kept = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isSpaceCode(text.charCodeAt(i))) continue;
    kept += text.slice(run, i);
    run = i + 1;
  }
  return run === 0 ? text : kept + text.slice(run);
}

/** A Chinese character of the basic block (一 to 龥). */
export function isChineseCharacter(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && ch >= '\u4e00' && ch <= '\u9fa5';
}

/** How many Chinese characters a text holds, counted no further than `enough` (a long text is not read to its end). */
export function chineseCharacters(text: string, enough: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count < enough; i++) if (isChineseCharacter(text[i])) count++;
  return count;
}
