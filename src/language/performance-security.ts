/**
 * 焦作山阳规定 第三条: an instalment agreement is secured by a clause guaranteeing performance (another's joint or
 * guarantor's liability, a mortgage or pledge, a performance deposit) as well as by a default clause.
 */
import type { TextView } from './item-view.js';
import { wordPattern } from '../lexicon/index.js';
import { NOTHING_TO_ENFORCE } from './lexicon.js';

const SECURITY = wordPattern('performance-security');

/** Whether an item secures the agreement's performance, and does not dismiss or deny doing so. */
export function securesPerformance(item: TextView): boolean {
  return SECURITY.test(item.text) && !NOTHING_TO_ENFORCE.test(item.text);
}
