/**
 * 焦作山阳规定 第十八条第（二）项：判决停止侵害、恢复名誉、消除影响，主文不能明确具体内容的，应在说理部分明确
 * 侵权行为及影响范围。A bare "消除影响、恢复名誉" is enforceable only against acts and a reach the court has found.
 */
import { type ExampleText, defineRule } from '../../src/engine/rule.js';
import {
  EFFECT_SCOPE,
  INFRINGING_ACTS,
  REPUTATION,
  REPUTATION_MANNER,
  STOP_INFRINGEMENT,
  courtFindings,
} from '../../src/language/duties/publicity.js';
import { orderedDuty } from '../../src/language/duties/ordering.js';

const FACTS_PUBLISHED =
  '2023年11月2日，被告在其微信公众号“焦作财经观察”发布《揭秘康泰生物》一文，称原告“产品检测报告系伪造”。';

const REMOVE_EFFECTS = [
  '一、被告邵某涛为原告焦作康泰生物科技有限公司消除影响、恢复名誉；',
  '二、驳回原告的其他诉讼请求。',
];

function defamation(reasoning: string, facts = FACTS_PUBLISHED, items = REMOVE_EFFECTS): ExampleText {
  return {
    judgment: {
      cause: '名誉权纠纷',
      plaintiff:
        '焦作康泰生物科技有限公司，住所地河南省焦作市山阳区工业路8号，统一社会信用代码91410811MA3X5K2L96',
      defendant:
        '邵某涛，男，1988年4月2日出生，汉族，住河南省焦作市解放区民主路9号，公民身份号码410802198804020015',
      facts,
      reasoning,
      items,
    },
  };
}

export default defineRule({
  id: 'reputation/scope-missing',
  name: '消除影响、恢复名誉未明确侵权行为及影响范围',
  category: 'reputation.scope',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（二）项',
    quote:
      '停止侵权、恢复名誉、消除影响的，如果判决主文无法列明具体内容，则应在事实查明以及说理部分对具体侵权行为、侵权所造成不良影响的范围进行认定',
  },
  message: '判令消除影响、恢复名誉或停止侵害，主文未写明具体内容，说理部分也未明确',
  suggestion:
    '在主文写明方式（如“在《焦作日报》上刊登声明，为原告消除影响”），或在查明事实、本院认为部分写明侵权文章及其阅读、转发范围',
  examples: {
    valid: [
      defamation(
        '被告发布的《揭秘康泰生物》一文内容失实，该文阅读量达1.8万次，被转发300余次，在焦作地区保健品行业范围内造成不良影响，构成名誉权侵权。',
      ),
      '一、被告于本判决生效之日起十日内在《焦作日报》上刊登声明，为原告消除影响、恢复名誉（声明内容须经本院审核）。',
      '一、被告焦作惠民超市有限公司于本判决生效之日起立即停止销售侵害原告第8765432号“怀山堂”注册商标专用权的山药粉产品。',
    ],
    invalid: [
      {
        code: defamation('被告发布的文章内容失实，对原告的商业信誉造成了一定不良影响，构成名誉权侵权。'),
        at: '消除影响',
      },
      {
        code: defamation('被告的行为侵害了原告的名誉权，应当承担相应的民事责任。'),
        at: '消除影响',
      },
      {
        // The statute cited before 判决如下 names no infringing act.
        code: defamation(
          '被告的行为侵害了原告的名誉权，应当承担相应的民事责任。',
          '原、被告均在焦作市从事保健品经营，双方存在竞争关系。',
          ['一、被告邵某涛停止侵害；', '二、驳回原告的其他诉讼请求。'],
        ),
        at: '停止侵害',
      },
    ],
  },
  check({ document, orders, report }) {
    if (document.kind.category === '刑事' || document.kind.category === '行政') return;
    // The article lets the facts found and the reasoning carry what the operative text cannot list; the parties'
    // own allegations (诉称) before the court's findings do not count.
    const findings = courtFindings(document);
    const actsFound = INFRINGING_ACTS.test(findings.text);
    const scopeFound = actsFound && EFFECT_SCOPE.test(findings.text);
    for (const item of orders()) {
      const order = orderedDuty(item, REPUTATION);
      if (!order || REPUTATION_MANNER.test(item.text)) continue;
      const { clause, at } = order;
      const effects = clause.matchAll(REPUTATION).some((m) => !STOP_INFRINGEMENT.test(m.text));
      if (effects ? !scopeFound : !actsFound)
        report({ at, item, detail: effects ? '侵权行为及影响范围' : '侵权行为' });
    }
  },
});
