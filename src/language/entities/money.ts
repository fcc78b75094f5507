/** Sums of money: 200000元, 1,234.50元, 人民币叁万元整, 3.5万元, ¥8000, 十元. */
import { CHINESE_NUMERAL_CHARS, parseNumber } from '../../lexicon/numerals.js';
import { type Entity, matchAll } from './entity.js';
import { alternation } from '../../lexicon/index.js';

const CURRENCY = alternation('currency');
// In Arabic numerals (groups 1 and 2: 3.5 and 万) or in Chinese ones (group 3). The first Chinese character is a digit
// or 十: "3.5万元" is one Arabic amount, not 3.5 and a Chinese "万元". No sum of one kind starts inside one of the other.
const AMOUNT = new RegExp(
  `(?:人民币)?[¥￥]?\\s?(\\d[\\d,]{0,20}(?:\\.\\d{1,4})?)\\s?([万亿]?)${CURRENCY}` +
    `|(?<![\\d.])(?:人民币)?([零〇一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾][${CHINESE_NUMERAL_CHARS}]{0,19})${CURRENCY}整?`,
  'g',
);
const YEN_SIGN = /[¥￥]\s?(\d[\d,]{0,20}(?:\.\d{1,4})?)(?![\d元万])/g;

export function recognizeMoney(text: string): Entity[] {
  const amounts = matchAll(text, AMOUNT, 'money', (m) => {
    const n = m[3] === undefined ? parseNumber((m[1] ?? '') + (m[2] ?? '')) : parseNumber(m[3]);
    return n ?? undefined;
  });
  const signed = matchAll(text, YEN_SIGN, 'money', (m) => parseNumber(m[1] ?? '') ?? undefined);
  return [...amounts, ...signed];
}
