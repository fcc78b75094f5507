/**
 * The vocabulary of the litigation-costs paragraph (案件受理费…由…负担): who bears the costs, costs waived or
 * deferred, and sentences that only note an advance payment.
 */
import { alternation, wordPattern } from '../lexicon/index.js';

/** Who bears the costs: 由被告负担, 原告承担500元, 由原告交纳. */
export const COSTS_BEARER = new RegExp(
  `${alternation('costs-bearing')}|由[^，。；]{1,40}?${alternation('costs-paid-by')}`,
);

/** Costs waived or refunded (予以免收, 退还原告): nothing is left to apportion. */
export const COSTS_WAIVED = wordPattern('costs-waived');

/** Labour cases write the fee as a bare number (案件受理费10（缓交）); 案件受理费十元 is caught as money. */
export const BARE_COSTS_AMOUNT = /(?:费|计|收取)\s?(?:人民币)?\d+(?:\.\d+)?(?=\s?[（(，,。；;]|$)/;

/** Sentences that only record an advance (原告已预交), following the costs ruling. */
export const ADVANCE_NOTE = wordPattern('costs-advance');

/** Each party bears its own (其他诉讼费用各自负担): nothing passes between the parties — not 各自负担一半. */
export const OWN_COSTS = new RegExp(
  String.raw`${alternation('own-share')}${alternation('bear-costs')}(?=\s?(?:[，。；,;）)]|$))`,
);

/** Costs left as the first-instance judgment fixed them (一审案件受理费负担按原判执行): amount and bearer are there. */
export const AS_ORIGINAL_JUDGMENT = wordPattern('costs-as-original');

/** The fee a costs paragraph names, where a finding points. */
export const COSTS_FEE = wordPattern('court-fee');
