/**
 * Counted things: 一台, 3部, 手机两部, 19.33克, 5辆, 一套 — a quantity is what makes a listed object enforceable. Not
 * 一批 (a lot): "电器一批" counts no piece, and "第三批货款" counts nothing.
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from '../../lexicon/numerals.js';
import { type Entity, matchAll } from './entity.js';
import { alternation } from '../../lexicon/index.js';

// 克拉 is not a unit of its own: its 克 is found first.
const UNIT = alternation('measure-word');
// A number may have a decimal part but not end in a point: "4. 对被告人…" is an item label before 对, not 4对.
const QUANTITY = new RegExp(`(\\d{1,10}(?:\\.\\d{1,6})?|[${CHINESE_NUMERAL_CHARS}]{1,6})\\s?${UNIT}`, 'g');

export function recognizeQuantities(text: string): Entity[] {
  return matchAll(text, QUANTITY, 'quantity', (m) => parseNumber(m[1] ?? '') ?? undefined);
}
