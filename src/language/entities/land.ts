/** Areas (1.2亩, 120平方米, 300㎡) and four-boundary descriptions (东至…, 南至…, 西邻…, 北靠…). */
import { CHINESE_NUMERAL_CHARS } from '../../lexicon/numerals.js';
import { type Entity, matchAll } from './entity.js';
import { alternation } from '../../lexicon/index.js';

const AREA = new RegExp(`(?:约)?[\\d.${CHINESE_NUMERAL_CHARS}]{1,10}\\s?${alternation('area-unit')}`, 'g');
const BOUNDARY = /[东南西北](?:至|邻|靠|抵|临|界)[^，,。；;、）)]{1,30}/g;

export function recognizeAreas(text: string): Entity[] {
  return matchAll(text, AREA, 'area');
}

export function recognizeBoundaries(text: string): Entity[] {
  return matchAll(text, BOUNDARY, 'boundary');
}
