/**
 * 焦作山阳规定 第十八条：裁判文书主文应明确具体，具有可执行性，避免表述不准确产生理解上的歧义.
 * "交付钥匙、门禁卡等物品", "办理相关手续", "在合理期限内", "尽快", "适当补偿", "按约定交付" leave the enforcement
 * judge to decide what, when or how much. Fixed legal phrases (等额本息, 平等, 相关规定 …) and the phrases of the
 * configuration's `vague.allow` stay silent; interest "按合同约定" is left to interest/per-contract.
 */
import { defineRule } from '../../src/engine/rule.js';
import { DENIAL } from '../../src/language/lexicon.js';
import { DEFAULT_VAGUE_ALLOW, vagueWording } from '../../src/language/vague.js';

export default defineRule({
  id: 'vague/wording',
  name: '判项用语模糊',
  category: 'vague.wording',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条',
    quote: '裁判文书主文应明确具体，具有可执行性，避免表述不准确产生理解上的歧义',
  },
  message: '判项用语模糊，执行内容不确定',
  suggestion:
    '逐项写明对象、数量和期限，如“于本判决生效之日起十日内向被告交付商铺钥匙两把、门禁卡两张，并配合被告办理《营业执照》地址变更登记手续”',
  examples: {
    valid: [
      '一、被告于本判决生效之日起十日内赔偿原告医疗费、误工费、护理费等各项损失共计人民币120000元。',
      // A total in capital numerals closes the list too.
      '2、甲方于2024年6月30日前一次性补偿乙方死亡赔偿金、丧葬费、精神损害抚慰金等各项损失共计人民币玖万捌仟元整（98,000.00元）。',
      // The closing notice of a ruling that confirms a mediation agreement orders nothing.
      {
        document: `# 民事裁定书\n\n（2023）川0703民特123号\n\n裁定如下：\n\n申请人焦作市某物业服务有限公司与吴丽华于2023年5月10日经焦作市山阳区城北街道人民调解委员会主持调解达成的调解协议有效。\n\n当事人应当按照调解协议的约定自觉履行义务。一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院申请执行。\n\n审判员　何志刚\n\n二〇二三年五月十八日\n`,
      },
      '一、被告于2024年12月31日前偿还原告借款本金120000元，按月等额本息还款，每月15日前偿还5000元。',
      '一、被告于本判决生效之日起十日内向原告交付商铺钥匙两把、门禁卡两张。',
      '一、被告于本判决生效之日起十日内在《焦作日报》上刊登致歉声明，逾期不履行的，本院将在该报上刊登本判决的主要内容，相关费用由被告负担。',
      '一、被告于本判决生效之日起十日内支付原告逾期利息（以200000元为基数，自2022年8月21日起按年利率6%计算至实际清偿之日止）。',
      '一、驳回原告要求被告交付钥匙、门禁卡等物品的诉讼请求。',
      '三、原告查阅上述材料时，可以由会计师事务所、律师事务所等依法执业的中介机构执业人员辅助进行。',
      // 未按约定 states the default that triggers enforcement.
      '三、如被告吴晓东未按上述约定按期足额支付任何一期款项，原告郑国平有权就剩余未付款项一次性申请强制执行。',
      // The agreement's own term is stated in the item it names.
      '二、被告如未按第一项第（二）目约定的任一期限足额付款，原告有权就剩余全部未付款项一并申请强制执行。',
      // A checkable standard: the closed-water test the work must pass.
      '一、被告于2024年7月31日前对原告房屋卫生间重新做防水层，并经二十四小时闭水试验不渗漏。',
    ],
    invalid: [
      // Which invoices, for what sum: 相关 leaves it open.
      { code: '四、原告绵阳市恒锐机械制造有限公司向被告四川德祥汽车配件有限公司开具相关发票。', at: '相关' },
      {
        code: '一、被告于本判决生效之日起十日内向原告交付商铺钥匙、门禁卡等物品。',
        // The things are uncounted too.
        alsoReports: ['property/terms-missing'],
        at: '等物品',
      },
      {
        code: '一、原告于收到上述款项后配合被告合肥市悦享餐饮管理有限公司办理相关手续。',
        at: '相关手续',
      },
      {
        code: '三、被告于本判决生效之日起十日内在相关媒体上刊登声明，为原告消除影响。',
        at: '相关',
      },
      // A handover with a vague time has no time: property/terms-missing reports that, this rule the word.
      {
        code: '一、被告应在合理期限内将车辆过户至原告名下。',
        at: '合理期限',
        alsoReports: ['property/terms-missing'],
      },
      {
        code: '一、被告尽快为原告办理房屋产权过户登记手续。',
        at: '尽快',
        alsoReports: ['property/terms-missing'],
      },
      { code: '一、被告按约定向原告交付货物。', at: '按约定', alsoReports: ['property/terms-missing'] },
      {
        code: {
          items:
            '一、乙方对甲方位于焦作市山阳区建设东路66号3单元601室的卫生间漏水部位进行返工维修，维修达到甲方满意为止。',
          kind: 'mediation',
        },
        at: '达到甲方满意',
      },
    ],
  },
  check({ document, reading, options, report }) {
    if (document.kind.category === '刑事') return;
    const allow = [...DEFAULT_VAGUE_ALLOW, ...(options.vague?.allow ?? [])];
    for (const item of reading.orders) {
      const payments = reading.payments(item).map((p) => p.clause.start);
      for (const clause of item.clauses) {
        if (DENIAL.test(clause.text)) continue;
        const vague = vagueWording(clause, allow, { payment: payments.includes(clause.start) });
        if (vague) report({ at: vague, item, detail: vague.what });
      }
    }
  },
});
