/**
 * Preservation during litigation (财产保全, 诉前保全; 查封, 冻结, 扣押 ordered by the court). 绵阳办法 第12项 wants the result
 * — which property, how much — written into the judgment; "本院依法采取了保全措施" says only that something was done.
 */
import { CHINESE_DIGITS } from '../lexicon/patterns.js';
import { wordPattern } from '../lexicon/index.js';
import type { TextSpan } from '../document/span.js';
import { sentenceEnd, sentenceStart } from '../document/sections.js';

/**
 * A sentence saying the court ordered or carried out preservation, or granted a request for it ("原告申请财产保全，本院
 * 裁定予以准许", "原告申请财产保全，本院作出（2018）…号民事裁定书" — a ruling's number is not its result). 证据保全
 * and 行为保全 seize no property for the judgment to be paid from, so they have no result of the kind 第12项 asks for.
 */
export const PRESERVATION_TAKEN =
  /(?:本院|我院)[^。；]{0,24}?(?:裁定|采取|作出|进行|实施|准许|准予|予以)[^。；]{0,12}?(?<!证据|行为)(?:财产保全|诉讼保全|诉前保全|保全措施|保全裁定|保全)|(?<!证据|行为)(?:财产|诉讼|诉前)?保全(?:申请)?[^。；]{0,20}?(?:本院|我院)[^。；]{0,20}?(?:准许|准予|同意|作出)|(?:本院|我院)(?:依法|依申请)?(?:查封|冻结|扣押)了?(?![^。；]{0,40}(?:房|车|存款|账户|股权|土地|财产|元))/;

/** Preservation costs and guarantees are not the preservation itself. */
export const PRESERVATION_COSTS = /保全(?:费|申请费|保险费|担保费|责任保险|担保保险)|保函/;

/** What a stated preservation result names: an amount, a quantity, or the property. */
export const PRESERVED_PROPERTY = new RegExp(
  String.raw`房屋|房产|不动产|土地|林权|车辆|车牌|号牌|存款|银行账户|账户|账号|股权|股份|设备|货物|名下|权证|[\d${CHINESE_DIGITS}]+(?:套|辆|台|处|宗|间)`,
);

/** A neighbouring sentence counts only when it speaks of the preservation too. */
const PRESERVATION_WORD = wordPattern('seizure');
const STATED_SUM = /\d\s?元|万元/;

const PRESERVATIONS_TAKEN = new RegExp(PRESERVATION_TAKEN.source, 'g');

/**
 * Where a text records a preservation taken without its result: neither its sentence nor the sentence before (the
 * request) or after (what was frozen), when they speak of the preservation too, names the property or a sum.
 * Preservation costs and guarantees are not the preservation itself.
 */
export function preservationsWithoutResult(text: string): TextSpan[] {
  const found: TextSpan[] = [];
  const pattern = PRESERVATIONS_TAKEN;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const start = sentenceStart(text, m.index, 0);
    const end = sentenceEnd(text, m.index);
    if (PRESERVATION_COSTS.test(text.slice(start, end))) continue;
    const before = text.slice(sentenceStart(text, Math.max(0, start - 1), 0), start);
    const after = text.slice(end, sentenceEnd(text, Math.min(text.length, end + 1)));
    const scope = [before, text.slice(start, end), after].filter(
      (s, i) => i === 1 || (PRESERVATION_WORD.test(s) && !PRESERVATION_COSTS.test(s)),
    );
    if (scope.some((s) => PRESERVED_PROPERTY.test(s) || STATED_SUM.test(s))) continue;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return found;
}
