/** Splits a text into clauses at 。；; — but never inside parentheses, where interest terms are usually written. */
import type { TextSpan } from '../document/span.js';

const OPEN = new Set(['（', '(', '【', '[', '《', '“']);
const CLOSE = new Set(['）', ')', '】', ']', '》', '”']);

/** A sentence followed straight away by a parenthesis ("及利息。（利息按…）") continues into it. */
function opensNext(text: string, from: number): boolean {
  const next = /\S/.exec(text.slice(from, from + 3));
  return next !== null && (next[0] === '（' || next[0] === '(');
}

export function splitClauses(span: TextSpan): TextSpan[] {
  const clauses: TextSpan[] = [];
  let depth = 0;
  let start = 0;
  const { text } = span;
  const flush = (end: number) => {
    const piece = text.slice(start, end);
    if (piece.trim() !== '') {
      const lead = piece.length - piece.trimStart().length;
      const body = piece.trim();
      clauses.push({
        start: span.start + start + lead,
        end: span.start + start + lead + body.length,
        text: body,
      });
    }
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    else if (
      depth === 0 &&
      (ch === '。' || ch === '；' || ch === ';' || ch === '\n') &&
      !opensNext(text, i + 1)
    ) {
      flush(i + 1);
    }
  }
  flush(text.length);
  return clauses;
}
