/**
 * The parties block: each 原告/被告/第三人/被告人/申请人… with the name, whether it is an organisation, and the
 * identifier written after it (公民身份号码 or 统一社会信用代码).
 */
import { type Identifier, recognizeIdentifiers } from '../lexicon/identifiers.js';
import { sentenceStart } from './sections.js';
import { type TextSpan, textSpan } from './span.js';
import { alternation, wordAt, wordPattern } from '../lexicon/index.js';
import { indexOfAny } from './characters.js';

export interface Party extends TextSpan {
  role: string;
  name: string;
  isOrganisation: boolean;
  identifiers: Identifier[];
}

/** A party's role as the parties block writes it, with the instance it held before (原审被告). */
const ROLE = `(?:原审|一审|二审)?${alternation('party-entry-role')}`;
const ENTRY = new RegExp(
  `(?:^|[\\s　。])(${ROLE})(?:暨[^，,：:\\s]{0,16}?(?:被告|原告)人?)?(?:[（(][^）)\\n]{0,20}[）)])?(?:[（(][^）)\\n]{0,20}[）)])?\\s?[：:]?\\s?([^，,。：:\\s（(]{2,40})`,
  'gm',
);
const ORGANISATION = wordPattern('organisation-marker');
const NOT_A_NAME =
  /不服|一案|起诉|^已|\d{3,}|作为|甲方|乙方|原告|被告|(?:后|期间|时|称|无果)$|^(?:诉称|辩称|称|提出|向(?=本院|法院|原告|被告|其|人民)|对|不服|认为|未|的|与|因|系|在|于(?=\d|[一二]〇|本院|同年|次日)|均|共同|提交|申请|主张|述称)/;

/** A person's name as courts write it, masked ones included: 张明, 欧阳小红, 柯某甲, 李XX, 张3. */
const PERSON_NAME = /^[\u4e00-\u9fa5]{1,4}(?:某{1,2}[甲乙丙丁一二三\d]?|[甲乙丙丁]|\d{1,2}|[xX×＊*]{1,3})?$/;
/** What an organisation's name ends with: what it is. */
const ORGANISATION_NAME_END = wordAt('end', 'organisation-name-end');

/**
 * An organisation's name ends with what it is, after at least two characters of its own; a sentence that mentions
 * a company does not (names are read up to 40 characters, without a comma or a stop).
 */
function isOrganisationName(name: string): boolean {
  return indexOfAny(name, '，。；') < 0 && ORGANISATION_NAME_END.test(name.slice(2));
}
/** After a name, the alias and 与 of the procedural paragraph: 原告某公司（以下简称某公司）与被告… */
const RESTATEMENT = /[（(]以下简称[^）)\n]{0,20}[）)](?:与|诉)/y;
/** "青岛市…分局住所地": the address label glued to the name in some archives. */
const ADDRESS_AFTER_NAME = wordAt('end', 'address-label');

/**
 * The parties block ends where the procedural history starts ("…一案，本院于…立案"), or, in a ruling on a mediation
 * agreement, where the applicants' request is told ("申请人甲与乙于…向本院申请司法确认调解协议").
 */
/** Where the facts or the reasoning begin (本案经本院审理查明：, 本院认为): no party entry comes after them. */
const FACTS_OR_REASONING = /(?:经(?:本院)?(?:依法)?审理|本院)(?:查明|认定|确认)|本院认为|案件事实[:：]/;

/** The most a parties block is taken to run when nothing marks its end. */
const PARTIES_BLOCK_LIMIT = 3000;

export function findPartiesEnd(plain: string, before: number): number {
  const head = plain.slice(0, before);
  const m =
    /一案[，,。]|本院于\d{4}年|(?:共同)?向本院(?:申请|提出)[^。]{0,20}?(?:确认|调解协议)|本院受理后|本院立案后|公诉机关[^。]{0,30}(?:指控|以)|纠纷(?:主要)?事实|争议事项|经审理查明|事实(?:和|与)理由/.exec(
      head,
    );
  // Texts that open with the facts (no caption, no parties block) end the block there, never later than before.
  const facts = FACTS_OR_REASONING.exec(head.slice(0, PARTIES_BLOCK_LIMIT));
  const end = Math.min(m?.index ?? Infinity, facts?.index ?? Infinity);
  if (end === Infinity) return Math.min(before, PARTIES_BLOCK_LIMIT);
  return sentenceStart(plain, end, 0);
}

export function parseParties(plain: string, from: number, to: number): Party[] {
  const block = plain.slice(from, to);
  const parties: Party[] = [];
  ENTRY.lastIndex = 0;
  for (let m = ENTRY.exec(block); m !== null; m = ENTRY.exec(block)) {
    const role = m[1] ?? '';
    const name = (m[2] ?? '').replace(ADDRESS_AFTER_NAME, '');
    if (NOT_A_NAME.test(name) || !(PERSON_NAME.test(name) || isOrganisationName(name))) continue;
    // The procedural paragraph restates the parties (原告某公司（以下简称…）与被告…一案); when a copy wraps it before
    // 一案, its first line falls inside the block, but it names a party already listed, not another one.
    RESTATEMENT.lastIndex = m.index + m[0].length;
    if (RESTATEMENT.test(block)) continue;
    const start = from + m.index + m[0].indexOf(role);
    const entryEnd = from + nextEntryOffset(block, m.index + m[0].length);
    const span = textSpan(plain, start, entryEnd);
    parties.push({
      ...span,
      role,
      name,
      isOrganisation: ORGANISATION.test(name),
      identifiers: recognizeIdentifiers(span.text).map((e) => ({
        ...e,
        start: e.start + start,
        end: e.end + start,
      })),
    });
  }
  return parties;
}

/** Where the next entry of the parties block (a party, a representative, counsel) begins. */
const NEXT_ENTRY = new RegExp(`(?:\\n|[。\\s　])(?=(?:${alternation('party-representative')}|${ROLE}))`);

function nextEntryOffset(block: string, from: number): number {
  const rest = block.slice(from);
  const next = NEXT_ENTRY.exec(rest);
  return next ? from + next.index + 1 : block.length;
}
