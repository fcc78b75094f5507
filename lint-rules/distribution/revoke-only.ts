/**
 * 焦作山阳规定 第十八条第（四）项：分配方案异议之诉，如果审判部门认为分配方案确有错误的，应对分配方案作出调整，不得判决
 * 撤销分配方案，让执行部门重新制作. 绵阳办法 第10项② asks the same of every range of liability: the amounts.
 */
import { defineRule } from '../../src/engine/rule.js';
import { PLAN_ADJUSTED, PLAN_ANNULLED } from '../../src/language/enforcement-suits.js';

export default defineRule({
  id: 'distribution/revoke-only',
  name: '分配方案异议之诉仅撤销方案',
  category: 'distribution.revoke-only',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（四）项',
    quote:
      '分配方案异议之诉，如果审判部门认为分配方案确有错误的，应对分配方案作出调整，不得判决撤销分配方案，让执行部门重新制作',
  },
  message: '分配方案异议之诉仅撤销分配方案或交由执行部门重新制作，未对分配顺序和数额作出调整',
  suggestion:
    '直接调整分配方案，如“变更本院（2023）鲁0102执4471号执行案件《执行财产分配方案》第二项为：原告济南泉城建材有限公司按普通债权受偿386000元”',
  examples: {
    valid: [
      '一、变更本院（2023）豫0811执4471号执行案件《执行财产分配方案》中被告刘德胜的受偿顺序为普通债权，受偿数额调整为1800000元×43.75%＝787500元；\n二、原告焦作市泉城建材有限公司按普通债权受偿612500元。',
      '一、驳回原告对《执行财产分配方案》提出的异议。',
    ],
    invalid: [
      {
        code: '一、撤销本院（2023）豫0811执4471号执行案件于2024年6月12日作出的《执行财产分配方案》，由本院执行部门重新制作分配方案；\n二、驳回原告的其他诉讼请求。',
        at: '撤销本院',
      },
    ],
  },
  check({ document, orders, report }) {
    if (document.kind.category === '刑事') return;
    const items = orders();
    if (items.some((item) => PLAN_ADJUSTED.test(item.text) && !PLAN_ANNULLED.test(item.text))) return;
    for (const item of items) {
      const annulled = item.match(PLAN_ANNULLED);
      if (annulled && !PLAN_ADJUSTED.test(item.text)) report({ at: annulled, item });
    }
  },
});
