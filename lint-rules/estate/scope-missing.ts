/**
 * 焦作山阳规定 第十八条第（一）项：继承人在继承遗产范围内承担责任的，应明确遗产的名称、数量或价值。
 * "在继承遗产范围内偿还" leaves the enforcement court to find out what was inherited and what it is worth.
 */
import { defineRule } from '../../src/engine/rule.js';
import {
  ESTATE_RANGE,
  concreteRange,
  liabilityRanges,
  statedBefore,
} from '../../src/language/duties/range.js';

export default defineRule({
  id: 'estate/scope-missing',
  name: '在继承遗产范围内承担责任未明确遗产',
  category: 'estate.scope',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（一）项',
    quote: '判决债务人在继承遗产范围内承担责任的，应明确债务人继承遗产的名称、数量等',
  },
  message: '判令在继承遗产范围内承担责任，但未明确遗产的名称、数量或价值',
  suggestion:
    '写明遗产及其价值，如“被告王桂兰、王志刚在继承被继承人王建国遗产（焦作市山阳区北孔庄村二组宅院一处，价值86000元）范围内偿还原告借款本金120000元”',
  examples: {
    valid: [
      '一、被告王桂兰、王志刚于本判决生效之日起十日内在继承被继承人王建国遗产价值86000元的范围内向原告偿还借款本金120000元。',
      '二、被告李某以其继承的被继承人李德明名下位于焦作市山阳区民主南路33号2单元501室的房屋为限，于本判决生效之日起十日内偿还原告货款42000元。',
      '一、被告于本判决生效之日起十日内偿还原告借款本金120000元。',
      '一、确认被继承人卢建华的遗产为位于杭州市上城区清泰街160号2幢301室的房屋一套（经评估价值1850000元）；\n二、被告卢晓燕、卢晓军于本判决生效之日起十日内，在继承上述遗产的范围内支付原告劳务款396000元。',
    ],
    invalid: [
      {
        code: '一、被告王桂兰、王志刚于本判决生效之日起十日内在继承被继承人王建国遗产的范围内向原告偿还借款本金120000元及利息（以120000元为基数，自2021年5月1日起按年利率4.35%计算至实际清偿之日止）；',
        at: '在继承被继承人王建国遗产的范围内',
      },
      {
        code: '二、被告孙某英、孙某于本判决生效后十五日内在继承孙德胜遗产实际价值范围内对本判决第一项所列债务向原告承担清偿责任。',
        at: '在继承孙德胜遗产实际价值范围内',
      },
      {
        code: '二、变更被告李晓娟、李晓峰为本院（2024）陕0113执4567号案件的被执行人，在其继承的遗产范围内承担责任；',
        at: '在其继承的遗产范围内',
      },
      {
        code: '一、被告王某以所得遗产为限于本判决生效之日起十日内偿还原告借款50000元。',
        at: '以所得遗产为限',
      },
      {
        code: '一、被告王某于本判决生效之日起十日内在继承遗产范围内偿还原告借款50000元；\n二、被告王某于本判决生效之日起十日内在上述遗产范围内支付原告利息2000元。',
        at: '在继承遗产范围内',
        count: 2,
      },
    ],
  },
  check({ document, orders, report }) {
    if (document.kind.category === '刑事') return;
    const items = orders();
    items.forEach((item, i) => {
      for (const range of liabilityRanges(item).filter((r) => ESTATE_RANGE.test(r.text))) {
        if (concreteRange(range)) continue;
        // 一、确认被继承人的遗产为…房屋一套；二、…在继承上述遗产的范围内…: the estate is listed before.
        const before = [...items.slice(0, i), item.sub(item.start, range.start)];
        if (!statedBefore(range, before, ESTATE_RANGE)) report({ at: range, item });
      }
    });
  },
});
