/** Sums of money: 200000元, 1,234.50元, 人民币叁万元整, 3.5万元, ¥8000, 十元. */
import { CHINESE_NUMERAL_CHARS, parseNumber } from '../../lexicon/numerals.js';
import { type Entity, matchAll } from './entity.js';

const CURRENCY = '(?:元|圆|美元|港元|港币|欧元|日元)';
const ARABIC = new RegExp(
  `(?:人民币)?[¥￥]?\\s?(\\d[\\d,]{0,20}(?:\\.\\d{1,4})?)\\s?([万亿]?)${CURRENCY}`,
  'g',
);
// The first character is a digit or 十: "3.5万元" is one Arabic amount, not 3.5 and a Chinese "万元".
const CHINESE = new RegExp(
  `(?<![\\d.])(?:人民币)?([零〇一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾][${CHINESE_NUMERAL_CHARS}]{0,19})${CURRENCY}整?`,
  'g',
);
const YEN_SIGN = /[¥￥]\s?(\d[\d,]{0,20}(?:\.\d{1,4})?)(?![\d元万])/g;

export function recognizeMoney(text: string): Entity[] {
  const arabic = matchAll(text, ARABIC, 'money', (m) => {
    const n = parseNumber((m[1] ?? '') + (m[2] ?? ''));
    return n ?? undefined;
  });
  const chinese = matchAll(text, CHINESE, 'money', (m) => parseNumber(m[1] ?? '') ?? undefined);
  const signed = matchAll(text, YEN_SIGN, 'money', (m) => parseNumber(m[1] ?? '') ?? undefined);
  return [...arabic, ...chinese, ...signed];
}
