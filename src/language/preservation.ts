/**
 * Preservation during litigation (财产保全, 诉前保全; 查封, 冻结, 扣押 ordered by the court). 绵阳办法 第12项 wants the result
 * — which property, how much — written into the judgment; "本院依法采取了保全措施" says only that something was done.
 */
import { CHINESE_DIGITS } from '../lexicon/patterns.js';
import { alternation, wordPattern } from '../lexicon/index.js';
import { TextView } from './item-view.js';
import type { TextSpan } from '../document/span.js';
import { sentenceEnd, sentenceStart } from '../document/sections.js';

/**
 * A sentence saying the court ordered or carried out preservation, or granted a request for it ("原告申请财产保全，本院
 * 裁定予以准许", "原告申请财产保全，本院作出（2018）…号民事裁定书" — a ruling's number is not its result). 证据保全
 * and 行为保全 seize no property for the judgment to be paid from, so they have no result of the kind 第12项 asks for.
 */
const COURT = alternation('preserving-court');
const PRESERVATIONS_TAKEN = new RegExp(
  String.raw`${COURT}[^。；]{0,24}?(?:裁定|采取|作出|进行|实施|准许|准予|予以)[^。；]{0,12}?(?<!证据|行为)(?:财产保全|诉讼保全|诉前保全|保全措施|保全裁定|保全)|(?<!证据|行为)(?:财产|诉讼|诉前)?保全(?:申请)?[^。；]{0,20}?${COURT}[^。；]{0,20}?(?:准许|准予|同意|作出)|${COURT}(?:依法|依申请)?(?:查封|冻结|扣押)了?(?![^。；]{0,40}(?:房|车|存款|账户|股权|土地|财产|元))`,
  'g',
);

/** Preservation costs and guarantees are not the preservation itself. */
export const PRESERVATION_COSTS = wordPattern('preservation-costs');

/**
 * What a stated preservation result names: the property, a quantity (一套, 3辆) or a sum. Read in a stretch of whole
 * sentences, a line break is where one sentence ends, never the space between a sum and its 元.
 */
export const PRESERVATION_RESULT = new RegExp(
  String.raw`${alternation('preserved-property')}|[\d${CHINESE_DIGITS}]+(?:套|辆|台|处|宗|间)|\d[^\S\n]?元|万元`,
);

/** A neighbouring sentence counts only when it speaks of the preservation too. */
const PRESERVATION_WORD = wordPattern('seizure');

/** A stretch of a text, as a view. */
function viewOf(text: string, start: number, end: number): TextView {
  return new TextView({ start, end, text: text.slice(start, end) });
}

/**
 * Each preservation a text records as taken, with its sentence and the stretch its result may be stated in: the
 * sentence, with the sentence before (the request) and after (what was frozen) when they speak of the preservation
 * too and not of its costs. A sentence about preservation costs or guarantees records no preservation.
 */
export function preservationsTaken(text: string): { at: TextSpan; sentence: TextView; scope: TextView }[] {
  const found: { at: TextSpan; sentence: TextView; scope: TextView }[] = [];
  const pattern = PRESERVATIONS_TAKEN;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const start = sentenceStart(text, m.index, 0);
    const end = sentenceEnd(text, m.index);
    if (PRESERVATION_COSTS.test(text.slice(start, end))) continue;
    const speaksOfIt = (s: string) => PRESERVATION_WORD.test(s) && !PRESERVATION_COSTS.test(s);
    const beforeStart = sentenceStart(text, Math.max(0, start - 1), 0);
    const afterEnd = sentenceEnd(text, Math.min(text.length, end + 1));
    const from = speaksOfIt(text.slice(beforeStart, start)) ? beforeStart : start;
    const to = speaksOfIt(text.slice(end, afterEnd)) ? afterEnd : end;
    found.push({
      at: { start: m.index, end: m.index + m[0].length, text: m[0] },
      sentence: viewOf(text, start, end),
      scope: viewOf(text, from, to),
    });
  }
  return found;
}
