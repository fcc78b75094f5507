/**
 * 焦作山阳规定 第十八条第（二）项：判决查阅、复制公司财务会计报告、会计账簿的，应明确查阅、复制的主体、地点、
 * 时间、方式、材料名称及期间范围。"提供会计账簿供原告查阅" leaves where, when and which years to the company.
 */
import { defineRule } from '../../src/engine/rule.js';
import { BOOKS, BOOKS_PERIOD, INSPECTION, INSPECTION_PLACE } from '../../src/language/duties/works.js';
import { orderedDuty } from '../../src/language/duties/ordering.js';

export default defineRule({
  id: 'books/terms-missing',
  name: '查阅、复制公司账簿未写明时间、地点或期间',
  category: 'books.terms',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（二）项',
    quote: '查阅财务报告、财务报表以及账册等的，应明确查阅主体、地点、时间、方式、内容以及具体范围等',
  },
  message: '判令提供公司资料供查阅、复制，但未明确',
  suggestion:
    '写明时间、地点、材料和期间，如“被告于本判决生效之日起十日内，在其住所地（焦作市山阳区工业路8号）提供2019年1月1日至2023年6月30日期间的会计账簿供原告查阅，查阅期间不超过十个工作日”',
  examples: {
    valid: [
      '一、被告焦作德润机械有限公司于本判决生效之日起十日内，在其住所地（焦作市山阳区新园路108号）提供2020年1月1日至2024年6月30日期间的公司章程、股东会会议记录、董事会会议决议和财务会计报告供原告查阅、复制，查阅、复制期间自提供之日起不超过十个工作日；',
      '二、被告于本判决生效之日起十五日内在其办公场所提供2019年度至2023年度的会计账簿（含总账、明细账、日记账）供原告查阅，原告可委托注册会计师协助查阅。',
      '一、驳回原告要求查阅公司会计凭证的诉讼请求。',
      // Who may assist an inspection ordered in an earlier item: 会计师事务所 is not a book.
      '三、原告查阅上述材料时，可以由会计师事务所、律师事务所等依法执业的中介机构执业人员辅助进行。',
    ],
    invalid: [
      { code: '二、被告焦作德润机械有限公司提供公司会计账簿供原告查阅；', at: '查阅' },
      {
        code: '一、被告于本判决生效之日起十日内提供公司财务会计报告供原告查阅、复制。',
        at: '查阅',
      },
    ],
  },
  check({ document, orders, hasSharedDeadline, report }) {
    if (document.kind.category === '刑事' || document.kind.category === '行政') return;
    for (const item of orders()) {
      const order = orderedDuty(item, INSPECTION);
      if (!order || !BOOKS.test(order.clause.text)) continue;
      const { at } = order;
      const missing: string[] = [];
      if (!item.has('deadline') && !item.has('date') && !hasSharedDeadline()) missing.push('时间');
      if (!INSPECTION_PLACE.test(item.text)) missing.push('地点');
      if (!BOOKS_PERIOD.test(item.text) && item.find('date').length < 2) missing.push('材料的期间范围');
      if (missing.length > 0) report({ at, item, detail: missing.join('、') });
    }
  },
});
