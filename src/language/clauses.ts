/** Splits a text into clauses at 。；; — but never inside parentheses, where interest terms are usually written. */
import type { TextSpan } from '../document/span.js';
import { CHINESE_DIGITS } from '../lexicon/patterns.js';
import { indexOfAny, lastIndexOfAny } from '../document/characters.js';

const OPEN = new Set(['（', '(', '【', '[', '《', '“']);
const CLOSE = new Set(['）', ')', '】', ']', '》', '”']);

/** A sentence followed straight away by a parenthesis ("及利息。（利息按…）") continues into it. */
function opensNext(text: string, from: number): boolean {
  const next = text.slice(from, from + 3).trimStart()[0];
  return next === '（' || next === '(';
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

/** The words of a text before its first comma, colon or stop (上述借款分三期支付 of "上述借款分三期支付：…"). */
export function openingPhrase(text: string): string {
  const stop = indexOfAny(text, '，,：:；;。');
  return stop < 0 ? text : text.slice(0, stop);
}

/** The words of a text after its last comma (双方无共同财产 of "离婚后，双方无共同财产"). */
export function closingPhrase(text: string): string {
  return text.slice(lastIndexOfAny(text, '，,') + 1);
}

/** The rest of a sentence from the start of `text`: up to its next 。 or ；, line breaks inside it included. */
export function restOfSentence(text: string): string {
  const stop = indexOfAny(text, '。；;');
  return stop < 0 ? text : text.slice(0, stop);
}

/** The number of a sub-item that opens a clause: 1、, 2., （一）, (3). */
const SUB_ITEM_LABEL = new RegExp(
  String.raw`^(?:[${CHINESE_DIGITS}\d]{1,3}[、．.]|[（(][${CHINESE_DIGITS}\d]{1,3}[）)])\s?`,
);

/** How many characters the number of a sub-item takes at the start of a clause (（二）家具归原告所有 → 3), or 0. */
export function subItemLabelLength(text: string): number {
  return SUB_ITEM_LABEL.exec(text)?.[0].length ?? 0;
}
