/**
 * 绵阳办法 第8项: every party of a judgment carries its number — a natural person the 公民身份号码 (GB 11643), an
 * organisation, government bodies included, the 统一社会信用代码 (GB 32100). Agents, legal representatives and the
 * prosecutor are not parties; the parser never lists them.
 */
import type { Party } from '../document/parties.js';
import type { TextSpan } from '../document/span.js';
import type { Entity } from './entities/entity.js';
import { alternation } from '../lexicon/index.js';
import { indexOfAny, isCapital, isDigit } from '../document/characters.js';

/**
 * The parties a number is asked of: not one outside the case (案外人) even when named in its head, nor the
 * procuratorate, which brings a public-interest suit (原告：某某人民检察院) for the public as the prosecutor does in a
 * criminal case: nothing is enforced against it or paid to it.
 */
export function partiesToIdentify(parties: readonly Party[]): Party[] {
  return parties.filter((party) => party.role !== '案外人' && !party.name.endsWith('人民检察院'));
}

/** Masked numbers of published archives (5107031986××××2089, ******, 14060319900724XXXX) count as written. */
export function isMasked(identifier: Entity): boolean {
  return indexOfAny(identifier.text, '×*＊') >= 0 || identifier.text.toLowerCase().includes('xx');
}

/** An organisation's code: the recogniser files an all-digit code (11350205…) under idNumber by its shape. */
export function creditCodesOf(party: Party): Entity[] {
  return party.identifiers.filter((e) => e.type === 'creditCode' || isCodeShaped(e.text));
}

/** Eighteen digits and capitals: the shape of a 统一社会信用代码. */
function isCodeShaped(text: string): boolean {
  if (text.length !== 18) return false;
  for (const ch of text) if (!isDigit(ch) && !isCapital(ch)) return false;
  return true;
}

/**
 * A first-generation 15-digit number written as the 公民身份号码 (公民身份号码410802550308151): written, but void since
 * 2013 and not accepted by identity verification.
 */
export function oldIdNumberOf(party: Party): TextSpan | null {
  const m = /(?:身份号码|身份证号码?)\s?[：:]?\s?(\d{15})(?![\dXx])/.exec(party.text);
  const number = m?.[1];
  if (!m || !number) return null;
  const start = party.start + m.index + m[0].length - number.length;
  return { start, end: start + number.length, text: number };
}

/**
 * Foreigners and residents of 香港、澳门、台湾 have no 公民身份号码: the number of their passport or travel permit
 * (港澳居民来往内地通行证, i.e. 回乡证; 台胞证) identifies them.
 */
const TRAVEL_DOCUMENT_NUMBER = new RegExp(
  String.raw`${alternation('travel-document')}(?:号码|号|编号)?\s?[：:]?\s?[A-Z]{0,2}\d{6,}`,
  'i',
);

/** Whether a party is identified by the number of a passport or travel permit instead of a 公民身份号码. */
export function carriesTravelDocument(party: Party): boolean {
  return TRAVEL_DOCUMENT_NUMBER.test(party.text);
}
