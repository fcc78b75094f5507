/**
 * 绵阳办法 第10项②：判决在一定范围内承担责任的，应明确具体金额或执行标的。
 * "在其抵押财产范围内", "在未出资本息范围内" leave the enforcement court to find the sum; a range needs a sum, the
 * property named, or the judgment's own item that fixes it. 在欠付工程款范围内 and 在继承遗产范围内 have rules of
 * their own (construction/, estate/).
 */
import { defineRule } from '../../src/engine/rule.js';
import {
  ESTATE_RANGE,
  UNPAID_WORKS,
  concreteRange,
  liabilityRanges,
} from '../../src/language/duties/range.js';
import { additionWithoutScope } from '../../src/language/enforcement-suits.js';

export default defineRule({
  id: 'range-liability/amount-missing',
  name: '在一定范围内承担责任未明确具体金额或标的',
  category: 'range-liability.amount',
  severity: 'error',
  citation: {
    source: '绵阳办法',
    article: '第10项②',
    quote: '责令义务人在一定范围内承担责任的，应当明确该责任范围的具体金额或执行标的',
  },
  message: '判令在一定范围内承担责任，但未明确该范围的具体金额或执行标的',
  suggestion:
    '写明范围的金额或财产，如“被告赵志远在未缴纳出资1200000元及其利息范围内对被告焦作瑞丰商贸有限公司上述债务不能清偿的部分承担补充赔偿责任”',
  examples: {
    valid: [
      '三、被告焦作众诚人力资源服务有限公司在150000元范围内对被告焦作惠民物业管理有限公司的上述债务承担连带清偿责任。',
      '二、被告赵志远在未缴纳出资1200000元及其利息范围内对被告焦作瑞丰商贸有限公司不能清偿的债务承担补充赔偿责任。',
      '四、被告焦作鼎盛实业有限公司对本判决第一项确定的债务，在第三项所列抵押房产变价后仍不足清偿的范围内承担连带清偿责任。',
      '二、被告焦作宏达投资担保有限公司对上述第一项债务在最高债权额3000000元范围内承担连带保证责任。',
      '三、被告中国平安财产保险股份有限公司焦作中心支公司于本判决生效之日起十日内在机动车交通事故责任强制保险责任限额内赔偿原告医疗费、护理费等各项损失共计96500元。',
      '二、原告对被告提供抵押的位于焦作市山阳区塔南路218号的商铺折价或者拍卖、变卖所得价款在上述债权范围内享有优先受偿权。',
      // An added party's range is parties-change/scope-missing's to check (it reports 在其抽逃出资的范围内 alone).
      '二、追加被告王某为本院（2022）粤0305执1234号执行案件的被执行人，在其抽逃出资300000元的范围内对第三人深圳某某科技有限公司的债务承担责任。',
    ],
    invalid: [
      {
        code: '二、被告焦作恒通机械制造有限公司在其抵押财产范围内对被告李强的上述借款本息承担连带清偿责任。',
        at: '在其抵押财产范围内',
      },
      {
        code: '三、被告周某平在抽逃出资本息范围内对被告焦作锦程装饰有限公司上述第一、二项债务不能清偿的部分承担补充赔偿责任；',
        at: '在抽逃出资本息范围内',
      },
      {
        code: '三、被告焦作市融通担保有限公司在其保证范围内对本判决第一项确定的债务承担连带保证责任。',
        at: '在其保证范围内',
      },
      {
        // Reported once, here: money/amount-missing leaves the sum behind an open range to this rule.
        code: '二、被告中国人寿财产保险股份有限公司焦作市中心支公司于2025年4月30日前在商业第三者责任保险限额范围内赔偿原告超出交强险部分的各项损失；',
        at: '在商业第三者责任保险限额范围内',
      },
    ],
  },
  check({ document, orders, report }) {
    if (document.kind.category === '刑事') return;
    for (const item of orders()) {
      // The added party's range (追加…为被执行人，在其抽逃出资范围内…) is parties-change/scope-missing's finding.
      if (additionWithoutScope(item)) continue;
      for (const range of liabilityRanges(item)) {
        if (UNPAID_WORKS.test(range.text) || ESTATE_RANGE.test(range.text) || concreteRange(range)) continue;
        // A direct payment of a stated sum within an insurance limit is a money order, not a range of liability.
        const clause = item.clauses.find((c) => c.start <= range.start && range.end <= c.end);
        if (clause?.find('money').some((m) => m.start >= range.end)) continue;
        report({ at: range, item });
      }
    }
  },
});
