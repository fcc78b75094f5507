/**
 * Party identifiers: 18-digit 公民身份号码 (GB 11643) and 18-character 统一社会信用代码 (GB 32100, with the GB 11714
 * 组织机构代码 in its 9th to 17th characters), including the
 * masked forms of published archives (5107031986×××××××, 510703********2089).
 */
/** A party number found in a text: where it is and which kind of number it is. */
export interface Identifier {
  type: 'idNumber' | 'creditCode';
  start: number;
  end: number;
  text: string;
}

function matchAll(text: string, pattern: RegExp, type: Identifier['type']): Identifier[] {
  return [...text.matchAll(pattern)].map((m) => ({
    type,
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}

const ID_NUMBER =
  /(?<![\dA-Z])\d{6}(?:\d{8}|[×xX*＊]{4,8}|\d{4}[×xX*＊]{4})[\dxX×*＊]{3}[\dXx×*＊](?![\dA-Z])/g;
const MASKED_ID = /(?<![\dA-Z])\d{0,6}[×*＊]{6,18}\d{0,4}[Xx]?(?![\dA-Z])/g;
const CREDIT_CODE = /(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])/g;

/** A PDF copy's line break inside a number is already left out by the document stage (document/layout.ts). */
export function recognizeIdentifiers(text: string): Identifier[] {
  const ids = matchAll(text, ID_NUMBER, 'idNumber');
  const masked = matchAll(text, MASKED_ID, 'idNumber').filter(
    (m) => !ids.some((id) => id.start <= m.start && m.end <= id.end),
  );
  const codes = matchAll(text, CREDIT_CODE, 'creditCode').filter((c) => !/^\d{17}[\dX]$/.test(c.text));
  return [...ids, ...masked, ...codes];
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643: the check digit and a real birth date. Masked numbers are not checked. */
export function validateIdNumber(id: string): 'valid' | 'masked' | 'bad-checksum' | 'bad-birthdate' {
  if (/[×*＊]/.test(id)) return 'masked';
  const upper = id.toUpperCase();
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(upper[i]), 0);
  if (ID_CHECK[sum % 11] !== upper[17]) return 'bad-checksum';
  const year = Number(upper.slice(6, 10));
  const month = Number(upper.slice(10, 12));
  const day = Number(upper.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real || year < 1880 || date.getTime() > Date.now()) return 'bad-birthdate';
  return 'valid';
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100: the check character of a unified social credit code. */
export function validateCreditCode(code: string): boolean {
  const sum = USCC_WEIGHTS.reduce((acc, w, i) => acc + w * USCC_CHARS.indexOf(code[i] ?? ''), 0);
  const check = (31 - (sum % 31)) % 31;
  return USCC_CHARS[check] === code[17];
}

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/**
 * GB 11714: the check character (the 9th) of a 组织机构代码. Digits count as their value, letters A–Z as 10–35; the
 * check is 11 − (weighted sum mod 11), written X for 10 and 0 for 11.
 */
export function validateOrganisationCode(code: string): boolean {
  if (!/^[0-9A-Z]{8}[0-9X]$/.test(code)) return false;
  const value = (ch: string) => (/\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55);
  const sum = ORG_WEIGHTS.reduce((acc, w, i) => acc + w * value(code[i] ?? '0'), 0);
  const check = 11 - (sum % 11);
  return code[8] === (check === 11 ? '0' : check === 10 ? 'X' : String(check));
}

/**
 * What is wrong with a 统一社会信用代码, or null: its last character fails GB 32100, or the organisation code it
 * carries (characters 9–17) fails GB 11714 — a code can pass the first and still be invalid.
 */
export function creditCodeFault(code: string): 'GB 32100' | 'GB 11714' | null {
  if (!validateCreditCode(code)) return 'GB 32100';
  if (!validateOrganisationCode(code.slice(8, 17))) return 'GB 11714';
  return null;
}
