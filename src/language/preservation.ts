/**
 * Preservation during litigation (财产保全, 诉前保全; 查封, 冻结, 扣押 ordered by the court). 绵阳办法 第12项 wants the result
 * — which property, how much — written into the judgment; "本院依法采取了保全措施" says only that something was done.
 */
import { CHINESE_DIGITS } from '../lexicon/patterns.js';

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
