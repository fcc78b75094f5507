/**
 * Interest and penalty standards: 年利率3.85%, 月利率1%, 月息2分, 日万分之五, 按一年期贷款市场报价利率, LPR的1.5倍,
 * 中国人民银行同期同类贷款基准利率 (or the slip 同期贷款利息计算), 按每日50元, 按每月18000元计算.
 */
import { CHINESE_NUMERAL_CHARS } from '../../lexicon/numerals.js';
import { type Entity, matchAll } from './entity.js';
import { alternation, wordAt } from '../../lexicon/index.js';

const NUM = `[\\d.${CHINESE_NUMERAL_CHARS}]{1,8}`;

const PATTERNS: RegExp[] = [
  // 年利率3.85% / 月利率1% / 年息6% / 按年6%计算 / 利率为24%
  /(?:[年月日]?(?:利率|利息率|息|费率)(?:为|按)?|按年|按月|按日|年|月|日)\s?[\d.]{1,8}\s?[%‰]/g,
  // 按256元/天, 100元每日
  /[\d.,]{1,12}\s?元\s?(?:[／/]|每)\s?(?:天|日|月)/g,
  // 按2%的月利率 / 24%的年利率
  /[\d.]{1,8}\s?[%‰]的?[年月日]?(?:利率|息)/g,
  // 月息2分 / 月利率1分5厘
  new RegExp(`[年月]?(?:息|利率)${NUM}分(?:${NUM}厘)?`, 'g'),
  // 日万分之五 / 每日千分之一 / 万分之三
  new RegExp(`(?:[年月日]|每日|每天)?(?:百|千|万)分之${NUM}`, 'g'),
  // 贷款市场报价利率 / LPR / 同期同类贷款(基准)利率 / 同业拆借中心公布的… / 人民银行…利率 / 基准利率
  /(?:一年期|五年期以上|1年期|5年期以上)?贷款市场报价利率|LPR|同期同类(?:人民币)?贷款(?:基准)?利率|同期[^，。；]{0,8}?贷款[^，。；]{0,6}?利率|同期[^，。；]{0,8}?贷款(?:基准)?利息(?=计)|贷款基准利率|同业拆借[^，。；]{0,20}利率|人民银行[^，。；]{0,24}利率|同期(?:银行)?存款利率|逾期(?:贷款|罚息)利率/g,
  // 1.5倍 / 四倍 (of a reference rate)
  new RegExp(`${NUM}\\s?${alternation('multiple')}`, 'g'),
  // 按每日50元 / 每月18000元 / 每天100元计算
  /(?:按|以)?每(?:日|天|月|年|季度)\s?(?:人民币)?[\d.,]{1,12}\s?[万]?元/g,
  // 按应付款的0.05% per day written "每日按…%"
  /每(?:日|天|月)(?:按)?[^，。；]{0,12}?[\d.]{1,8}\s?[%‰]/g,
];

/**
 * A multiple (1.5倍, 二倍) is a standard only of the rate or sum it multiplies (LPR的1.5倍); of a base left unstated
 * (离职前十二个月平均工资的二倍) it fixes no sum.
 */
export const MULTIPLE = wordAt('end', 'multiple');

export function recognizeRates(text: string): Entity[] {
  return PATTERNS.flatMap((pattern) => matchAll(text, pattern, 'rate'));
}

/** A rate stated as a sum per day or month (按每日50元, 256元/天): it needs no base to be computed. */
export function isSumPerPeriod(rate: Entity): boolean {
  return rate.text.includes('元');
}
