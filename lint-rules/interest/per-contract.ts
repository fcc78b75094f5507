/**
 * 焦作山阳规定 第十八条第（一）项：需要计算利息、违约金的，……不宜简单表述为按照合同约定计算。
 * "按借款合同约定的利率计算" leaves the enforcement officer to find and read the contract; the rate belongs in
 * the item.
 */
import { defineRule } from '../../src/engine/rule.js';
import { PER_CONTRACT } from '../../src/language/lexicon.js';
import { interestAwards } from '../../src/language/obligations.js';

export default defineRule({
  id: 'interest/per-contract',
  name: '利息按合同约定计算',
  category: 'interest.per-contract',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（一）项',
    quote: '需要计算利息、违约金的，应明确计算基数、标准、起止时间等，不宜简单表述为按照合同约定计算',
  },
  message: '利息或违约金“按合同约定”计算，未在判项中写明约定的利率或标准',
  suggestion: '把合同约定的标准写进判项，如“按借款合同约定的年利率6%计算”“按合同约定的日万分之五计算”',
  examples: {
    valid: [
      '三、被告于本判决生效之日起十日内支付原告逾期利息（以借款本金150000元为基数，自2023年6月20日起至实际清偿之日止，按借款合同约定的年利率6%计算）；',
      '二、被告于本判决生效之日起十日内支付原告违约金（以386500元为基数，自2022年11月28日起至实际付清之日止，按合同约定的日万分之五计算）。',
      '一、被告于2024年6月30日前按合同约定向原告交付商铺钥匙及门禁卡各两套。',
      // The interest running on after the accrued sum names its rate and base.
      '一、被告于本判决生效之日起十日内偿还原告货款本金86000元、逾期利息4300元（暂计至2022年3月31日，此后的逾期利息以86000元为基数按合同约定的年利率6%计至货款付清之日）。',
    ],
    invalid: [
      // The sum the loss is computed on is named (第三批货款, 借款本金), not what the contract says: the amount rule
      // stays silent, the interest rules report what the formula lacks.
      {
        code: '五、被告于本判决生效之日起十日内向原告支付第三批货款的资金占用损失，自2022年5月21日起按合同约定计算至实际清偿之日止；',
        at: '资金占用损失',
        alsoReports: ['interest/base-missing'],
      },
      {
        code: '二、被告于本判决生效之日起十日内支付原告自2023年5月21日起至借款本金实际清偿之日止的罚息、复利（按《个人住房借款合同》约定的罚息利率计算）。',
        alsoReports: ['interest/base-missing'],
      },
      {
        // A penalty on default with no base, no period and the contract's standard.
        code: {
          items:
            '第三条　被告如有任何一期未按约定足额支付，原告可就全部未付款项申请强制执行，并有权要求被告按照双方《委托加工合同》约定的标准另行支付违约金。',
          kind: 'mediation',
        },
        at: '支付违约金',
        alsoReports: ['interest/base-missing', 'interest/period-missing'],
      },
      {
        // The contract is named with its date, the rate still only by reference.
        code: '二、被告于本判决生效之日起十日内支付原告利息（以150000元为基数，自2021年4月1日起至实际清偿之日止，按原告与被告2020年3月5日签订的《借款合同》约定的利率计算）。',
        at: '利息',
      },
      {
        // Wrapped mid-word by hard line breaks.
        code: '二、被告于本判决生效之日起十五日内支付原告违约金（以欠付货款120000元为基数，自2021年3月\n1日起至货款付清之日止，按合\n同约定的标准计算）；',
        at: '违约金',
      },
      {
        code: '三、被告于本判决生效之日起十日内支付原告逾期利息（以借款本金200000元为基数，自2022年8月21日起按借款合同约定的利率计算至借款本金实际清偿之日止）；',
        at: '逾期利息',
      },
      {
        code: '一、被告于本判决生效之日起十日内支付原告货款120000元及违约金（自2023年1月1日起至实际付清之日止，按双方签订的《购销合同》约定的标准计算）。',
        at: '违约金',
      },
      {
        code: '一、被告于本判决生效之日起十日内偿还原告借款本息4180193.99元及罚息（以本金3995939.39元为基数，依照借款合同约定的标准计算，期限自2017年4月21日至借款偿付完毕之日止）；',
        at: '罚息',
      },
      {
        code: '一、被告于本判决生效后十日内归还原告借款本金29817.56元，并支付从2018年6月22日起至借款还清之日止按领用合约约定的结息方式计算的利息、滞纳金。',
        at: '利息、滞纳金',
      },
      {
        // The accrued interest is a sum; what runs on after it, inside the same parenthesis, has no rate.
        code: '一、被告于本判决生效之日起十日内偿还原告货款本金86000元、逾期利息4300元（暂计至2022年3月31日，此后的逾期利息按双方协议约定的标准计至货款付清之日）。',
        at: '逾期利息按双方',
      },
    ],
  },
  check({ document, orders, report }) {
    if (document.kind.category === '刑事') return;
    for (const item of orders()) {
      for (const { term, scope } of interestAwards(item)) {
        const perContract = scope.match(PER_CONTRACT);
        if (!perContract || scope.has('rate')) continue;
        report({ at: term, item, detail: `写作“${perContract.text}”` });
      }
    }
  },
});
