/**
 * 焦作山阳规定 第十八条第（一）项：需要计算利息、违约金的，应明确计算基数。
 * Interest, 违约金, 逾期付款损失 or 资金占用费 to be computed must say on what sum: 以X元为基数, or the principal
 * stated just before it in the same clause (支付借款本金100000元及利息…).
 */
import { defineRule } from '../../src/engine/rule.js';
import { INTEREST_BASE, PER_CONTRACT } from '../../src/language/lexicon.js';
import { interestAwards } from '../../src/language/obligations.js';
import { amountInAttachment } from '../../src/language/attachments.js';
import { isSumPerPeriod } from '../../src/language/entities/rate.js';

export default defineRule({
  id: 'interest/base-missing',
  name: '利息、违约金未写明计算基数',
  category: 'interest.base',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（一）项',
    quote: '需要计算利息、违约金的，应明确计算基数、标准、起止时间等',
  },
  message: '判令支付利息或违约金，但未写明计算基数',
  suggestion:
    '写明计算基数，如“以借款本金150000元为基数，自2023年6月20日起至实际清偿之日止，按一年期贷款市场报价利率计算”',
  examples: {
    valid: [
      // Interest given up on early payment is not awarded.
      '四、若被告于2024年12月31日前一次性付清上述全部货款，原告自愿放弃主张逾期付款利息；',
      '一、被告于本判决生效之日起十日内偿还原告借款本金100000元及利息（以100000元为基数，自2023年1月1日起至实际清偿之日止，按全国银行间同业拆借中心公布的一年期贷款市场报价利率计算）。',
      '二、被告于本判决生效之日起十日内支付原告货款50000元及逾期付款利息（自2022年3月1日起至实际付清之日止，按年利率3.85%计算）。',
      '三、被告于本判决生效之日起十日内支付原告违约金（以欠付货款386450元为基数，按日万分之五，自2023年5月1日起计算至付清之日止）。',
      '四、被告于本判决生效之日起十日内支付原告截至2022年8月20日的借期内利息18000元。',
      '五、被告自2024年1月1日起至腾退之日止按每日50元向原告支付占用费违约金，于本判决生效之日起十日内付清。',
      '三、被告于本判决生效之日起十日内支付原告第二项货款的逾期付款损失（自2024年2月1日起至付清之日止，按日万分之三计算）；',
      '一、被告于本判决生效后十五日内偿还原告借款本金29341.18元和截止至2017年11月5日的利息5888.16元。此后产生的复利、罚息，以未偿还欠款本金、期内利息之和为基准，按年利率18.954%计算至实际给付之日止；',
      {
        items:
          '一、各案被告于本判决发生法律效力之日起十日内向原告支付处置费用的二分之一（具体金额详见附表）及利息（利息按中国人民银行同期同类贷款基准利率计至实际清偿之日止，具体起算时间详见附表）；',
        kind: 'civil',
        attachment: `附表：各案被告应付处置费用及利息起算时间\n\n| 序号 | 被告 | 应付金额（元） | 利息起算时间 |\n| --- | --- | --- | --- |\n| 1 | 王某 | 23500 | 2021年3月1日 |\n| 2 | 赵某某 | 18200 | 2021年5月1日 |`,
      },
    ],
    invalid: [
      {
        code: '四、被告于本判决生效之日起十日内支付原告违约金（自2023年6月20日起至借款本金实际清偿之日止，按全国银行间同业拆借中心公布的一年期贷款市场报价利率计算）；',
        at: '违约金',
      },
      {
        code: '二、被告于本判决生效之日起十日内支付原告逾期利息（自2022年1月1日起至实际清偿之日止，按年利率6%计算）。',
        at: '逾期利息',
      },
    ],
  },
  check({ document, orders, report }) {
    if (document.kind.category === '刑事') return;
    for (const item of orders()) {
      for (const { clause, term, scope } of interestAwards(item)) {
        if (INTEREST_BASE.test(scope.text)) continue;
        const principalBefore =
          clause.find('money').some((m) => m.end <= term.start) ||
          // The principal stated by reference to the attachment (处置费用（具体金额详见附表）及利息).
          amountInAttachment(clause.text.slice(0, term.start - clause.start));
        const rateInYuan = scope.find('rate').some(isSumPerPeriod);
        // With a contract rate the base is the contract's too (principal, overdue sums, compound): only an
        // explicit base settles it.
        const perContract = PER_CONTRACT.test(scope.text) && !scope.has('rate');
        if ((principalBefore && !perContract) || rateInYuan || scope.has('money')) continue;
        report({ at: term, item });
      }
    }
  },
});
