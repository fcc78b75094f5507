/** Support (抚养费、赡养费、扶养费) and visitation (探望、探视): what a family order must state. */
import { CHINESE_DIGITS } from '../../lexicon/patterns.js';
import { alternation, wordPattern } from '../../lexicon/index.js';

// Support

/** 抚养费, 婚生子钱子航的生活费 (the child's name may stand between). */
export const SUPPORT_TERM = new RegExp(
  String.raw`${alternation('support-kind')}费|(?:子女|婚生[子女]|儿子|女儿|孩子)[\u4e00-\u9fa5]{0,4}?(?:的)?生活费`,
);
/** Support that is merely declared borne by the carer or settled by set-off orders nothing to pay. */
export const SUPPORT_NOTHING_TO_PAY = wordPattern('support-settled');
/** When periodic support ends: 至子女年满十八周岁止, 至独立生活时止, 至学业完成时止. */
export const SUPPORT_END =
  /(?:年满|满|至)[^，。；]{0,8}(?:十八|18)\s?周?岁|独立生活|成年|(?:至|到)[^，。；]{0,24}?(?:止|时)/;
/**
 * 赡养费 is owed to a parent for life, so a periodic 赡养 order ends with the parent and need not say until when; a
 * child's support ends at an age or independence that the order must name.
 */
export const SUPPORT_FOR_LIFE = wordPattern('elder-support');
export const CHILD_SUPPORT = wordPattern('child');
/** Due dates of periodic payments: 每月10日前, 每年6月底, 每季度末, 每月20日. */
export const SUPPORT_DUE = new RegExp(
  String.raw`每(?:月|年|季度?|半年)[^，。；]{0,10}?(?:[\d${CHINESE_DIGITS}]+日|月底|月末|年底|季末|底前)|每(?:月|年)[^，。；]{0,4}(?:初|中旬)`,
);
/** How support is paid: 银行转账, 支付宝, 现金, 汇入…账户. */
export const SUPPORT_MANNER = wordPattern('payment-manner');
export const LUMP_SUM = wordPattern('lump-sum');
/** Support paid by the month or year: 每月, 按500元／月, 按月. */
export const SUPPORT_PERIODIC = wordPattern('support-periodic');

/**
 * Costs of a child or parent shared beside periodic support (教育费、医疗费凭票据各负担一半): each bill is a payment of
 * its own whose time and manner the order must state. Only read where the operative part orders support.
 */
export const SUPPORT_ADDON = wordPattern('support-addon');
/** The add-on is shared, not awarded as a sum: 凭票据, 各负担一半, 按比例分担. */
export const SUPPORT_ADDON_SHARE =
  /凭[^，。；]{0,6}?(?:票|据|发票|单据|凭证)|各(?:自)?(?:负担|承担|支付|分担)(?:一半|50%|百分之五十|[^，。；]{0,4}比例)|各半|分担|按[^，。；]{0,10}比例(?:负担|承担|分担)/;
/** The add-on is borne jointly with no shares (医疗费用由两人共同承担): who pays how much is left open. */
export const SUPPORT_ADDON_JOINT = wordPattern('support-addon-joint');
/** Support in kind (口粮大米300斤, 每年小麦面粉200公斤): 口粮 is always support; grain counts where support is ordered. */
export const SUPPORT_IN_KIND = wordPattern('support-in-kind');
export const SUPPORT_GOODS = wordPattern('support-goods');
/**
 * Words that make an operative part a support order (赡养, 抚养), for add-ons and goods read beside it; not the
 * 被扶养人生活费 of a damages award.
 */
export const SUPPORT_CONTEXT = new RegExp(`(?<!被)${alternation('support-kind')}(?!人)`);
/** How goods in kind reach the supported person: 送至原告住处, 交付原告, 到被告家中领取. */
export const IN_KIND_DELIVERY = wordPattern('in-kind-delivery');

// Visitation

/** Left to the parties: 具体方式由双方协商确定. */
export const VISITATION_DEFERRED = wordPattern('left-to-agreement');
/** A concrete time or frequency: a weekday, an hour, a holiday, a school break, 每月两次. */
export const VISITATION_TIME = new RegExp(
  String.raw`每(?:月|周|星期|年|半月)[^，。；]{0,6}?(?:[两${CHINESE_DIGITS}\d]+次)|周[一二三四五六日]|星期[一二三四五六日天]|[\d${CHINESE_DIGITS}]+时|上午|下午|晚上|寒假|暑假|春节|国庆|每月第|每周|(?:周末|节假日)[^，。；]{0,10}?(?:[两${CHINESE_DIGITS}\d]+\s?[日天]|全天|当日|当天)`,
);
/**
 * Where and how the child is handed over: a place, both ways (接送, 交接), or a pick-up with its return. "可将孩子接走"
 * alone says neither from where nor when the child comes back.
 */
export const VISITATION_HANDOVER = wordPattern('visitation-handover');
