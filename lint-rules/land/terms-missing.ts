/**
 * 焦作山阳规定 第十八条第（二）项：判决交付水面、土地的，应明确具体位置、面积及四至。
 * "将“河滩地”耕地1.5亩返还原告" cannot be staked out on the ground without its four boundaries.
 */
import { defineRule } from '../../src/engine/rule.js';
import {
  FOUR_BOUNDARIES,
  LAND_DELIVERY,
  LAND_LOCATION,
  LAND_NOT_OBJECT,
  LAND_OBJECT,
} from '../../src/language/duties/things.js';
import { DENIAL, NOTHING_TO_ENFORCE } from '../../src/language/lexicon.js';

export default defineRule({
  id: 'land/terms-missing',
  name: '交付土地、水面未写明位置、面积或四至',
  category: 'land.terms',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（二）项',
    quote: '交付水面或者土地的，应明确其位置、面积以及四至范围',
  },
  message: '判令交付土地或水面，但未明确',
  suggestion:
    '写明位置、面积和四至，如“被告将位于焦作市山阳区北孔庄村二组“南坡地”的承包地（面积2.3亩，四至：东至王某承包地，南至生产路，西至李某承包地，北至灌溉渠）返还原告”',
  examples: {
    valid: [
      '一、被告于本判决生效之日起三十日内将其占用的原告承包的位于焦作市山阳区东方红街道北孔庄村二组“南坡地”的承包地（面积2.3亩，四至：东至王德顺承包地，南至生产路，西至李永昌承包地，北至灌溉渠）返还原告耕种；',
      '二、被告于本判决生效之日起三十日内将焦作市山阳区某村“西湾”鱼塘水面（面积6.8亩，东至河堤，南至村道，西至赵某鱼塘，北至泵房）交付原告经营。',
      '一、确认原告与被告于2015年3月10日签订的土地承包合同无效。',
      '一、被告于本判决生效之日起十日内返还原告土地承包经营权证一本。',
    ],
    invalid: [
      {
        code: '二、被告于本判决生效之日起三十日内将原告承包的“河滩地”耕地1.5亩返还原告；',
        at: '返还',
      },
      {
        code: '二、被告返还原告9.6亩耕地的土地承包经营权，于本判决生效后即履行；',
        at: '返还',
      },
    ],
  },
  check({ document, orders, report }) {
    if (document.kind.category === '刑事' || document.kind.category === '行政') return;
    for (const item of orders()) {
      for (const clause of item.clauses) {
        if (NOTHING_TO_ENFORCE.test(clause.text) || DENIAL.test(clause.text)) continue;
        const land = clause
          .matchAll(new RegExp(LAND_OBJECT.source, 'g'))
          .find((m) => !LAND_NOT_OBJECT.test(item.text.slice(m.end - item.start)));
        const verb = clause.match(LAND_DELIVERY);
        if (!land || !verb) continue;
        const missing: string[] = [];
        if (!LAND_LOCATION.test(clause.text)) missing.push('具体位置');
        if (!clause.has('area')) missing.push('面积');
        if (clause.find('boundary').length < 2 && !FOUR_BOUNDARIES.test(clause.text)) missing.push('四至');
        if (missing.length > 0) report({ at: verb, item, detail: missing.join('、') });
        break;
      }
    }
  },
});
