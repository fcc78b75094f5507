/**
 * Acts to perform (焦作山阳规定 第十八条第（二）项): removing an obstruction, remediating the environment, opening the
 * books, continuing a contract — the words that order each and the words that state its standard, place and time.
 */
import type { ItemView, TextView } from '../item-view.js';
import type { TextSpan } from '../../document/span.js';
import { alternation, wordPattern, words } from '../../lexicon/index.js';
import { type OrderedDuty, orderedDuty } from './ordering.js';

// Removing an obstruction, restoring the original state

export const OBSTRUCTION = /(?:排除|停止|消除)[^，。；]{0,16}?妨(?:碍|害)|恢复原状|消除危险/;
/** A concrete measure: what is removed, cleared, repaired or rebuilt, to which state. */
const CONCRETE_MEASURE = wordPattern('concrete-measure');
/** Removing the obstruction itself (拆除围墙, 清除杂物), ordered without the words 排除妨碍. */
export const REMOVAL = wordPattern('removal');
/** Measurements or an address that make the measure concrete (长约2.3米, 302室, 12平方米). */
const DIMENSIONS = /\d+(?:\.\d+)?\s?(?:米|厘米|公分)|\d+\s?号|\d+室/;

/** Whether an item says concretely what is removed or restored: the act, measurements, an address or an area. */
export function concreteMeasure(item: TextView): boolean {
  return CONCRETE_MEASURE.test(item.text) || DIMENSIONS.test(item.text) || item.has('area');
}

/** The words after a duty that make it the name of a cost (恢复原状费用, 排除妨碍所需费用, 的损失). */
const COST_LEAD = words('cost-lead');
const COST_WORD = words('cost-word');

/** Whether the duty at `at` is only named as a cost to pay (恢复原状费用 is money, not a state to restore). */
export function namedAsCost(item: TextView, at: TextSpan): boolean {
  let after = item.text.slice(at.end - item.start);
  for (let lead = leadOf(after); lead; lead = leadOf(after)) after = after.slice(lead.length);
  return COST_WORD.some((word) => after.startsWith(word));
}

function leadOf(text: string): string | undefined {
  return COST_LEAD.find((lead) => text.startsWith(lead));
}

/**
 * Repairing damaged property (修复原告房屋的顶棚, 将…大门修复, 对…进行修缮, 对渗漏部位进行返修), a restoration ordered without the words
 * 恢复原状: the verb with what it repairs, not the word in a product's name (柠檬修复霜).
 */
export const REPAIR =
  /(?:将|对)[^，。；“”]{1,40}?(?:(?:进行)?(?:修复|修缮|返修)|进行维修)|(?:修复|修缮)好?(?:原告|被告|其|该|上述|前述|受损|损坏|被损|毁损)|予以(?:修复|修缮)|恢复原貌/;
/**
 * What a repair must achieve or how it is done: a target state (修复至不渗水, 恢复至原宽度), a test or acceptance,
 * the original design or material, a named specification. Naming the place repaired is not a standard.
 */
export const REPAIR_STANDARD = wordPattern('repair-standard');

/**
 * Where an item orders an obstruction removed or the original state restored: 排除妨碍、恢复原状 first, else the
 * removal itself (拆除、清除), else a repair (修复…). Clearing polluted land is a remediation, not a removal; 恢复原状费用
 * is money to pay, not a state to restore.
 */
export function orderedRemoval(item: ItemView): OrderedDuty | null {
  const remediation = REMEDIATION.test(item.text);
  const order =
    orderedDuty(item, OBSTRUCTION) ??
    (remediation ? null : (orderedDuty(item, REMOVAL) ?? orderedDuty(item, REPAIR)));
  return order && !namedAsCost(item, order.at) ? order : null;
}

// Environmental remediation

/**
 * A remediation cost paid in money (生态修复费用), or the fund it is paid into (生态环境修复基金专户), is a money order, not
 * a remediation duty.
 */
export const REMEDIATION_COST = /^(?:的)?(?:费用?|资金|基金|款|金|专户|账户)/;
export const REMEDIATION =
  /生态(?:环境)?修复|修复(?:生态|环境|植被|受损|林地|土壤)|恢复[^，。；]{0,6}(?:植被|林地|生态|地貌)|(?:污染|受损|破坏)[^，。；]{0,12}(?:进行)?(?:修复|治理)|恢复植被|植被恢复|补植|补种|复绿|复垦|(?:环境|污染)治理|治理(?:污染|环境)|清除污染|土壤修复|(?:林地|草原|草场|湿地|耕地|土壤)(?:进行)?(?:修复|治理)/;
/** How: what is planted or done, in what quantity, by which plan. */
export const REMEDIATION_MANNER = wordPattern('remediation-manner');
const REMEDIATION_STANDARD = wordPattern('remediation-standard');
/** A standard named only as "the relevant one" (达到相关标准, 符合有关要求): nothing the enforcement court can check. */
const UNNAMED_STANDARD = /(?:达到|符合)?(?:国家)?(?:相关|有关|相应)的?(?:标准|要求)/g;

/** The item states a standard the repaired site must meet, not merely "the relevant standard". */
export function remediationStandardStated(text: string): boolean {
  return REMEDIATION_STANDARD.test(text.replace(UNNAMED_STANDARD, ''));
}
export const REMEDIATION_ACCEPTANCE = wordPattern('acceptance');
/** What is paid if the work is not done: 逾期未修复的，承担修复费用X元. */
export const REMEDIATION_FALLBACK =
  /(?:逾期|未(?:按期|按时)?(?:履行|修复|完成|补植)|不履行|不能修复|无法修复)[^。]{0,40}?(?:承担|支付|赔偿|缴纳)|修复费用/;

// Continuing a contract

/** What is to be done under the contract, beyond naming it. */
export const PERFORMANCE_CONTENT = wordPattern('performance-content');
/** The contract itself (《装修工程施工合同》, 双方于…签订的…协议), which does not say what is to be done. */
export const CONTRACT_NAME = new RegExp(
  String.raw`《[^》]{1,40}》|[^，。；]{0,30}?签订的[^，。；]{0,20}?${alternation('contract')}|(?:该|上述|案涉|涉案|双方)?${alternation('contract')}`,
  'g',
);

const CONTRACT = wordPattern('contract');

/** What an order to continue a contract says beyond naming the contract. */
export interface ContinuedPerformance {
  /** The item names a contract or agreement at all (继续履行…调查处理职责 names none). */
  namesContract: boolean;
  /** It says what is to be done: an act, a sum or a quantity. */
  content: () => boolean;
  /** It says by when: a time limit (a date in the contract's name, 双方于2022年5月签订的…, is none). */
  timed: () => boolean;
}

export function continuedPerformance(item: TextView): ContinuedPerformance {
  const rest = item.text.replace(CONTRACT_NAME, '');
  return {
    namesContract: item.test(CONTRACT),
    content: () => PERFORMANCE_CONTENT.test(rest) || item.has('money') || item.has('quantity'),
    timed: () => item.has('deadline'),
  };
}
