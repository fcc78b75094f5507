/**
 * Sums an agreement states again (焦作山阳规定 第十七条: terms that disagree leave the enforcing court to choose): a
 * total restated for sums named earlier (第三条 被告确认上述货款共计68000元) must be what those sums come to, and a sum
 * written again in words or figures in the parenthesis after it (人民币叁万伍仟元整（53000元）) must be the same sum.
 */
import type { Entity } from './entities/index.js';
import type { ItemView } from './item-view.js';
import { REFERENCE } from './lexicon.js';
import { totalBefore } from './mediation.js';
import { interestAwards } from './obligations.js';
import { wordPattern, words } from '../lexicon/index.js';

const ADJUSTED = wordPattern('total-adjustment');

/** How many earlier sums are tried in combination (上述货款及违约金共计…): more would be a long agreement's schedule. */
const MOST_SUMS = 10;

/**
 * The sums an item gives as the total of what earlier items named: a back-reference and 共计/合计 before the sum in
 * its clause, with no word saying it was reduced or grown (扣除已付, 减免, 剩余, 利息).
 */
export function restatedTotals(item: ItemView): Entity[] {
  return item.find('money').filter((money) => {
    const clause = item.clauses.find((c) => c.start <= money.start && money.start < c.end);
    if (!clause) return false;
    const before = clause.text.slice(0, money.start - clause.start);
    return REFERENCE.test(before) && totalBefore(before) && !ADJUSTED.test(clause.text);
  });
}

/** The earlier sums a restated total may be checked against: none when any of them accrues interest. */
export function comparableSums(earlier: readonly ItemView[]): Entity[] | null {
  if (earlier.some((item) => item.has('rate') || interestAwards(item).length > 0)) return null;
  const sums = earlier.flatMap((item) => item.find('money')).filter((m) => m.value !== undefined);
  return sums.length > 0 && sums.length <= MOST_SUMS ? sums : null;
}

/** Whether a value is one of the sums or what some of them add up to. */
export function addsUpFrom(value: number, sums: readonly Entity[]): boolean {
  const values = sums.map((m) => m.value ?? 0);
  for (let mask = 1; mask < 1 << values.length; mask++) {
    let total = 0;
    values.forEach((v, i) => {
      if (mask & (1 << i)) total += v;
    });
    if (Math.abs(total - value) <= 0.005) return true;
  }
  return false;
}

/** Labels before a sum written again in the parenthesis after it (（大写：…）, （小写…）), longest first. */
const FIGURE_LABELS = [...words('figure-label')].sort((a, b) => b.length - a.length);
const OPENING = ['（', '('];
const COLONS = ['：', ':'];

/** Whether the words between two sums make the second the first written again: 叁万伍仟元整（53000元）. */
function writtenAgain(between: string): boolean {
  let rest = between.trim();
  const opening = OPENING.find((mark) => rest.startsWith(mark));
  if (!opening) return false;
  rest = rest.slice(opening.length).trim();
  const label = FIGURE_LABELS.find((word) => rest.startsWith(word));
  if (label) rest = rest.slice(label.length);
  const colon = COLONS.find((mark) => rest.startsWith(mark));
  return (colon ? rest.slice(colon.length) : rest).trim() === '';
}

/** A sum written again in figures or in words that is another amount: 人民币叁万伍仟元整（53000元）. */
export function sumsWrittenAgainDiffering(item: ItemView): { first: Entity; again: Entity }[] {
  const sums = item.find('money');
  const differing: { first: Entity; again: Entity }[] = [];
  sums.forEach((first, i) => {
    const again = sums[i + 1];
    if (!again || first.value === undefined || again.value === undefined) return;
    const between = item.text.slice(first.end - item.start, again.start - item.start);
    if (writtenAgain(between) && Math.abs(first.value - again.value) > 0.005)
      differing.push({ first, again });
  });
  return differing;
}
