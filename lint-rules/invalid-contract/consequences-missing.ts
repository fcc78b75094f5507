/**
 * 焦作山阳规定 第十八条第（三）项：拟判决合同有效但解除合同或者判决撤销合同、判决合同无效的，应释明并引导当事人提出
 * 合同解除、撤销或者合同无效后各方当事人应当承担责任的诉讼请求，并在法律文书主文中对相关责任予以明确.
 * A judgment whose only order is "确认…合同无效" leaves the house with the buyer and the price with the seller;
 * the return and the losses must be ruled on in the operative part (or the other claims dismissed).
 */
import { defineRule } from '../../src/engine/rule.js';
import { CONSEQUENCE, CONTRACT_VALIDITY, DISMISSAL } from '../../src/language/contract-validity.js';

export default defineRule({
  id: 'invalid-contract/consequences-missing',
  name: '合同无效、解除或撤销未处理后果',
  category: 'invalid-contract.consequences',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（三）项',
    quote:
      '拟判决合同有效但解除合同或者判决撤销合同、判决合同无效的，应释明并引导当事人提出合同解除、撤销或者合同无效后各方当事人应当承担责任的诉讼请求，并在法律文书主文中对相关责任予以明确',
  },
  message: '判决合同无效、解除或撤销，但主文未就返还财产、折价补偿、赔偿损失等后果作出处理',
  suggestion:
    '在主文中写明后果，如“二、被告张国庆于本判决生效之日起三十日内腾退位于…的房屋并交还原告；三、原告于被告腾退房屋之日起十日内返还被告购房款80000元”',
  examples: {
    valid: [
      '一、确认原告与被告于2014年2月26日签订的《土地转让合同》无效；\n二、被告于本判决生效后十五日内返还原告转让款455000元；\n三、驳回原告的其他诉讼请求。',
      // The claim to the consequences is ruled on, if only to dismiss it.
      '一、解除原告与被告于2021年4月2日签订的《健身服务合同》；\n二、驳回原告要求被告退还剩余课时费的诉讼请求。',
      // The premises are handed back in another item.
      '一、解除原告与被告签订的《仓库租赁合同》；\n二、被告于本判决生效之日起十五日内搬出其存放于仓库内的货物，将仓库交还原告。',
      '一、解除原告与被告签订的《独家代理合同》，被告于本判决生效后十日内向原告返还加盟费60000元。',
      '一、被告于本判决生效之日起十日内支付原告违法解除劳动合同的赔偿金22000元。',
      '一、驳回原告要求确认其与被告签订的《房屋买卖合同》无效的诉讼请求。',
    ],
    invalid: [
      {
        code: '一、确认原告王秀兰与被告张国庆于2012年4月18日签订的《房屋买卖协议》无效。',
        at: '一、确认',
      },
      // A rescission whose consequences (the fees paid in advance) nobody rules on.
      {
        code: '一、解除原告与被告于2021年4月2日签订的《健身服务合同》；\n二、驳回原告的其他诉讼请求。',
        at: '一、解除',
      },
      // Held void without 确认, the price paid left where it is; dismissing "the other claims" returns nothing.
      {
        code: '一、原告与被告于2019年5月6日订立的《车位转让协议》无效；\n二、驳回原告的其他诉讼请求。',
        at: '一、原告',
      },
      {
        code: '一、撤销原告与被告于2017年10月30日签订的《还款协议》；\n二、解除原告与被告于2016年4月15日签订的《商铺租赁合同》。',
        at: '一、撤销',
        count: 2,
      },
    ],
  },
  check({ orders, report }) {
    const items = orders();
    const rulings = items.filter((item) => CONTRACT_VALIDITY.test(item.text) && !DISMISSAL.test(item.text));
    if (rulings.length === 0) return;
    // Another item that returns, pays or compensates — or dismisses a claim to that — rules on the consequences. A
    // bare "驳回原告的其他诉讼请求" does not: 第十八条第（三）项 asks for the responsibilities in the operative part.
    const ruling = new Set(rulings);
    if (items.some((item) => !ruling.has(item) && CONSEQUENCE.test(item.text))) return;
    for (const item of rulings) {
      const after = item.text.replace(CONTRACT_VALIDITY, '');
      if (!CONSEQUENCE.test(after)) report({ at: item });
    }
  },
});
