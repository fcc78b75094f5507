/**
 * 焦作山阳规定 第十九条、绵阳办法 第10项①：判处追缴的，应明确追缴对象、追缴金额或者财物名称、数量。
 * "违法所得予以追缴" and "继续追缴赃款、赃物" name neither a sum nor a thing; "追缴被告人郭某违法所得人民币600元" does.
 */
import { defineRule } from '../../src/engine/rule.js';
import { RECOVER, SHORTFALL, ordersWith, unquantifiedObjects } from '../../src/language/criminal.js';

export default defineRule({
  id: 'criminal/recovery-unspecified',
  name: '追缴未写明金额或财物',
  category: 'criminal.recovery',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十九条',
    quote: '判处追缴的，应明确追缴对象、追缴金额或者财物名称、数量等情况',
  },
  message: '判令追缴，但未写明追缴的金额或财物名称、数量',
  suggestion: '写明追缴对象和金额，如“追缴被告人万某违法所得人民币3100元，发还被害人李某”',
  examples: {
    valid: [
      // An upheld item restating a recovery with its sum.
      {
        items:
          '一、维持河南省焦作市山阳区人民法院（2023）豫0811刑初45号刑事判决第二项，即“追缴被告人王五违法所得人民币四千五百元，发还被害人李某”。\n二、上诉人王五犯盗窃罪，判处有期徒刑十个月，并处罚金人民币三千元（罚金已预缴）。',
        kind: 'criminal',
      },
      // The shortfall of a sum stated before it.
      {
        items:
          '一、被告人王五犯诈骗罪，判处有期徒刑三年，并处罚金人民币二万元（已预缴）。\n二、扣押在案的长城牌越野车一辆依法变卖，所得价款退赔被害人李某人民币八万五千元；不足部分继续向被告人王五追缴，退赔被害人李某。',
        kind: 'criminal',
      },
      {
        items:
          '一、被告人王五犯盗窃罪，判处有期徒刑六个月，并处罚金人民币二千元（已预缴）。\n二、追缴被告人王五违法所得人民币六千二百元，上缴国库。',
        kind: 'criminal',
      },
      {
        items:
          '一、被告人王五犯赌博罪，判处有期徒刑一年，并处罚金人民币一万元（罚金已缴纳）。\n二、对被告人王五、李某非法所得各十万元，予以追缴，上缴国库。',
        kind: 'criminal',
      },
      {
        items:
          '一、被告人王五犯非法持有毒品罪，判处有期徒刑一年，并处罚金三千元（已预缴）。\n二、被告人王五犯罪所得人民币3400元及被追缴的毒品海洛因5.2克予以没收。',
        kind: 'criminal',
      },
      {
        items:
          '一、被告单位某公司犯逃税罪，判处罚金人民币十万元（已缴纳）。\n二、追缴被告单位某公司逃避缴纳的税款人民币三十八万元。',
        kind: 'criminal',
      },
    ],
    invalid: [
      {
        // The upheld first-instance items are restated after 即: what they say becomes final.
        code: {
          items:
            '一、维持河南省焦作市山阳区人民法院（2023）豫0811刑初45号刑事判决第一项、第三项，即一、被告人王五犯盗窃罪，判处有期徒刑一年，并处罚金人民币三千元；三、对被告人王五的犯罪所得继续追缴。\n二、撤销河南省焦作市山阳区人民法院（2023）豫0811刑初45号刑事判决第二项。',
          kind: 'criminal',
        },
        at: '继续追缴。',
      },
      {
        code: {
          items:
            '一、被告人王五犯盗窃罪，判处有期徒刑六个月，并处罚金人民币二千元（已预缴）。\n二、继续追缴赃款、赃物，退还给被害人。',
          kind: 'criminal',
        },
        at: '继续追缴',
      },
      {
        code: {
          items:
            '一、被告人王五犯诈骗罪，判处有期徒刑五年，并处罚金人民币三万元（已预缴）。\n二、对被告人王五违法所得依法予以追缴。',
          kind: 'criminal',
        },
        at: '追缴',
      },
      {
        code: {
          items:
            '一、被告人王五犯受贿罪，判处有期徒刑五年，并处罚金人民币四十万元（已预缴）。\n二、对被告人王五受贿所得予以追缴，上缴国库。',
          kind: 'criminal',
        },
        at: '追缴，',
      },
      {
        code: {
          items:
            '1. 被告人王五犯帮助信息网络犯罪活动罪，判处有期徒刑十个月，并处罚金人民币六千元（已缴纳）。\n2. 对被告人王五的违法所得予以追缴，上缴国库。',
          kind: 'criminal',
        },
        at: '追缴，',
      },
      {
        code: {
          items:
            '一、被告单位某公司犯虚开增值税专用发票罪，判处罚金人民币二十万元（限判决生效后三十日内缴纳）。\n二、对被告单位某公司虚开增值税专用发票所抵扣的税款，依法予以追缴。',
          kind: 'criminal',
        },
        at: '追缴。',
      },
    ],
  },
  check({ document, items, report }) {
    if (document.kind.category !== '刑事') return;
    for (const { item, clause, at } of ordersWith(items, RECOVER)) {
      // "不足部分继续追缴" after a stated sum recovers that sum less what was realised.
      if (clause.test(SHORTFALL) && item.sub(item.start, clause.start).has('money')) continue;
      if (unquantifiedObjects(clause).length > 0) report({ at, item });
    }
  },
});
