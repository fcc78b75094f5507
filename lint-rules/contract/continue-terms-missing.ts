/**
 * 焦作山阳规定 第十八条第（二）项：判决继续履行合同的，应明确继续履行的具体内容、方式及期限。
 * "继续履行双方签订的《店面装修合同》" leaves every obligation of the contract to a new dispute.
 */
import { defineRule } from '../../src/engine/rule.js';
import { CONTINUE_PERFORMANCE, continuedPerformance } from '../../src/language/duties/works.js';
import { orderedDuty } from '../../src/language/duties/ordering.js';

export default defineRule({
  id: 'contract/continue-terms-missing',
  name: '继续履行合同未写明内容、方式或期限',
  category: 'contract.continue-terms',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（二）项',
    quote: '继续履行合同的，应明确继续履行合同的内容、方式、期限等',
  },
  message: '判令继续履行合同，但未明确',
  suggestion:
    '写明履行什么、怎样履行、何时履行，如“原告于2024年10月31日前按《店面装修合同》附件一完成店面二层的吊顶及墙面施工，被告于竣工验收合格之日起十日内支付工程尾款120000元”',
  examples: {
    valid: [
      '一、原告与被告继续履行双方签订的《房屋买卖合同》，被告于本判决生效之日起十日内协助原告办理焦作市山阳区人民路16号1单元302室房屋的过户登记手续。',
      '一、被告继续履行与原告签订的《商品混凝土供货合同》，于2024年9月30日前向原告供应C30商品混凝土800立方米，送至焦作市山阳区工业路8号工地。',
      '一、驳回原告要求被告继续履行合同的诉讼请求。',
      {
        kind: 'administrative',
        items:
          '一、被告继续履行与原告签订的《国有土地上房屋征收补偿协议》：\n（一）于本判决生效之日起三十日内向原告支付剩余货币补偿款42.736万元；\n（二）于2025年6月30日前向原告交付和平新苑5号楼3单元902室安置房一套（建筑面积89.6平方米）。',
      },
      {
        kind: 'administrative',
        items: '一、责令被告于本判决生效之日起六十日内继续履行对原告2024年3月2日举报事项的调查处理职责。',
      },
    ],
    invalid: [
      {
        code: '一、原告焦作美居装饰工程有限公司与被告焦作味道餐饮管理有限公司继续履行双方于2023年4月签订的《店面装修合同》；',
        at: '继续履行',
      },
      { code: '一、被告继续履行与原告签订的房屋租赁合同。', at: '继续履行' },
      {
        code: {
          kind: 'administrative',
          items:
            '一、被告太原市杏花岭区人民政府继续履行与原告签订的《停车位置换补充协议》；\n二、驳回原告的其他诉讼请求。',
        },
        at: '继续履行',
      },
    ],
  },
  check({ document, orders, hasSharedDeadline, report }) {
    if (document.kind.category === '刑事') return;
    for (const item of orders()) {
      const at = orderedDuty(item, CONTINUE_PERFORMANCE)?.at;
      if (!at) continue;
      // In administrative judgments only 行政协议 count; "继续履行…调查处理职责" is left to admin/*.
      const performance = continuedPerformance(item);
      if (document.kind.category === '行政' && !performance.namesContract) continue;
      const missing: string[] = [];
      if (!performance.content()) missing.push('履行内容和方式');
      if (!performance.timed() && !hasSharedDeadline()) missing.push('履行期限');
      if (missing.length > 0) report({ at, item, detail: missing.join('、') });
    }
  },
});
