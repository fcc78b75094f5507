/**
 * 焦作山阳规定 第十八条第（一）项：判决双方互负给付义务的，应明确履行顺序。
 * One side returns the machine, the other refunds the deposit: without "同时" or "收到…后", each can wait for the
 * other and neither order can be enforced first.
 */
import { defineRule } from '../../src/engine/rule.js';
import { PERFORMANCE_ORDER, CONCURRENT_PART, RETURN_SET_OFF } from '../../src/language/duties/things.js';
import { DENIAL, NOTHING_TO_ENFORCE } from '../../src/language/lexicon.js';
import { dueDay } from '../../src/language/duties/ordering.js';
import { leadUp, ordersEarlierItems, refunds, thingReturns } from '../../src/language/duties/exchange.js';

export default defineRule({
  id: 'mutual/order-missing',
  name: '互负给付义务未明确履行顺序',
  category: 'mutual.order',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（一）项',
    quote: '互负给付义务的，应明确各自履行顺序',
  },
  message: '双方互负给付义务（一方交付或返还财物、另一方支付或退还款项），但未明确履行顺序',
  suggestion:
    '写明顺序，如“原告于被告返还挖掘机的同时退还被告押金30000元”或“原告于收到挖掘机之日起三日内退还被告押金30000元”',
  examples: {
    valid: [
      // The delivery is timed by the payment in the part before it.
      '一、被告于2024年12月31日前向原告支付剩余车款45000元；\n二、被告付清剩余车款的同时，原告将车牌号为豫H5K238的小型轿车一辆交付被告。',
      // Each side has its own day: the machine is handed over before the price falls due.
      '一、原告于2024年5月10日前将其所有的小松PC200挖掘机一台交付被告；\n二、被告于2024年5月25日前向原告支付挖掘机价款420000元。',
      // A thing not returned is deducted from the refund.
      '二、被告于本判决生效之日起十日内退还原告购机款12800元；\n三、原告于本判决生效之日起十日内将所购的跑步机一台返还被告，由被告上门取回；原告不能返还跑步机的，在被告应退还的购机款中扣除9000元。',
      '一、被告于本判决生效之日起三十日内协助原告办理位于焦作市山阳区太行中路88号3幢201室房屋的产权过户登记手续；\n二、原告于上述房屋过户登记完成之日起十日内向被告支付剩余购房款300000元。',
      '二、被告于本判决生效之日起十日内将三一SY75C型挖掘机一台返还原告；\n三、原告于收到上述挖掘机之日起三日内退还被告押金30000元。',
      '二、被告韩雪于2018年7月31日前将西安市雁塔区小寨东路126号百隆广场1层A-107号商铺腾空并交还原告马俊；\n四、原告马俊于收回上述商铺之日起十日内退还被告韩雪租赁押金16000元。',
      '一、被告于本判决生效之日起十日内将大众朗逸轿车一辆（号牌豫H5D8K2）返还原告，原告在被告返还车辆的同时退还被告购车款80000元。',
      '一、被告于2024年6月30日前向原告交付大众朗逸轿车一辆（车架号LSVNV2182E2123456）；\n二、原告于收到车辆之日起三日内向被告支付购车款余款50000元。',
      '一、被告于本判决生效之日起十日内返还原告履约保证金80000元；\n二、原告于本判决生效之日起十日内向被告移交案涉工程的竣工图二套。',
      '二、被告返还原告预付款270000元；\n三、原告将三坐标测量仪一台（出厂编号CM2309115）退还被告；\n四、上述第二、三项义务，双方应于本判决生效之日起十五日内在原告住所地同时履行。',
    ],
    invalid: [
      {
        code: '二、被告于本判决生效之日起十日内将三一SY75C型挖掘机一台返还至原告位于焦作市山阳区工业路88号的设备堆场；\n三、原告于本判决生效之日起十日内退还被告押金30000元。',
        at: '三、原告于本判决生效之日起十日内退还被告押金30000元。',
      },
      {
        code: '一、被告于2024年6月30日前向原告交付大众朗逸轿车一辆（车架号LSVNV2182E2123456）；\n二、原告于2024年6月30日前向被告支付购车款余款50000元。',
        at: '二、原告于2024年6月30日前向被告支付购车款余款50000元。',
      },
      {
        code: '二、被告于本判决生效之日起十日内返还原告货款2680元，原告于本判决生效后十日内退还被告“山药粉”礼盒四盒。',
        at: '二、被告于本判决生效之日起十日内返还原告货款2680元',
      },
      {
        code: '二、原告向被告支付剩余购房款200000元，被告协助原告办理学知园5号楼3单元702号房屋的所有权转移登记手续。',
        // Neither the payment nor the transfer has a time limit either.
        alsoReports: ['money/deadline-missing', 'property/terms-missing'],
        at: '二、原告向被告支付剩余购房款200000元',
      },
    ],
  },
  check({ document, orders, report }) {
    if (document.kind.category === '刑事' || document.kind.category === '行政') return;
    const items = orders().filter((item) => !NOTHING_TO_ENFORCE.test(item.text) && !DENIAL.test(item.text));
    const orderAfter = items.filter(ordersEarlierItems).map((item) => item.index);
    const things = items.flatMap(thingReturns);
    for (const refund of items.flatMap(refunds)) {
      const answered = things.find((t) => t.from === refund.to && t.to === refund.from);
      if (!answered) continue;
      if (
        [leadUp(refund), leadUp(answered)].some((t) => PERFORMANCE_ORDER.test(t) || CONCURRENT_PART.test(t))
      )
        continue;
      if (orderAfter.some((i) => i > Math.max(refund.item.index, answered.item.index))) continue;
      // Each side due by its own day: the earlier performs first.
      const refundDue = dueDay(refund.clause) ?? dueDay(refund.item);
      const answeredDue = dueDay(answered.clause) ?? dueDay(answered.item);
      if (refundDue !== null && answeredDue !== null && refundDue !== answeredDue) continue;
      // What is not returned is deducted from the refund: the refund is owed net, whenever the thing comes back.
      if (RETURN_SET_OFF.test(refund.item.text) || RETURN_SET_OFF.test(answered.item.text)) continue;
      report({ at: refund.clause, item: refund.item });
    }
  },
});
