/**
 * 焦作山阳规定 第十八条第（二）项：判决交付、分割财产的，应明确财产的名称、权属、数量或数额、交付条件、方式、
 * 时间及逾期交付的责任。"婚后购置的家具、电器归原告所有" names no piece, "返还案涉车辆" names no car, and a return
 * with no time limit cannot be enforced on a date.
 */
import type { ItemView, TextView } from '../../src/language/item-view.js';
import type { TextSpan } from '../../src/document/span.js';
import { type ExampleText, defineRule } from '../../src/engine/rule.js';
import {
  ACT_TIME,
  CONCURRENT_PART,
  ALLOTMENT,
  BACK_REFERENCE,
  DOCUMENTS_GENERIC,
  EACH_KEEPS,
  GENERIC_GOODS,
  HELD_BY,
  LAND_OBJECT,
  NOTHING_TO_DIVIDE,
  REALTY,
  REALTY_LOCATED,
  REFERRED_THINGS,
  RELATIVE_TIME,
  SALVAGE,
  SECURITY_ENFORCEMENT,
  THING_DELIVERY,
  VEHICLE,
  VEHICLE_HANDOVER,
  VEHICLE_IDENTIFIED,
  allocationIn,
  deliveredObject,
  identifiesObject,
  namedByClassOnly,
  orderedDelivery,
  orderedTransfer,
  rolesIn,
  thingWord,
  withoutQualifyingReferences,
} from '../../src/language/duties/things.js';
import { DENIAL, MONEY_OBJECT, NOTHING_TO_ENFORCE, ON_DEFAULT } from '../../src/language/lexicon.js';
import { LISTED_BELOW, listedElsewhere, listedLines } from '../../src/language/lists.js';
import { closingPhrase, subItemLabelLength } from '../../src/language/clauses.js';
import { isTableRow } from '../../src/document/tables.js';

interface Gap {
  at: TextSpan;
  detail: string;
}

/** A table row naming only a class of goods ("2|电器|一批"): 一批 counts no piece. */
function classOnlyRow(line: TextView): boolean {
  return isTableRow(line.text) && GENERIC_GOODS.test(line.text) && !identifiesObject(line);
}

/** "X归Y所有" or "X平均分割" where X is only a class of goods (家具、家电, 现有夫妻共同财产). */
function vagueAllocation(item: ItemView, clause: TextView): Gap | null {
  const allocation = allocationIn(clause);
  if (!allocation || EACH_KEEPS.test(clause.text)) return null;
  const object = clause.sub(clause.start + subItemLabelLength(clause.text), allocation.start);
  // 双方无共同财产需要分割: the words that name the division say there is none.
  if (NOTHING_TO_DIVIDE.test(closingPhrase(object.text) + allocation.text)) return null;
  // The goods are listed elsewhere: 具体物品详见所附清单, 以附表为准.
  if (!namedByClassOnly(object) || listedElsewhere(clause.text)) return null;
  const detail = '财产的名称、数量';
  const whole = { at: item.sub(object.start, allocation.end), detail };
  // 下列财产归原告所有： and a list or table after it: the listed lines name the things.
  if (!LISTED_BELOW.test(object.text)) return whole;
  const listed = listedLines(item, allocation.end);
  if (!listed.some(identifiesObject)) return whole;
  const vagueRow = listed.find(classOnlyRow);
  return vagueRow ? { at: vagueRow, detail } : null;
}

/**
 * A house or a vehicle allotted (X归Y所有) that the item does not identify — a house by its address or title, a vehicle
 * by its plate — or that another party holds and nobody is ordered to hand over. `handedOver` tells whether the
 * operative part orders the thing delivered at all.
 */
function allotmentGap(
  item: ItemView,
  clause: TextView,
  described: DescribedThings,
  handedOver: boolean,
): Gap | null {
  const allotment = ALLOTMENT.exec(clause.text);
  if (!allotment || EACH_KEEPS.test(clause.text)) return null;
  const objectStart = Math.max(clause.start, item.bodyStart);
  const objectEnd = clause.start + allotment.index;
  if (objectEnd <= objectStart) return null;
  const object = clause.sub(objectStart, objectEnd);
  const at = item.sub(objectStart, objectEnd + allotment[0].length);
  // "上述房屋归原告所有": the house was described before.
  if (BACK_REFERENCE.test(object.text) && described.identify(object.text, object)) return null;
  const missing: string[] = [];
  const realty = REALTY.test(object.text) && !LAND_OBJECT.test(object.text);
  const vehicle = !realty && VEHICLE.test(object.text);
  if (realty && !REALTY_LOCATED.test(object.text)) missing.push('房屋的坐落、权属证号');
  if (vehicle && !VEHICLE_IDENTIFIED.test(object.text)) missing.push('车辆的号牌或识别代号');
  if ((vehicle || SALVAGE.test(object.text)) && !handedOver && !THING_DELIVERY.test(item.text)) {
    // Someone other than the one it is given to holds it: it has to change hands.
    const holder = HELD_BY.exec(object.text);
    const receiver = rolesIn(allotment[1] ?? allotment[2] ?? '');
    const otherHolds = holder !== null && !rolesIn(holder[0]).some((role) => receiver.includes(role));
    if (otherHolds || SALVAGE.test(object.text)) missing.push('交付人、交付时间和方式');
  }
  return missing.length > 0 ? { at, detail: missing.join('、') } : null;
}

const THING_WORDS = [...new Set(REFERRED_THINGS.map(thingWord))];

/**
 * The things the operative part has described so far (一、位于…302室的房屋归原告所有), so that "上述房屋" or "该房屋"
 * after them is identified. Kept as a set of words: looking back over every earlier clause would cost quadratic time.
 */
class DescribedThings {
  private readonly words = new Set<string>();
  private anything = false;

  add(view: TextView): void {
    if (!identifiesObject(view)) return;
    this.anything = true;
    for (const word of THING_WORDS) if (view.text.includes(word)) this.words.add(word);
  }

  /** Whether the back-reference in `named` points to a thing described earlier, or in `before` (same clause). */
  identify(named: string, before: TextView): boolean {
    const thing = BACK_REFERENCE.exec(named)?.[1];
    if (!thing) return false;
    // 上述财产, 上述物品: a class word points back to whatever was described (格力空调2台 as much as a house).
    if (GENERIC_GOODS.test(thing) || thing === '物') return this.anything || identifiesObject(before);
    const word = thingWord(thing);
    return this.words.has(word) || (before.text.includes(word) && identifiesObject(before));
  }
}

/**
 * A thing to hand over named only by back-reference or class, or handed over with no time. `described` holds what
 * the clauses before this one described.
 */
function deliveryGap(
  item: ItemView,
  clause: TextView,
  timed: boolean,
  described: DescribedThings,
): Gap | null {
  const verb = orderedDelivery(clause);
  if (!verb) return null;
  const object = deliveredObject(clause, verb);
  const head = object.text.slice(0, 30);
  // Money, land and documents have rules of their own.
  if (MONEY_OBJECT.test(head) || LAND_OBJECT.test(head) || DOCUMENTS_GENERIC.test(head)) return null;
  // "上述房屋的产权证书" hands over the certificate: a back-reference before 的 only qualifies the object.
  const named = withoutQualifyingReferences(object.text);
  const referred = BACK_REFERENCE.test(named);
  const identified = referred && described.identify(named, clause.sub(clause.start, object.start));
  // 上述财产 pointing back to described goods names them; 上述房屋及家具 still leaves the furniture unnamed.
  const rest = identified ? named.replace(BACK_REFERENCE, '') : object.text;
  // "将下列物品返还原告：" and a list or table under it: the listed lines name the things.
  const listed = LISTED_BELOW.test(object.text) && listedLines(item, clause.end).some(identifiesObject);
  const unnamed = !listed && (GENERIC_GOODS.test(rest) || (referred && !identified));
  if (!identifiesObject(object) && unnamed) {
    return { at: verb, detail: '交付财产的名称、数量' };
  }
  // A vehicle is told apart by its plate or frame number, not by whose it is (将其借用的原告的货车返还).
  if (
    !identified &&
    VEHICLE.test(head) &&
    !VEHICLE_IDENTIFIED.test(object.text) &&
    !identifiesObject(object)
  ) {
    return { at: verb, detail: timed ? '车辆的号牌或识别代号' : '车辆的号牌或识别代号、交付时间' };
  }
  if (timed) return null;
  if (identifiesObject(object)) return { at: verb, detail: '交付时间' };
  // 将原告小型轿车返还原告: a thing neither counted nor marked, nor timed. A sum refunded (预交的受理费100元予以退还)
  // is no thing.
  return clause.has('money') ? null : { at: verb, detail: '交付财产的数量或识别信息、交付时间' };
}

/** An order to register a transfer of title with no time for it. */
function transferGap(clause: TextView, timed: boolean): Gap | null {
  if (timed) return null;
  // 过户费用由原告负担 settles a cost; only 办理…过户 and 过户至…名下 order the transfer.
  const transfer = orderedTransfer(clause);
  return transfer ? { at: transfer, detail: '办理过户登记的时间' } : null;
}

/** The first gap of a clause, if it orders a delivery, a division or a transfer at all. */
function clauseGap(
  item: ItemView,
  clause: TextView,
  timed: boolean,
  described: DescribedThings,
  handedOver: boolean,
): Gap | null {
  if (NOTHING_TO_ENFORCE.test(clause.text) || DENIAL.test(clause.text)) return null;
  if (SECURITY_ENFORCEMENT.test(clause.text) || ON_DEFAULT.test(clause.text)) return null;
  const clauseTimed = timed || ACT_TIME.test(clause.text);
  return (
    vagueAllocation(item, clause) ??
    allotmentGap(item, clause, described, handedOver) ??
    deliveryGap(item, clause, clauseTimed, described) ??
    transferGap(clause, clauseTimed)
  );
}

/** A divorce judgment whose second item gives the plaintiff the property listed in a table (its Markdown rows). */
function divorceWithTable(table: string): ExampleText {
  return {
    judgment: {
      cause: '离婚纠纷',
      plaintiff:
        '李雪，女，1988年7月21日出生，汉族，住河南省焦作市山阳区人民路16号，公民身份号码410811198807210021',
      defendant:
        '杨斌，男，1986年3月5日出生，汉族，住河南省焦作市山阳区太行中路88号，公民身份号码410811198603050011',
      facts: '原、被告于2012年登记结婚，婚后购置了下列财产。',
      reasoning: '原、被告感情确已破裂，共同财产应予分割。',
      items: [
        '一、准予原告李雪与被告杨斌离婚；',
        `二、下列夫妻共同财产归原告李雪所有：\n\n${table}`,
        '三、驳回原告李雪的其他诉讼请求。',
      ],
    },
  };
}

/** A judgment ordering the defendant to hand back the things listed in a table under its first item. */
function returnWithTable(table: string): ExampleText {
  return {
    judgment: {
      cause: '返还原物纠纷',
      plaintiff:
        '周敏，女，1979年4月2日出生，汉族，住河南省焦作市解放区建设路9号，公民身份号码410802197904020026',
      defendant:
        '韩涛，男，1981年9月15日出生，汉族，住河南省焦作市山阳区丰收路33号，公民身份号码410811198109150017',
      facts: '原告搬离时将其所有的物品存放于被告处，被告拒不返还。',
      reasoning: '被告无权占有原告之物，应当返还。',
      items: [
        `一、被告韩涛于本判决生效之日起十日内在其住所将下列物品返还原告周敏：\n\n${table}`,
        '二、驳回原告周敏的其他诉讼请求。',
      ],
    },
  };
}

export default defineRule({
  id: 'property/terms-missing',
  name: '交付、分割财产未写明名称、数量或交付时间',
  category: 'property.terms',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（二）项',
    quote: '交付、分割财产的，应明确财产名称、权属、数量或者数额、交付条件、交付方式、交付时间、逾期责任等',
  },
  message: '判令交付或分割财产，但未明确',
  suggestion:
    '写明财产和期限，如“被告于本判决生效之日起十日内将黑色丰田卡罗拉小型轿车一辆（号牌豫H3K6M1）及该车钥匙两把交付原告”',
  examples: {
    valid: [
      // The handover falls due with the other side's payment, whose date is stated.
      '一、原告于2025年3月31日前向被告支付购房尾款80000元；\n二、原告付清购房尾款之时，被告将焦作市山阳区丰收路12号院3号楼2单元401室房屋钥匙两把交付原告。',
      // Nothing to divide is ordered.
      { items: '四、双方婚后不存在共同财产及共同债务需要分割。', kind: 'mediation' },
      '四、被告于本判决生效之日起十日内将原告婚前个人所有的黑色丰田卡罗拉小型轿车一辆（号牌豫H3K6M1）及该车行驶证、钥匙两把交付原告；',
      '五、位于焦作市山阳区人民路16号1单元302室的房屋（建筑面积96.5平方米）归原告所有，原告于本判决生效之日起三十日内支付被告房屋折价款260000元。',
      '六、海尔牌冰箱一台、格力牌空调两台、实木沙发一套归原告所有，由被告于本判决生效之日起十日内交付原告。',
      // 上述财产 points back to the goods the item before named and counted.
      '二、格力空调2台、海尔冰箱1台归原告李雪所有；\n三、被告杨斌于本判决生效之日起十日内将上述财产交付原告李雪。',
      '三、现有家庭财产各持归各自所有。',
      '四、夫妻共同存款64000元由原、被告各分得32000元，被告于本判决生效之日起十日内将其中32000元支付原告。',
      '二、被告于本判决生效之日起十日内返还原告彩礼款50000元。',
      // Timed by another duty: the keys go back with the shop, the registration follows the car.
      '三、被告于腾退商铺时将商铺钥匙三把、门禁卡两张交还原告。',
      '二、被告于交付车辆之日起十五日内协助原告办理上述车辆的转移登记手续，过户费用由被告负担。',
      '二、被告自房屋交付使用之日起90日内将上述房屋的房屋产权登记证书交付原告。',
      '四、超市内的货架、冷柜、收银设备及库存商品归被告所有（具体物品以双方当庭确认的《超市财产清点清单》为准）。',
      // The house is described before it is referred to, in an earlier item or earlier in the same one.
      '一、位于焦作市山阳区人民路16号1单元302室的房屋归原告所有；\n二、被告于本判决生效之日起三十日内将上述房屋交付原告。',
      '三、被告于2025年8月31日前搬离位于焦作市解放区民主路北段12号院3号楼2单元401室的房屋，并将该房屋及钥匙交还原告。',
      '（一）位于焦作市山阳区民主路100号3-2号的房屋（建筑面积75.2平方米）由原告何建国分得；',
      // A car allotted to the party who does not drive it, with its handover ordered.
      '三、登记在被告名下的白色大众朗逸小型轿车一辆（号牌豫H8C27Q）归原告所有，被告于本判决生效之日起十日内将该车及行驶证、钥匙两把交付原告。',
      // The car stays with the one who uses it: nothing changes hands.
      '三、被告使用的长城哈弗越野车（号牌冀A5R3N8）归被告所有。',
      // The property is listed in a table right after the allocation; its header's 序号 and 财产 name no thing.
      divorceWithTable(
        '| 序号 | 财产名称 | 位置/特征 |\n|---|---|---|\n| 1 | 住宅一套（建筑面积96.5平方米） | 焦作市山阳区人民路16号1单元302室 |\n| 2 | 小型轿车一辆 | 黑色丰田卡罗拉，号牌豫H3K6M1 |',
      ),
      divorceWithTable(
        '| 序号 | 财产名称 | 数量 |\n|---|---|---|\n| 1 | **格力空调** | 2台 |\n| 2 | 海尔冰箱 | 1台 |\n| 3 | 实木沙发 | 1套 |',
      ),
      // Things to hand back listed in a table under the order: the rows name and count them.
      returnWithTable(
        '| 序号 | 物品名称 | 特征 | 数量 |\n|---|---|---|---|\n| 1 | 雅马哈电钢琴 | 黑色，型号P-125 | 1台 |\n| 2 | 樟木箱 | 长80厘米 | 2个 |',
      ),
    ],
    invalid: [
      // A vehicle named by whose it is, with a time but neither plate nor frame number.
      {
        code: '二、被告白永刚于本判决生效之日起十日内将其借用的原告任晓东的货车返还原告任晓东。',
        at: '返还原告',
      },
      { code: '五、婚后购置的家具、电器归原告所有；', at: '婚后购置的家具、电器归原告所有' },
      // A car neither counted nor marked, returned with no time.
      { code: '一、被告王志强将其占有的原告小型轿车返还原告李淑芬。', at: '返还' },
      // A table under the order that names no thing.
      {
        code: returnWithTable('| 序号 | 物品 |\n|---|---|\n| 1 | 家具 |\n| 2 | 衣物 |'),
        at: '返还原告周敏：',
      },
      {
        // A confirmation ruling quotes the agreement after 达成了如下调解协议：; its terms are what is performed.
        code: {
          document: `# 福建省厦门市思明区人民法院

## 民事裁定书

（2024）闽0203民特1186号

申请人：陈美玲，女，1986年1月13日出生，汉族，住福建省厦门市湖里区江头北路55号1801室，公民身份号码350206198601133841。

申请人：林国栋，男，1973年8月11日出生，汉族，住福建省厦门市思明区厦禾路862号2203室，公民身份号码350203197308112730。

本院于2024年9月2日受理了申请人陈美玲、林国栋关于司法确认调解协议的申请，并依法进行了审查。现已审查终结。

申请人陈美玲、林国栋于2024年8月26日经厦门市思明区梧村街道人民调解委员会主持调解，达成了如下调解协议：

一、林国栋于2024年9月30日前通过银行转账向陈美玲返还借款80000元；

二、林国栋将其所有的小型轿车一辆交付给陈美玲，抵偿剩余借款50000元。

本院经审查认为，申请人达成的调解协议，符合司法确认调解协议的条件。依照《中华人民共和国民事诉讼法》第二百零六条、第二百零七条规定，裁定如下：

申请人陈美玲与林国栋于2024年8月26日经厦门市思明区梧村街道人民调解委员会主持达成的调解协议有效。

当事人应当按照调解协议的约定自觉履行义务。一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院申请执行。

审判员　吴晓红

二〇二四年九月十日
`,
        },
        at: '交付给陈美玲',
      },
      // 分家析产 wording: 由…分得.
      {
        code: '（四）父母遗留的家具、电器等其他物品由被告何建军分得；',
        at: '父母遗留的家具、电器等其他物品由被告何建军分得',
        alsoReports: ['vague/wording'],
      },
      { code: '二、被告于本判决生效之日起十日内返还原告案涉车辆。', at: '返还' },
      // The house is described, the furniture handed over with it is not.
      {
        code: '一、位于焦作市山阳区人民路16号1单元302室的房屋（建筑面积96.5平方米）归原告所有；\n二、被告于本判决生效之日起十日内将上述房屋及家具交付原告。',
        at: '交付',
      },
      {
        code: '三、婚姻关系存续期间的其他共同财产由原、被告平均分割。',
        at: '婚姻关系存续期间的其他共同财产由原、被告平均分割',
      },
      {
        code: '五、原、被告婚姻关系存续期间的共同存款由双方平均分割。',
        at: '原、被告婚姻关系存续期间的共同存款由双方平均分割',
      },
      { code: '三、被告返还原告金项链一条、金手镯一只。', at: '返还' },
      // A house counted but not located: which flat, at which address, under which title?
      { code: '二、婚后购买的商品房一套（建筑面积89平方米）归被告所有；', at: '婚后购买的商品房' },
      // The plaintiff drives the car given to the defendant, and nobody is told to hand it over.
      { code: '三、原告使用的长城哈弗越野车（号牌冀A5R3N8）归被告所有。', at: '原告使用的' },
      // The wreck goes to the insurer that paid for the car; who brings it, when and where is not said.
      { code: '四、事故车辆的残值归被告某保险公司所有。', at: '事故车辆的残值' },
      { code: '四、被告协助原告办理B2-047号地下车位的过户登记。', at: '过户' },
      { code: '二、被告将存放于其临时仓库的钢管3000米返还原告。', at: '返还' },
      { code: '二、被告于本判决生效之日起十五日内返还原告剩余木模板等建筑材料。', at: '返还' },
      // 下列 announces a list that never follows.
      { code: '五、下列夫妻共同财产归原告所有。', at: '下列夫妻共同财产归原告所有' },
      // The rows name classes of goods, and 一批 counts no piece; a row number is no quantity.
      {
        code: divorceWithTable(
          '| 序号 | 财产名称 | 数量 |\n|---|---|---|\n| 1 | 家具 | 一批 |\n| 2 | 电器 | 一批 |',
        ),
        at: '下列夫妻共同财产归原告李雪所有',
      },
      // One row of a table that otherwise names and counts its things.
      {
        code: divorceWithTable(
          '| 序号 | 财产名称 | 数量 |\n|---|---|---|\n| 1 | 格力空调 | 2台 |\n| 2 | 电器 | 一批 |',
        ),
        at: '2 | 电器 | 一批',
      },
    ],
  },
  check({ document, reading, report }) {
    if (document.kind.category === '刑事' || document.kind.category === '行政') return;
    const described = new DescribedThings();
    const items = reading.orders;
    // A vehicle allotted in one item may be handed over in another (将上述车辆交付原告): counted once, not per item.
    const handovers = items.filter((item) => VEHICLE_HANDOVER.test(item.text)).length;
    for (const item of items) {
      const timed = item.has('deadline') || RELATIVE_TIME.test(item.text) || reading.sharedDeadlineFor(item);
      // A part timing what follows it by the other side's performance (…付清购房款的同时，被告…) times the rest.
      const concurrent = item.text.search(CONCURRENT_PART);
      const timedFrom = concurrent < 0 ? Infinity : item.start + concurrent;
      const handedOver = handovers - (VEHICLE_HANDOVER.test(item.text) ? 1 : 0) > 0;
      let reported = false;
      for (const clause of item.clauses) {
        const gap = reported
          ? null
          : clauseGap(item, clause, timed || timedFrom < clause.end, described, handedOver);
        described.add(clause);
        if (gap) {
          report({ at: gap.at, item, detail: gap.detail });
          reported = true;
        }
      }
    }
  },
});
