/**
 * The start and end of an accrual period: 自2023年1月1日起, 从起诉之日起, 自本判决确定的给付期限届满之次日起,
 * 2023年9月1日至…;
 * 至实际清偿之日止, 计算至2024年6月30日, 至款项付清之日, 利随本清 (until the principal is repaid).
 */
import { type Entity, matchAll } from './entity.js';

const DATE = '\\d{4}\\s?年\\s?\\d{1,2}\\s?月\\s?\\d{1,2}\\s?日';
// 自起诉之日（2024年3月5日）起: the date may be given in a parenthesis; 2023年9月1日至2024年3月4日: a date range.
// 2018年11月30日之后的利息; after a cut-off stated before (截至2017年11月5日的利息…。此后产生的罚息; …之前的利息已结清，
// 之后发生的利息); a start given in the attachment (具体起算时间详见附表).
const START = new RegExp(
  `(?:自|从|由)[^，。；、（）()]{1,40}?(?:[（(][^，。；（）()]{1,20}[）)])?(?:起|开始|始)|(?:自|从)\\s?${DATE}|${DATE}(?:起|开始|始|之后|以后)|${DATE}(?=\\s?(?:至|到))|(?<=[，。；,;（(])(?:此后|之后|其后|以后)(?:产生|发生)?的|起算(?:时间|日期|日)[^，。；]{0,4}(?:详见|见)(?:附表|附件|清单)`,
  'g',
);
// 到 of 收到/送到/得到/达到 (于收到本支付令之日起十五日内) is not an end.
const END =
  /(?:至|(?<![收送得达])到|计至|算至|截至|止于|直至)[^，。；（）()]{0,30}?(?:清偿|付清|还清|履行完毕|给付|支付|偿还|返还|腾退|交付|还款|执行完毕|之日|日|止)(?:完毕)?(?:之日|日)?止?|\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日止|[利息]随本清/g;

export function recognizePeriodBounds(text: string): Entity[] {
  return [...matchAll(text, START, 'periodStart'), ...matchAll(text, END, 'periodEnd')];
}
