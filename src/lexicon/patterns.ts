/** Pieces of patterns built from the lexicon's word classes, shared by the stages that read text. */
import escapeStringRegexp from 'escape-string-regexp';
import { type WordClassName, alternation, characters, words } from './index.js';
import { maxOf } from '../util/arrays.js';

/** The Chinese digits 一 to 十, for a character class: [${CHINESE_DIGITS}\d]. */
export const CHINESE_DIGITS = characters('chinese-digit');

/**
 * The words of a class as a group in which white space may fall between any two characters, longest first: a
 * signature block spaces its titles out (审 判 长). `gap` is the space allowed (by default any run of it).
 */
export function spacedAlternation(name: WordClassName, gap = String.raw`\s*`): string {
  const spaced = [...words(name)]
    .sort((a, b) => b.length - a.length)
    .map((word) =>
      Array.from(word)
        .map((ch) => escapeStringRegexp(ch))
        .join(gap),
    );
  return `(?:${spaced.join('|')})`;
}

/** 上述, 前述, 上列, 前列, as a group. */
export const BACK_REFERENCE = alternation('back-reference');

/** The back-references with 以上, where what follows makes it one (以上款项). */
export const BACK_REFERENCE_OR_ABOVE = alternation('back-reference', 'back-reference-above');

/** 如 opening a condition: not 如下, 如期, 如约, 如实, 如数 …, nor the 如 of 如果 and 如若. */
const BARE_RU = `(?!${alternation('ru-not-condition', 'condition-opener')})如`;

/** What opens a condition: 若, 如果, 假如, 倘若, 如若, and 如 (如被告未按期付款). */
export const CONDITION_OPENER = `(?:${alternation('condition-opener')}|${BARE_RU})`;

/** What opens a condition or the event a duty awaits: the condition openers, and 一旦. */
export const CONDITION_OR_EVENT_OPENER = `(?:${alternation('event-opener')}|${BARE_RU})`;

/** What ends a clause, looking back from its end: a comma, a full stop or a semicolon. */
const CLAUSE_STOPS = '，。；';

/**
 * Whether a word of `list` stands near the end of `text`: at most `reach` characters follow it, none of them a stop
 * (by default a comma, full stop or semicolon). 原告自愿放弃主张 before 利息, 每月25日前支付 before a sum.
 */
export function wordNearEnd(
  text: string,
  list: readonly string[],
  reach: number,
  stops = CLAUSE_STOPS,
): boolean {
  // Only the last characters can hold the word and what follows it.
  const tail = text.slice(
    Math.max(
      0,
      text.length -
        reach -
        maxOf(
          list.map((w) => w.length),
          0,
        ),
    ),
  );
  let from = 0;
  for (const stop of stops) from = Math.max(from, tail.lastIndexOf(stop) + 1);
  return list.some((w) => {
    const at = tail.lastIndexOf(w);
    return at >= from && tail.length - at - w.length <= reach;
  });
}

/**
 * Whether a word of `list` stands near the start of `text`: at most `reach` characters before it, none of them a
 * stop (by default a comma, full stop or semicolon). 违约金 before 一并申请强制执行.
 */
export function wordNearStart(
  text: string,
  list: readonly string[],
  reach: number,
  stops = CLAUSE_STOPS,
): boolean {
  // Only the first characters can hold what precedes the word and the word.
  const head = text.slice(
    0,
    reach +
      maxOf(
        list.map((w) => w.length),
        0,
      ),
  );
  let to = head.length;
  for (const stop of stops) {
    const at = head.indexOf(stop);
    if (at >= 0 && at < to) to = at;
  }
  return list.some((w) => {
    const at = head.indexOf(w);
    return at >= 0 && at <= reach && at + w.length <= to;
  });
}

/**
 * Whether a word of `first` is followed by a word of `second` at most `reach` characters on, none of them a stop
 * (by default a comma, full stop or semicolon): 违反本协议约定, 代被告履行.
 */
export function followedWithin(
  text: string,
  first: readonly string[],
  second: readonly string[],
  reach: number,
  stops = CLAUSE_STOPS,
): boolean {
  for (const word of first) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (wordNearStart(text.slice(at + word.length), second, reach, stops)) return true;
    }
  }
  return false;
}

/** The first word of `list` that ends at `end` in `text`, or undefined. */
export function wordEndingAt(text: string, end: number, list: readonly string[]): string | undefined {
  return list.find((w) => end >= w.length && text.startsWith(w, end - w.length));
}
