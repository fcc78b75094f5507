/**
 * Items that rule on a contract's validity (焦作山阳规定 第十八条第（三）项): 确认…合同无效, 解除…合同, 撤销…协议.
 * Such an item decides nothing enforceable by itself; the consequences (return, compensation) must follow.
 */
import { ITEM_NUMBER_PREFIX, itemOpening } from '../document/items.js';
import { wordPattern } from '../lexicon/index.js';

/** The item holds a contract void, or rescinds or revokes it. */
export const CONTRACT_VALIDITY = new RegExp(
  `${ITEM_NUMBER_PREFIX}(?:` +
    // 确认…合同无效 / 确认…协议已于2023年5月1日解除
    `(?:确认|宣告)[^。；]{0,100}?(?:合同|协议|契约)[^。；]{0,30}?(?:无效|不发生效力|不生效|(?:已|于[^。；]{1,16})解除|撤销)` +
    // 解除…合同 / 撤销…协议
    `|(?:解除|撤销)[^。；]{0,100}?(?:合同|协议|契约)` +
    // 原告与被告签订的《…协议》无效 / …合同予以解除
    `|[^。；]{0,100}?(?:合同|协议|契约)》?\\s?(?:无效|予以解除|予以撤销|(?:自|于)[^。；]{1,20}?解除)` +
    `)`,
);

/** Items that dismiss or uphold (驳回原告确认合同无效的请求, 维持原判) hold nothing void themselves. */
export const DISMISSAL = itemOpening('dismissal-opening');

/** What the parties must do once the contract falls: return, pay, compensate, vacate, transfer back. */
export const CONSEQUENCE = wordPattern('contract-consequence');

/** The item holds a contract void, or rescinds or revokes it, and does not dismiss or uphold a claim to that. */
export function rulesOnValidity(item: string): boolean {
  return CONTRACT_VALIDITY.test(item) && !DISMISSAL.test(item);
}

/** The item rules on the consequences beyond the words that hold the contract void or rescind it. */
export function consequencesStated(item: string): boolean {
  return CONSEQUENCE.test(item.replace(CONTRACT_VALIDITY, ''));
}

/**
 * Another item returns, pays or compensates — or dismisses a claim to that: it rules on the consequences. A bare
 * "驳回原告的其他诉讼请求" does not, nor does another item that holds a contract void: 第十八条第（三）项 asks for
 * the responsibilities in the operative part.
 */
export function consequencesRuledOn<T extends { text: string }>(orders: readonly T[]): T | undefined {
  return orders.find((item) => !rulesOnValidity(item.text) && CONSEQUENCE.test(item.text));
}
