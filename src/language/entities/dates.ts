/** Calendar dates: 2024年12月31日, 二〇二三年六月十四日, 2024-12-31, 2024年12月. */
import { CHINESE_NUMERAL_CHARS } from '../../lexicon/numerals.js';
import { type Entity, matchAll } from './entity.js';

const CN = `[${CHINESE_NUMERAL_CHARS}]`;
// In Arabic or Chinese numerals (never both in one date, so the two spellings never overlap).
const DATE = new RegExp(
  String.raw`\d{4}\s?年\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?|[〇○零一二三四五六七八九Ｏ]{4}年${CN}{1,3}月(?:${CN}{1,3}日)?`,
  'g',
);
const ISO_DATE = /\d{4}[-./]\d{1,2}[-./]\d{1,2}/g;

export function recognizeDates(text: string): Entity[] {
  return [...matchAll(text, DATE, 'date'), ...matchAll(text, ISO_DATE, 'date')];
}
