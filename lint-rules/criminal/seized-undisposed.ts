/**
 * 焦作山阳规定 第十九条、绵阳办法 第10项①：对已经查封、扣押、冻结的财产，应在判项中详细列明并作出处理。
 * When the facts say that a phone, cash and a knife were seized and the operative part never mentions them, the
 * seizing authority is left holding property that no judgment disposes of: returned, confiscated or set off
 * against the fine. A warning: the property may have been dealt with before the judgment without the facts saying so.
 */
import { defineRule } from '../../src/engine/rule.js';
import {
  DISPOSED_BEFORE,
  SEIZED_PROPERTY_ORDER,
  SEIZURE_IN_FACTS,
  orderClauses,
} from '../../src/language/criminal.js';
import { UPHOLDS } from '../../src/language/restated.js';

const JUDGMENT = (facts: string, items: string) => `# 河北省石家庄市长安区人民法院

# 刑事判决书

（2020）冀0102刑初318号

公诉机关石家庄市长安区人民检察院。

被告人赵某，男，1991年5月6日出生，汉族，住石家庄市长安区建设北大街18号，公民身份号码130102199105060017。

经审理查明，${facts}

本院认为，被告人赵某以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。依照《中华人民共和国刑法》第二百六十四条之规定，判决如下：

${items}

如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向河北省石家庄市中级人民法院提出上诉。

审判员　　李淑芬

二〇二〇年六月十二日

书记员　　王　敏
`;

const STOLE = '2020年3月2日，被告人赵某在长安区谈固东街一超市内窃取顾客钱包一个，内有现金人民币1800元。';
const FINE_ITEM =
  '一、被告人赵某犯盗窃罪，判处有期徒刑八个月，并处罚金人民币二千元（罚金于本判决生效后十日内缴纳）。';

export default defineRule({
  id: 'criminal/seized-undisposed',
  name: '扣押财物未作处理',
  category: 'criminal.seized-list',
  severity: 'warn',
  citation: {
    source: '焦作山阳规定',
    article: '第十九条',
    quote: '对已经查明的，应在判项中列明财产刑内容以及待执行财产名称、数量、金额等',
  },
  message: '事实部分载明扣押、查封或冻结了财物，但判项未对其作出任何处理（没收、发还、抵缴等）',
  suggestion:
    '在判项中逐项写明扣押财物的处理，如“扣押在案的作案工具水果刀一把予以没收；现金人民币1800元发还被害人钱某”',
  examples: {
    valid: [
      {
        document: JUDGMENT(
          `${STOLE}公安机关从赵某身上扣押现金人民币1800元、折叠刀一把。`,
          `${FINE_ITEM}\n\n二、扣押在案的现金人民币1800元发还被害人钱某，折叠刀一把予以没收。`,
        ),
      },
      // Returned before the judgment, as the facts say.
      {
        document: JUDGMENT(`${STOLE}公安机关扣押现金人民币1800元，已发还被害人钱某。`, FINE_ITEM),
      },
      // The seizure list is evidence, not property.
      {
        document: JUDGMENT(
          `${STOLE}上述事实，有扣押清单、辨认笔录等证据证实。`,
          `${FINE_ITEM}\n\n二、责令被告人赵某退赔被害人钱某人民币1800元。`,
        ),
      },
    ],
    invalid: [
      {
        code: {
          document: JUDGMENT(
            `${STOLE}公安机关从赵某身上扣押现金人民币1800元、折叠刀一把。`,
            `${FINE_ITEM}\n\n二、责令被告人赵某退赔被害人钱某人民币1800元。`,
          ),
        },
        at: '扣押现金人民币1800元',
      },
    ],
  },
  check({ document, items, report, view }) {
    if (document.kind.category !== '刑事' || document.kind.form !== '判决书' || !document.operative) return;
    // Upheld first-instance items keep their disposals in force.
    if (items.some((item) => UPHOLDS.test(item.text))) return;
    if (orderClauses(items).some(({ clause }) => SEIZED_PROPERTY_ORDER.test(clause.text))) return;
    const start = document.partiesBlock?.end ?? 0;
    const end = document.reasoning?.start ?? document.operative.start;
    if (end <= start) return;
    const facts = view({ start, end });
    for (const seizure of facts.matchAll(SEIZURE_IN_FACTS)) {
      const sentenceStart = Math.max(
        document.text.lastIndexOf('。', seizure.start),
        document.text.lastIndexOf('\n', seizure.start),
      );
      const sentenceEnd = document.text.indexOf('。', seizure.end);
      const sentence = document.text.slice(sentenceStart + 1, sentenceEnd < 0 ? end : sentenceEnd);
      if (DISPOSED_BEFORE.test(sentence)) continue;
      report({ at: seizure });
      return;
    }
  },
});
