/**
 * Wording that leaves an item's object, time or measure open (焦作山阳规定 第十八条：主文应明确具体……避免表述不准确
 * 产生理解上的歧义): a list closed by 等, 相关手续, 合理期限内, 尽快, 适当, 按约定, 按实际. Terms are matched as whole
 * nodejieba words, so 等 never matches inside 等额 or 平等; fixed phrases on the allow-list stay silent.
 */
import type { TextSpan } from '../document/span.js';
import type { TextView } from './item-view.js';
import { INTEREST_TERM, MONEY_OBJECT } from './lexicon.js';
import { CHINESE_DIGITS } from '../lexicon/patterns.js';
import { alternation, wordAt, wordPattern, words } from '../lexicon/index.js';

/** Whether a text names interest or a penalty (search() ignores the global pattern's lastIndex). */
function namesInterest(text: string): boolean {
  return text.search(INTEREST_TERM) >= 0;
}

/** 将/把 before a list: "将钥匙、门禁卡等交付原告" closes the things handed over. */
const DISPOSAL_MARKERS = words('disposal-marker');

/** Fixed legal phrases that contain a vague term but say something definite. Extended by `vague.allow`. */
export const DEFAULT_VAGUE_ALLOW: readonly string[] = words('vague-allowed');

/** What a vague term leaves open, for the message. */
export interface VagueWording extends TextSpan {
  /** e.g. 以“等”结束列举. */
  what: string;
}

/** A total or count after the list (等各项损失共计120000元, 等873人) closes it. */
const TOTAL_AFTER = new RegExp(
  String.raw`^[^，。；]{0,16}?${alternation('total-after-list')}?\s?(?:人民币)?[\d${CHINESE_DIGITS}百千万两零壹贰叁肆伍陆柒捌玖拾佰仟]+(?:\.\d+)?\s?(?:万?元|人|件|台|辆|套|个|项|份|张|本|部)`,
);

/** How long the last member of a list may be, and what it may not hold. */
const LIST_MEMBER_LENGTH = 15;
const LIST_MEMBER_ENDS = ['，', '。', '；', '：', ':'];

/**
 * The list 等 closes (钥匙、门禁卡等): its last member, which must be short and follow a 、 of the same phrase, or
 * null. Lists of sums (医疗费、误工费等) are the money rules' concern.
 */
function lastListMember(before: string): string | null {
  const at = before.lastIndexOf('、');
  const member = before.slice(at + 1);
  if (at < 0 || member === '' || member.length > LIST_MEMBER_LENGTH) return null;
  return LIST_MEMBER_ENDS.some((stop) => member.includes(stop)) ? null : member;
}

/** 等 closing a list of parties (张三、李四等于…支付, 等人) names obligors, not the things to deliver. */
const PARTIES_CLOSED = wordAt('start', 'after-parties');

/**
 * A list of organisations or professionals (会计师事务所、律师事务所等依法执业的中介机构) names who may act or assist,
 * not a thing to hand over.
 */
const ACTORS = wordAt('end', 'actor');

/** Classes of things 等 closes even after a single member (钥匙等物品, 营业执照等证照). */
const OPEN_CLASS = wordAt('start', 'open-class');

/**
 * Open objects after 相关: 相关手续, 相关事宜, 相关资料, and the medium of a published statement (在相关媒体上刊登) —
 * not 相关费用 (who bears them is definite).
 */
const OPEN_OBJECTS = words('open-object');

function opensObject(after: string): boolean {
  const from = after.startsWith('的') ? 1 : 0;
  return OPEN_OBJECTS.some((w) => after.startsWith(w, from));
}

/** What the rule knows of the clause beyond its words. */
export interface ClauseRole {
  /** The clause orders a payment: an open time limit there is money/deadline-missing's finding. */
  payment: boolean;
}

/** One occurrence of a vague term: its clause, the text either side of it, and the clause's role. */
interface Occurrence {
  clause: TextView;
  before: string;
  after: string;
  role: ClauseRole;
}

interface VagueTerm {
  pattern: RegExp;
  what: string;
  /** Whether this occurrence leaves something open. */
  open(occurrence: Occurrence): boolean;
}

const VAGUE_TERMS: VagueTerm[] = [
  {
    pattern: wordPattern('vague-list-end'),
    what: '以“等”结束列举，未穷尽应履行的对象',
    open: ({ before, after }) => {
      // The member is read from the last 16 characters at most, so that a long clause stays linear.
      const member = lastListMember(before.slice(-16)) ?? (OPEN_CLASS.test(after) ? before : null);
      if (member === null || TOTAL_AFTER.test(after) || ACTORS.test(member)) return false;
      // "将钥匙、门禁卡等交付原告" closes objects; "张三、李四等于…支付" closes obligors.
      if (!DISPOSAL_MARKERS.some((w) => before.includes(w)) && PARTIES_CLOSED.test(after)) return false;
      return !MONEY_OBJECT.test(member.slice(-8)) && !namesInterest(member.slice(-8));
    },
  },
  {
    pattern: wordPattern('vague-related'),
    what: '“相关”未写明具体手续或对象',
    open: ({ after }) => opensObject(after),
  },
  {
    pattern: wordPattern('vague-reasonable-time'),
    what: '“合理期限”未写明具体期限',
    open: ({ role }) => !role.payment,
  },
  { pattern: wordPattern('vague-haste'), what: '“尽快”未写明履行期限', open: ({ role }) => !role.payment },
  // A sum left open (适当补偿, 按实际发生的费用支付) is money/amount-missing's finding, not this one.
  {
    pattern: wordPattern('vague-appropriate'),
    what: '“适当”未写明具体标准',
    open: ({ clause }) => !MONEY_OBJECT.test(clause.text),
  },
  {
    // 未按约定 states a default ("未按上述约定按期付款的，…"); 按第一项第（二）目约定, 按本协议约定, 按上述约定 point
    // to the document's own terms, which are stated.
    pattern: new RegExp(
      String.raw`(?<![未不])(?:按|按照|依|依照)(?!本(?:调解)?协议|本调解书|上述|前述|第[${CHINESE_DIGITS}\d]{1,3}[项条])[^，。；]{0,12}?约定`,
      'g',
    ),
    what: '“按约定”未写明约定的具体内容',
    // Interest "按合同约定" is interest/per-contract's, a payment "按约定支付" money/amount-missing's; a clause
    // with its own time and quantity is definite.
    open: ({ clause, role }) =>
      !role.payment &&
      !namesInterest(clause.text) &&
      !clause.has('rate') &&
      !(clause.has('deadline') && (clause.has('quantity') || clause.has('money'))),
  },
  {
    // Work done "until the owner is satisfied" has no standard an enforcing court could check.
    pattern: /满意为止|(?:达到|令|使|让)[^，。；]{0,10}?满意/g,
    what: '以一方“满意”为标准，未写明客观的完成标准',
    open: () => true,
  },
  {
    pattern: wordPattern('vague-as-actual'),
    what: '“按实际”未写明具体数量或计算方法',
    open: ({ clause }) => !MONEY_OBJECT.test(clause.text),
  },
];

/**
 * What every occurrence in a clause is checked against, computed once per clause: checking each occurrence
 * against the whole clause would be quadratic in a long clause (a hostile 50,000-character run of 、等).
 */
class ClauseFacts {
  private readonly tokenStarts: Set<number>;
  private readonly tokenEnds: Set<number>;
  /** For each offset in the clause, the furthest end of an allow-listed phrase starting at or before it. */
  private readonly allowReach: Int32Array;
  /** For each offset in the clause, 《“ minus 》” before it. */
  private readonly quoteDepth: Int32Array;

  constructor(
    private readonly clause: TextView,
    allow: readonly string[],
  ) {
    this.tokenStarts = new Set(clause.tokens.map((t) => t.start));
    this.tokenEnds = new Set(clause.tokens.map((t) => t.end));
    const length = clause.text.length;
    this.allowReach = new Int32Array(length + 1).fill(-1);
    for (const phrase of allow) {
      // Each occurrence, not overlapping the one before (as a global search finds them).
      for (
        let at = clause.text.indexOf(phrase);
        at >= 0 && phrase !== '';
        at = clause.text.indexOf(phrase, at + phrase.length)
      ) {
        this.allowReach[at] = Math.max(this.allowReach[at] ?? -1, clause.start + at + phrase.length);
      }
    }
    this.quoteDepth = new Int32Array(length + 1);
    for (let i = 0; i < length; i++) {
      const ch = clause.text[i] ?? '';
      this.allowReach[i + 1] = Math.max(this.allowReach[i + 1] ?? -1, this.allowReach[i] ?? -1);
      this.quoteDepth[i + 1] =
        (this.quoteDepth[i] ?? 0) + (ch === '《' || ch === '“' ? 1 : ch === '》' || ch === '”' ? -1 : 0);
    }
  }

  atWordBoundaries(start: number, end: number): boolean {
    return this.tokenStarts.has(start) && this.tokenEnds.has(end);
  }

  /** Inside an allow-listed phrase (等额, 相关规定 …). */
  allowed(start: number, end: number): boolean {
    return (this.allowReach[start - this.clause.start] ?? -1) >= end;
  }

  /** Quoted titles (《等你靠岸》) and quoted names are not the item's own wording. */
  insideQuotes(offset: number): boolean {
    return (this.quoteDepth[offset - this.clause.start] ?? 0) > 0;
  }
}

/** The first vague wording of a clause, or null. */
export function vagueWording(
  clause: TextView,
  allow: readonly string[],
  role: ClauseRole,
): VagueWording | null {
  const found: VagueWording[] = [];
  let facts: ClauseFacts | undefined;
  for (const term of VAGUE_TERMS) {
    for (const m of clause.matchAll(term.pattern)) {
      facts ??= new ClauseFacts(clause, allow);
      if (!facts.atWordBoundaries(m.start, m.end) || facts.insideQuotes(m.start)) continue;
      if (facts.allowed(m.start, m.end)) continue;
      const after = clause.text.slice(m.end - clause.start);
      const before = clause.text.slice(0, m.start - clause.start);
      if (term.open({ clause, before, after, role })) {
        // Only the first wording is returned, so a term's later matches need no checking (each check reads the
        // whole clause: checking them all would be quadratic in a long clause).
        found.push({ ...m, what: term.what });
        break;
      }
    }
  }
  return found.sort((a, b) => a.start - b.start)[0] ?? null;
}
