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
  while (s < e && /\s/.test(plain[s] ?? '')) s++;
  while (e > s && /\s/.test(plain[e - 1] ?? '')) e--;
  return textSpan(plain, s, e);
}
