/**
 * 焦作山阳规定 第十八条第（六）项：责令其重新作出行政行为或者采取补救措施的，应……合理确定履行期限和方式.
 * "责令被告重新作出行政行为" with no time limit is the commonest gap of administrative judgments: the agency can
 * wait indefinitely, and nothing can be enforced.
 */
import { defineRule } from '../../src/engine/rule.js';
import {
  AGENCY_ACT,
  AGENCY_ORDERED,
  DECLARATORY,
  STATUTE_WORDING,
  STATUTORY_PERIOD,
  agencyTask,
} from '../../src/language/administrative.js';

export default defineRule({
  id: 'admin/deadline-missing',
  name: '责令行政机关履行义务未写明期限',
  category: 'admin.terms',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（六）项',
    quote:
      '判决行政机关履行金钱给付义务或者履行法定职责，以及责令其重新作出行政行为或者采取补救措施的，应尽可能在调查确认相关事实的基础上，明确行政机关履行义务的具体内容，合理确定履行期限和方式',
  },
  message: '责令行政机关重新作出行政行为、履行职责或采取补救措施，但未写明履行期限',
  suggestion:
    '写明期限，如“责令被告南京市玄武区人力资源和社会保障局于本判决生效之日起六十日内对原告的工伤认定申请重新作出认定”',
  examples: {
    valid: [
      {
        kind: 'administrative',
        items:
          '一、撤销被告作出的玄人社工认字〔2019〕第0892号《不予认定工伤决定书》；\n二、责令被告于本判决生效之日起六十日内对原告的工伤认定申请重新作出认定。',
      },
      {
        kind: 'administrative',
        items: '一、责令被告在本判决生效后十五个工作日内对原告提出的政府信息公开申请予以答复。',
      },
      {
        kind: 'administrative',
        items: '一、撤销被告作出的焦山人社工认字〔2024〕第12号《不予认定工伤决定书》。',
      },
      {
        kind: 'administrative',
        items: '一、确认被告不履行行政复议法定职责的行为违法。\n二、驳回原告的其他诉讼请求。',
      },
      {
        kind: 'administrative',
        items:
          '一、撤销被告泰州市姜堰区行政审批局于2020年5月9日作出的投诉处理决定书；\n二、被告泰州市姜堰区行政审批局应于本判决生效之日起三十个工作日内对原告的投诉重新作出处理决定。',
      },
      {
        kind: 'administrative',
        items:
          '1. 撤销被告于2023年11月20日作出的美府依申复〔2023〕第102号《政府信息公开申请答复书》中对原告申请公开的第2项信息不予公开的部分；\n2. 被告应于本判决生效之日起十五个工作日内，以提供纸质复印件的方式向原告公开《海甸溪北岸棚户区改造项目国有土地上房屋征收补偿方案》。',
      },
      {
        kind: 'administrative',
        items:
          '一、责令被告于本判决生效之日起三十个工作日内，依据原告于2022年11月21日提交的申请，为原告办理金桥花园小区6号楼2单元1502室房屋的转移登记。',
      },
      // Civil items use the same verbs; their time limits are the money and property rules' concern (without one,
      // property/terms-missing reports it).
      '一、被告于本判决生效之日起三十日内协助原告办理焦作市山阳区人民路16号1单元302室房屋的过户登记手续。',
    ],
    invalid: [
      {
        code: {
          kind: 'administrative',
          items: '一、撤销被告作出的征收补偿决定；\n二、被告对原告谭某依法予以补偿安置。',
        },
        at: '予以补偿安置',
        // What the compensation is is missing as well as when.
        alsoReports: ['admin/content-missing'],
      },
      {
        code: {
          kind: 'administrative',
          items: '一、责令被告天水市秦州区人民政府重新核定原告马小燕的基本养老保险待遇。',
        },
        at: '重新核定',
      },
      {
        code: {
          kind: 'administrative',
          items: '一、责令被告为原告办理秦州区民主路5号房屋（建筑面积72.3平方米）的不动产首次登记。',
        },
        at: '办理',
      },
      {
        code: {
          kind: 'administrative',
          items: '一、被告向原告公开《秦州区2019年棚户区改造项目征收补偿方案》。',
        },
        at: '公开',
      },
      {
        code: {
          kind: 'administrative',
          items:
            '一、撤销被告作出的南人社复〔2020〕12号答复，责令被告为原告补缴2015年1月至2018年12月的基本养老保险费。',
        },
        at: '补缴',
      },
      {
        code: {
          kind: 'administrative',
          items:
            '一、撤销被告作出的焦山人社工认字〔2024〕第12号《不予认定工伤决定书》；\n二、责令被告重新作出工伤认定决定。',
        },
        at: '重新作出',
      },
      {
        code: { kind: 'administrative', items: '一、由被告焦作市人民政府从新作出行政行为。' },
        at: '从新作出',
      },
      {
        code: {
          kind: 'administrative',
          items: '一、撤销被诉行政处罚决定，并责令被告对第三人的违法行为重新作出处理。',
        },
        at: '重新作出',
      },
      {
        code: {
          kind: 'administrative',
          items: '一、责令被告针对原告于2024年1月8日提出的政府信息公开申请重新予以答复。',
        },
        at: '予以答复',
      },
      {
        code: {
          kind: 'administrative',
          items:
            '一、责令被告对原告2024年1月10日举报的解放大道1202号违法加盖行为依法进行调查处理，并将处理结果书面告知原告。',
        },
        at: '进行调查处理',
      },
    ],
  },
  check({ document, orders, hasSharedDeadline, report }) {
    if (document.kind.category === '刑事' || hasSharedDeadline()) return;
    const administrative = document.kind.category === '行政';
    for (const item of orders()) {
      for (const clause of item.clauses) {
        const order = clause.match(AGENCY_ACT) ?? (administrative ? agencyTask(clause) : null);
        if (!order || clause.has('deadline') || STATUTORY_PERIOD.test(clause.text)) continue;
        if (!AGENCY_ORDERED.test(clause.text) || DECLARATORY.test(clause.text)) continue;
        if (STATUTE_WORDING.test(clause.text)) continue;
        report({ at: order, item });
        break;
      }
    }
  },
});
