/**
 * What kind of document this is (民事/刑事/行政 × 判决书/裁定书/调解书/调解协议), from its title and its case number,
 * e.g. （2024）豫0811民初1234号.
 */
import { alternation, wordPattern } from '../lexicon/index.js';
import { spacedAlternation } from '../lexicon/patterns.js';
import { withoutSpaces } from './characters.js';

export type CaseCategory = '民事' | '刑事' | '行政' | '执行' | '未知';
export type DocumentForm = '判决书' | '裁定书' | '调解书' | '调解协议' | '决定书' | '未知';

export interface CaseNumber {
  text: string;
  start: number;
  year: number;
  /** The court code between the year and the case type, e.g. 豫0811. */
  court: string;
  /** e.g. 民初, 刑终, 行初. */
  type: string;
}

export interface DocumentKind {
  category: CaseCategory;
  form: DocumentForm;
  caseNumber: CaseNumber | null;
}

const CASE_NUMBER =
  /[（(〔[]\s?(\d{4})\s?[）)〕\]]\s?([^\s（()）〔〕，。、]{0,12}?)(民|刑|行|执|赔|司救)(初|终|再|申|特|监|撤|辖|保|督|他|提|清|破|恢|异|复|非)?[^\s号，。]{0,12}?号/;
const TITLE = new RegExp(
  String.raw`(${spacedAlternation('case-category', String.raw`\s?`)})?\s?(附带民事)?\s?(${spacedAlternation('document-title', String.raw`\s?`)})|${alternation('agreement-title')}`,
);
const HEAD_CHARS = 400;

function categoryFromCode(code: string | undefined): CaseCategory {
  switch (code) {
    case '民':
      return '民事';
    case '刑':
      return '刑事';
    case '行':
      return '行政';
    case '执':
      return '执行';
    default:
      return '未知';
  }
}

function formFromTitle(title: string): DocumentForm {
  const compact = withoutSpaces(title);
  if (compact.includes('调解协议')) return '调解协议';
  if (compact.endsWith('判决书')) return '判决书';
  if (compact.endsWith('裁定书')) return '裁定书';
  if (compact.endsWith('调解书')) return '调解书';
  if (compact.endsWith('决定书')) return '决定书';
  return '未知';
}

/** How many times a pattern occurs in a text: a text split at every match is in one piece more than there are matches. */
function count(plain: string, pattern: RegExp): number {
  return plain.split(pattern).length - 1;
}

const CRIMINAL_MARKER = wordPattern('criminal-case-marker');
const ADMINISTRATIVE_MARKER = wordPattern('administrative-case-marker');
const CIVIL_MARKER = wordPattern('civil-case-marker');
const AGREEMENT_HEADING = wordPattern('agreement-heading');

/** Without a title or case number, the vocabulary decides: a civil text may say 被告人 once, a criminal one often. */
function categoryFromContent(plain: string): CaseCategory {
  const scores: [CaseCategory, number][] = [
    ['刑事', count(plain, CRIMINAL_MARKER)],
    ['行政', count(plain, ADMINISTRATIVE_MARKER)],
    ['民事', count(plain, CIVIL_MARKER)],
  ];
  const [best] = scores.sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : '未知';
}

/** Whether a text holds a case number anywhere. */
export function hasCaseNumber(plain: string): boolean {
  return CASE_NUMBER.test(plain);
}

export function parseCaseNumber(plain: string): CaseNumber | null {
  const m = CASE_NUMBER.exec(plain.slice(0, Math.max(HEAD_CHARS, 2000)));
  if (!m) return null;
  return {
    text: m[0],
    start: m.index,
    year: Number(m[1]),
    court: m[2] ?? '',
    type: (m[3] ?? '') + (m[4] ?? ''),
  };
}

export function detectKind(plain: string): DocumentKind {
  const head = plain.slice(0, HEAD_CHARS);
  const caseNumber = parseCaseNumber(plain);
  const title = TITLE.exec(head);
  let form: DocumentForm = title ? formFromTitle(title[0]) : '未知';
  let category: CaseCategory = title?.[1] ? categoryFromCode(withoutSpaces(title[1])[0]) : '未知';
  if (category === '未知') category = categoryFromCode(caseNumber?.type[0]);
  if (category === '未知') category = categoryFromContent(plain);
  if (form === '未知') {
    if (AGREEMENT_HEADING.test(plain)) form = head.includes('调解书') ? '调解书' : '调解协议';
    else if (plain.includes('判决如下')) form = '判决书';
    else if (plain.includes('裁定如下')) form = '裁定书';
  }
  return { category, form, caseNumber };
}
