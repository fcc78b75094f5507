/**
 * 焦作山阳规定 第十八条第（一）项：需要计算利息、违约金的，应明确起止时间。
 * Interest to be computed needs both ends of its period: from when (自2023年1月1日起, 自起诉之日起) and until when
 * (至实际清偿之日止, 计算至2024年6月30日).
 */
import { defineRule } from '../../src/engine/rule.js';
import type { TextView } from '../../src/language/item-view.js';
import { ON_DEFAULT } from '../../src/language/lexicon.js';
import { interestAwards } from '../../src/language/obligations.js';

/**
 * A penalty for late payment (逾期支付第一项款项的，按每日万分之五支付违约金至付清之日止) accrues from the day after
 * the deadline it is a default of: 第十八条第（一）项 asks for 起止时间 that are 明确, and that day is fixed by the
 * deadline the document states, so the start need not be written again. Only where the clause hangs the penalty on
 * a default and the document (this item or an earlier one) sets a time limit to default on.
 */
function startsOnDefault(clause: TextView, termStart: number, deadlineBefore: boolean): boolean {
  return deadlineBefore && ON_DEFAULT.test(clause.text.slice(0, termStart - clause.start));
}

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
      // A penalty for late repayment runs from the day after the stated deadline.
      '一、被告于2023年12月31日前偿还原告借款80000元；\n二、被告迟延还款的，以未还金额为基数，按年利率3.45%支付违约金至还清之日止。',
      // A fixed penalty, named again only as what may be enforced.
      {
        items:
          '二、被告未按第一项约定按期足额支付的，应另行向原告张德明支付违约金5000元，原告张德明可就未付劳动报酬及违约金一并申请强制执行；',
        kind: 'mediation',
      },
      '一、被告于本判决生效之日起十日内偿还原告借款本金100000元及利息（以100000元为基数，自2023年1月1日起至实际清偿之日止，按全国银行间同业拆借中心公布的一年期贷款市场报价利率计算）。',
      '二、被告于本判决生效之日起十日内支付原告资金占用费（以80000元为基数，从2021年3月1日起按年利率3.85%计算至2023年2月28日止）。',
      '三、被告于本判决生效之日起十日内支付原告逾期付款利息（以120000元为基数，自起诉之日即2023年4月2日起至实际付清之日止，按一年期贷款市场报价利率计算）。',
      '（三）上诉人于本判决生效之日起十日内支付被上诉人逾期利息（以340000元为基数，自起诉之日（2024年3月5日）起至实际清偿之日止，按年利率14.6%计算）；',
      '（四）上诉人于本判决生效之日起十日内支付被上诉人以340000元为基数、2023年9月1日至2024年3月4日期间的逾期利息，按年利率14.6%计算；',
      '五、被告于本判决生效之日起十日内支付原告违约金（按月租金8000元的30%计算）；',
      '四、变更被告罗明贵为本院（2021）黔03执557号执行案件的被执行人，对该案判决确定的债务人民币356000元及利息承担清偿责任；',
      '二、被告共同归还原告押金500000元，支付利息损失117600元，合计617600元，于本判决生效之日起十日内付清。2018年11月30日之后的利息按本金500000元参照银行同期贷款利率计算至债务实际清偿之日。',
      '一、被告于本判决生效后15日内偿还原告借款本金4421974.76元及利息（2013年6月28日之前的利息已结清，之后发生的利息按年利率12%计算到本判决确定的还款期限日止）；',
      '一、被告于本判决生效后十五日内偿还原告借款本金29341.18元和截止至2017年11月5日的利息5888.16元。此后产生的复利、罚息，以未偿还欠款本金、期内利息之和为基准，按年利率18.954%计算至实际给付之日止；',
      '被告于本判决生效后十五日内向原告连带清偿借款70500元及其利息（其中70000元从2013年12月26日起按中国人民银行公布的同期一年期贷款基准利率四倍计息，500元从2013年8月4日起按同期一年期贷款基准利率计息，利随本清）。',
      {
        items:
          '一、各案被告于本判决发生法律效力之日起十日内向原告支付处置费用的二分之一（具体金额详见附表）及利息（利息按中国人民银行同期同类贷款基准利率计至实际清偿之日止，具体起算时间详见附表）；',
        kind: 'civil',
        attachment: `附表：各案被告应付处置费用及利息起算时间\n\n| 序号 | 被告 | 应付金额（元） | 利息起算时间 |\n| --- | --- | --- | --- |\n| 1 | 王某 | 23500 | 2021年3月1日 |\n| 2 | 赵某某 | 18200 | 2021年5月1日 |`,
      },
      '一、被告于本判决生效之日起十日内向原告支付物业服务费及逾期缴纳物业费产生的违约金，共计人民币206981.5元；',
    ],
    invalid: [
      // No deadline anywhere to be late on: the start of the penalty is not fixed.
      {
        code: '二、被告逾期付款的，以未付货款为基数按每日万分之五支付违约金至付清之日止。',
        at: '支付违约金',
      },
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
    const items = orders();
    const firstTimed = items.findIndex((item) => item.has('deadline'));
    items.forEach((item, index) => {
      for (const { clause, term, scope } of interestAwards(item)) {
        const hasStart =
          scope.has('periodStart') ||
          startsOnDefault(clause, term.start, firstTimed >= 0 && firstTimed <= index);
        const hasEnd = scope.has('periodEnd');
        if (hasStart && hasEnd) continue;
        const missing = !hasStart && !hasEnd ? '起算日和截止日' : hasStart ? '截止日' : '起算日';
        report({ at: term, item, detail: `缺少${missing}` });
      }
    });
  },
});
