/**
 * Things to hand over (焦作山阳规定 第十八条第（二）项): property, land and water, documents, and what answers them —
 * the price or refund of a mutual exchange, the substitute for a lost object.
 */
import type { ItemView, TextView } from '../item-view.js';
import type { TextSpan } from '../../document/span.js';
import { alternation, wordAt, wordPattern, words } from '../../lexicon/index.js';
import { CHINESE_DIGITS } from '../../lexicon/patterns.js';
import { isOneOf } from '../../document/characters.js';
import { DENIAL, NOTHING_TO_ENFORCE } from '../lexicon.js';

/** A specific object named in words: an address, a certificate, a registration or serial number, a title. */
export const SPECIFIC_OBJECT = wordPattern('object-identification');

// Delivering or dividing property

/** Verbs that hand a thing over. */
export const THING_DELIVERY = wordPattern('handover');
/** Goods named only by a class word. */
export const GENERIC_GOODS = wordPattern('generic-goods');
/** What a back-reference may point to (上述房屋, 该车辆). */
export const REFERRED_THINGS = words('referred-thing');
/** A back-reference instead of a description: 案涉车辆, 上述设备, 租赁物; group 1 is the thing referred to. */
export const BACK_REFERENCE = new RegExp(
  `${alternation('case-reference')}(${alternation('referred-thing')})|${alternation('thing-by-role')}`,
);
/** Security rights over property (质押的…股票折价…优先受偿; 超过债权数额的部分归…所有): no delivery is ordered. */
export const SECURITY_ENFORCEMENT = wordPattern('security-right');
/**
 * A time counted from another act (支付完毕后三十日内, 收到折价款之日起十日内). Every such time is a deadline too (a period
 * counted from an event); where the deadline of a view is asked for as well, this adds nothing.
 */
export const RELATIVE_TIME = new RegExp(
  String.raw`(?:后|之日起|之日后)[^，。；]{0,4}?[\d${CHINESE_DIGITS}]+\s?(?:个)?${alternation('period-unit')}${alternation('within')}`,
);
/**
 * A time set by another act (于腾退房屋时, 于收到价款之日起, 待过户完成后): the duty falls due with it. Not where 于
 * is part of a word (位于, 存放于, 用于) nor 时 (临时仓库, 及时).
 */
export const ACT_TIME =
  /(?<![位属等鉴基关对由至放置用处归在存限])(?:于|待)[^，。；]{1,30}?(?:之日起|之日|(?<![临及按准届随实小])时(?![间期段])|之后|后|同时)/;
/**
 * A part that times what follows it by the other side's performance: 原告付清剩余购房款的同时，被告协助原告办理过户手续
 * (the transfer falls due with the payment).
 */
export const CONCURRENT_PART = wordPattern('concurrent-part');
/**
 * The spans (matches, tokens) of a clause that lie outside the time of another act: in "罗德明于冉光荣返还上述土地之日起
 * 十日内返还转让款" the land is the condition of the refund, not a thing this clause hands over.
 */
export function outsideActTimes<T extends { start: number; end: number }>(
  clause: TextView,
  found: readonly T[],
): T[] {
  const times = clause.matchAll(ACT_TIME);
  let time = 0;
  // Both run in text order: one pass over the times, however many spans the clause holds.
  return found.filter((span) => {
    while ((times[time]?.end ?? Infinity) < span.end) time++;
    const within = times[time];
    return !within || within.start > span.start;
  });
}

/** Houses and other real estate given to a party, which only an address or a title certificate identifies. */
export const REALTY = wordPattern('realty');
/** Where a house lies or which title it has: 位于…号…室, 坐落, 不动产权证号, 村…组. */
export const REALTY_LOCATED = wordPattern('realty-location');
/** Motor vehicles, which a plate or identification number names. */
export const VEHICLE = new RegExp(`${alternation('vehicle')}|(?<![停电马])车(?![位库间棚辆])`);
export const VEHICLE_IDENTIFIED = wordPattern('vehicle-identification');
/**
 * A thing allotted by its value (车辆残值归保险公司享有): the wreck passes to the one who paid for it and must be handed
 * over by whoever holds it.
 */
export const SALVAGE = wordPattern('salvage');
/** Giving a house or a vehicle to a party: 归原告所有, 归保险公司享有, 由被告分得; the group is who receives it. */
export const ALLOTMENT = /归([^，。；]{1,40}?)(?:所有|享有|使用)|由([^，。；]{1,40}?)分得/;
/** An order handing over a vehicle or its wreck (将上述车辆交付原告), which may stand in another item. */
export const VEHICLE_HANDOVER = new RegExp(
  `(?:${VEHICLE.source}|${SALVAGE.source})[^。；]{0,30}?(?:${THING_DELIVERY.source})|(?:${THING_DELIVERY.source})[^。；]{0,30}?(?:${VEHICLE.source}|${SALVAGE.source})`,
);
/** The party holding or registered for the thing: 登记在原告名下, 被告占有的, 现由原告使用. */
export const HELD_BY = new RegExp(
  `${alternation('procedural-role')}[^，。；]{0,8}?${alternation('held-by')}`,
);

/** Registering the transfer of title (协助原告办理房屋过户登记手续, 过户至原告名下). */
export const TITLE_TRANSFER = wordPattern('title-transfer');
/** Declarations that order nothing: 各自所有, 各持归各自所有. */
export const EACH_KEEPS = wordPattern('each-keeps');
/**
 * A statement that there is nothing to divide (双方无共同财产、共同债务需要分割, 婚后无共同财产可供分割, 不存在需要分割
 * 的共同财产): it names the word 分割 but orders nothing.
 */
export const NOTHING_TO_DIVIDE =
  /(?:无|没有|不存在|未形成)[^，。；]{0,24}?(?:需要|需|要|可供|可以|予以|待)分割|无(?:需|须)分割/;

/**
 * What a delivery verb hands over: the words between 将 and the verb (将挖掘机一台返还原告), else the words after it
 * (返还原告金项链一条), up to the end of the clause.
 */
export function deliveredObject(clause: TextView, verb: TextSpan): TextView {
  const before = clause.text.slice(0, verb.start - clause.start);
  const jiang = before.lastIndexOf('将');
  if (jiang !== -1 && verb.start - (clause.start + jiang) <= 80)
    return clause.sub(clause.start + jiang + 1, verb.start);
  return clause.sub(verb.end, clause.end);
}

/** Its kind, make, size or colour, a name in quotes or a title, a count, an attached list. */
const OBJECT_DESCRIBED = wordPattern('object-description');

/** An object described well enough to be found: a quantity, an area, a sum, an address or number, a title. */
export function identifiesObject(object: TextView): boolean {
  return (
    object.has('quantity') ||
    object.has('area') ||
    object.has('money') ||
    SPECIFIC_OBJECT.test(object.text) ||
    OBJECT_DESCRIBED.test(object.text)
  );
}

// Land and water surface

export const LAND_OBJECT = wordPattern('land');
/** Words after a land word that make it something else: 土地证, 土地补偿款, 土地承包经营权证. */
export const LAND_NOT_OBJECT =
  /^(?:[^，。；]{0,8}?(?:证|证书|款|补偿|租金|费|合同|协议|收益)|上(?:的)?(?:房屋|建筑|附着物|建))/;
export const LAND_DELIVERY = wordPattern('handover', 'land-handover');
/**
 * Dividing or allotting land between parties: 平均分割, 由原告分得, 各耕种一半, 由被告耕种西半部分, 归原告承包经营.
 * Each share must be staked out as a delivered plot is.
 */
export const LAND_DIVISION =
  /分割|分得|各(?:自)?(?:耕种|经营|承包|使用)|由[^，。；]{1,24}?(?:耕种|承包经营|经营|使用)|归[^，。；]{1,24}?(?:承包经营|耕种|经营|使用)/;
export const LAND_LOCATION = wordPattern('place-marker');
/** Four boundaries or a plan in their stead. */
export const FOUR_BOUNDARIES = wordPattern('four-boundaries');

// Documents to hand over

/** Documents named only by a collective word: 竣工资料, 相关资料, 全部档案, 证件 — not goods (建筑材料, 装修材料). */
export const DOCUMENTS_GENERIC =
  /(?:竣工|验收|工程|技术|施工|档案|财务|全部|相关|有关|所有|案涉|涉案)?(?:资料|档案|(?<!建筑|装修|装饰|施工|原|辅)材料|文件|证照|证件|单据|票据)/;
export const DOCUMENTS_HANDOVER = wordPattern('handover', 'documents-handover');

/** A title in 《》, a list of contents or an attached list. */
const DOCUMENTS_LISTED = wordPattern('document-list-marker');
/** A list of named documents: 竣工图、隐蔽工程验收记录、材料合格证 … */
const DOCUMENT_IN_LIST = words('document-kind').map((kind) => `${kind}、`);

/**
 * Whether the documents to hand over are named or counted (竣工图二套, 一式三份, 《验收报告》, 详见所附清单), not just
 * a class. Names closed by 等 before the class (施工日志、验收记录等竣工资料) leave the rest of the class open.
 */
export function documentsSpecified(object: TextView): boolean {
  if (object.has('quantity') || DOCUMENTS_LISTED.test(object.text)) return true;
  const openList = object
    .matchAll(DOCUMENTS_GENERIC)
    .some((d) => object.text.slice(0, d.start - object.start).endsWith('等'));
  return !openList && DOCUMENT_IN_LIST.some((listed) => object.text.includes(listed));
}

// Substitute performance

/** The facts say the object can no longer be handed over. */
export const OBJECT_LOST = wordPattern('object-lost');
/** The item names what happens if the object cannot be handed over. */
export const SUBSTITUTE = wordPattern('substitute');

/**
 * What a substitute is worth or how to value it (218000元, 按评估价值, 按购买价格): "不能返还的，折价赔偿" names the way
 * but leaves its content to be fought over in enforcement.
 */
export const SUBSTITUTE_VALUE = wordPattern('substitute-value');

// Mutual obligations

/** The price of a thing (价款, 购车款, 转让款); not 折价款, which settles a division. */
const PRICE = String.raw`(?<!折)价款|购[^，。；]{0,4}款|车款|房款|转让款`;
/**
 * Money that answers the return of a thing: a security or price refunded (退还押金, 返还购车款), or the price of a
 * thing delivered in exchange paid (支付购车款余款, 给付转让款).
 */
export const REFUND_OR_PRICE = new RegExp(
  String.raw`(?:退还|返还|退回|归还)[^，。；]{0,30}?(?:押金|定金|保证金|${PRICE}|货款|首付款|租金|预付款)|(?:支付|给付|付清)[^，。；]{0,30}?(?:${PRICE}|余款|尾款)`,
);
/** Words that fix the order of performance between the two sides (同时, 于收回上述商铺之日起十日内). */
export const PERFORMANCE_ORDER =
  /同时|(?:收到|收回|接收|取回)[^，。；]{0,30}?(?:后|之日起)|(?:返还|交还|退还|腾退|交付|归还|付清|支付|退回|过户|登记|办理|交接|验收)(?:登记|手续)?(?:完毕|完成|完结)?(?:后|之后|之日起|当日|当天)|先行|互为条件|对待给付|履行完[^，。；]{0,12}?(?:后|之后|之日起)|以[^，。；]{0,20}为前提|在[^，。；]{0,20}后|待[^，。；]{0,30}?后/;

/**
 * A fallback that settles a thing not handed back against the money refunded (如…无法返还…，则在应退货款中扣除相应
 * 价款): the refund is owed net of what comes back, so neither side has to wait for the other.
 */
export const RETURN_SET_OFF =
  /(?:无法|不能|未能|未)(?:返还|交还|退还|退回|归还)[^。；]{0,60}?(?:中|内)(?:予以)?(?:扣除|抵扣|折抵|冲抵)/;

const ROLE = new RegExp(alternation('procedural-role'), 'g');

/** The procedural roles in a clause in order, with "（反诉被告）" after a role dropped. */
export function rolesIn(text: string): string[] {
  const plain = text.replace(/[（(](?:反诉|本诉)?[原被]告[）)]|[（(]反诉[原被]告[^）)]*[）)]/g, '');
  return [...plain.matchAll(ROLE)].map((m) => m[0]);
}

/** "将上述土地返还原告", "该承包地": land named by pointing back to an earlier item. */
const POINTS_BACK_TO_LAND = wordAt('end', 'back-reference', 'demonstrative');

/** Whether the land at `land` (a match of LAND_OBJECT in the item) is named by pointing back (上述土地, 该承包地的). */
export function landPointsBack(item: TextView, land: TextSpan): boolean {
  const before = item.text.slice(0, land.start - item.start);
  return POINTS_BACK_TO_LAND.test(before.endsWith('的') ? before.slice(0, -1) : before);
}

/**
 * The land a clause of the item orders something done with: the first not named as the time of another act
 * (于冉光荣返还上述土地之日起…), nor the start of another thing (土地证, 土地补偿款, 土地上的房屋).
 */
function landIn(item: TextView, clause: TextView): TextSpan | undefined {
  return outsideActTimes(clause, clause.matchAll(LAND_OBJECT)).find(
    (m) => !LAND_NOT_OBJECT.test(item.text.slice(m.end - item.start)),
  );
}

/**
 * The first clause of an order item that hands over or divides land or water (将“河滩地”耕地1.5亩返还原告, 责任田由双方
 * 平均分割): the verb, the clause, and the text that must describe the land — the clause for a delivery; for a division
 * the rest of the item, where the shares are staked out (原告分得东侧2亩（东至…）). Dismissed and denied clauses do not
 * count, nor land or verbs that only time another act.
 */
export function landHandover(item: ItemView): { at: TextSpan; clause: TextView; scope: TextView } | null {
  for (const clause of item.clauses) {
    if (NOTHING_TO_ENFORCE.test(clause.text) || DENIAL.test(clause.text)) continue;
    const land = landIn(item, clause);
    const delivery = outsideActTimes(clause, clause.matchAll(LAND_DELIVERY))[0];
    const verb = delivery ?? outsideActTimes(clause, clause.matchAll(LAND_DIVISION))[0];
    if (!land || !verb) continue;
    return { at: verb, clause, scope: delivery ? clause : item.sub(clause.start, item.end) };
  }
  return null;
}

/** Whether a text describes land with its location, area and four boundaries (or a plan in their stead). */
export function landDescribed(text: TextView): boolean {
  return (
    LAND_OBJECT.test(text.text) &&
    LAND_LOCATION.test(text.text) &&
    text.has('area') &&
    (text.find('boundary').length >= 2 || FOUR_BOUNDARIES.test(text.text))
  );
}

/**
 * Whether the land a clause of the item hands over is named by pointing back (将上述土地返还原告) to land that one of
 * the `earlier` items describes in full.
 */
export function landDescribedEarlier(
  item: TextView,
  clause: TextView,
  earlier: readonly TextView[],
): boolean {
  const land = landIn(item, clause);
  return land !== undefined && landPointsBack(item, land) && earlier.some(landDescribed);
}

// Allocating and handing over property: the readings property/terms-missing asks for

/** Giving property to a party (归原告所有, 由被告分得) or splitting it (平均分割, 各分得一半). */
const ALLOCATION =
  /归[^，。；]{1,24}?所有|(?:平均|均等|依法|各半)?分割(?![款费金])|(?:各|由[^，。；]{1,24}?)分得|平分/;

/** Where a clause gives property to a party or splits it (X归Y所有, X平均分割), or null. */
export function allocationIn(clause: TextView): TextSpan | null {
  return clause.match(ALLOCATION);
}

const POOLED_FUNDS = wordPattern('pooled-funds');

/** Whether an object is named by class alone: goods (家具、家电) or funds (共同存款), not identified otherwise. */
export function namedByClassOnly(object: TextView): boolean {
  return (GENERIC_GOODS.test(object.text) || POOLED_FUNDS.test(object.text)) && !identifiesObject(object);
}

/** A delivery that only names the moment of another duty: 于腾退商铺时, 于交付车辆之日起十五日内. */
const DELIVERY_AS_TIME = new RegExp(
  `(?:于|自|待)[^，。；将]{0,8}?(?:${THING_DELIVERY.source})[^，。；将]{0,20}?(?:之日起|之日|时|之后|后)`,
  'g',
);

/** The first verb of a clause that orders a thing handed over, not one that only times another duty; or undefined. */
export function orderedDelivery(clause: TextView): TextSpan | undefined {
  const asTime = clause.matchAll(DELIVERY_AS_TIME);
  return clause
    .matchAll(THING_DELIVERY)
    .find((v) => !asTime.some((t) => t.start <= v.start && v.end <= t.end));
}

/** A back-reference that only qualifies what follows 的 (上述房屋的产权证书 hands over the certificate). */
const BACK_REFERENCE_MODIFIER = new RegExp(`(?:${BACK_REFERENCE.source})的`, 'g');

/** An object's words without the back-references that only qualify it (上述房屋的产权证书 → 产权证书). */
export function withoutQualifyingReferences(text: string): string {
  return text.replace(BACK_REFERENCE_MODIFIER, '');
}

/** A cost of the transfer right after it (过户费用, 过户税费): it settles who pays, it orders no transfer. */
const COST_AFTER_TRANSFER = /^[^，。；]{0,4}?(?:费|税)/;
const ORDERED_BEFORE_TRANSFER = /办理[^，。；]{0,40}$/;
const TRANSFERRED_TO = wordAt('start', 'transferred-to');

/** Where a clause orders a transfer of title registered (办理…过户, 过户至…名下), or null (过户费用由原告负担). */
export function orderedTransfer(clause: TextView): TextSpan | null {
  const transfer = clause.match(TITLE_TRANSFER);
  if (!transfer) return null;
  const before = clause.text.slice(0, transfer.start - clause.start);
  const after = clause.text.slice(transfer.end - clause.start);
  if (COST_AFTER_TRANSFER.test(after)) return null;
  if (!ORDERED_BEFORE_TRANSFER.test(before) && !TRANSFERRED_TO.test(after)) return null;
  return transfer;
}

/** The word a thing is known by: a car or a house may be named by another word for it (轿车, 房产). */
export function thingWord(thing: string): string {
  return thing.startsWith('车') || thing.startsWith('房') ? thing.charAt(0) : thing;
}

/** Providing documents for inspection or copying (提供…供查阅): books/terms-missing's, not a handover. */
const INSPECTION = wordPattern('inspection');

/**
 * The first clause of an item that hands over documents named only by their kind or not (移交竣工资料, 交还公章、营业执照
 * 等证照): the documents' word, the clause and what is handed over. Clauses that dismiss, deny or order an inspection
 * (提供…供查阅, books/terms-missing's) do not count, nor a verb that qualifies a noun (交付的资料).
 */
export function documentsHandover(
  item: ItemView,
): { at: TextSpan; clause: TextView; scope: TextView } | null {
  for (const clause of item.clauses) {
    if (NOTHING_TO_ENFORCE.test(clause.text) || DENIAL.test(clause.text) || INSPECTION.test(clause.text)) {
      continue;
    }
    const verb = clause.match(DOCUMENTS_HANDOVER);
    if (!verb || item.text[verb.end - item.start] === '的') continue;
    const object = deliveredObject(clause, verb);
    // 材料款 is money; 该车辆及全部证件 are the papers of the vehicle handed over with it.
    const documents = object
      .matchAll(DOCUMENTS_GENERIC)
      .find((d) => !isOneOf(item.text[d.end - item.start], MONEY_SUFFIXES));
    if (documents && !accompaniesThing(object, documents)) return { at: documents, clause, scope: object };
  }
  return null;
}

/** The characters that make a documents word the name of a sum (材料款, 资料费). */
const MONEY_SUFFIXES = '款费';

/** Whether documents are handed over with a vehicle or a house named before them, as its papers (该车辆及全部证件). */
function accompaniesThing(object: TextView, documents: TextSpan): boolean {
  const before = object.text.slice(0, documents.start - object.start);
  return VEHICLE.test(before) || REALTY.test(before);
}
