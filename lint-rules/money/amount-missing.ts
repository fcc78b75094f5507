/**
 * 焦作山阳规定 第十八条第（一）项：给付金钱的，应明确给付数额。
 * An item that orders money to be paid must say how much, or refer to a sum stated elsewhere in the judgment.
 */
import { type ExampleText, defineRule } from '../../src/engine/rule.js';
import type { ItemView } from '../../src/language/item-view.js';
import type { TextSpan } from '../../src/document/span.js';
import {
  AMOUNT_DEFERRED,
  MONEY_OBJECT,
  ON_DEFAULT,
  PAYS_AFTER_RECKONING,
  PROPORTION,
  REFERENCE,
} from '../../src/language/lexicon.js';
import {
  interestAwards,
  paymentClauses,
  paysOnlyInterest,
  remainderIn,
} from '../../src/language/obligations.js';
import { concreteRange, liabilityRanges } from '../../src/language/duties/range.js';
import { VAGUE_DEFAULT, isMediation } from '../../src/language/mediation.js';
import { MULTIPLE } from '../../src/language/entities/rate.js';
import { sumCells, tableRowsBelow } from '../../src/language/lists.js';

/** "支付违约金（按…计算）": the sum is computed, and the interest rules say what its computation lacks. The term may
 * take in the verb itself (支付违约金 read as one term). */
/**
 * A sum someone must pay whose amount is left to a later reckoning (具体数额由双方另行结算后由被告支付给原告). Not a
 * note that other accounts are settled elsewhere (双方其他往来款项另行结算), which orders nothing.
 */
function deferredAmount(item: ItemView): TextSpan | undefined {
  const deferred = item.match(AMOUNT_DEFERRED);
  if (!deferred || !MONEY_OBJECT.test(item.text)) return undefined;
  const after = item.text.slice(deferred.end - item.start);
  return PAYS_AFTER_RECKONING.test(after) ? deferred : undefined;
}

/** A sale-of-goods judgment whose first item orders the sums of a table (in Markdown) to be paid. */
function paymentTable(table: string): ExampleText {
  return {
    judgment: {
      cause: '买卖合同纠纷',
      plaintiff:
        '焦作市鑫源商贸有限公司，住所地河南省焦作市山阳区工业路88号，统一社会信用代码91410811MA3X5K2L96',
      defendant:
        '李强，男，1985年3月15日出生，汉族，住河南省焦作市山阳区人民路16号，公民身份号码410811198503150023',
      facts: '原告向被告供应钢材，被告未付清货款。',
      reasoning: '被告应当支付所欠货款及违约金。',
      items: [
        `一、被告李强于本判决生效之日起十日内向原告焦作市鑫源商贸有限公司支付下列款项：\n\n${table}`,
        '二、驳回原告焦作市鑫源商贸有限公司的其他诉讼请求。',
      ],
    },
  };
}

export default defineRule({
  id: 'money/amount-missing',
  name: '给付金钱未写明数额',
  category: 'money.amount',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（一）项',
    quote: '给付金钱的，应明确给付数额、时间等',
  },
  message: '判令给付金钱，但未写明给付数额',
  suggestion: '写明具体金额，如“被告于本判决生效之日起十日内向原告支付赔偿款21220元”',
  examples: {
    valid: [
      // The sums are in the table the item announces.
      paymentTable('| 序号 | 款项 | 金额 |\n|---|---|---|\n| 1 | 货款 | 50000元 |\n| 2 | 违约金 | 5000元 |'),
      paymentTable(
        '| 序号 | 款项 | 金额（元） |\n|---|---|---|\n| 1 | 货款 | 50000 |\n| 2 | 违约金 | 5000 |',
      ),
      // A sum wrapped over two lines.
      '四、原告冯丽于本判决生效之日起三十日内支付被告何军房屋折价款800\n000元。',
      // 1单元502室 is a flat, not a sum (元).
      '二、被告张伟于本判决生效之日起三十日内将杭州市西湖区文三路199号3幢1单元502室房屋腾空后返还原告徐丽华。',
      // A default clause whose sum is stated (a vague one is mediation/default-clause's finding).
      {
        items:
          '二、被告于双方签署退货清单之日起七日内向原告退还货款260000元；\n三、若任何一方违反本协议约定，违约方应向守约方支付违约金10000元。',
        kind: 'mediation',
      },
      // On default the rest of the schedule falls due: the schedule states it.
      {
        items:
          '一、被告分三期支付原告货款共计90000元：2025年2月28日前支付30000元，2025年4月30日前支付30000元，2025年6月30日前支付30000元；\n二、被告有一期未按期足额支付的，应于2025年7月31日前一次性付清剩余全部货款。',
        kind: 'mediation',
      },
      '一、被告刘志强于本判决生效之日起十日内偿还原告陈晓梅借款本金200000元；',
      '二、被告于本判决生效之日起十日内向原告支付货款人民币叁万贰仟元整。',
      '三、被告支付原告自2019年3月1日起至挖掘机实际返还之日止的设备占有使用费（按每月18000元计算），于每月10日前支付。',
      '四、被告王丽对本判决第一、二项确定的债务承担连带清偿责任。',
      '五、被告于本判决生效之日起十日内支付原告上述款项的利息（以200000元为基数，自2023年1月1日起至实际清偿之日止，按一年期贷款市场报价利率计算）。',
      '一、被告于本判决生效之日起十日内将小松PC200-8型挖掘机一台返还原告。',
      // 将 X 退还: X is goods; the 费用 after the verb belongs to the next duty.
      '二、被告于本判决生效之日起十日内将空气能热水器（型号KF-300）10台退还原告，由原告自行提货，提货费用由原告负担。',
      '一、驳回原告要求被告赔偿损失的诉讼请求。',
      // The sum comes before the verb, in the part before it or as the clause's topic.
      { items: '一、被告李强尚欠原告张明劳务报酬38600元，于2024年9月30日前付清。', kind: 'mediation' },
      {
        items:
          '一、被告李强尚欠原告张明货款86000元；\n二、上述款项由被告李强于2024年9月30日前支付给原告张明。',
        kind: 'mediation',
      },
      '二、被告于本判决生效之日起十日内支付原告违约金（以386500元为基数，自2023年11月28日起至实际付清之日止，按日万分之五计算）。',
      // The 货款 owns the loss (its base). Losses, penalty interest and penalties computed by a formula need no sum;
      // the formula's gaps are the interest rules' (their invalid examples show these items with the rate left to
      // the contract).
      '五、被告于本判决生效之日起十日内向原告支付第三批货款86000元的资金占用损失，自2022年5月21日起按年利率3.65%计算至实际清偿之日止；',
      '二、被告于本判决生效之日起十日内支付原告以逾期借款本金350000元为基数、自2023年5月21日起至借款本金实际清偿之日止的罚息（按年利率5.4%计算）。',
      // 未按约定足额支付 is the default the penalty hangs on.
      '第三条　被告如有任何一期未按约定足额支付，原告可就全部未付款项申请强制执行，并有权要求被告以全部未付款项为基数，按年利率6%另行支付自逾期之日起至实际付清之日止的违约金。',
      // Other accounts are left out of the agreement; nothing is ordered about them.
      {
        items: '一、被告于2024年9月30日前支付原告货款86000元；\n二、双方之间的其他往来款项另行结算。',
        kind: 'mediation',
      },
      // A claim given up orders nothing.
      { items: '四、黄志勇放弃要求林晓燕赔偿损失的其他请求。', kind: 'mediation' },
      // The quoted request names the information sought; nothing is paid.
      {
        items:
          '二、被告于本判决生效之日起二十个工作日内，针对原告提出的公开“某村集体土地征收补偿安置方案及补偿款发放明细”的申请重新作出答复。',
        kind: 'administrative',
      },
    ],
    invalid: [
      // The debt to settle is named by its kind only.
      { code: { items: '二、被告于2024年10月31日前结清拖欠原告的运输费。', kind: 'mediation' }, at: '结清' },
      // The sum is left to a reckoning the parties have yet to make.
      {
        code: {
          items:
            '二、2015年11月至2016年1月的货款，由原、被告双方于2016年10月31日前另行对账，具体数额以双方对账确认的金额为准，被告陈志强于对账确认后十五日内付清；',
          kind: 'mediation',
        },
        at: '另行对账',
      },
      {
        code: {
          items:
            '三、被告韩雪欠付的自2018年1月1日起的租金及房屋占有使用费，按每月8000元的标准计算至实际腾退之日，具体数额由双方另行结算后由被告韩雪支付给原告马俊；',
          kind: 'mediation',
        },
        at: '另行结算',
      },
      // The table names the sums to pay but states none.
      {
        code: paymentTable(
          '| 序号 | 款项 | 金额 |\n|---|---|---|\n| 1 | 货款 | 以双方对账结果为准 |\n| 2 | 违约金 | 按合同约定 |',
        ),
        at: '支付下列款项',
        // The penalty left to the contract also lacks its standard, base and period.
        alsoReports: ['interest/per-contract', 'interest/base-missing', 'interest/period-missing'],
      },
      { code: '一、被告林建成于本判决生效之日起十日内向原告黄素珍支付赔偿款；', at: '支付' },
      { code: '二、被告于本判决生效之日起十日内返还原告彩礼。', at: '返还' },
      // Only the second 货款 owns the interest; the first is paid and has no sum.
      {
        code: '一、被告于本判决生效之日起十日内支付原告货款及该货款的利息。',
        at: '支付',
        // The interest on the unstated sum has no base amount, rate or period either.
        alsoReports: ['interest/base-missing', 'interest/rate-missing', 'interest/period-missing'],
      },
      { code: '三、被告于本判决生效之日起十日内将收取的房屋押金退还原告。', at: '退还' },
      { code: '一、被告于本判决生效之日起十五日内向原告赔偿车辆维修损失（以评估结论为准）。', at: '赔偿' },
      // The refund follows the return of the machines in the same sentence.
      {
        code: '二、被告于本判决生效之日起三十日内将数控铣床两台退还原告，原告于收到退还的数控铣床之日起十日内返还被告相应货款。',
        at: '返还被告相应货款',
      },
      // A multiple of a wage the item does not state leaves the sum open.
      {
        code: '一、被告于本判决生效之日起十日内按照原告离职前十二个月平均工资的二倍标准向原告支付违法解除劳动合同赔偿金。',
        at: '支付',
      },
    ],
  },
  check({ document, orders, report }) {
    if (document.kind.category === '刑事') return;
    const mediation = isMediation(document);
    for (const item of orders()) {
      const deferred = deferredAmount(item);
      if (deferred) {
        report({ at: deferred, item });
        continue;
      }
      const awards = interestAwards(item);
      for (const { clause, verb, sumBefore } of paymentClauses(item)) {
        if (
          // The sum was named before the verb (尚欠货款38600元，于…前付清; 上述款项由…支付).
          sumBefore ||
          paysOnlyInterest(
            item,
            verb,
            awards.find((a) => a.clause === clause),
          ) ||
          clause.has('money') ||
          // 支付下列款项： and a table whose rows state the sums.
          tableRowsBelow(item, clause).some((row) => sumCells(row).length > 0) ||
          clause.find('rate').some((rate) => !MULTIPLE.test(rate.text)) ||
          REFERENCE.test(clause.text) ||
          PROPORTION.test(clause.text) ||
          (ON_DEFAULT.test(clause.text) && remainderIn(clause) !== null) ||
          // 若任何一方违反本协议约定，应承担相应的违约责任并赔偿损失: mediation/default-clause reports the open
          // consequence of a default clause.
          (mediation && ON_DEFAULT.test(clause.text) && VAGUE_DEFAULT.test(clause.text)) ||
          // 在商业三者险限额范围内赔偿…损失: the range rules (range-liability/, construction/, estate/) report the
          // missing sum behind the range.
          liabilityRanges(clause).some((r) => r.end <= verb.start && !concreteRange(r))
        ) {
          continue;
        }
        report({ at: verb, item });
      }
    }
  },
});
