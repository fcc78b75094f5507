/**
 * 焦作山阳规定 第十八条第（一）项：需要计算利息、违约金的，应明确起止时间。
 * Interest to be computed needs both ends of its period: from when (自2023年1月1日起, 自起诉之日起) and until when
 * (至实际清偿之日止, 计算至2024年6月30日).
 */
import { defineRule } from '../../src/engine/rule.js';
import { interestAwards } from '../../src/language/obligations.js';

export default defineRule({
  id: 'interest/period-missing',
  name: '利息、违约金未写明起止时间',
  category: 'interest.period',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（一）项',
    quote: '需要计算利息、违约金的，应明确计算基数、标准、起止时间等',
  },
  message: '判令支付利息或违约金，但未写明计算的起止时间',
  suggestion: '写明起算日和截止日，如“自2022年11月28日起至实际付清之日止”',
  examples: {
    valid: [
      '一、被告于本判决生效之日起十日内偿还原告借款本金100000元及利息（以100000元为基数，自2023年1月1日起至实际清偿之日止，按全国银行间同业拆借中心公布的一年期贷款市场报价利率计算）。',
      '二、被告于本判决生效之日起十日内支付原告资金占用费（以80000元为基数，从2021年3月1日起按年利率3.85%计算至2023年2月28日止）。',
      '三、被告于本判决生效之日起十日内支付原告逾期付款利息（以120000元为基数，自起诉之日即2023年4月2日起至实际付清之日止，按一年期贷款市场报价利率计算）。',
      '（三）上诉人于本判决生效之日起十日内支付被上诉人逾期利息（以340000元为基数，自起诉之日（2024年3月5日）起至实际清偿之日止，按年利率14.6%计算）；',
      '（四）上诉人于本判决生效之日起十日内支付被上诉人以340000元为基数、2023年9月1日至2024年3月4日期间的逾期利息，按年利率14.6%计算；',
      '五、被告于本判决生效之日起十日内支付原告违约金（按月租金8000元的30%计算）；',
    ],
    invalid: [
      {
        code: '二、被告于本判决生效之日起十日内向原告支付逾期付款违约金（以386500元为基数，按每日万分之三计算至货款实际付清之日止）；',
        at: '逾期付款违约金',
      },
      {
        code: '一、被告于本判决生效之日起十日内支付原告借款本金50000元及利息（按年利率6%计算）。',
        at: '利息',
      },
      // 收到 in the time limit is not the end of the accrual period.
      {
        code: '被申请人黄某应当自收到本支付令之日起十五日内，给付申请人借款本金500000元及利息（以500000元为基数，自2022年3月1日起按年利率6%计算）。',
        at: '利息',
      },
    ],
  },
  check({ document, orders, report }) {
    if (document.kind.category === '刑事') return;
    for (const item of orders()) {
      for (const { term, scope } of interestAwards(item)) {
        const hasStart = scope.has('periodStart');
        const hasEnd = scope.has('periodEnd');
        if (hasStart && hasEnd) continue;
        const missing = !hasStart && !hasEnd ? '起算日和截止日' : hasStart ? '截止日' : '起算日';
        report({ at: term, item, detail: `缺少${missing}` });
      }
    }
  },
});
