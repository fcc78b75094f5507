/**
 * A second-instance item that upholds first-instance items and restates them (维持…第二项，即"继续追缴…发还各被害人";
 * 维持…第一、五项，即一、…；五、…) makes the restated words the order that becomes final: they must be as specific as
 * an order written in the first instance (焦作山阳规定 第十九条, 绵阳办法 第10项①). The item itself orders nothing;
 * what it restates is read as the orders it keeps in force.
 */
import { itemOpening } from '../document/items.js';
import type { TextSpan } from '../document/span.js';
import { splitClauses } from './clauses.js';
import type { ItemView, TextView } from './item-view.js';

/** An item that upholds (维持) the first instance's items. */
export const UPHOLDS = itemOpening('uphold');

/**
 * The items upheld and the word that introduces their restatement: 第二项，即 / 第一、二、五项，即： / 第四项即 /
 * 第（二）项，即：“…”. The restatement is what follows.
 */
const RESTATEMENT_OPENING = /第[^。；即]{0,40}?项[^。；即]{0,40}?[，,]?\s?即[：:]?\s?/;

/** Quotation marks that may hold the restated words. */
const QUOTES: Readonly<Record<string, string>> = { '“': '”', '"': '"', '「': '」', '『': '』', '‘': '’' };

/** The stretch of the item that restates upheld first-instance items, or null when it restates none. */
export function restatement(item: ItemView): TextSpan | null {
  if (!UPHOLDS.test(item.text)) return null;
  const opening = item.match(RESTATEMENT_OPENING);
  if (!opening) return null;
  let start = opening.end;
  let end = item.end;
  const open = item.text[start - item.start] ?? '';
  const close = QUOTES[open];
  if (close !== undefined) {
    const closing = item.text.indexOf(close, start - item.start + 1);
    start += 1;
    if (closing >= 0) end = item.start + closing;
  }
  const text = item.text.slice(start - item.start, end - item.start);
  return text.trim() === '' ? null : { start, end, text };
}

/**
 * The restated items of an upholding item, as clauses (一、…；五、… gives one clause per restated item and sentence),
 * sharing the item's entities.
 */
export function restatedClauses(item: ItemView): TextView[] {
  const span = restatement(item);
  if (!span) return [];
  return splitClauses(span).map((clause) => item.sub(clause.start, clause.end));
}
