/**
 * Lists attached to a judgment (焦作山阳规定 第十八条 last paragraph: 可以概括叙明并另附详细清单): the item's
 * reference to one, and the attachment itself after the signatures.
 */
import { CHINESE_DIGITS, spacedAlternation } from '../lexicon/patterns.js';
import { alternation, wordPattern } from '../lexicon/index.js';
import type { TextSpan } from '../document/span.js';

/**
 * An item's reference to an attachment of the judgment itself: 详见附件, 附表二, 另附清单, 清单附后, 详见清单 — not
 * to a document of the file (详见扣押清单, 刑期详见执行通知书) nor to a contract's own annex (以合同附件一为准).
 */
export const ATTACHMENT_REFERENCE = new RegExp(
  String.raw`(?<!(?:合同|协议|契约|》)的?)(?:所附|后附|另附)?(?:附件|附表|附录)(?:[${CHINESE_DIGITS}\d]+)?|(?:所附|后附|另附(?:详细)?|附)${alternation('list-title')}|${alternation('list-title')}附后|(?<=见)${alternation('list-title')}|(?:所附|后附|另附|附)《[^》]{1,30}?${alternation('list-title')}》`,
);

/** A line that opens an attachment: 附件：…, 附表一, 附：财产清单, 清单, 被害人退赔明细表. */
export const ATTACHMENT_HEADING =
  /^[\s#*>]*(?:附\s?件|附\s?表|附\s?录|附\s?[:：]|附\s?(?:清单|明细|名单)|[^\n。，]{0,30}(?:清单|明细表?|名单|一览表)[\s*]*$)/m;

/** Statutes appended after the signatures (附相关法律规定) are not the list an item refers to. */
export const LAW_ANNEX = wordPattern('law-annex');

/** The signature block: without it the text is an extract and its attachments may simply not have been kept. */
export const SIGNATURES = new RegExp(spacedAlternation('signatory'));

/**
 * The first line of a text that opens an attachment other than the statutes (附表：被害人退赔明细), or null: the list
 * an item refers to may follow it inside the operative part or come after the signatures.
 */
export function attachmentHeading(text: TextSpan): TextSpan | null {
  let start = text.start;
  for (const line of text.text.split('\n')) {
    if (ATTACHMENT_HEADING.test(line) && !LAW_ANNEX.test(line))
      return { start, end: start + line.length, text: line };
    start += line.length + 1;
  }
  return null;
}

/** A sum stated by reference to the attachment: 处置费用（具体金额详见附表）, 数额见清单. */
const AMOUNT_IN_ATTACHMENT = new RegExp(
  String.raw`(?:金额|数额)[^，。；]{0,4}(?:详见|见)${alternation('attachment')}`,
);

/** Whether a text leaves a sum to the attachment (具体金额详见附表) instead of stating it. */
export function amountInAttachment(text: string): boolean {
  return AMOUNT_IN_ATTACHMENT.test(text);
}
