/** Chinese and Arabic numerals to numbers: 十五 → 15, 二〇二四 → 2024, 壹万贰仟 → 12000, 1,234.5 → 1234.5. */
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  '○': 0,
  Ｏ: 0,
  一: 1,
  壹: 1,
  二: 2,
  两: 2,
  贰: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

export const CHINESE_NUMERAL_CHARS = '零〇○一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿';

/** Full-width digits and separators to ASCII, so that one set of patterns reads both. */
export function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９．％]/g, (ch) => {
    if (ch === '．') return '.';
    if (ch === '％') return '%';
    return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
  });
}

export function parseChineseNumber(text: string): number | null {
  if (text.length === 0) return null;
  // Digit-by-digit years and numbers: 二〇二四.
  const chars = Array.from(text);
  if (chars.every((ch) => ch in DIGITS)) {
    return Number(chars.map((ch) => DIGITS[ch]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in DIGITS) digit = DIGITS[ch] ?? 0;
    else if (ch in UNITS) {
      section += (digit === 0 ? 1 : digit) * (UNITS[ch] ?? 1);
      digit = 0;
    } else if (ch in BIG_UNITS) {
      total += (section + digit) * (BIG_UNITS[ch] ?? 1);
      section = 0;
      digit = 0;
    } else return null;
  }
  return total + section + digit;
}

/** Reads "1,234.50", "１２３", "十五", "3.5万" (the 万/亿 multiplier included). */
export function parseNumber(text: string): number | null {
  const half = toHalfWidthDigits(text).replace(/[,，\s]/g, '');
  const big = /^([\d.]+)(万|亿)$/.exec(half);
  if (big?.[1] && big[2]) return Number(big[1]) * (BIG_UNITS[big[2]] ?? 1);
  if (/^\d+(\.\d+)?$/.test(half)) return Number(half);
  return parseChineseNumber(half);
}
