import type { ItemView, TextView } from './item-view.js';
import { ITEM_NUMBER_PREFIX } from '../document/items.js';
import type { TextSpan } from '../document/span.js';
import { ESTATE_RANGE, liabilityRanges } from './duties/range.js';
import { AMOUNT_SLOT } from './lexicon.js';
import { BACK_REFERENCE, followedWithin } from '../lexicon/patterns.js';
import { wordPattern, words } from '../lexicon/index.js';
import { firstMention } from './agreement-sums.js';

/**
 * The suits that arise in enforcement (焦作山阳规定 第十八条第（四）、（五）项): third-party objections (执行异议之诉),
 * objections to a notarised debt instrument, to a distribution plan, and to changing or adding a party.
 */

/** Enforcement allowed or stopped: 不得执行…, 停止对…的执行, 准许执行…, 许可执行…. */
export const ENFORCEMENT_RULING =
  /不得执行|排除[^，。；]{0,60}?(?:强制)?执行|停止(?:对)?[^，。；]{0,60}?的?执行|(?:准许|许可|准予|可以)(?:继续)?执行|解除对[^，。；]{0,60}?的(?:查封|冻结|扣押)/;

/** What names a thing to enforce on: an address, a register or plate number, a share, an amount. */
export const IDENTIFIED_OBJECT =
  /[×Ｘ*＊]{2,}|\d{1,16}\s?(?:号|室|栋|幢|单元|楼)|证号|权证|产权证|不动产权|号牌|车牌|车架号|发动机号|账号|账户|尾号|[\d%]{1,16}\s?的?份额|\d{1,16}(?:\.\d{1,16})?\s?%|[二三四五六七八九十]分之[一二三四五六七八九]/;

/** A case number (（2023）桂0103执1234号) names the case, not the thing enforced on. */
export const CASE_NUMBER = /[（(〔]\d{4}[）)〕][^，。；（）()]{1,24}?号/g;

/** Back-references to an object named in an earlier item (上述房屋, 第一项所列, 该车辆 — not 该案). */
function refersToEarlierItem(text: string): boolean {
  return (
    BACK_REFERENCES.test(text) ||
    refersToItem(text) ||
    followedWithin(text, DEMONSTRATIVE, ENFORCEABLE_THINGS, DEMONSTRATIVE_REACH)
  );
}

const BACK_REFERENCES = wordPattern('back-reference');
/** 该 before what it points at (该车辆, 该处房屋). */
const DEMONSTRATIVE = ['该'];
const ENFORCEABLE_THINGS = words('enforceable-thing');
const DEMONSTRATIVE_REACH = 4;
const ITEM_DIGITS = new Set([...words('chinese-digit'), ...Array.from({ length: 10 }, (_, n) => String(n))]);

/** 第一项, 第2项: an item referred to by its number. */
function refersToItem(text: string): boolean {
  for (let at = text.indexOf('第'); at >= 0; at = text.indexOf('第', at + 1)) {
    let end = at + 1;
    while (end < text.length && ITEM_DIGITS.has(text.charAt(end))) end++;
    if (end > at + 1 && text.charAt(end) === '项') return true;
  }
  return false;
}

/** Movables inside an earlier object (上述房屋内的家具、家电等物品): the back-reference names their place, not them. */
export const CONTENTS_OF_EARLIER = new RegExp(
  String.raw`(?:${BACK_REFERENCE}|该)[^，。；]{0,8}?(?:内|中|里)的?[^，。；]{0,12}?(?:物品|财物|家具|家电|设备|货物|物资|动产)`,
);

/** Co-ownership held in an objection suit: 确认…为原告与第三人共同共有. */
export const CO_OWNERSHIP_HELD = new RegExp(`${ITEM_NUMBER_PREFIX}确认[^。；]{0,120}?共(?:同)?有`);

/** A dismissed claim (驳回原告停止执行的请求) rules on nothing to enforce. */
export const CLAIM_DISMISSED = new RegExp(`${ITEM_NUMBER_PREFIX}驳回`);

/** A share of co-owned property: 享有50%的份额, 各占二分之一, 按份. */
export const SHARE =
  /份额|\d{1,16}(?:\.\d{1,16})?\s?%|[二三四五六七八九十]分之[一二三四五六七八九]|各半|一半/;

/** Refusing to enforce a notarised debt instrument, in part on the ground that it was repaid. */
export const NOTARISED_PARTLY_REFUSED =
  /(?:部分|已(?:经)?(?:清偿|偿还|归还|履行))[^。；]{0,60}?不予执行|不予执行[^。；]{0,80}?(?:部分|已(?:经)?(?:清偿|偿还|归还))/;

/** A distribution plan annulled and sent back: 撤销…分配方案, 由执行部门重新制作. */
export const PLAN_ANNULLED =
  /撤销[^。；]{0,60}?分配方案|分配方案[^，。；]{0,10}?(?:予以)?撤销|(?:重新|另行)(?:制作|作出|制定)[^。；]{0,6}?分配方案/;
/** The court's own adjustment: 变更为, 调整为, 按…受偿…元. */
export const PLAN_ADJUSTED = /(?:变更|调整|更正|改)为|受偿|分配(?:给|予)?[^，。；]{0,30}?\d/;

/** Adding or changing a party in enforcement: 追加…为…被执行人. */
export const PARTY_ADDED = /(?:追加|变更)[^，。；]{1,60}?为[^，。；]{0,60}?(?:被执行人|执行义务人)/;
/** Before the addition: it is refused (不得追加, 不予变更, 驳回…追加…的请求). */
export const ADDITION_REFUSED = wordPattern('refusal');

/** The liability the added party bears: 在…范围内承担…责任, 对…债务承担连带清偿责任. */
function statesLiability(text: string): boolean {
  return (
    followedWithin(text, BEARS, LIABILITY, LIABILITY_REACH) ||
    followedWithin(text, SETTLES, DEBT_NAMED, DEBT_REACH)
  );
}

const BEARS = words('bear');
const LIABILITY = words('liability');
const LIABILITY_REACH = 12;
const SETTLES = words('settle');
const DEBT_NAMED = words('debt-named');
const DEBT_REACH = 30;

/** Adding or changing a party in enforcement (追加…为被执行人), unless the item refuses it; or null. */
export function partyAdded(item: TextView): TextSpan | null {
  const added = item.match(PARTY_ADDED);
  return added && !ADDITION_REFUSED.test(item.text.slice(0, added.start - item.start)) ? added : null;
}

/**
 * The added party's liability and its extent are stated: "在未缴出资150万元范围内承担补充赔偿责任", not "追加…为被执行人"
 * alone nor "在其抽逃出资范围内承担…责任" with no sum.
 */
export function addedLiabilityStated(item: TextView): boolean {
  // "在其未缴纳出资范围内承担补充赔偿责任" states the kind of liability but not its extent.
  const rangeWithoutSum =
    // A range of liability (在未缴出资150万元范围内), which needs its sum.
    item.text.includes('范围内') &&
    !item.has('money') &&
    !AMOUNT_SLOT.test(item.text) &&
    !heirsRangeOnly(item);
  return statesLiability(item.text) && !rangeWithoutSum;
}

/**
 * An added party whose liability has no extent, or null. range-liability/amount-missing leaves such a range to
 * parties-change/scope-missing.
 */
export function additionWithoutScope(item: TextView): TextSpan | null {
  const added = partyAdded(item);
  return added && !addedLiabilityStated(item) ? added : null;
}

/**
 * An heir made a party "在其继承的遗产范围内承担责任": the extent is the estate, which estate/scope-missing asks to be
 * named (a house, a sum), whether or not it carries a value.
 */
function heirsRangeOnly(item: TextView): boolean {
  const ranges = liabilityRanges(item);
  return ranges.length > 0 && ranges.every((range) => ESTATE_RANGE.test(range.text));
}

/** An item that adjusts the distribution plan itself, without annulling it, or undefined. */
export function planAdjustedElsewhere<T extends { text: string }>(orders: readonly T[]): T | undefined {
  return orders.find((item) => PLAN_ADJUSTED.test(item.text) && !PLAN_ANNULLED.test(item.text));
}

/** The clause names a thing to enforce on in its own words (not by 上述/该 referring to an earlier one). */
export function namesEnforcedObject(clause: TextView): boolean {
  return (
    clause.has('money') ||
    clause.has('area') ||
    clause.has('quantity') ||
    IDENTIFIED_OBJECT.test(clause.text.replace(CASE_NUMBER, ''))
  );
}

/**
 * "不得执行该车辆" is as definite as the earlier clause it points back to: the clause refers back (上述, 该车辆, 第一项 —
 * not to the things inside an earlier object) and a clause before it, in this order item or an earlier one, names a
 * thing to enforce on.
 */
export function pointsBackToNamed(clause: TextView, item: ItemView, orders: readonly ItemView[]): boolean {
  const own = clause.text.replace(CASE_NUMBER, '');
  if (!refersToEarlierItem(own) || CONTENTS_OF_EARLIER.test(own)) return false;
  const earlierItems = orders.slice(0, Math.max(orders.indexOf(item), 0));
  return (
    earlierItems.some((order) => order.clauses.some(namesEnforcedObject)) ||
    item.clauses.some((c) => c.start < clause.start && namesEnforcedObject(c))
  );
}

/** The clauses of an order item that allow or stop enforcement (不得执行…, 停止对…的执行), dismissals aside. */
export function enforcementRulings(item: ItemView): { clause: TextView; at: TextSpan }[] {
  return item.clauses.flatMap((clause) => {
    // Every ruling on enforcement names 执行 or 解除对…查封: most clauses are passed over without the pattern.
    if (!clause.text.includes('执行') && !clause.text.includes('解除对')) return [];
    const at = CLAIM_DISMISSED.test(clause.text) ? null : clause.match(ENFORCEMENT_RULING);
    return at ? [{ clause, at }] : [];
  });
}

/**
 * The clauses that refuse to enforce a notarised debt instrument in part, as repaid (已经清偿的部分不予执行),
 * pointing at 不予执行.
 */
export function notarisedRefusals(item: ItemView): { clause: TextView; at: TextSpan }[] {
  return item.clauses.flatMap((clause) => {
    // The instrument is named first: few clauses speak of a notarised one.
    if (!clause.text.includes('公证') || CLAIM_DISMISSED.test(clause.text)) return [];
    const refused = clause.match(NOTARISED_PARTLY_REFUSED);
    return refused ? [{ clause, at: firstMention(clause, '不予执行') ?? refused }] : [];
  });
}

/** Some order item allows or stops enforcement. */
export function rulesOnEnforcement(orders: readonly ItemView[]): ItemView | undefined {
  return orders.find((item) => enforcementRulings(item).length > 0);
}

/** Co-ownership held (确认…为原告与第三人共同共有). */
export function coOwnershipHeld(item: ItemView): boolean {
  return item.text.includes('共') && CO_OWNERSHIP_HELD.test(item.text);
}
