/**
 * Named readings of the language stage: what a stretch of an item states (a visiting time, a remediation standard,
 * a rate agreed by contract), each found by the stage's own recognisers and offered under a stable name. A rule
 * declaration (built-in or a court's local rule) names the readings it needs instead of writing a pattern, so the
 * words behind each reading are defined once, here and in the lexicon, and a court's rule reads the text exactly
 * as the built-in rules do.
 */
import type { DocumentModel } from '../document/model.js';
import { words } from '../lexicon/index.js';
import { wordNearEnd, wordNearStart } from '../lexicon/patterns.js';
import type { TextSpan } from '../document/span.js';
import { VISITATION_DEFERRED, VISITATION_HANDOVER, VISITATION_TIME } from './duties/family.js';
import {
  APOLOGY_MANNER,
  DURATION,
  EFFECT_SCOPE,
  INFRINGING_ACTS,
  MEDIA_UNSPECIFIED,
  NEWSPAPER,
  NEWSPAPER_NAMED,
  NEW_MEDIA,
  PLATFORM_NAMED,
  REPUTATION,
  REPUTATION_MANNER,
  removesEffects,
} from './duties/publicity.js';
import { statesSubstitute } from './duties/substitute.js';
import {
  concreteMeasure,
  continuedPerformance,
  REPAIR,
  REPAIR_STANDARD,
  REMEDIATION,
  REMEDIATION_ACCEPTANCE,
  REMEDIATION_COST,
  REMEDIATION_FALLBACK,
  REMEDIATION_MANNER,
  remediationStandardStated,
} from './duties/works.js';
import { FOUR_BOUNDARIES, LAND_LOCATION, documentsSpecified, landDescribedEarlier } from './duties/things.js';
import { ESTATE_RANGE, UNPAID_WORKS, concreteRange, statedBefore } from './duties/range.js';
import {
  AGENCY_ACT,
  AGENCY_TASK,
  BARE_DUTY,
  COMPENSATION_ORDERED,
  COMPENSATION_TERMS,
  DUTY_MATTER,
  OPEN_REMEDY,
  REMEDY_SPELLED_OUT,
  STATUTORY_PERIOD,
} from './administrative.js';
import {
  CASE_NUMBER,
  IDENTIFIED_OBJECT,
  PLAN_ADJUSTED,
  SHARE,
  addedLiabilityStated,
  additionWithoutScope,
  planAdjustedElsewhere,
  pointsBackToNamed,
  rulesOnEnforcement,
} from './enforcement-suits.js';
import type { ItemView, TextView } from './item-view.js';
import {
  ADVANCE_NOTE,
  AS_ORIGINAL_JUDGMENT,
  BARE_COSTS_AMOUNT,
  COSTS_BEARER,
  COSTS_WAIVED,
  OWN_COSTS,
} from './costs.js';
import {
  DISPOSED_BEFORE,
  NON_PENAL_MEASURE,
  RECOVER,
  SHORTFALL,
  openThingList,
  unquantifiedObjects,
} from './criminal.js';
import { penaltySumStated, uncountedThing } from './confiscation.js';
import { PRESERVATION_RESULT } from './preservation.js';
import {
  AMOUNT_SLOT,
  INTEREST_BASE,
  NOTHING_TO_ENFORCE,
  ON_DEFAULT,
  PER_CONTRACT,
  PROPORTION,
  REFERENCE,
} from './lexicon.js';
import { SIGNATURES, attachmentHeading } from './attachments.js';
import {
  deferredAmount,
  openRangeBefore,
  paymentIn,
  earlierNaming,
  paysInterestOnly,
  rateStated,
  remainderOnDefault,
  sumsInTable,
} from './amounts.js';
import { VAGUE_DEFAULT, isAgreementParty, isMediation, verifiableCondition } from './mediation.js';
import { consequencesRuledOn, consequencesStated } from './contract-validity.js';
import { isSumPerPeriod } from './entities/rate.js';
import { awardOf, principalBefore, startsOnDefault } from './interest-terms.js';
import {
  type Duty,
  orderInLaterItem,
  orderOfPerformance,
  ownDueDays,
  setOffOnReturn,
} from './duties/exchange.js';

/**
 * Where a text stands: the item and the clause that hold it, the operative text before it (earlier order items
 * first), and the document's order items (what other items rule on).
 */
export interface Place {
  /** None in a frame of the whole document (what the facts say was seized). */
  item?: ItemView;
  orders: readonly ItemView[];
  clause: TextView;
  before: () => TextView[];
  /** The document the text is read in, for readings that look beyond the operative part (who signed it). */
  document?: DocumentModel;
  /** The other side's duty, when the text is read for a frame of two duties (frame: exchange). */
  counterpart?: Duty;
}

export interface Reading {
  /** What the reading finds, in the words of the README's list of readings. */
  readonly description: string;
  /** Where the text states it, or null. */
  find(text: TextView, place: Place): TextSpan | null;
}

/** The duty a text is read for (its clause in its item), and the other side's when the frame pairs two. */
function dutiesAt(place: Place): Duty[] {
  const { item, clause, counterpart } = place;
  if (!item) return [];
  const own = { item, clause };
  return counterpart ? [own, counterpart] : [own];
}

const PURPOSE_WORDS = words('purpose');
const LEFT_TO_AGREEMENT = words('left-to-agreement');
/** How far after a place or handover its being left to agreement may follow (地点由双方协商确定). */
const DEFERRED_REACH = 8;
/** Whether the text ends in a purpose of money (…专项用于榆中县), with no comma or stop after the purpose word. */
function purposeBefore(before: string): boolean {
  return wordNearEnd(before, PURPOSE_WORDS, before.length);
}

/** A reading found by one of the language stage's patterns. */
function stated(description: string, pattern: RegExp): Reading {
  return { description, find: (text) => text.match(pattern) };
}

/** A reading that holds of a text as a whole: the span is the text itself. */
function holds(description: string, test: (text: string) => boolean): Reading {
  return { description, find: (text) => (test(text.text) ? text : null) };
}

/** A reading that holds of a text in its place: the span is the text itself. */
function holdsIn(description: string, test: (text: TextView, place: Place) => boolean): Reading {
  return { description, find: (text, place) => (test(text, place) ? text : null) };
}

export const READINGS = {
  'per-contract': stated('按合同、协议约定的利率或标准计算（按借款合同约定的利率、按约定）', PER_CONTRACT),
  'interest-base': stated(
    '写明利息的计算基数（以借款本金100000元为基数、按未付货款、100000元的利息、第二项货款的逾期付款损失）',
    INTEREST_BASE,
  ),
  'sum-per-period': {
    description: '按每日、每月若干元计算（按每日50元、256元/天），不需要基数',
    find: (text) => text.find('rate').find(isSumPerPeriod) ?? null,
  },
  'principal-before': holdsIn(
    '同一分句在利息之前写明了本金（偿还借款本金100000元及利息、处置费用（具体金额详见附表）及利息），且利率不是只写“按合同约定”（那样基数也要按合同）；用于 frame: interest',
    (_, place) => {
      const award = place.item && awardOf(place.item, place.clause);
      return award !== undefined && principalBefore(award);
    },
  ),
  'starts-on-default': holdsIn(
    '逾期付款违约金挂在逾期履行上（逾期支付第一项款项的，按每日万分之五支付违约金），本判项或之前的判项写明了履行期限，起算日由期限确定；用于 frame: interest',
    (_, place) => {
      const { item } = place;
      const award = item && awardOf(item, place.clause);
      return item !== undefined && award !== undefined && startsOnDefault(award, item, place.orders);
    },
  ),
  'visitation-time': stated(
    '具体的探望时间或频率（每月两次、每周六9时至18时、寒暑假、春节期间三日）',
    VISITATION_TIME,
  ),
  'visitation-handover': {
    description: '探望的地点或交接办法（接送、交接、送回、在某处）；留待协商的（地点由双方协商确定）不算',
    find: (text) =>
      text
        .matchAll(VISITATION_HANDOVER)
        .find(
          (at) => !wordNearStart(text.text.slice(at.end - text.start), LEFT_TO_AGREEMENT, DEFERRED_REACH),
        ) ?? null,
  },
  'visitation-deferred': stated('探望方式留待协商（协商确定、另行约定）', VISITATION_DEFERRED),
  remediation: stated('判令修复生态环境（补植复绿、土壤修复、恢复植被、治理污染）', REMEDIATION),
  'remediation-paid': holds(
    '修复以金钱支付：判项第一次说到修复，说的是修复费用或修复基金（支付生态修复费用86000元），或是款项的用途（专项用于生态环境修复）',
    (text) => {
      const first = REMEDIATION.exec(text);
      if (first === null) return false;
      return (
        REMEDIATION_COST.test(text.slice(first.index + first[0].length)) ||
        purposeBefore(text.slice(0, first.index))
      );
    },
  ),
  'remediation-manner': stated('修复的方式或数量（补植、种植、株、亩、修复方案）', REMEDIATION_MANNER),
  'remediation-standard': holds(
    '修复应达到的标准（成活率、达到某标准），不含“相关标准”一类的空泛说法',
    remediationStandardStated,
  ),
  'remediation-acceptance': stated('修复的验收方式（验收、核验、组织评估）', REMEDIATION_ACCEPTANCE),
  'remediation-fallback': stated(
    '不履行修复义务时承担的修复费用（逾期未修复的，承担修复费用…元）',
    REMEDIATION_FALLBACK,
  ),
  'amount-slot': stated('留待填写的金额（[金额]元、××元、＿＿元）', AMOUNT_SLOT),
  'sum-named-before': holdsIn(
    '给付的款项在动词之前已写明（尚欠货款38600元，于…前付清；上述款项由被告支付给原告）；用于 frame: money-payment',
    (_, place) => place.item !== undefined && paymentIn(place.item, place.clause)?.sumBefore === true,
  ),
  'sums-in-table': holdsIn(
    '分句引出的表格（支付下列款项：）各行写明了金额；用于 frame: money-payment',
    (_, place) => place.item !== undefined && sumsInTable(place.item, place.clause),
  ),
  'payment-rate': holdsIn(
    '写明了计算的费率或标准（按每月18000元计算、按年利率6%），“二倍”一类未写基数的倍数不算',
    (text) => rateStated(text),
  ),
  'amount-reference': stated(
    '数额指向别处已写明的款项（上述款项、第一项、该笔、相应款项、全部欠款）',
    REFERENCE,
  ),
  'amount-named-earlier': holdsIn(
    '给付的款项在前面的判项中连同数额写明过（第二项“支付剩余购车款45000元”，第四项“先行付清剩余购车款”）；用于 frame: money-payment',
    (_, place) => {
      const payment = place.item && paymentIn(place.item, place.clause);
      return payment !== undefined && earlierNaming(payment, place.before()) !== undefined;
    },
  ),
  'amount-proportion': stated('数额以比例写明（50%、各半、二分之一、按比例）', PROPORTION),
  'remainder-on-default': holdsIn(
    '未按期付款时剩余款项一次性到期（有一期未按期足额支付的，…付清剩余全部货款）',
    (text) => remainderOnDefault(text),
  ),
  'mediation-vague-default': holdsIn(
    '调解书、调解协议的违约条款只说承担违约责任、赔偿相应损失，没有写明数额',
    (text, place) =>
      place.document !== undefined &&
      isMediation(place.document) &&
      ON_DEFAULT.test(text.text) &&
      VAGUE_DEFAULT.test(text.text),
  ),
  'pays-interest-only': holdsIn(
    '给付的只是其后须计算的利息、违约金或损失（支付违约金（按…计算）、支付货款的资金占用损失）；用于 frame: money-payment',
    (_, place) => {
      const { item } = place;
      const payment = item && paymentIn(item, place.clause);
      return item !== undefined && payment !== undefined && paysInterestOnly(item, payment);
    },
  ),
  'open-range-before': holdsIn(
    '给付之前有未写明数额的责任范围（在商业三者险限额范围内赔偿）；用于 frame: money-payment',
    (_, place) => {
      const payment = place.item && paymentIn(place.item, place.clause);
      return payment !== undefined && openRangeBefore(payment);
    },
  ),
  'amount-deferred': {
    description: '（in: item）判项把应付的数额留待双方另行对账、结算（具体数额以双方对账确认的金额为准）',
    find: (_, place) => (place.item ? deferredAmount(place.item) : null),
  },
  'costs-bearer': stated('诉讼费用由谁负担（由被告负担、原告承担500元、由原告交纳）', COSTS_BEARER),
  'costs-waived': stated('诉讼费用免收、不予收取或退还', COSTS_WAIVED),
  'costs-bare-amount': stated(
    '不带“元”的诉讼费数额（劳动争议案件的“案件受理费10（缓交）”）',
    BARE_COSTS_AMOUNT,
  ),
  'costs-advance': stated('只记载预交、垫付的句子（原告已预交）', ADVANCE_NOTE),
  'costs-advance-only': holds(
    '只记载预交、没有写负担的段落',
    (text) => ADVANCE_NOTE.test(text) && !COSTS_BEARER.test(text),
  ),
  'own-costs': stated('各自负担（其他诉讼费用各自负担），不含“各自负担一半”', OWN_COSTS),
  'costs-as-original': stated('按原判负担（一审案件受理费负担按原判执行、负担不变）', AS_ORIGINAL_JUDGMENT),
  'estate-range': stated('范围是遗产（在继承遗产范围内、以所得遗产为限）', ESTATE_RANGE),
  'unpaid-works': stated('范围是欠付的工程款（在欠付工程款范围内）', UNPAID_WORKS),
  'concrete-range': holdsIn(
    '范围写明了数额、数量、面积或具体财产，或由本判决的判项确定（在86000元范围内、在第一项确定的债务范围内）',
    (range) => concreteRange(range),
  ),
  'estate-stated-before': holdsIn('“在上述遗产范围内”所指的遗产已在前文写明名称或数额', (range, place) =>
    statedBefore(range, place.before(), ESTATE_RANGE),
  ),
  'unpaid-works-stated-before': holdsIn(
    '“在上述欠付工程款范围内”所指的工程款已在前文写明数额',
    (range, place) => statedBefore(range, place.before(), UNPAID_WORKS),
  ),
  'sum-after-range': holdsIn('同一分句在范围之后写明了金额（在…范围内承担100000元）', (range, place) =>
    place.clause.find('money').some((money) => money.start >= range.end),
  ),
  'party-added-without-scope': holdsIn(
    '追加当事人却没有写明其责任的范围或数额（追加某某为被执行人）',
    (text) => additionWithoutScope(text) !== null,
  ),
  'added-liability': holdsIn(
    '被追加、变更的当事人承担责任的方式和范围（在未缴出资150万元范围内承担补充赔偿责任、对…债务承担连带清偿责任）',
    (text) => addedLiabilityStated(text),
  ),
  'performance-content': holdsIn(
    '继续履行的内容：合同名称之外写明了交付、支付、施工等行为，或数额、数量',
    (text) => continuedPerformance(text).content(),
  ),
  'contract-unnamed': holdsIn(
    '没有说出是哪一份合同或协议（行政判决中的“继续履行”多指法定职责）',
    (text) => !continuedPerformance(text).namesContract,
  ),
  'documents-specified': holdsIn(
    '交付的资料逐项写明名称，或写明份数、页数（竣工验收报告一份、施工图纸二十张）',
    (object) => documentsSpecified(object),
  ),
  'apology-manner': stated(
    '道歉的方式（书面、口头、当面、登报、刊登、发布、张贴、声明、致歉信）',
    APOLOGY_MANNER,
  ),
  newspaper: stated('登报道歉（报纸、报刊、登报）', NEWSPAPER),
  'newspaper-named': stated(
    '报纸的名称或级别、类别（《焦作日报》、省级法制类报纸、焦作晚报）',
    NEWSPAPER_NAMED,
  ),
  'new-media': stated('网络媒体（网络、网站、公众号、微博、抖音、客户端、首页）', NEW_MEDIA),
  'media-unspecified': stated('只说“媒体”（在国家级媒体上），没有说是报纸、电视还是网站', MEDIA_UNSPECIFIED),
  'platform-named': stated(
    '网络平台或账号的名称（公众号“焦作生活圈”、其新浪微博账号、网址）',
    PLATFORM_NAMED,
  ),
  'publication-duration': stated('发布、置顶的持续时间（置顶时间不少于连续十日、保留三十日）', DURATION),
  'non-penal-measure': stated('免予刑事处罚或具结悔过（责令赔礼道歉是随之的训诫）', NON_PENAL_MEASURE),
  'confiscation-penalty-sum': holdsIn(
    '并处没收财产写明了数额（并处没收个人财产人民币五万元）；用于 frame: confiscation-penalty 的 scope',
    (words) => penaltySumStated(words),
  ),
  'disposal-counted': holdsIn(
    '没收、销毁的每一件财物都写明了数量、金额或编号（甲基苯丙胺3.52克、手机一部、车牌号…），下列表格的各行也是，且没有“若干”“一批”；或见清单、全部财产；用于 frame: confiscation 的 scope',
    (part, place) => place.item !== undefined && uncountedThing(place.item, part) === null,
  ),
  'disposal-uncounted': {
    description:
      '没收、销毁的财物中第一件没有写明数量、金额或编号的（“毒品”“作案工具”），或不确定的数量（若干、一批、数箱）；用于 frame: confiscation 的 scope',
    find: (part, place) => (place.item ? uncountedThing(place.item, part) : null),
  },
  'disposal-recovers': stated(
    '同一处还判令追缴（继续追缴…违法所得，依法予以没收），不含“被追缴的”“已追缴”',
    RECOVER,
  ),
  'disposal-open-list': {
    description:
      '财物只概括列举（手机、电脑等作案工具；扣押在案的财物依法处理），没有指向清单；列举的是人（被害人张某、李某等）的不算',
    find: (text) => openThingList(text),
  },
  'concrete-measure': holdsIn(
    '排除妨碍的具体做法：拆除、清除、清运、回填、恢复至某状态，或写明尺寸、门牌号、面积',
    (text) => concreteMeasure(text),
  ),
  repair: stated('修复损坏的财物（将…修复、修缮受损的…、予以修复）', REPAIR),
  'repair-standard': stated(
    '修复的标准或做法（修复至不渗水、按原设计、同规格材料、验收、重新铺设）',
    REPAIR_STANDARD,
  ),
  reputation: stated('判令消除影响、恢复名誉或停止侵害', REPUTATION),
  'reputation-manner': stated(
    '判项写明消除影响的方式（刊登、发布、删除、更正、声明、在《…》、媒体）',
    REPUTATION_MANNER,
  ),
  'removing-effects': holdsIn('消除影响、恢复名誉（不只是停止侵害）', (text) => removesEffects(text)),
  'infringing-acts': stated('侵权行为（发布、传播、转发的文章、言论，生产、销售、复制）', INFRINGING_ACTS),
  'infringement-reach': holds(
    '侵权行为及其影响范围（阅读量1.8万次、转发300余次、在焦作地区范围内造成影响）',
    (text) => INFRINGING_ACTS.test(text) && EFFECT_SCOPE.test(text),
  ),
  'substitute-stated': holdsIn(
    '不能交付时的替代履行及其价值（不能返还的，按评估价值218000元折价赔偿）',
    (text) => statesSubstitute(text),
  ),
  'land-location': stated(
    '土地、水面的具体位置（位于、坐落、某村某组、“南坡地”一类的地名、门牌号）',
    LAND_LOCATION,
  ),
  'land-boundaries': stated('四至，或代替四至的附图、宗地图、界址、坐标、红线图、平面图', FOUR_BOUNDARIES),
  'land-described-before': holdsIn(
    '交付的土地以“上述土地”“该承包地”指向前面的判项，且那一判项写明了土地的位置、面积和四至；in: item',
    // The text before a frame is the earlier order items, then the item's own text up to it.
    (item, place) => landDescribedEarlier(item, place.clause, place.before().slice(0, -1)),
  ),
  'bare-duty': stated('只说履行法定职责的判项（履行法定职责、履行其职责、履行相应职责）', BARE_DUTY),
  'duty-matter': stated(
    '行政机关应处理的申请或事项（对原告的举报作出、就…申请予以、针对…投诉进行）',
    DUTY_MATTER,
  ),
  'open-remedy': stated('责令采取补救措施（采取补救措施、采取相应的补救措施）', OPEN_REMEDY),
  'remedy-spelled-out': stated(
    '补救措施的具体内容（补救措施，即…；补救措施：…；补救措施（…））',
    REMEDY_SPELLED_OUT,
  ),
  'agency-compensation': stated('责令予以补偿或安置（依法予以补偿安置、给予安置补偿）', COMPENSATION_ORDERED),
  'compensation-terms': stated('补偿的方式或标准（货币补偿、产权调换、按照…标准）', COMPENSATION_TERMS),
  'agency-act': stated(
    '责令行政机关重新作出行政行为、作出答复或处理、履行职责或采取补救措施（重新作出、予以答复、依法处理）',
    AGENCY_ACT,
  ),
  'agency-task': stated(
    '责令行政机关的具体行为（重新核定、办理…登记、颁发…证、公开、补缴、予以补偿安置）',
    AGENCY_TASK,
  ),
  'statutory-period': stated('以法定期限为履行期限（在法定期限内重新作出）', STATUTORY_PERIOD),
  'consequences-stated': holds(
    '判项在确认合同无效、解除或撤销之外还处理了后果（返还、赔偿、支付、腾退、过户、折价……）',
    consequencesStated,
  ),
  'consequences-elsewhere': {
    description:
      '另一判项处理了合同无效、解除或撤销的后果，或驳回了这样的请求（驳回原告要求退还课时费的诉讼请求）；只写“驳回原告的其他诉讼请求”的不算',
    find: (_, place) => consequencesRuledOn(place.orders) ?? null,
  },
  'plan-adjusted': stated('法院自己调整分配方案（变更为、调整为、按普通债权受偿…元）', PLAN_ADJUSTED),
  'plan-adjusted-elsewhere': {
    description: '另一判项调整了分配方案，而没有撤销它',
    find: (_, place) => planAdjustedElsewhere(place.orders) ?? null,
  },
  'object-identified': holds(
    '写明了执行标的的门牌号、权证号、号牌、车架号、账号、份额或比例（案号不算）',
    (text) => IDENTIFIED_OBJECT.test(text.replace(CASE_NUMBER, '')),
  ),
  'object-named-before': holdsIn(
    '以“上述”“该车辆”“第一项”指向前文，前文（本判项或之前的判项）已写明具体财产；指向前文财产之内的物品（上述房屋内的家具）的不算',
    (clause, place) => place.item !== undefined && pointsBackToNamed(clause, place.item, place.orders),
  ),
  'enforcement-ruled': {
    description: '文书中有准许或停止执行的判项（驳回请求的除外）',
    find: (_, place) => rulesOnEnforcement(place.orders) ?? null,
  },
  share: stated('共有财产的份额（享有50%的份额、各占二分之一、各半）', SHARE),
  'objects-quantified': holdsIn(
    '刑事判项处置的每一件财物都写明了数量、金额或编号（违法所得人民币600元、手机一部、车牌号…），或见清单、全部财产；“违法所得”“赃款、赃物”不算',
    (text) => unquantifiedObjects(text).length === 0,
  ),
  shortfall: holdsIn(
    '（in: item）分句处置的是前文已写明的金额的不足部分（…退赔被害人李某人民币八万五千元；不足部分继续追缴）：判项在该分句之前写有金额',
    (item, place) => place.clause.test(SHORTFALL) && item.sub(item.start, place.clause.start).has('money'),
  ),
  'disposed-before': stated(
    '财物在判决前已经处理（已发还被害人、已依法销毁、已领回），或发还失主、所有人',
    DISPOSED_BEFORE,
  ),
  'preservation-result': stated(
    '保全的结果：被保全的财产（房屋、存款、账户、股权、名下……）、数量（一套、一辆）或数额（200000元）；用于 frame: preservation-taken，in: scope',
    PRESERVATION_RESULT,
  ),
  'verifiable-condition': holdsIn(
    '条件是否成就可以查明：违约、履行、节假日或调解书生效的条件（未按期支付的、待被告交还挖掘机后、如遇法定节假日），且没有与另一条件并列（若A，且B的）；用于 frame: mediation-condition，in: scope',
    (condition, place) => place.item !== undefined && verifiableCondition(condition, place.item),
  ),
  'agreement-party': holdsIn(
    '该人或单位是调解的当事人：与当事人的名称或文书给出的简称相同或相互包含，在文书中以原告、被告、担保人等身份出现，或签名、到庭参加了调解；用于 frame: mediation-taker，in: scope',
    (name, place) => place.document !== undefined && isAgreementParty(name.text, place.document),
  ),
  'order-of-performance': holdsIn(
    '写明了双方的履行顺序：任一方的义务或其前面的文字写有“同时”“收到…之日起”“付清…后”“先行”“互为条件”等（原告于被告返还车辆的同时退还购车款）；用于 frame: exchange',
    (_, place) => orderOfPerformance(dutiesAt(place)),
  ),
  'order-in-later-item': holdsIn(
    '双方的义务之后另有判项定了履行顺序（上述第二、三项义务，双方应于…同时履行）；用于 frame: exchange',
    (_, place) => orderInLaterItem(dutiesAt(place), place.orders),
  ),
  'own-due-days': holdsIn(
    '双方的义务各有不同的具体履行日期（于2024年5月10日前交付、于2024年5月25日前支付），先到期的先履行；用于 frame: exchange',
    (_, place) => {
      const [own, other] = dutiesAt(place);
      return own !== undefined && other !== undefined && ownDueDays(own, other);
    },
  ),
  'set-off-on-return': holdsIn(
    '任一方的判项写明不能返还的在应退还的款项中扣除（不能返还跑步机的，在应退还的购机款中扣除9000元），款项不必等待对方；用于 frame: exchange',
    (_, place) => setOffOnReturn(dutiesAt(place)),
  ),
  'attachment-heading': {
    description:
      '附件或清单的标题行（附表：被害人退赔明细、附件一、财产清单），所附的法律条文不算；用于 frame: attachment-reference',
    find: (text) => attachmentHeading(text),
  },
  signatures: stated('落款的署名（审判长、审判员、人民陪审员、书记员、调解员）', SIGNATURES),
  'nothing-to-enforce': stated(
    '判项本身不需执行：以驳回、准予、撤销、确认、维持、解除、终止等开头（维持原判决第二项，即：…（附清单））；in: item',
    NOTHING_TO_ENFORCE,
  ),
} satisfies Record<string, Reading>;

export type ReadingName = keyof typeof READINGS;

export function isReadingName(name: string): name is ReadingName {
  return Object.hasOwn(READINGS, name);
}
