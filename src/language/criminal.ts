/**
 * The property orders of a criminal judgment (焦作山阳规定 第十九条): confiscation (没收), recovery of illegal gains
 * (追缴), restitution to victims (退赔/发还), the disposal of seized items, and fines. Each order names objects that
 * must be identified by quantity or amount; this module finds the orders and the objects that are not.
 */
import { type ItemView, TextView } from './item-view.js';
import type { DocumentModel } from '../document/model.js';
import type { TextSpan } from '../document/span.js';
import { NOTHING_TO_ENFORCE } from './lexicon.js';
import { CHINESE_DIGITS, wordEndingAt } from '../lexicon/patterns.js';
import { alternation, characters, wordAt, wordPattern, words } from '../lexicon/index.js';
import { UPHOLDS, restatedClauses } from './restated.js';
import { insideSlot } from './entities/placeholder.js';

/**
 * Things a criminal judgment disposes of; the gains of a named offence (受贿所得, 诈骗所得) as well, and the tax
 * evaded or deducted in tax offences (追缴税款), and the stakes and tools of gambling (赌资, 赌具).
 */
const CRIMINAL_PROPERTY = wordPattern('criminal-property');

/**
 * A reference to a list that spells the objects out (详见扣押清单, 附表, 附件), also by its title
 * (详见本判决所附《集资参与人退赔明细表》), however long the title.
 */
export const LIST_REFERENCE = new RegExp(
  `(?:详|参)?见[^，。；）)]{0,6}(?:扣押|查封|物品|财物)?清单|见[^，。；）)《]{0,12}《[^》]{0,30}${alternation('list-reference-word')}[^》]{0,4}》|详见[^，。；）)]{0,12}${alternation('attachment', 'register-name')}|(?:见|按)(?:附件|附表|所附清单)|另附${alternation('attachment')}`,
);

/** A reference that names a list of its own (详见扣押清单), not an attachment in general (见附件). */
export function namesOwnList(reference: { text: string }): boolean {
  return reference.text.includes('清单');
}

/** A list in the document itself, after the signatures: 附件、附表、附：…清单. */
export const ATTACHED_LIST = /(?:^|\n)\s*(?:#+\s*)?(?:附件|附表|附[：:]|[^\n]{0,20}清单\s*(?:[：:]\s*)?$)/m;

/** What makes an object concrete besides a quantity or an amount: a plate, a frame or account number. */
const IDENTIFIED = wordPattern('seized-identification');

/** The whole estate is a complete object: 没收个人全部财产. */
export const WHOLE_ESTATE = wordPattern('whole-estate');

/** Arabic and Chinese digits that count: 3, 三, 两. */
const COUNT_DIGIT = String.raw`[\d${characters('count-digit')}]`;

/** Where a sum begins: 人民币 and a digit, Arabic, Chinese or capital (人民币五千元, 5000元, 壹万元). */
export const SUM_BEGINS = String.raw`(?:人民币)?\s?[\d${characters('amount-digit')}]`;

const EACH_QUANTITY = new RegExp(String.raw`各${COUNT_DIGIT}+\s?[^\d\s，。；]`);

/** Objects of one order are listed with 、 及 和 以及 与. */
const LIST_SEPARATOR = /、|以及|及(?!其)|和|与(?!人)/;

/** An open list of objects: 手机、电脑等作案工具, 电子称等物. */
export const OPEN_LIST =
  /[^，。；、]{1,20}、[^，。；]{1,30}?等(?![额值同级待次])|[^，。；、]{1,20}等(?:物品?|财物|作案工具|犯罪工具|工具|涉案物品)/;

/** Seized, frozen or handed over with the case. */
export const SEIZED = wordPattern('criminal-seizure');

/** Property the defendant gave up while the case was pending (退出的赃款, 退缴的违法所得): held like seized property. */
export const SURRENDERED = wordPattern('surrendered');

/** Disposal of seized items in words that say nothing about what they are. */
export const GENERIC_DISPOSAL = new RegExp(
  `(?:${alternation('police-seizure', 'case-transfer', 'surrendered')}|在案)[^，。；]{0,12}?${alternation('generic-seized-thing')}[^，。；]{0,8}?${alternation('generic-disposal')}`,
);

/** A list of people, not of things. */
const PEOPLE_LISTED = wordPattern('people-listed');

/**
 * Things summed up instead of listed ("手机、电脑等作案工具", "扣押在案的财物依法处理"), where no list is referred to.
 * "发还被害人张某、李某等" lists people, not things.
 */
export function openThingList(clause: TextView): TextSpan | null {
  if (LIST_REFERENCE.test(clause.text)) return null;
  const list = clause.match(OPEN_LIST);
  if (list) return PEOPLE_LISTED.test(list.text) ? null : list;
  const generic = clause.match(GENERIC_DISPOSAL);
  // 冻结在案的存款人民币12万元依法处理: the sum says what is disposed of.
  const named = generic ? clause.sub(generic.start, generic.end) : null;
  return generic &&
    named &&
    !named.has('money') &&
    !named.has('quantity') &&
    !PEOPLE_LISTED.test(generic.text)
    ? generic
    : null;
}

function withoutParentheses(text: string): string {
  return text.replace(/[（(][^）)]*[）)]/g, (m) => '　'.repeat(m.length));
}

/**
 * A class word used as a label for the names after it ("吸毒工具锡箔纸、吸管", "作案工具手机"): the names are the
 * objects, not the label ("作案工具予以没收", "犯罪工具，" are the label alone).
 */
const LABEL_BEFORE_NAME = new RegExp(
  String.raw`^${alternation('thing-label')}(?=[\u4e00-\u9fa5A-Za-z])(?!${alternation('not-a-label')})`,
);

/** The rest of an agency's name after a thing's word (车辆管理所, 船舶管理处): the word names no thing. */
const AGENCY_NAME_AFTER = wordAt('start', 'agency-name-part');

function firstProperty(piece: string): RegExpExecArray | null {
  for (let from = 0; ;) {
    const thing = CRIMINAL_PROPERTY.exec(piece.slice(from));
    if (!thing) return null;
    thing.index += from;
    const after = piece.slice(thing.index + thing[0].length);
    if (!LABEL_BEFORE_NAME.test(piece.slice(thing.index)) && !AGENCY_NAME_AFTER.test(after)) return thing;
    from = thing.index + thing[0].length;
  }
}

/** One listed object of an order that has no quantity, amount or identifier. */
export function unquantifiedObjects(clause: TextView): TextSpan[] {
  if (LIST_REFERENCE.test(clause.text) || WHOLE_ESTATE.test(clause.text)) return [];
  // "气枪、射钉枪、枪管各1支": one distributive quantity for the whole list.
  if (EACH_QUANTITY.test(clause.text)) return [];
  const masked = withoutParentheses(clause.text);
  const found: TextSpan[] = [];
  let offset = 0;
  for (const piece of masked.split(LIST_SEPARATOR)) {
    const start = clause.start + masked.indexOf(piece, offset);
    offset = start - clause.start + piece.length;
    const segment = clause.sub(start, start + piece.length);
    const thing = firstProperty(piece);
    if (!thing) continue;
    if (segment.has('money') || segment.has('quantity') || IDENTIFIED.test(piece)) continue;
    found.push({ start: start + thing.index, end: start + thing.index + thing[0].length, text: thing[0] });
  }
  return found;
}

/**
 * The clauses that order something: those of order items (not 维持/驳回…), and the restated first-instance items
 * of a second-instance item that upholds them (维持…第二项，即"…予以没收"), whose words become final.
 */
export function orderClauses(items: readonly ItemView[]): { item: ItemView; clause: TextView }[] {
  const found: { item: ItemView; clause: TextView }[] = [];
  for (const item of items) {
    if (item.kind !== 'order') continue;
    const clauses = NOTHING_TO_ENFORCE.test(item.text) ? restatedClauses(item) : item.clauses;
    for (const clause of clauses) found.push({ item, clause });
  }
  return found;
}

/**
 * Clauses of criminal orders (see orderClauses) in which `verb` orders something, e.g. 没收, 追缴. A verb inside a
 * template's instruction to the drafter (……（写明决定追缴、退赔…的名称、种类和数额）) orders nothing.
 */
export function ordersWith(
  items: readonly ItemView[],
  verb: RegExp,
): { item: ItemView; clause: TextView; at: TextSpan }[] {
  const found: { item: ItemView; clause: TextView; at: TextSpan }[] = [];
  for (const { item, clause } of orderClauses(items)) {
    const at = clause.match(verb);
    if (!at) continue;
    const ordering = insideSlot(at, clause.find('placeholder'))
      ? clause.matchAll(verb).find((m) => !insideSlot(m, clause.find('placeholder')))
      : at;
    if (ordering) found.push({ item, clause, at: ordering });
  }
  return found;
}

/** 没收 as an order, not the sentence's 并处没收财产 nor an attribute (被没收的). */
export const CONFISCATE = /(?<!被|已|并处)没收(?!的)/;

/**
 * The disposals written beside 没收 that end the state's hold on a seized thing: 没收, (依法予以)销毁, 上缴国库, and
 * handing the thing to the seizing authority to deal with (由扣押机关依法处理). Each needs the things named and counted.
 */
export const DISPOSE = new RegExp(
  `${CONFISCATE.source}|(?<!已|被|已经)(?:予以|依法)?销毁|(?<!已|已经)上缴国库|由[^，。；]{0,12}?${alternation('seizing-authority')}${alternation('authority-suffix')}?[^，。；]{0,6}?${alternation('lawful-disposal')}`,
);

/** 追缴 as an order, not 被追缴的 / 已追缴. */
export const RECOVER = /(?<!被|已|所)(?:继续)?追缴(?!的|在案|到案)/;

/** A restitution verb not done already nor suffered (已发还, 被退赔): the head of a restitution order. */
const RESTITUTION_ORDERED = `(?<!已|已经|被)${alternation('criminal-restitution')}`;

/** Every order verb of a criminal property item: where one disposal ends and the next begins within a sentence. */
const ANY_ORDER = new RegExp(`${DISPOSE.source}|${RECOVER.source}|${RESTITUTION_ORDERED}`);

/**
 * The parts of a clause, each ending with the comma-separated phrase that holds its order verb, so that the things
 * before one verb are not counted as another's ("扣押的毒品依法予以销毁，向被告人追缴犯罪所得人民币500元，追缴后上缴国库"
 * has three: the drug destroyed, the sum recovered, the sum paid over). A phrase without a verb joins the part
 * before it when it closes the clause, the part after it otherwise.
 */
/** Where the phrases of a clause end. */
const COMMAS: ReadonlySet<string> = new Set(['，', ',']);

export function orderParts(clause: TextView): TextView[] {
  const masked = withoutParentheses(clause.text);
  const parts: TextView[] = [];
  let from = 0;
  const ends: number[] = [];
  for (let at = 0; at < masked.length; at++) if (COMMAS.has(masked.charAt(at))) ends.push(at);
  ends.push(masked.length);
  let start = 0;
  for (const end of ends) {
    if (ANY_ORDER.test(masked.slice(start, end))) {
      parts.push(clause.sub(clause.start + from, clause.start + end));
      from = end + 1;
    }
    start = end + 1;
  }
  if (from < masked.length) {
    const last = parts.pop();
    parts.push(clause.sub(last ? last.start : clause.start + from, clause.end));
  }
  return parts;
}

/**
 * The shortfall of a sum stated before it (变卖所得价款退赔被害人十万九千六百元；不足部分继续追缴): the stated sum less
 * what was realised, determinable — unlike "其余未追回的赃款", whose total is nowhere.
 */
export const SHORTFALL = wordPattern('shortfall');

/**
 * A count that counts nothing (若干箱, 一批, 数件, 一些): whatever it counts, the enforcing officer cannot tell how
 * many to take, even where the thing is named by a word of no list (假冒白酒若干箱).
 */
export const VAGUE_QUANTITY = new RegExp(
  String.raw`若干(?:[${characters('bulk-measure')}]|)|(?<![第\d${characters('count-digit')}])[一1]批|(?<!${COUNT_DIGIT})数[${characters('bulk-measure')}]|一些`,
);

/** Restitution or return to victims; a return to the defendant or his family (发还被告人) is not restitution. */
export const RESTITUTE = new RegExp(`${RESTITUTION_ORDERED}(?!的|完毕|给?(?:被告人|其近?(?:亲属|家属)))`);

/** Several victims behind one sum: 各被害人, 集资参与人, 投资人. */
export const SEVERAL_VICTIMS = new RegExp(
  String.raw`${alternation('several-victims')}|等\s?[\d${CHINESE_DIGITS}百千]+\s?${alternation('person-measure')}`,
);

/** Victims named one after another before the sum (退赔被害人李某、赵某经济损失共计30000元), not each with a sum. */
export const VICTIMS_LISTED = new RegExp(
  String.raw`${alternation('victim')}[^，。；、\d]{1,10}(?:、[^，。；、\d]{1,10})+`,
);

/**
 * Victims named by the anonymised forms judgments use (被害人王某某, 被害人蒲某, 被害人许×): distinct names in a text.
 */
const VICTIM_NAME = new RegExp(
  String.raw`${alternation('victim')}([\u4e00-\u9fa5]某{1,2}|[\u4e00-\u9fa5][×ＸX＊*]{1,2})`,
  'g',
);

export function victimsNamed(text: string): number {
  return new Set([...text.matchAll(VICTIM_NAME)].map((m) => m[1])).size;
}

/** Property returned to "被害人" named by no one (发还被害人, 退还给被害人俱领): who it is depends on the facts. */
export const UNNAMED_VICTIM = new RegExp(
  `${alternation('criminal-restitution')}(?:给)?被害人(?=[具俱]领|领回|[，,。；;]|$)`,
);

/** Several defendants ordered to pay: 责令被告人朱某、付某退赔…. */
export const SEVERAL_PAYERS = new RegExp(
  `${alternation('criminal-defendant')}[^，。；、]{1,12}[、和及][^，。；]{1,12}?${alternation('defendants-pay')}`,
);

/** Their shares: jointly (共同、连带), each (各、分别), or by proportion. */
export const PAYERS_SHARE = wordPattern('payers-share');

/** A sum divided among victims: 各…元 (each), or by proportion (按被骗金额比例发还). */
export function splitStated(clause: TextView): boolean {
  return /各(?:自|人)?[^，。；]{0,8}?元|按[^，。；]{0,12}?比例/.test(clause.text);
}

/**
 * 刑法第三十七条's measures that go with an exemption from punishment (免予刑事处罚，责令具结悔过、赔礼道歉): an
 * admonition, not an award to enforce — unlike the apology of an incidental civil action.
 */
export const NON_PENAL_MEASURE = wordPattern('non-penal-measure');

/** The fine. */
export const FINE = wordPattern('fine');

const FINE_REFERRED = words('fine-referred');

/** Whether a mention of a fine points back to one imposed elsewhere (用于缴纳第一项所判罚金): it imposes none. */
export function refersToFine(item: TextView, fine: TextSpan): boolean {
  return wordEndingAt(item.text, fine.start - item.start, FINE_REFERRED) !== undefined;
}

/** A fine imposed with no amount after it: "并处罚金。" (not the slip "判处罚金有期徒刑…", whose amount follows). */
export const FINE_WITHOUT_AMOUNT = new RegExp(
  `(?:判|并|单)处罚金(?![^，。；（(]{0,3}${SUM_BEGINS}|有期徒刑|拘役|管制)`,
);

/**
 * A fine's time limit or its payment: 罚金于…日内缴纳 (缴付本院, 缴至本院), 罚金限…缴纳, 已缴纳 (罚金已于某日缴纳, 已由其亲属代为缴纳), 已预缴/已预交, 折抵罚金,
 * and payment out of money already held (罚金以扣押的现金抵缴, 罚金从保证金中抵扣, 剩余二百元折抵被告人某的罚金).
 */
export const FINE_SETTLED = new RegExp(
  [
    `[（(](?:罚金)?(?:已|均已)(?:预)?${alternation('fine-paid')}`,
    `罚金[^。；）)]{0,40}?(?:内|前|之日起|之日|当日|即)[^。；）)]{0,12}?${alternation('fine-payment')}`,
    `(?:罚金|罚款)[^。；]{0,20}?(?:已|均已|已经)(?:[于由][^。；，）)]{1,16}?)?(?:全部|足额)?(?:预)?${alternation('fine-paid')}`,
    `(?:已|均已)(?:预)?缴(?:纳)?[^。；]{0,8}罚金|预缴|预交`,
    `罚金[^。；）)]{0,30}?${alternation('fine-set-off')}`,
    `${alternation('seized-set-off')}[^，。；刑）)]{0,12}?罚金`,
    `罚金[^。；]{0,12}(?:立即|即)(?:缴纳|执行)`,
    `(?:限|于|在)[^。；）)]{0,30}?(?:内|前)(?:向本院)?${alternation('fine-paid-in')}`,
  ].join('|'),
);

/** The penalty of confiscating property with no amount: "并处没收个人财产。" (全部财产 is complete). */
export const PROPERTY_PENALTY_WITHOUT_AMOUNT = new RegExp(
  `${alternation('property-penalty')}(?![^，。；（(]{0,4}${SUM_BEGINS})`,
);

/**
 * Property the facts say was seized (从其身上扣押华为手机一部、现金人民币8600元): a seizure verb and, in the same
 * sentence, a thing. Not the evidence named after it (扣押清单, 扣押笔录, 扣押决定书), nor what was returned before
 * the judgment (已发还被害人).
 */
export const SEIZURE_IN_FACTS = new RegExp(
  String.raw`${alternation('held-seizure')}(?![^，。；]{0,4}(?:清单|笔录|决定书|通知书|物品清单|手续|、|及(?:搜查|扣押)))[^。；]{0,60}?(?:${COUNT_DIGIT}+\s?${alternation('seized-measure')}|人民币)`,
  'g',
);

/** What was dealt with before the judgment: returned, handed back, or destroyed already. */
export const DISPOSED_BEFORE = new RegExp(
  `已(?:经|被|全部|依法)?(?:由[^，。；]{1,12}?(?:依法)?)?${alternation('disposed-before')}|发还(?:给)?${alternation('rightful-owner')}`,
);

/** An order that names property as seized or held (扣押在案, 随案移送), returns it or sets it off (发还, 抵缴, 折抵). */
const HELD_PROPERTY_ORDER = new RegExp(
  `${SEIZED.source}|在案|随案|发还|${alternation('seized-set-off')}(?!刑期)`,
);

/**
 * Whether an order deals with seized property at all: names it as held, returns or sets it off, or disposes of
 * something (没收, 销毁, 上缴) other than what the defendant gave up himself (退缴的违法所得…予以没收 leaves the phone
 * and cash the police seized undisposed).
 */
function dealsWithSeizedProperty(clause: TextView): boolean {
  return (
    HELD_PROPERTY_ORDER.test(clause.text) || (DISPOSE.test(clause.text) && !SURRENDERED.test(clause.text))
  );
}

/** The claimant of the civil action joined to a criminal case (附带民事(诉讼)原告人, 附带民事公益诉讼起诉人). */
export const CIVIL_CLAIMANT = wordPattern('civil-claimant');

/**
 * Property the facts say was seized (SEIZURE_IN_FACTS), each seizure with its sentence, in a judgment whose orders
 * deal with no seized property at all (dealsWithSeizedProperty) and uphold no first-instance items (whose disposals stay
 * in force): the facts are the text between the parties and the court's reasoning.
 */
export function seizuresLeftOpen(
  document: DocumentModel,
  items: readonly ItemView[],
): { at: TextSpan; sentence: TextView }[] {
  if (!document.operative) return [];
  if (items.some((item) => UPHOLDS.test(item.text))) return [];
  if (orderClauses(items).some(({ clause }) => dealsWithSeizedProperty(clause))) return [];
  const start = document.partiesBlock?.end ?? 0;
  const end = document.reasoning?.start ?? document.operative.start;
  if (end <= start) return [];
  const text = document.text;
  const facts = new TextView({ start, end, text: text.slice(start, end) });
  return facts.matchAll(SEIZURE_IN_FACTS).map((at) => {
    const sentenceStart = Math.max(text.lastIndexOf('。', at.start), text.lastIndexOf('\n', at.start)) + 1;
    const stop = text.indexOf('。', at.end);
    const sentenceEnd = stop < 0 ? end : stop;
    return {
      at,
      sentence: new TextView({
        start: sentenceStart,
        end: sentenceEnd,
        text: text.slice(sentenceStart, sentenceEnd),
      }),
    };
  });
}
