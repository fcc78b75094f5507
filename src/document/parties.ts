/**
 * The parties block: each 原告/被告/第三人/被告人/申请人… with the name, whether it is an organisation, and the
 * identifier written after it (公民身份号码 or 统一社会信用代码).
 */
import { recognizeIdentifiers } from '../language/entities/identity.js';
import type { Entity } from '../language/entities/entity.js';
import { sentenceStart } from './sections.js';
import { type TextSpan, textSpan } from './span.js';

export interface Party extends TextSpan {
  role: string;
  name: string;
  isOrganisation: boolean;
  identifiers: Entity[];
}

const ROLE =
  '(?:原审|一审|二审)?(?:被告人|原告|被告|第三人|被上诉人|上诉人|被申请人|申请执行人|被执行人|再审申请人|申请人|反诉原告|反诉被告|案外人|甲方|乙方|丙方|担保人|保证人)';
const ENTRY = new RegExp(
  `(?:^|[\\s　。])(${ROLE})(?:[（(][^）)\\n]{0,20}[）)])?(?:[（(][^）)\\n]{0,20}[）)])?\\s?[：:]?\\s?([^，,。：:\\s（(]{2,40})`,
  'gm',
);
const ORGANISATION =
  /公司|有限|集团|银行|合作社|委员会|政府|局$|局[）)]?|厅|院$|学校|医院|中心|协会|事务所|厂|店|部$|站$|所$|社$|村民小组|经济组织/;
const NOT_A_NAME = /^(?:诉称|辩称|称|提出|向|对|不服|认为|未|的|与|因|系|在|于|均|共同|提交|申请|主张|述称)/;

/** The parties block ends where the procedural history starts ("…一案，本院于…立案"). */
export function findPartiesEnd(plain: string, before: number): number {
  const m = /一案[，,。]|本院于\d{4}年|本院受理后|本院立案后|公诉机关[^。]{0,30}(?:指控|以)/.exec(
    plain.slice(0, before),
  );
  if (!m) return Math.min(before, 3000);
  return sentenceStart(plain, m.index, 0);
}

export function parseParties(plain: string, from: number, to: number): Party[] {
  const block = plain.slice(from, to);
  const parties: Party[] = [];
  ENTRY.lastIndex = 0;
  for (let m = ENTRY.exec(block); m !== null; m = ENTRY.exec(block)) {
    const role = m[1] ?? '';
    const name = m[2] ?? '';
    if (NOT_A_NAME.test(name)) continue;
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

function nextEntryOffset(block: string, from: number): number {
  const rest = block.slice(from);
  const next = new RegExp(
    `(?:\\n|[。\\s　])(?=(?:委托诉讼代理人|委托代理人|法定代表人|负责人|代表人|指定辩护人|辩护人|诉讼代理人|${ROLE}))`,
  ).exec(rest);
  return next ? from + next.index + 1 : block.length;
}
