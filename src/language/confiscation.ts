/**
 * Confiscation in a criminal judgment (焦作山阳规定 第十九条): the penalty of confiscating property (并处没收财产),
 * which needs a sum unless it takes the whole estate, and each disposal of things (没收, 销毁, 上缴国库, 由扣押机关
 * 依法处理), which needs every thing it disposes of named and counted. The frames and readings of the
 * confiscation rule are built from these.
 */
import type { TextSpan } from '../document/span.js';
import type { ItemView, TextView } from './item-view.js';
import { NOTHING_TO_ENFORCE } from './lexicon.js';
import { wordPattern } from '../lexicon/index.js';
import { tableRowsBelow } from './lists.js';
import {
  DISPOSE,
  PROPERTY_PENALTY_WITHOUT_AMOUNT,
  VAGUE_QUANTITY,
  orderParts,
  ordersWith,
  unquantifiedObjects,
} from './criminal.js';

/** The penalty of confiscating property, with or without its sum: 并处没收个人财产, 并处没收部分财产. */
const PROPERTY_PENALTY = wordPattern('property-penalty');

/** Where the words that could give the penalty's sum end: the next comma, stop or bracket. */
const PENALTY_WORDS_END: ReadonlySet<string> = new Set(['，', '。', '；', '（', '(']);

/**
 * Each penalty of confiscating property an order item imposes (not one it upholds or dismisses), and the words
 * after it up to the next comma or bracket, where its sum would stand.
 */
export function propertyPenalties(item: ItemView): { at: TextSpan; words: TextView }[] {
  if (item.kind !== 'order' || !item.text.includes('并处没收') || NOTHING_TO_ENFORCE.test(item.text))
    return [];
  return item.matchAll(PROPERTY_PENALTY).map((at) => {
    let end = at.end;
    while (end < item.end && !PENALTY_WORDS_END.has(item.text.charAt(end - item.start))) end++;
    return { at, words: item.sub(at.start, end) };
  });
}

/** Whether the words of a penalty (see propertyPenalties) give its sum: 并处没收个人财产人民币五万元. */
export function penaltySumStated(words: TextView): boolean {
  return PROPERTY_PENALTY_WITHOUT_AMOUNT.exec(words.text)?.index !== 0;
}

/** What each disposal part leaves uncounted, found once: the frame points at it and the readings ask for it. */
const uncountedByPart = new WeakMap<TextView, TextSpan | null>();

/**
 * The first thing a disposal part (see disposals) names without a quantity, amount or identifier — in the rows of
 * the table below it when it announces one (扣押在案的下列物品予以没收：) — or, when it names none, a count that
 * counts nothing (若干箱, 一批, 数件). Null when every thing is counted, or when the part disposes of nothing.
 */
export function uncountedThing(item: ItemView, part: TextView): TextSpan | null {
  const known = uncountedByPart.get(part);
  if (known !== undefined) return known;
  let found: TextSpan | null = null;
  if (part.test(DISPOSE)) {
    const rows = tableRowsBelow(item, part);
    const [first] =
      rows.length > 0 ? rows.flatMap(({ row }) => unquantifiedObjects(row)) : unquantifiedObjects(part);
    found = first ?? (rows.length === 0 ? part.match(VAGUE_QUANTITY) : null);
  }
  uncountedByPart.set(part, found);
  return found;
}

/**
 * Each disposal an order item makes (the restated items of an upheld judgment included): the part of its clause
 * that disposes of things, pointing at the first thing it leaves uncounted, or at the disposal's words.
 */
export function disposals(item: ItemView): { at: TextSpan; part: TextView }[] {
  return ordersWith([item], DISPOSE).flatMap(({ clause }) =>
    orderParts(clause).flatMap((part) => {
      const at = uncountedThing(item, part) ?? part.match(DISPOSE);
      return at ? [{ at, part }] : [];
    }),
  );
}
