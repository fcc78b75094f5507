/**
 * The start and end of an accrual period: 自2023年1月1日起, 从起诉之日起, 自本判决确定的给付期限届满之次日起,
 * 2023年9月1日至…;
 * 至实际清偿之日止, 计算至2024年6月30日, 至款项付清之日.
 */
import { type Entity, matchAll } from './entity.js';

const DATE = '\\d{4}\\s?年\\s?\\d{1,2}\\s?月\\s?\\d{1,2}\\s?日';
// 自起诉之日（2024年3月5日）起: the date may be given in a parenthesis; 2023年9月1日至2024年3月4日: a date range.
const START = new RegExp(
  `(?:自|从|由)[^，。；、（）()]{1,40}?(?:[（(][^，。；（）()]{1,20}[）)])?(?:起|开始|始)|(?:自|从)\\s?${DATE}|${DATE}(?:起|开始|始)|${DATE}(?=\\s?(?:至|到))`,
  'g',
);
// 到 of 收到/送到/得到/达到 (于收到本支付令之日起十五日内) is not an end.
const END =
  /(?:至|(?<![收送得达])到|计至|算至|截至|止于|直至)[^，。；（）()]{0,30}?(?:清偿|付清|还清|履行完毕|给付|支付|偿还|返还|腾退|交付|还款|执行完毕|之日|日|止)(?:完毕)?(?:之日|日)?止?|\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日止/g;

export function recognizePeriodBounds(text: string): Entity[] {
  return [...matchAll(text, START, 'periodStart'), ...matchAll(text, END, 'periodEnd')];
}
