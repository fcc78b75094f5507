/**
 * 焦作山阳规定 第十八条第（六）项：应……明确行政机关履行义务的具体内容；确需行政机关调查或者裁量的，应在裁判文书中
 * 载明具体的调查事项、裁量原则以及履行期限等内容.
 * "责令被告履行法定职责" and "采取相应的补救措施" name no duty: the agency and the enforcement judge must guess
 * which application to decide or which measure to take.
 */
import type { TextView } from '../../src/language/item-view.js';
import { defineRule } from '../../src/engine/rule.js';
import {
  BARE_DUTY,
  COMPENSATION_ORDERED,
  COMPENSATION_TERMS,
  DECLARATORY,
  DUTY_MATTER,
  OPEN_REMEDY,
  REMEDY_SPELLED_OUT,
} from '../../src/language/administrative.js';

/** A sum, a quantity (面积, 套), the form or the standard of the compensation. */
function compensationStated(clause: TextView): boolean {
  return clause.has('money') || clause.has('quantity') || COMPENSATION_TERMS.test(clause.text);
}

export default defineRule({
  id: 'admin/content-missing',
  name: '责令行政机关履行义务未写明具体内容',
  category: 'admin.terms',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（六）项',
    quote:
      '应尽可能在调查确认相关事实的基础上，明确行政机关履行义务的具体内容，合理确定履行期限和方式；确需行政机关调查或者裁量的，应在裁判文书中载明具体的调查事项、裁量原则以及履行期限等内容',
  },
  message: '责令行政机关履行职责或采取补救措施，但未写明具体事项和内容',
  suggestion:
    '写明所涉申请或事项及应作出的处理，如“责令被告于本判决生效之日起六十日内对原告2022年1月5日提交的举报依法作出处理并书面告知原告”',
  examples: {
    valid: [
      {
        kind: 'administrative',
        items:
          '一、责令被告于本判决生效之日起六十日内对原告2022年1月5日提交的举报依法作出是否立案的决定，并书面告知原告。',
      },
      {
        kind: 'administrative',
        items: '一、判令被告于本判决生效之日起九十日内依法履行收缴第三人欠缴的防空易地建设费职责。',
      },
      {
        kind: 'administrative',
        items:
          '一、确认被告拆除原告房屋的行为违法；\n二、责令被告于本判决生效之日起六十日内采取补救措施，即在原址为原告搭建不小于40平方米的临时安置用房。',
      },
      {
        kind: 'administrative',
        items: '一、确认被告不履行法定职责的行为违法。',
      },
      {
        kind: 'administrative',
        items:
          '一、责令被告于本判决生效之日起九十日内对原告位于红锦大道的房屋（建筑面积126.4平方米）以产权调换方式予以补偿安置，安置房屋面积不少于126.4平方米。',
      },
    ],
    invalid: [
      {
        code: {
          kind: 'administrative',
          items:
            '一、撤销被告作出的渝北府征补〔2024〕7号征收补偿决定；\n二、被告重庆市渝北区人民政府于本判决生效之日起九十日内对原告谭某依法予以补偿安置。',
        },
        at: '予以补偿安置',
      },
      {
        code: {
          kind: 'administrative',
          items: '一、责令被告于本判决生效之日起六十日内履行法定职责；\n二、驳回原告的其他诉讼请求。',
        },
        at: '履行法定职责',
      },
      {
        code: {
          kind: 'administrative',
          items:
            '一、确认被告拆除原告房屋的行为违法；\n二、责令被告于本判决生效之日起六十日内对原告采取相应的补救措施。',
        },
        at: '采取相应的补救措施',
      },
    ],
  },
  check({ document, orders, report }) {
    if (document.kind.category === '刑事') return;
    const administrative = document.kind.category === '行政';
    for (const item of orders()) {
      for (const clause of item.clauses) {
        if (DECLARATORY.test(clause.text)) continue;
        const duty = clause.match(BARE_DUTY);
        if (duty && !DUTY_MATTER.test(clause.text)) report({ at: duty, item });
        const remedy = clause.match(OPEN_REMEDY);
        if (remedy && !REMEDY_SPELLED_OUT.test(clause.text)) report({ at: remedy, item });
        // Civil items use the same words (给予原告经济补偿); only an agency's compensation is read here.
        const compensation = administrative ? clause.match(COMPENSATION_ORDERED) : null;
        if (compensation && !compensationStated(clause)) {
          report({ at: compensation, item, detail: '补偿的数额、方式或标准' });
        }
      }
    }
  },
});
