/**
 * The legal vocabulary rules are written in: which words order a payment, which name interest or a penalty,
 * which refer back to amounts stated elsewhere. Rules use these instead of spelling out their own lists.
 */

/** Verbs (nodejieba tokens) that order money or property to change hands. */
export const PAYMENT_VERBS: ReadonlySet<string> = new Set([
  '支付',
  '给付',
  '偿还',
  '归还',
  '清偿',
  '赔偿',
  '返还',
  '退还',
  '补偿',
  '付清',
  '偿付',
  '退回',
  '补足',
  '补发',
  '还款',
  '还清',
  '赔付',
  '支付给',
  '垫付',
]);

/** What a payment verb pays when it is money (not a thing to hand back). */
export const MONEY_OBJECT =
  /款|费|金|元|利息|工资|报酬|租金|价款|本金|损失|补偿|欠款|借款|货款|定金|押金|彩礼|赔偿|收益|差价|分红|红利|补助|津贴|奖金|社保|社会保险/;

/** Interest and its kin, which need a base, a rate and a period unless stated as a sum. */
export const INTEREST_TERM =
  /(?:逾期|迟延|延期)?(?:付款|还款|支付|借款|借期内)?(?:利息|违约金)|(?:逾期|迟延)(?:付款|还款|支付)损失|利息损失|资金占用(?:费|损失|利息)|占用资金(?:损失|利息)|滞纳金|罚息/g;

/** The late-payment double interest of the Civil Procedure Law is not an interest award of the item. */
export const STATUTORY_LATE_INTEREST = /迟延履行期间的?(?:债务)?利息|加倍支付/;

/** Words that take an amount from elsewhere in the judgment. */
export const REFERENCE = /上述|前述|上列|前列|以上|该款|该笔|第[一二三四五六七八九十\d]+(?:、[一二三四五六七八九十\d]+)*项|相应(?:的)?款项|全部(?:款项|债务|欠款)/;

/** Liability for someone else's debt: its amount and time follow from the items it refers to. */
export const SECONDARY_LIABILITY =
  /(?:连带|补充|共同)(?:清偿|赔偿|给付|偿还|支付)?责任|承担(?:保证|担保)责任|(?:在|于)[^，。；]{1,30}范围内(?:承担|负)/;

/** Clauses that order nothing: they dismiss, confirm, annul or uphold. */
export const NOTHING_TO_ENFORCE = /^(?:[^、．.]{0,6}[、．.])?\s?(?:驳回|不准|准予|准许|撤销|确认|维持|解除|终止|宣告|不予支持)/;

/** Interest "per the contract" instead of a stated rate. */
export const PER_CONTRACT =
  /按(?:照)?(?:双方|原被告|当事人)?(?:签订的|所签)?(?:《[^》]{1,30}》|[\u4e00-\u9fa5]{0,8}?(?:合同|协议|借条|借据|欠条))?(?:中)?约定(?:的)?(?:利率|标准|方式|比例|计算|计付|支付|的利息)?|按约(?:定)?(?:标准|利率)?计算/;

/** Where a fixed sum stands for interest already computed (利息18000元, 违约金5000元). */
export const FIXED_SUM_AFTER_TERM = /^(?:共计|合计|计|为|人民币)?\s?[\d一二三四五六七八九十百千万.,]+\s?万?元/;

/** The calculation base of interest: 以X元为基数, 基数为…, X元的利息. */
export const INTEREST_BASE =
  /以[^，。；]{1,40}?为(?:计算)?(?:基数|本金|基础)|基数为|(?:按|以)(?:未付|欠付|尚欠|剩余|未还|实欠)[^，。；]{0,12}?(?:本金|欠款|货款|价款|款项|金额|租金)|[\d.,]+\s?万?元(?:的|之)(?:利息|违约金|资金占用)/;

/** What happens on default (任何一期未按时足额支付的…): due upon the default, so it needs no time limit of its own. */
export const ON_DEFAULT = /(?:任何|任意|有)一期|未(?:按|依)(?:时|期|约|照)|逾期(?:未|不)|到期未|如[^，。；]{0,12}未(?:能)?(?:按|履行|支付)|违约的/;
