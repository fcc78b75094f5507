/**
 * 焦作山阳规定 第十八条第（二）项：判决交付竣工资料等材料的，应明确材料的名称、数量、交付时间及方式。
 * "移交案涉工程的竣工资料" does not say which drawings, reports and certificates, nor how many copies.
 */
import { defineRule } from '../../src/engine/rule.js';
import {
  DOCUMENTS_GENERIC,
  DOCUMENTS_HANDOVER,
  deliveredObject,
  documentsSpecified,
} from '../../src/language/duties/things.js';
import { wordPattern } from '../../src/lexicon/index.js';

const INSPECTION = wordPattern('inspection');
import { DENIAL, NOTHING_TO_ENFORCE } from '../../src/language/lexicon.js';

export default defineRule({
  id: 'documents/list-missing',
  name: '交付资料、文件未列明名称、数量或时间',
  category: 'documents.list',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（二）项',
    quote: '移交工程竣工等资料的，应明确资料名称、数量以及移交时间与方法等',
  },
  message: '判令交付资料或文件，但未明确',
  suggestion:
    '列明材料，如“原告于本判决生效之日起十日内向被告移交案涉工程的竣工图三套、隐蔽工程验收记录一册、主要材料出厂合格证一册”',
  examples: {
    valid: [
      '二、被告焦作中建加固工程有限公司于本判决生效之日起五日内向原告交付完整的竣工图及施工资料一式两份。',
      '四、原告于本判决生效之日起十日内向被告移交案涉6#楼的竣工图三套、隐蔽工程验收记录一册、主要材料出厂合格证一册、竣工验收报告一份。',
      '一、被告于本判决生效之日起十日内向原告交付该车行驶证、登记证书各一本及钥匙两把。',
      // Building materials are goods, property/terms-missing's concern (which reports them when not counted).
      '二、被告于本判决生效之日起十五日内返还原告剩余建筑材料：木模板300张、钢管200根。',
    ],
    invalid: [
      {
        code: '三、原告于本判决生效之日起十日内向被告焦作长兴建筑劳务有限公司移交案涉工程的竣工资料；',
        at: '竣工资料',
      },
      { code: '二、被告向原告移交公司全部财务资料及档案。', at: '财务资料' },
      {
        code: '二、被告于本判决生效之日起七日内将焦作惠丰商贸有限公司的公章、营业执照等证照交还原告。',
        // The open list (等证照) is vague wording as well as an unlisted set of documents.
        alsoReports: ['vague/wording'],
        at: '证照',
      },
    ],
  },
  check({ document, orders, hasSharedDeadline, report }) {
    if (document.kind.category === '刑事' || document.kind.category === '行政') return;
    for (const item of orders()) {
      for (const clause of item.clauses) {
        if (
          NOTHING_TO_ENFORCE.test(clause.text) ||
          DENIAL.test(clause.text) ||
          INSPECTION.test(clause.text)
        ) {
          continue;
        }
        const verb = clause.match(DOCUMENTS_HANDOVER);
        // "提供的资料" describes documents, it does not order them handed over.
        if (!verb || item.text[verb.end - item.start] === '的') continue;
        const object = deliveredObject(clause, verb);
        const documents = object.match(DOCUMENTS_GENERIC);
        if (!documents) continue;
        const missing: string[] = [];
        if (!documentsSpecified(object)) missing.push('材料名称及数量');
        if (!item.has('deadline') && !item.has('date') && !hasSharedDeadline()) missing.push('交付时间');
        if (missing.length > 0) report({ at: documents, item, detail: missing.join('、') });
        break;
      }
    }
  },
});
