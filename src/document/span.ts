import { isSpace } from './characters.js';

/** A stretch of the document's plain text, [start, end). */
export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export function textSpan(plain: string, start: number, end: number): TextSpan {
  return { start, end, text: plain.slice(start, end) };
}

/** Trims white space (including the ideographic space) from both ends of a span. */
export function trimSpan(plain: string, start: number, end: number): TextSpan {
  let s = start;
  let e = end;
  while (s < e && isSpace(plain[s])) s++;
  while (e > s && isSpace(plain[e - 1])) e--;
  return textSpan(plain, s, e);
}

/** The first line of a text that is not blank, from its first character other than white space; null for a blank text. */
export function firstLine(plain: string): Span | null {
  const start = plain.length - plain.trimStart().length;
  if (start === plain.length) return null;
  const end = plain.indexOf('\n', start);
  return { start, end: end < 0 ? plain.length : end };
}
