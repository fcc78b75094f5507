/**
 * 焦作山阳规定 第十八条第（一）项：给付金钱的，应明确给付数额、时间。
 * An item that orders money to be paid needs a time limit: its own (本判决生效之日起十日内, 于2024年12月31日前,
 * 立即), or one sentence stating it for several items (上述款项于本判决生效之日起十日内付清).
 */
import type { ItemView, TextView } from '../../src/language/item-view.js';
import { defineRule } from '../../src/engine/rule.js';
import { ON_DEFAULT, PERIODIC, REFERENCE, SECONDARY_LIABILITY } from '../../src/language/lexicon.js';
import { SUPPORT_TERM } from '../../src/language/duties/family.js';
import { openingPhrase } from '../../src/language/clauses.js';
import { settledOtherwise } from '../../src/language/obligations.js';
import { CIVIL_CLAIMANT } from '../../src/language/criminal.js';

/**
 * The next item takes up this item's sum and sets its time (一、…偿还借款本金180000元；二、上述借款分三期支付：…前
 * 支付…): its opening words, before the first comma or colon, refer back, and it states a time limit. Not someone
 * else's liability for the sum (被告李某对上述债务承担连带清偿责任).
 */
function timedByNext(next: ItemView | undefined): boolean {
  if (!next || !next.has('deadline') || SECONDARY_LIABILITY.test(next.text)) return false;
  return REFERENCE.test(openingPhrase(next.text));
}

/** A schedule (每月15日前支付) rather than a rate (按每月18000元计算). */
function isPeriodic(clause: TextView): boolean {
  const rates = clause.find('rate');
  return clause.matchAll(PERIODIC).some((m) => !rates.some((r) => r.start <= m.start && m.end <= r.end));
}

export default defineRule({
  id: 'money/deadline-missing',
  name: '给付金钱未写明履行期限',
  category: 'money.deadline',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（一）项',
    quote: '给付金钱的，应明确给付数额、时间等',
  },
  message: '判令给付金钱，但未写明履行期限',
  suggestion:
    '写明给付时间，如“于本判决生效之日起十日内支付”“于2024年12月31日前支付”，或在各项之后统一写明“上述款项于本判决生效之日起十日内付清”',
  rationale:
    '执行立案要判断履行期限是否届满，迟延履行期间的债务利息也从期限届满次日起算。期限可以是期间（本判决生效之日起十日内）、' +
    '日期（2024年12月31日前）、立即，也可以是法院能够查明的一个事件发生之时（在获得保险赔偿款时返还、收到拆迁补偿款之日支付）。' +
    '只写“于本判决生效后给付”“收到……后返还”不算：判决本来就在生效后履行，法律文书未规定履行期间的，申请执行期间和迟延履行' +
    '利息本来就从生效之日起算（民事诉讼法第二百五十条第二款；最高人民法院《关于执行程序中计算迟延履行期间的债务利息适用法律' +
    '若干问题的解释》第三条），“生效后”比不写没有多说什么；它只定了起点、没定期限，而加倍支付迟延履行期间债务利息的告知' +
    '（民事诉讼法第二百六十四条）针对的是判决“指定的期间”，义务人可以主张合理期限，权利人可以主张立即履行。要即时履行的，' +
    '写“立即”或“本判决生效之日”。已经垫付、预付的款项与应付数额相抵的，相抵部分不再给付，需要履行的只是超付部分的返还，' +
    '期限问的是它。',
  examples: {
    valid: [
      // Paid at the hearing: nothing is left to pay.
      '二、被告赔偿原告医疗费5000元（已当庭支付）。',
      // Due on the day a stated act is done (the transfer's own time limit is in the first item).
      '一、被告牛振华于2023年6月20日前协助原告陈浩办理车牌号为豫H5K2J7的小型轿车的转移登记手续；\n二、原告陈浩于上述车辆转移登记完成当日向被告牛振华支付剩余购车款45000元。',
      // The award is set off against the advance; the refund of the overpayment is due when the insurer pays, an
      // event the court can verify.
      {
        items:
          '二、被告周国庆赔偿原告孙丽华鉴定费1200元；被告周国庆已为原告孙丽华垫付医疗费18500元，超付的17300元由原告孙丽华在获得被告人民财产保险公司焦作分公司理赔款时返还被告周国庆。',
        kind: 'civil',
      },
      '一、被告于收到拆迁补偿款之日向原告支付房屋装修补偿款42000元。',
      // At once, in the words of the judgment: 本判决生效之日.
      '一、被告于本判决生效之日向原告返还借款本金30000元。',
      // A payment that is only the condition of a waiver orders nothing.
      {
        items:
          '一、被告王海于2024年10月31日前支付原告刘芳租金36000元；\n二、如被告王海按时付清上述租金，原告刘芳自愿放弃要求被告支付违约金的诉讼请求。',
        kind: 'mediation',
      },
      // A penalty that falls due only once the payment is late needs no time limit of its own.
      {
        items:
          '一、被告于2024年9月30日前支付原告货款26000元；\n二、被告逾期给付上述货款的，按未付金额每日万分之四另行支付违约金至清偿之日止。',
        kind: 'mediation',
      },
      // The next item takes the sum up and sets its schedule.
      {
        items:
          '一、被告赔偿原告修车费用15600元；\n二、前项费用分两次付清：2024年8月15日前付8000元，2024年9月15日前付7600元；\n三、被告任何一期未按时足额付款的，原告可就全部未付款项申请强制执行。',
        kind: 'mediation',
      },
      // A draft that dropped 日 (10内) still sets a time limit.
      '三、被告孙浩于判决生效后10内赔偿原告杜晓梅精神损害抚慰金5000元、公证费1200元，合计6200元。',
      // The payment only times the transfer; item 一 orders it.
      '一、原告于2025年1月31日前向被告支付剩余购房款100000元；\n二、原告付清剩余购房款的同时，被告协助原告办理B2-047号车位的过户手续。',
      // Interest falls due with the principal, whose date is stated.
      '一、被告于2020年12月31日前归还原告借款本金500000元；\n二、被告以500000元为基数，按年利率15.4%向原告支付自2020年4月9日起至实际还清之日止的利息，与本金同时支付。',
      '二、原告于上述房屋过户登记完成之日起十日内向被告支付剩余购房款300000元。',
      '一、被告于本判决生效之日起十日内偿还原告借款本金200000元；',
      '一、被告向原告支付货款50000元；\n二、被告向原告支付违约金5000元。\n上述款项，被告应于本判决生效之日起十日内履行完毕。',
      '一、被告立即返还原告押金3000元。',
      '三、被告应于本判决生效十日内支付原告为本案支出的律师代理费176000元；',
      '一、被告偿还原告贷款本金197000元及利息（以197000元为本金自2019年2月23日起按年利率11.745%计算至贷款结清之日止）；\n二、被告李某对判决第一项承担连带给付责任。以上判决内容限本判决生效后立即给付。',
      // Security rights on default: nothing is paid by the debtor's own act.
      '一、被告于本判决生效后十日内向原告偿还借款本金4000万元；\n二、原告对被告提供的抵押设备（动产抵押登记证书编号：济高工商抵登字第123号）就上述第一项债务在最高额4000万元范围内享有优先偿还权，并有权对抵押物折价或拍卖、变卖所得的价款优先受偿；',
      '一、限本判决生效后十日内，被告偿还原告借款本金7348931.82元；\n二、如果被告不能偿还上述借款本息，则原告有权申请法院处置被告王某的质押股权，并对处置价款享有优先受偿权。',
      '一、被告于2024年12月31日前向原告支付工程款386000元。',
      '一、被告自2024年7月起每月15日前向原告支付抚养费1500元，至孩子年满十八周岁止。',
      '一、被告人李某于判决生效后三十日内赔偿附带民事诉讼原告人经济损失12000元。',
      {
        items: '二、被告人李某赔偿附带民事诉讼原告人王某经济损失人民币20000元（已当庭赔付）。',
        kind: 'criminal',
      },
      // 退赔 in a criminal judgment is restitution, not a civil award.
      { items: '二、责令被告人李某退赔被害人王某经济损失人民币20000元。', kind: 'criminal' },
      '三、被告任何一期未按时足额支付的，原告有权就全部未付款项申请强制执行，被告并应支付违约金5000元。',
      '一、被告赔偿原告各项损失共计60000元。\n二、上述款项分三期支付：2024年6月30日前支付20000元，2024年8月31日前支付20000元，2024年10月31日前支付20000元。',
      // Support paid month by month with its terms (without them, support/terms-missing reports the item).
      '五、被上诉人钱伟东自2024年7月起至婚生子钱子航年满十八周岁止，每月25日前以银行转账方式支付钱子航的生活费1000元。',
      '一、被告返还原告出资款170000元，分三期支付：2025年3月、6月、9月各支付人民币伍万陆仟陆佰陆拾陆元陆角柒分；',
      // The item before sets the sum and its time; this one only says where it is paid.
      {
        items:
          '一、被告赵丽娜欠原告王秀兰借款本金200000元，于2024年9月30日前偿还100000元，于2024年12月31日前偿还100000元；\n二、上述款项由被告赵丽娜转账支付至原告王秀兰名下中国农业银行焦作山阳支行账户（账号6228480458812345670）；\n三、被告赵丽娜如有任何一期未按期足额偿还，原告王秀兰有权就剩余未还借款一次性申请强制执行。',
        kind: 'mediation',
      },
      // A penalty due upon the default of another item.
      {
        items:
          '一、被告于2021年9月30日前向原告张德明支付劳动报酬42600元；\n二、被告未按第一项约定按期足额支付的，应另行向原告张德明支付违约金5000元。',
        kind: 'mediation',
      },
      // The debts are stated as paid; what is to be paid follows in another item.
      {
        items:
          '一、三方确认，合伙期间的债务均已清偿完毕，店铺转让所得价款180000元现由郑文华保管，三方各分得60000元；\n二、郑文华于2026年2月28日前分别向彭思琪、易峰各支付60000元。',
        kind: 'mediation',
      },
      // A claim given up orders nothing.
      { items: '四、黄志勇放弃要求林晓燕赔偿损失的其他请求。', kind: 'mediation' },
    ],
    invalid: [
      // What was advanced is deducted; the rest of the award is still to pay, by no stated time.
      {
        code: {
          items:
            '一、被告人范某犯交通肇事罪，判处有期徒刑一年六个月。\n二、被告人范某赔偿附带民事诉讼原告人冯某经济损失人民币七万四千六百元（已垫付的三万元予以扣除）。',
          kind: 'criminal',
        },
        at: '赔偿附带民事诉讼原告人',
      },
      // The time limit stated once names the first two items; the lawyer's fee in the third has none.
      {
        code: '一、被告支付原告货款50000元；\n二、被告支付原告违约金5000元；\n三、被告支付原告律师费3000元。\n上述第一项、第二项款项，于本判决生效之日起十日内付清。',
        at: '支付原告律师费',
      },
      // The other party's costs borne (负担原告…) with no time; the time of the mortgage registration is not the time
      // of the sums it secures.
      {
        code: {
          items:
            '一、被告某公司于2024年12月31日前偿还原告陈某借款300000元；\n二、被告某公司以其名下房屋为上述债务提供抵押担保，并于2024年12月31日前协助原告办理抵押登记手续；\n三、被告某公司另行负担原告为本案支出的律师费8000元。',
          kind: 'mediation',
        },
        at: '负担',
      },
      // 生效后 alone sets no period: a judgment is performed after it takes effect in any case.
      { code: '二、被告于本判决生效后给付原告律师费8000元。', at: '给付' },
      // After the insurer pays — but by when after it is not said; the finding points at the refund, not the advance.
      {
        code: '二、被告周国庆赔偿原告孙丽华鉴定费1200元；被告周国庆已为原告孙丽华垫付医疗费18500元，超付的17300元由原告孙丽华在收到保险理赔款后返还被告周国庆。',
        at: '返还被告',
      },
      // Settling a debt is a payment: 及时 sets no time.
      { code: { items: '三、被告及时兑付原告承兑汇票款项300000元。', kind: 'mediation' }, at: '兑付' },
      { code: '五、被告易国平支付原告邓雅琴律师代理费6000元；', at: '支付' },
      {
        code: {
          items: '二、被告人赵某赔偿附带民事诉讼原告人孙某医疗费、误工费共计人民币四万八千二百三十六元五角。',
          kind: 'criminal',
        },
        at: '赔偿',
      },
      {
        code: '五、被告向原告支付自2019年3月1日起至挖掘机实际返还之日止的设备占有使用费（按每月18000元计算）；',
        at: '支付',
      },
      { code: '二、被告支付原告2023年10月、11月、12月的租金24000元；', at: '支付' },
      {
        // The sum is the clause's topic; when it is paid is not said.
        code: {
          items:
            '一、被告李强尚欠原告张明劳务报酬38600元；\n二、上述款项由被告李强从其应收的工程款中直接支付给原告张明。',
          kind: 'mediation',
        },
        at: '支付给原告张明',
      },
    ],
  },
  check({ document, reading, report }) {
    // An administrative agency ordered to pay is admin/deadline-missing's (第十八条第（六）项).
    if (document.kind.category === '行政') return;
    const criminal = document.kind.category === '刑事';
    // Whether the last item naming a sum set its time: 上述款项由被告转账支付至原告账户 after it only says how.
    let lastSumTimed = false;
    const items = reading.orders;
    items.forEach((item, index) => {
      const timed = item.has('deadline') || timedByNext(items[index + 1]) || reading.sharedDeadlineFor(item);
      const timedBefore = lastSumTimed;
      if (item.has('money')) lastSumTimed = timed;
      if (timed) return;
      const first = reading.payments(item).find(
        ({ clause, verb }) =>
          // In a criminal judgment only the incidental civil award is a civil money order; fines, 退赔 and
          // 追缴 have rules of their own.
          (!criminal || CIVIL_CLAIMANT.test(clause.text)) &&
          !ON_DEFAULT.test(clause.text) &&
          !isPeriodic(clause) &&
          !settledOtherwise({ clause, verb }) &&
          // When and until when support is paid is support/terms-missing's question.
          !SUPPORT_TERM.test(clause.text),
      );
      if (!first) return;
      if (first.sumBefore && REFERENCE.test(first.object) && timedBefore) return;
      report({ at: first.verb, item });
    });
  },
});
