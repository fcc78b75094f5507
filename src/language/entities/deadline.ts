/**
 * Time limits for performance: 本判决生效之日起十日内, 判决生效后三十日内, 于2024年12月31日前, 立即, 当庭,
 * 每月15日前, 限…内, 本调解书签收之日. Periods are written in Arabic or Chinese numerals.
 */
import { CHINESE_NUMERAL_CHARS } from '../../lexicon/numerals.js';
import { type Entity, matchAll } from './entity.js';
import { BACK_REFERENCE, CHINESE_DIGITS } from '../../lexicon/patterns.js';
import { alternation } from '../../lexicon/index.js';
import { PAYMENT_VERBS } from '../lexicon.js';

const NUM = `[\\d${CHINESE_NUMERAL_CHARS}]{1,5}`;
const SPAN = `${NUM}\\s?(?:个)?${alternation('deadline-unit')}`;
const INSIDE = alternation('within');
const WITHIN = `${alternation('deadline-end')}?`;
const YEAR_MONTH = `[\\d〇○零一二三四五六七八九]{4}\\s?年\\s?[\\d${CHINESE_DIGITS}]{1,3}\\s?月`;

const PATTERNS: RegExp[] = [
  // 本判决生效之日起十日内 / 判决发生法律效力后三十日内 / 本调解书生效后十五日内 / 收到本判决之日起…
  new RegExp(
    `(?:生效|发生(?:法律)?效力|送达|签收|收到[^，。；]{0,12}|确认|作出|本判决|本调解书)(?:之日|后|起|之次日)[^，。；]{0,6}?${SPAN}${WITHIN}`,
    'g',
  ),
  // 于2024年12月31日前 / 在2024年12月31日之前 / 2024年12月31日以前 / 于二〇二四年…前
  /(?:于|在|限|应于|须于|最迟于|之前于)?\s?(?:\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日|[〇○零一二三四五六七八九]{4}年[^，。；]{1,6}日)\s?(?:前|之前|以前|止前|当日|当天|内)/g,
  // By a month: 2025年3月底前, 2025年6月内 (not 2024年1月前的欠款); instalments by month: 2025年3月、6月、9月各支付
  // 30000元 (not 2023年10月、11月的租金, which names what is paid)
  /\d{4}\s?年\s?\d{1,2}\s?月(?:底|末)?(?:前|之前|以前|内)(?!的)|\d{4}\s?年\s?\d{1,2}\s?月(?:\s?、\s?\d{1,2}\s?月)+(?:各|分别)?(?=支付|给付|偿还|付清|归还|还款)/g,
  // Counted from the judgment taking effect, in the words the patterns above miss: 判决生效后10内 (a draft that
  // dropped the unit still gives a time limit, days as the default reading), 本判决生效十日内 (后 left out), and the
  // day itself, 本判决生效之日 / 发生法律效力之次日 (a day, not a period)
  new RegExp(
    `(?:生效|发生(?:法律)?效力)(?:(?:之日起|后)${NUM}${INSIDE}|${SPAN}${INSIDE}|(?:之日|之次日|当日|次日)(?!起))`,
    'g',
  ),
  // A period counted from an event: 过户登记完成之日起十日内, 收到发票后十五日内
  new RegExp(`(?:之日|之次日|后)起?[^，。；]{0,4}?${SPAN}${INSIDE}`, 'g'),
  // 立即 / 当庭 / 当场 / 即时 / 签收时
  new RegExp(alternation('immediately'), 'g'),
  // 每月15日前 / 每月底前 / 每年6月30日前
  new RegExp(`每(?:月|季|季度|年)[^，。；]{0,8}?(?:${NUM}日|月底|末|底)${alternation('before-date')}`, 'g'),
  // 限…日内 / 在…日内 / 于2024年底前; not the year of a date (于2024年1月8日提出: full dates are matched above)
  new RegExp(`(?:限|在|于)(?!${YEAR_MONTH}(?![底末前内]|之前|以前))${SPAN}${WITHIN}`, 'g'),
  // A payment due when a stated, verifiable event happens: 由原告在获得保险赔偿款时返还, 于收到拆迁补偿款之日支付,
  // 在保险赔偿款到账当日返还, 于过户登记完成当日支付, 在登记办理完毕之前付清 — the time of the payment that follows it
  // (not of a receipt to be issued: 在收到货款时出具发票). Not a bare 收到…后, which says when the duty begins but not
  // by when it is done (as 本判决生效后 alone does not).
  new RegExp(
    `(?:在|于|待)[^，。；]{0,30}?${alternation('timing-event')}[^，。；]{0,30}?(?:时(?![间效])|之时|当日|当天|之日(?!起)|之前|以前)(?=，?[^，。；]{0,16}?(?:${[...PAYMENT_VERBS].join('|')}))`,
    'g',
  ),
  // 在履行上述义务时一并 / 随…一并 / 同时 / 与本金同时支付 / 与第一项款项同期给付
  /(?:履行[^，。；]{0,10}(?:时|同时)|一并|与[^，。；]{1,12}?同(?:时|期))(?:支付|给付|付清|负担|偿还|清偿|返还)/g,
  // The time limit of another item: 于前项期限内支付, 在本判决第一项确定的履行期限内
  new RegExp(
    `(?:于|在)(?:${BACK_REFERENCE}|前项|(?:本判决)?第[${CHINESE_DIGITS}\\d、]+项)[^，。；]{0,10}?期限${INSIDE}`,
    'g',
  ),
];

export function recognizeDeadlines(text: string): Entity[] {
  return PATTERNS.flatMap((pattern) => matchAll(text, pattern, 'deadline'));
}
