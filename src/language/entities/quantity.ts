/**
 * Counted things: 一台, 3部, 手机两部, 19.33克, 5辆, 一套 — a quantity is what makes a listed object enforceable. Not
 * 一批 (a lot): "电器一批" counts no piece, and "第三批货款" counts nothing.
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from '../../lexicon/numerals.js';
import { type Entity, matchAll } from './entity.js';

const UNIT =
  '(?:台|部|辆|套|件|个|只|把|张|块|枚|份|册|本|箱|袋|包|瓶|支|条|根|头|匹|栋|间|幢|处|宗|克|千克|公斤|吨|斤|两|毫升|升|米|副|双|对|颗|粒|株|棵|组|艘|架|发|盒|桶|罐|卷|捆|尾|丸|具|挺|毫克|克拉|立方米)';
// A number may have a decimal part but not end in a point: "4. 对被告人…" is an item label before 对, not 4对.
const QUANTITY = new RegExp(`(\\d{1,10}(?:\\.\\d{1,6})?|[${CHINESE_NUMERAL_CHARS}]{1,6})\\s?${UNIT}`, 'g');

export function recognizeQuantities(text: string): Entity[] {
  return matchAll(text, QUANTITY, 'quantity', (m) => parseNumber(m[1] ?? '') ?? undefined);
}
