/**
 * The number formats of Word list numbering (w:numFmt, ECMA-376 Part 1 §17.18.59) that Chinese, Japanese and
 * Western drafts use, rendered as Word shows them ([MS-DOCX] §2.4 lists Word's samples for each).
 */

const DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const CIRCLED_ONE = 0x2460; // ① … ⑳
const PARENTHESIZED_ONE = 0x2474; // ⑴ … ⒇
const FULL_STOP_ONE = 0x2488; // ⒈ … ⒛
const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/**
 * 1–9999 with 十/百/千 (or 拾/佰/仟): 十, 十一, 二十, 一百零一, 一千零二十. `digits[0]` marks skipped places;
 * `tenAlone` drops the 一 before a leading 十.
 */
function counted(value: number, digits: string, units: string, tenAlone: boolean): string {
  const places = String(value).split('').map(Number);
  let text = '';
  let zero = false;
  places.forEach((digit, i) => {
    const place = places.length - 1 - i;
    if (digit === 0) {
      zero = text !== '';
      return;
    }
    if (zero) text += digits.charAt(0);
    zero = false;
    const unit = place > 0 ? (units[place - 1] ?? '') : '';
    text += tenAlone && text === '' && place === 1 && digit === 1 ? unit : digits.charAt(digit) + unit;
  });
  return text;
}

/** Digit by digit: 一〇〇. */
function digitWise(value: number, digits: string): string {
  return String(value).replace(/\d/g, (d) => digits[Number(d)] ?? d);
}

function cycled(value: number, symbols: string): string {
  return symbols[(value - 1) % symbols.length] ?? String(value);
}

function enclosed(value: number, first: number): string {
  return value >= 1 && value <= 20 ? String.fromCodePoint(first + value - 1) : String(value);
}

/** A, B … Z, AA, BB …: Word repeats the letter. */
function letters(value: number): string {
  const letter = String.fromCharCode(65 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  let rest = value;
  let text = '';
  for (const [amount, symbol] of ROMAN) {
    for (; rest >= amount; rest -= amount) text += symbol;
  }
  return text;
}

const FORMATS: Record<string, (value: number) => string> = {
  decimal: String,
  decimalZero: (n) => (n < 10 ? `0${n}` : String(n)),
  decimalFullWidth: (n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  decimalHalfWidth: String,
  decimalEnclosedCircle: (n) => enclosed(n, CIRCLED_ONE),
  decimalEnclosedCircleChinese: (n) => enclosed(n, CIRCLED_ONE),
  decimalEnclosedParen: (n) => enclosed(n, PARENTHESIZED_ONE),
  decimalEnclosedFullstop: (n) => enclosed(n, FULL_STOP_ONE),
  // Word: 一, 十, 一〇〇 — counted below one hundred, digit by digit from there.
  chineseCounting: (n) => (n < 100 ? counted(n, DIGITS, '十', true) : digitWise(n, DIGITS)),
  chineseCountingThousand: (n) => counted(n, '零一二三四五六七八九', '十百千', true),
  chineseLegalSimplified: (n) => counted(n, LEGAL_DIGITS, '拾佰仟', false),
  // Japanese writes neither a filler for zero nor 一 before a unit: 百十, 千一.
  japaneseCounting: (n) => counted(n, ' 一二三四五六七八九', '十百千', true).replace(/ |一(?=[十百千])/g, ''),
  taiwaneseCounting: (n) => counted(n, '零一二三四五六七八九', '十百千', true),
  taiwaneseCountingThousand: (n) => counted(n, '零一二三四五六七八九', '十百千', true),
  ideographDigital: (n) => digitWise(n, DIGITS),
  ideographTraditional: (n) => cycled(n, HEAVENLY_STEMS),
  ideographZodiac: (n) => cycled(n, EARTHLY_BRANCHES),
  upperLetter: letters,
  lowerLetter: (n) => letters(n).toLowerCase(),
  upperRoman: roman,
  lowerRoman: (n) => roman(n).toLowerCase(),
  none: () => '',
};

/** `value` in Word's number format `format`; formats not listed here are shown as decimal, as Word falls back to. */
export function formatListNumber(value: number, format: string): string {
  if (value <= 0 || value > 9999) return String(value);
  return (FORMATS[format] ?? String)(value);
}
