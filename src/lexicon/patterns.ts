/** Pieces of patterns built from the lexicon's word classes, shared by the stages that read text. */
import { alternation, characters } from './index.js';

/** The Chinese digits 一 to 十, for a character class: [${CHINESE_DIGITS}\d]. */
export const CHINESE_DIGITS = characters('chinese-digit');

/** 上述, 前述, 上列, 前列, as a group. */
export const BACK_REFERENCE = alternation('back-reference');

/** The back-references with 以上, where what follows makes it one (以上款项). */
export const BACK_REFERENCE_OR_ABOVE = alternation('back-reference', 'back-reference-above');
