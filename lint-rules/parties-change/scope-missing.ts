/**
 * 焦作山阳规定 第十八条第（五）项：变更、追加当事人异议之诉，应就能否变更、追加以及承担的相应责任范围作出明确认定.
 * "追加被告何静为被执行人" without saying for what it answers (在未缴出资150万元范围内…) cannot be enforced against
 * her: the whole debt, or nothing, is equally arguable.
 */
import { defineRule } from '../../src/engine/rule.js';
import { additionWithoutScope } from '../../src/language/enforcement-suits.js';

export default defineRule({
  id: 'parties-change/scope-missing',
  name: '追加、变更被执行人未写明责任范围',
  category: 'parties-change.scope',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（五）项',
    quote: '变更、追加当事人异议之诉，应就能否变更、追加以及承担的相应责任范围作出明确认定',
  },
  message: '追加或变更被执行人，但未写明其承担责任的范围',
  suggestion:
    '写明责任范围，如“追加被告何静为本院（2020）鄂0103执3345号执行案件的被执行人，在其未缴纳出资150万元范围内对被执行人不能清偿的债务承担补充赔偿责任”',
  examples: {
    valid: [
      '一、追加被告孙洪涛为本院（2020）豫0811执3345号执行案件的被执行人，在其未缴纳出资200万元范围内对该案被执行人焦作楚联商贸有限公司不能清偿的债务承担补充赔偿责任；',
      '一、变更被告焦作市鑫源商贸有限公司为本院（2021）豫0811执882号执行案件的被执行人，对该案确定的债务承担清偿责任。',
      '一、不得追加被告何静为本院（2020）豫0811执3345号执行案件的被执行人。',
      // The heirs' range is the estate: estate/scope-missing reports it when the estate is not named.
      '二、变更被告李晓娟、李晓峰为本院（2024）陕0113执4567号案件的被执行人，在其继承的李国华遗产即位于西安市雁塔区长安南路88号3单元501室房屋的价值范围内承担责任；',
      '二、变更被告钟丽华为本院（2018）粤0307执12003号案件的被执行人，在其继承的钟国强遗产即位于梅州市梅江区江南路16号201房的价值范围内承担清偿责任。',
    ],
    invalid: [
      {
        code: '一、追加被告何静为本院（2020）豫0811执3345号执行案件的被执行人，在其未缴纳出资范围内对该案被执行人不能清偿的债务承担补充赔偿责任。',
        at: '追加被告何静',
      },
      {
        code: '二、追加被告王某为本院（2022）粤0305执1234号执行案件的被执行人，在其抽逃出资的范围内对第三人深圳某某科技有限公司的债务承担责任。',
        at: '追加被告王某',
      },
      {
        code: '一、追加被告何静为本院（2020）豫0811执3345号执行案件的被执行人；\n二、驳回原告的其他诉讼请求。',
        at: '追加被告何静',
      },
    ],
  },
  check({ orders, report }) {
    for (const item of orders()) {
      const added = additionWithoutScope(item);
      if (added) report({ at: added, item });
    }
  },
});
