/**
 * The legal vocabulary rules are written in: which words order a payment, which name interest or a penalty,
 * which refer back to amounts stated elsewhere. Rules use these instead of spelling out their own lists.
 */
import { itemOpening } from '../document/items.js';
import { BACK_REFERENCE_OR_ABOVE, CHINESE_DIGITS } from '../lexicon/patterns.js';
import { alternation, wordAt, wordPattern, words } from '../lexicon/index.js';

/** Verbs (nodejieba tokens) that order money or property to change hands. */
export const PAYMENT_VERBS: ReadonlySet<string> = new Set(words('payment-verb'));

/** What a payment verb pays when it is money (not a thing to hand back). */
export const MONEY_OBJECT = wordPattern('money-object');

/**
 * A payment verb used as a noun or adjective (补偿款, 赔偿责任, 清偿前, 支付的, 优先偿还权) orders nothing by itself.
 */
export const VERB_NOT_ORDERING = wordAt('start', 'verb-as-noun');

/** A payment that only sets the moment of another duty: 原告付清剩余购房款的同时，被告…; 原告支付上述款项后，…. */
export const PAYMENT_AS_TIME = /^[^，。；]{0,30}?(?:的同时|之时|之后|后)(?=[，,])/;

/**
 * A payment that is only the condition of another duty, opened by 如/若 and closed by a comma before that duty: 如被告
 * 李强按期付清上述款项，原告张明自愿放弃其余诉讼请求. 如期, 如数, 如实 (如数支付) open no condition.
 */
export const CONDITION_OPENS_BEFORE =
  /(?:若|如果|假如|倘若|如若|如(?![下期约实数前上此何同意果若今]))[^，,。；;]{0,30}$/;
export const CONDITION_CLOSES_AFTER = /^[^，,。；;]{0,40}?[，,]/;

/** A sum described only to be set off (抚养费由原告应偿还的贷款10000元予以折抵): nothing is paid. */
export const PAYMENT_SET_OFF = /^[^，。；]{0,30}?(?:折抵|抵销|冲抵)/;

/**
 * Negated payment verbs: 不予支付, 无需返还, the default a penalty hangs on (未按约定足额支付的), the condition of a
 * security right (在被告不能清偿上述债务时), a claim given up (放弃要求被告赔偿损失的其他请求), a debt stated as
 * already paid (合伙期间的债务均已清偿完毕), and an advance already made for someone (被告已为原告垫付27567.2元,
 * 保险公司已向原告赔付10000元): what is ordered is what remains of it, refunded or netted, not the advance.
 */
export const NEGATION_BEFORE =
  /(?:不予|无需|无须|不再|不应|不必|免于|不得|拒绝|未|不能|无力|未(?:按|依)[^，。；]{0,8}|放弃[^，。；]{0,8}|已经?(?:[为向替代给][^，。；]{1,10})?)$/;

/** Interest and its kin (penalties, losses, fees for occupying or using a thing), which need a base, a rate and a period unless stated as a sum. */
export const INTEREST_TERM =
  /利息损失|资金占用(?:费|损失|利息)|占用资金(?:损失|利息)|(?:逾期|迟延)(?:付款|还款|支付)损失|(?:逾期|迟延|延期)?(?:付款|还款|支付|借款|借期内|贷款期间内?)?(?:利息|违约金)|滞纳金|罚息|(?:房屋|场地|车辆|设备|占有)?(?:占用|使用)费/g;

/** The late-payment double interest of the Civil Procedure Law is not an interest award of the item. */
export const STATUTORY_LATE_INTEREST = wordPattern('statutory-late-interest');

/** Words that take an amount from elsewhere in the judgment. */
export const REFERENCE = new RegExp(
  String.raw`${BACK_REFERENCE_OR_ABOVE}|前项|该款|该笔|第[${CHINESE_DIGITS}\d]+(?:、[${CHINESE_DIGITS}\d]+)*项|相应(?:的)?款项|全部(?:款项|债务|欠款)`,
);

/** Liability for someone else's debt: its amount and time follow from the items it refers to. */
export const SECONDARY_LIABILITY =
  /(?:连带|补充|共同)(?:清偿|赔偿|给付|偿还|支付|保证|还款)?责任|承担(?:保证|担保)责任|(?:在|于)[^，。；]{1,30}范围内(?:承担|负)/;

/** Clauses that order nothing: they dismiss, confirm, annul or uphold. */
export const NOTHING_TO_ENFORCE = itemOpening('declaratory-ruling');

/** Interest "per the contract" instead of a stated rate. */
export const PER_CONTRACT =
  /(?:按|依)(?:照)?(?:双方|原、?被告|原告与被告|借贷双方|当事人)?(?:于?\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?)?(?:签订的|所签)?(?:《[^》]{1,30}》|[\u4e00-\u9fa5]{0,8}?(?:合同|合约|协议|借条|借据|欠条))?(?:第[一二三四五六七八九十百\d]+条(?:第[一二三四五六七八九十\d]+款)?)?(?:中)?(?:的|所)?约定(?:的)?(?:利率|标准|方式|比例|计算|计付|支付|的利息)?|按约(?=[定从自以计至，、])|以(?:双方|合同|协议)?[^，。；]{0,6}约定为准/;

/** Where a fixed sum stands for interest already computed (利息18000元, 违约金5000元, 物业费及违约金，共计206981.5元). */
export const FIXED_SUM_AFTER_TERM =
  /^(?:[（(][^）)]{0,12}[）)])?(?:[，,]\s?(?=共计|合计|总计))?[^，。；按以自从（(]{0,16}?(?:共计|合计|总计|计|为)?(?:人民币)?\s?[\d.,零〇一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿]+\s?万?元(?![为的]|基数)/;

/**
 * Interest that runs on after an accrued sum (利息27000元（计算至2017年8月4日，此后的利息按…计算至清偿之日）): the
 * words before the term that make it an award of its own even inside the parenthesis of a fixed sum.
 */
export const CONTINUING_BEFORE = /(?:此后|之后|以后|其后|嗣后|后续|次日起|之日起)(?:的|产生的|发生的)?$/;

/** A one-off share of a stated sum (违约金（按月租金8000元的30%计算）): a determinable sum, nothing accrues. */
export const SHARE_OF_SUM_AFTER_TERM = new RegExp(
  String.raw`^[（(]?(?:按|以)[^，。；按以（）()]{0,12}?[\d.,]+\s?万?元的\s?(?:[\d.]{1,8}\s?%|百分之[${CHINESE_DIGITS}]{1,3})(?:计算)?[）)]?`,
);

/** The calculation base of interest: 以X元为基数, 基数为…, X元的利息, 第二项货款的逾期付款损失 (the sum an item states). */
export const INTEREST_BASE = new RegExp(
  String.raw`以[^，。；]{1,40}?为(?:计算)?(?:基数|本金|基础|基准)|基数为|(?:按|以)(?:未付|欠付|尚欠|剩余|未还|实欠)[^，。；]{0,12}?(?:本金|欠款|货款|价款|款项|金额|租金)|[\d.,]+\s?万?元(?:的|之)(?:利息|违约金|资金占用)|第[${CHINESE_DIGITS}\d、]+项[^，。；（）()]{0,12}?[的之](?:逾期|迟延)?(?:付款|还款)?(?:利息|违约金|损失|资金占用)`,
);

/**
 * Late performance stated as the condition of a clause (逾期支付第一项款项的，/ 迟延归还任何一期的，/ 逾期交纳的，):
 * only the words 逾期/迟延 are matched, the rest is looked ahead at, so that the pattern can be embedded before
 * "…的，". Not 逾期付款的违约金 (no comma after 的), which names a penalty.
 */
const LATE_CONDITION = /(?:逾期|迟延|延迟|拖延)(?=[^，,。；的]{0,20}的[，,])/;

/**
 * What happens on default (任何一期未按时足额支付的…, 未按第一项约定按期足额支付的…, 如违反本协议约定, 逾期付款的…):
 * due upon the default, so it needs no time limit of its own.
 */
export const ON_DEFAULT = new RegExp(
  [
    alternation('default-wording'),
    /如[^，。；]{0,12}未(?:能)?(?:按|履行|支付)|(?:如|若|一旦)[^，。；]{0,12}违反(?:本|上述|前述)?(?:调解)?(?:协议|约定)|违反[^，。；]{0,12}约定的[，,]/
      .source,
    LATE_CONDITION.source,
  ].join('|'),
);

/** Clauses that deny a payment: 无需向…支付, 不承担偿还…的义务. */
export const DENIAL = wordPattern('denial');

/** Periodic payments (每月支付抚养费1000元): their due dates are the support rules' concern. */
export const PERIODIC = /每(?:月|年|季度?|周|半年)/;

/**
 * An advance the obligor already made that exceeds what it owes (被告已为原告垫付27567.2元，其超付的26667.2元由原告
 * 返还): the awards before it are set off against the advance and paid by it; what is ordered is the refund of the
 * overpayment.
 */
export const ADVANCE_EXCEEDING = new RegExp(
  `已经?(?:[为向替代给][^，。；]{1,12}?)?(?:垫付|预付|支付|赔付|给付)[^。；]{0,60}?${alternation('overpayment')}`,
);

/** What the advance exceeds the debt by (超付的26667.2元, 超出部分): a sum to be refunded. */
export const OVERPAYMENT = wordPattern('overpayment');

/** Sums settled without a payment order of their own (从垫付款中扣除, 已支付, 已当庭赔付). */
export const SETTLED_OTHERWISE = wordPattern('settled-otherwise');

/**
 * A sum left to a later reckoning between the parties (具体数额以双方对账确认的金额为准, 由双方另行结算后支付): no one
 * can enforce it until they agree again.
 */
export const AMOUNT_DEFERRED =
  /另行(?:对账|结算|核算)|(?:双方|各方|原、?被告)[^，。；]{0,6}?对账(?:确认)?的?(?:金额|数额|结果)?为准/;

/** A payment or bearing verb after a deferred sum: the reckoning decides what someone must pay. */
export const PAYS_AFTER_RECKONING = /^[^。；]{0,40}?(?:支付|付清|给付|偿还|赔偿|返还|退还|负担|承担)/;

/** An amount given as a share (各承担50%, 各半, 二分之一) is determinable without a sum. */
// Digit runs bounded (used with test(): same answer), so a long run of digits is not rescanned from every digit.
export const PROPORTION =
  /\d{1,16}(?:\.\d{1,16})?\s?%|[一二三四五六七八九]成|各半|一半|[二三四五六七八九十]分之[一二三四五六七八九]|按比例/;

/** A reference to earlier sums or items, where a time limit is given once for them (上述款项于…日内付清). */
export const SHARED_REFERENCE = new RegExp(
  String.raw`(?:${BACK_REFERENCE_OR_ABOVE})[^，。；]{0,6}?(?:款项|债务|金额|费用|欠款|给付义务|各项|判项|[${CHINESE_DIGITS}\d]项)`,
);

/** A slot left for a sum in a template ([金额]元, XX万元, ＿＿元): the placeholder rule reports it, not the rule
 * that asks for the sum. */
export const AMOUNT_SLOT = /(?:\[[^\]]{1,8}\]|【[^】]{1,8}】|[XＸx×＊*]{2,}|[＿_]{2,})\s?万?元/;

/** A slot for the sum right after an interest term (违约金[金额]元): a fixed sum to be filled in, nothing accrues. */
export const SLOT_SUM_AFTER_TERM = new RegExp(
  `^(?:共计|合计|计|为)?(?:人民币)?\\s?(?:${AMOUNT_SLOT.source})`,
);
