/**
 * 焦作山阳规定 第十八条第（一）项：需要计算利息、违约金的，应明确计算标准。
 * Interest to be computed must state its rate or standard: 年利率3.85%, 日万分之五, 一年期贷款市场报价利率,
 * LPR的1.5倍, 按每日50元. "按合同约定" in place of a rate is the separate rule interest/per-contract.
 */
import { defineRule } from '../../src/engine/rule.js';
import { PER_CONTRACT } from '../../src/language/lexicon.js';
import { interestAwards } from '../../src/language/obligations.js';

export default defineRule({
  id: 'interest/rate-missing',
  name: '利息、违约金未写明计算标准',
  category: 'interest.rate',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（一）项',
    quote: '需要计算利息、违约金的，应明确计算基数、标准、起止时间等',
  },
  message: '判令支付利息或违约金，但未写明利率或计算标准',
  suggestion:
    '写明利率或标准，如“按年利率3.85%计算”“按日万分之五计算”“按全国银行间同业拆借中心公布的一年期贷款市场报价利率计算”',
  examples: {
    valid: [
      // A fixed penalty, named again only as what may be enforced.
      {
        items:
          '二、被告未按第一项约定按期足额支付的，应另行向原告张德明支付违约金5000元，原告张德明可就未付劳动报酬及违约金一并申请强制执行；',
        kind: 'mediation',
      },
      // A fixed sum needs no rate (a slot left for one, 违约金[金额]元, is the placeholder rule's finding).
      '一、被告于本判决生效之日起十日内支付原告逾期交房违约金36000元；',
      // A fixed sum in a table whose column header gives the unit.
      {
        items: [
          '一、被告于本判决生效之日起十日内支付原告下列款项：',
          '| 序号 | 款项 | 金额（元） |\n| --- | --- | --- |\n| 1 | 工程款 | 286000 |\n| 2 | 逾期付款违约金 | 12000 |',
        ],
        kind: 'civil',
      },
      '一、被告于本判决生效之日起十日内偿还原告借款本金100000元及利息（以100000元为基数，自2023年1月1日起至实际清偿之日止，按全国银行间同业拆借中心公布的一年期贷款市场报价利率计算）。',
      '二、被告于本判决生效之日起十日内支付原告违约金（以386500元为基数，自2022年11月28日起至实际付清之日止，按每日万分之三计算）。',
      '三、被告于本判决生效之日起十日内支付原告逾期利息（以50000元为基数，自2021年1月1日起至实际清偿之日止，按年利率24%计算）。',
      '四、被告于本判决生效之日起十日内支付原告逾期付款损失（以欠款60000元为基数，自2020年8月20日起至实际付清之日止，按同期全国银行间同业拆借中心公布的贷款市场报价利率的1.3倍计算）。',
      '五、被告于本判决生效之日起十日内支付原告借期内利息18000元。',
      '五、被告于本判决生效之日起十日内支付原告违约金（按月租金8000元的30%计算）；',
      '四、变更被告罗明贵为本院（2021）黔03执557号执行案件的被执行人，对该案判决确定的债务人民币356000元及利息承担清偿责任；',
      '一、被告于本判决生效之日起一个月内向原告支付人民币1.8亿元及利息（利息以人民币1.8亿元为基数，从2017年4月24日起按中国人民银行同期贷款利息计算至实际付清之日止）；',
      '一、被告于本判决生效之日起十日内向原告支付物业服务费及逾期缴纳物业费产生的违约金，共计人民币206981.5元；',
    ],
    invalid: [
      {
        code: '一、被告于本判决生效之日起十日内支付原告本判决确定的货款386450元及利息（自2023年5月1日起至实际付清之日止）。',
        at: '利息',
      },
      {
        code: '二、被告于本判决生效之日起十日内支付原告违约金（以欠付货款386450元为基数，自2023年5月1日起计算至实际付清之日止）。',
        at: '违约金',
      },
      {
        code: '一、被告于本判决生效之日起十日内偿还原告借款本金80000元及利息（自2023年1月1日起至实际清偿之日止）。',
        at: '利息',
      },
    ],
  },
  check({ document, orders, report }) {
    if (document.kind.category === '刑事') return;
    for (const item of orders()) {
      for (const { term, scope } of interestAwards(item)) {
        if (scope.has('rate') || PER_CONTRACT.test(scope.text)) continue;
        report({ at: term, item });
      }
    }
  },
});
