/**
 * Unfilled template slots. Courts keep templates with slots for each element — `[金额]元`, `【履行期限】`, `XX元`,
 * `××××年××月××日`, `＿＿日内`, `___元`, `……元` — and a draft that still has one cannot be enforced.
 *
 * What is a slot, precisely:
 * - a bracketed label naming an element: [金额], 【履行期限】, 〔被告名称〕 (not a document number like [2016] or an
 *   article heading like 第七十三条［考验期限］: the label must name a slot, hold no digit, and not follow 条);
 * - a run of underscores (__, ＿＿) or of ellipsis dots (…… , ...) standing where an amount, period or date belongs
 *   (before 元, 日内, %, or between 于 and 前), and any other run of underscores (分＿＿期, 编号：＿＿＿＿);
 * - a run of mask characters (XX, ××, **) standing where an amount, a period or a date belongs: XX元, ××万元,
 *   ××日内, ××××年××月××日;
 * - an instruction to the drafter: a blank followed by a parenthesis that says what to write there (被告人×××……（写明
 *   决定追缴、退赔或者发还被害人、没收财物的名称、种类和数额）, 依照……（写明判决的法律依据）). The words inside it are
 *   what the template asks for, not an order: the slot stands for the whole item, and the verbs in it (追缴, 退赔, 支付)
 *   order nothing (see insideSlot).
 * Published archives mask personal data with the same characters (张××, 鲁P×××××, 4108111980××××0012, and dates of
 * birth or marriage as ××××年××月××日), so a mask-character slot is only a slot in a document that is not
 * anonymised: see isAnonymised. Brackets, underscores and ellipses are never used for anonymisation.
 *
 * For each slot whose role is clear, an entity of that role (money, deadline, date, rate) stands in for the element,
 * so the rules that require the element treat it as present and only the placeholder rule reports the slot.
 */
import { type Entity, type EntityType, matchAll } from './entity.js';
import { alternation, characters, wordPattern, words } from '../../lexicon/index.js';

const SLOT_LABEL = wordPattern('slot-label');
// Not an article's heading in quoted law: 第七十三条［考验期限］.
const BRACKETED = /(?<!条)[[［【〔]([^\]］】〕\n\d０-９]{0,12})[\]］】〕]/g;

// Runs are bounded (a slot is a few characters): unbounded, a long run of × with no unit after it would be
// rescanned from every position, quadratic in its length.
const SYMBOL_MASK = `[${characters('symbol-mask')}]`;
const MASK = `(?:${SYMBOL_MASK}{1,16}|(?<![A-Za-z])[${characters('latin-mask')}]{2,16})`;
const BLANK = '(?:[_＿]{2,16}|…{1,16}|\\.{3,16}|。{3,16})';
const MONEY_UNIT = `(?:万|千|百)?${alternation('currency-unit')}`;
const PERIOD_UNIT = `${alternation('period-unit')}${alternation('within')}`;
const DATE_PART = `(?:\\d{2,4}|${MASK}|${BLANK})年(?:\\d{1,2}|${MASK}|${BLANK})月(?:\\d{1,2}|${MASK}|${BLANK})日`;

/** A mask or blank before the unit of a sum (XX元, ＿＿万元), a period (××日内) or a rate (__%). */
const UNIT_SLOT = new RegExp(
  `(?<![A-Za-z\\d])(?:${MASK}|${BLANK})(?:${MONEY_UNIT}|${PERIOD_UNIT}|${alternation('percent')})`,
  'g',
);
const DATE_SLOT = new RegExp(`${DATE_PART}${alternation('before-date')}?`, 'g');
/**
 * Any other blank written into the text: 分＿＿期, 每月＿＿日前, 编号：____. Underscores are never a mask; but two
 * ASCII underscores around text are bold from a converter (本金__人民币200000元__), and a run inside a name or path
 * (C__Users) is no blank either.
 */
const OTHER_BLANK = /(?<![A-Za-z\d_＿])(?:＿{2,16}|_{3,16})(?![A-Za-z\d_＿])/g;
/**
 * A blank and the instruction after it: ……（写明…）, up to the closing parenthesis, or up to a parenthesis opened
 * inside it (……（写明判决结果。分三种情况：…（写明主刑、附加刑）…）: the inner instructions are slots of their own).
 * The instruction's verb comes first in the parenthesis, after a few words at most (……（首先写明经庭审查明的事实）),
 * or after the case it is for, with no blank before it (免予刑事处罚（如有追缴、退赔或者没收财物的，续写第二项）).
 */
const INSTRUCTION = new RegExp(
  `(?:${BLANK}\\s?[（(][^（）()\\n]{0,12}?|[（(](?:如|若)[^（）()\\n]{1,30}?[，,])${alternation('drafting-instruction')}[^（）()\\n。…]{0,80}[）)]?`,
  'g',
);
/** 于……前, 在＿＿之前: a blank where a date belongs. */
const BLANK_DATE = new RegExp(`(?<=[于在至])${BLANK}(?:${alternation('before-date')}|止|起)`, 'g');

/** What a slot's label says belongs there: a sum, a time limit, a date, a rate. */
const MONEY_SLOT_LABEL = wordPattern('money-slot');
const DEADLINE_SLOT_LABEL = wordPattern('deadline-slot');
const DATE_SLOT_LABEL = wordPattern('date-slot');
const RATE_SLOT_LABEL = wordPattern('rate-slot');

/** What follows a slot that says what belongs there: 元 (a sum), 日内 (a time limit), % (a rate). */
const SUM_AFTER = words('slot-sum-unit');
const PERIOD_AFTER = ['', ...words('slot-period-unit')].flatMap((unit) =>
  words('within').map((w) => unit + w),
);
const RATE_AFTER = words('percent');

function startsWithAny(text: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => text.startsWith(prefix));
}

function containsAny(text: string, marks: readonly string[]): boolean {
  return marks.some((mark) => text.includes(mark));
}

function roleOfLabel(label: string, after: string): EntityType | null {
  if (MONEY_SLOT_LABEL.test(label) || startsWithAny(after, SUM_AFTER)) return 'money';
  if (DEADLINE_SLOT_LABEL.test(label) || startsWithAny(after, PERIOD_AFTER)) return 'deadline';
  if (DATE_SLOT_LABEL.test(label)) return 'date';
  if (RATE_SLOT_LABEL.test(label) || startsWithAny(after, RATE_AFTER)) return 'rate';
  return null;
}

/** The role of a mask or blank before a unit: a period ends in 内, a rate in % or ‰, a sum in its currency. */
function roleOfUnit(slot: Entity): EntityType {
  if (words('within').some((w) => slot.text.endsWith(w))) return 'deadline';
  return RATE_AFTER.some((p) => slot.text.endsWith(p)) ? 'rate' : 'money';
}

/** A blank, a bracket, a mask, or an instruction's verb (（如有…的，续写第二项） has no blank before it). */
const MIGHT_HOLD = wordPattern(
  'slot-bracket',
  'blank-mark',
  'symbol-mask',
  'latin-mask-pair',
  'drafting-instruction',
);

/** A cheap first look: could the text hold a slot at all? (Most spans cannot, and need no recognising.) */
export function mightHoldPlaceholder(text: string): boolean {
  return MIGHT_HOLD.test(text);
}

/** Whether `span` lies inside one of the slots: words of a template's instruction, not of the document. */
export function insideSlot(span: { start: number; end: number }, slots: readonly Entity[]): boolean {
  return slots.some(
    (slot) => slot.type === 'placeholder' && slot.start <= span.start && span.end <= slot.end,
  );
}

const MASK_MARKS = words('mask-mark');
const BLANK_MARKS = words('blank-mark');
const BRACKETS = words('slot-bracket');

/** A slot written with characters that anonymisation also uses (×, X, *). */
export function isMaskSlot(text: string): boolean {
  return containsAny(text, MASK_MARKS) && !containsAny(text, BLANK_MARKS) && !containsAny(text, BRACKETS);
}

export function recognizePlaceholders(text: string): Entity[] {
  if (!mightHoldPlaceholder(text)) return [];
  const slots: Entity[] = [];
  const standIns: Entity[] = [];
  const add = (found: Entity[], role: (slot: Entity) => EntityType | null): void => {
    for (const slot of found) {
      if (slots.some((s) => s.start < slot.end && slot.start < s.end)) continue;
      slots.push(slot);
      const type = role(slot);
      if (type) standIns.push({ type, start: slot.start, end: slot.end, text: slot.text });
    }
  };
  // Before the blanks inside it: an instruction is one slot, with no role (it stands for the whole item).
  add(matchAll(text, INSTRUCTION, 'placeholder'), () => null);
  add(
    matchAll(text, BRACKETED, 'placeholder').filter((e) => SLOT_LABEL.test(e.text.slice(1, -1))),
    (e) => roleOfLabel(e.text.slice(1, -1), text.slice(e.end)),
  );
  add(
    matchAll(text, DATE_SLOT, 'placeholder').filter(
      (e) => containsAny(e.text, MASK_MARKS) || containsAny(e.text, BLANK_MARKS),
    ),
    (e) => (e.text.endsWith('前') ? 'deadline' : 'date'),
  );
  add(matchAll(text, UNIT_SLOT, 'placeholder'), roleOfUnit);
  add(matchAll(text, BLANK_DATE, 'placeholder'), () => 'deadline');
  add(matchAll(text, OTHER_BLANK, 'placeholder'), () => null);
  return [...slots, ...standIns];
}

/**
 * Masked personal data: a person named by surname and 某 or mask characters (张某, 王某某, 李××, 刘XX, not 张××元, a
 * slot); masked identity numbers and licence plates (4108111980××××0012, 510703********2089, 鲁P×××××); a masked
 * number on its own (卡号（×××）).
 */
const ANONYMISED = new RegExp(
  String.raw`[${characters('surname')}](?:某{1,2}[甲乙丙丁戊\d]?|${SYMBOL_MASK}{1,3}|XX)(?![×Ｘ＊*X\d年月日元万千百%号])` +
    String.raw`|\d{6}${SYMBOL_MASK}{4,}|${SYMBOL_MASK}{4,}\d{3}[\dXx]|[\u4e00-\u9fa5][A-Z]${SYMBOL_MASK}{3,}|[（(]${SYMBOL_MASK}{3,}[）)]`,
);

/** True when the document masks personal data, so that ×× and XX in it are masks, not template slots. */
export function isAnonymised(text: string): boolean {
  return ANONYMISED.test(text);
}
