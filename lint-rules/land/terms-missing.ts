/**
 * 焦作山阳规定 第十八条第（二）项：判决交付水面、土地的，应明确具体位置、面积及四至。
 * "将“河滩地”耕地1.5亩返还原告" cannot be staked out on the ground without its four boundaries.
 */
import type { TextView } from '../../src/language/item-view.js';
import { defineRule } from '../../src/engine/rule.js';
import {
  FOUR_BOUNDARIES,
  LAND_DELIVERY,
  LAND_DIVISION,
  LAND_LOCATION,
  LAND_NOT_OBJECT,
  LAND_OBJECT,
  landPointsBack,
  outsideActTimes,
} from '../../src/language/duties/things.js';
import { DENIAL, NOTHING_TO_ENFORCE } from '../../src/language/lexicon.js';

/** What a text leaves out of the land's description. */
function missingTerms(view: TextView): string[] {
  const missing: string[] = [];
  if (!LAND_LOCATION.test(view.text)) missing.push('具体位置');
  if (!view.has('area')) missing.push('面积');
  if (view.find('boundary').length < 2 && !FOUR_BOUNDARIES.test(view.text)) missing.push('四至');
  return missing;
}

/** An item (确认…承包地（面积1.8亩，东至…）归原告) that states where the land lies, its area and its boundaries. */
function describesLand(item: TextView): boolean {
  return LAND_OBJECT.test(item.text) && missingTerms(item).length === 0;
}

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
      '一、确认原告与被告于2015年3月10日签订的土地承包合同无效。\n二、原告于本判决生效之日起十日内返还被告承包费30000元。',
      '一、被告于本判决生效之日起十日内返还原告土地承包经营权证一本。',
      '四、罗德明于冉光荣返还上述土地之日起十日内向冉光荣返还转让款36000元；',
      '一、确认位于荆州市荆州区川店镇紫荆村四组“塘埂田”的承包地（面积1.8亩，东至邓长山承包地，南至村组公路，西至水渠，北至邓长河承包地）的承包经营权归原告享有；\n二、被告于本判决生效之日起三十日内拆除其在上述土地上建造的猪圈，并将上述土地返还原告。',
      // Each share of a divided plot staked out.
      '一、位于焦作市山阳区北孔庄村三组“后岗”的承包地4亩由原告与被告分割，原告分得东侧2亩（东至水渠，南至王某承包地，西至分界桩，北至生产路），被告分得西侧2亩（东至分界桩，南至王某承包地，西至村道，北至生产路）。',
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
      {
        // The earlier item names the land but not its boundaries: pointing back to it does not supply them.
        code: '一、确认原告对村东“河滩地”承包地享有承包经营权；\n二、被告于本判决生效之日起三十日内将上述土地返还原告。',
        at: '返还',
      },
      // A division by halves: neither share has an area or boundaries on the ground.
      { code: '一、原、被告家庭承包的责任田由双方平均分割，由原告耕种靠近河沟的一半。', at: '分割' },
    ],
  },
  check({ document, orders, report }) {
    if (document.kind.category === '刑事' || document.kind.category === '行政') return;
    const items = orders();
    items.forEach((item, i) => {
      for (const clause of item.clauses) {
        if (NOTHING_TO_ENFORCE.test(clause.text) || DENIAL.test(clause.text)) continue;
        // "于冉光荣返还上述土地之日起…返还转让款": land returned as the time of another duty is not ordered here.
        const land = outsideActTimes(clause, clause.matchAll(LAND_OBJECT)).find(
          (m) => !LAND_NOT_OBJECT.test(item.text.slice(m.end - item.start)),
        );
        const delivery = outsideActTimes(clause, clause.matchAll(LAND_DELIVERY))[0];
        const verb = delivery ?? outsideActTimes(clause, clause.matchAll(LAND_DIVISION))[0];
        if (!land || !verb) continue;
        const pointsBack = landPointsBack(item, land);
        if (pointsBack && items.slice(0, i).some((earlier) => describesLand(earlier))) break;
        // A division stakes out its shares in the clauses after it (原告分得东侧2亩（东至…）).
        const missing = missingTerms(delivery ? clause : item.sub(clause.start, item.end));
        if (missing.length > 0) report({ at: verb, item, detail: missing.join('、') });
        break;
      }
    });
  },
});
