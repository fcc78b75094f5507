/** Pieces of patterns built from the lexicon's word classes, shared by the stages that read text. */
import escapeStringRegexp from 'escape-string-regexp';
import { type WordClassName, alternation, characters, words } from './index.js';

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
