/**
 * 焦作山阳规定 第十八条：裁判文书主文应明确具体，具有可执行性。
 * A judgment, ruling or mediation document with no operative part (no 判决如下： / 裁定如下： / 达成如下协议：) has
 * nothing that can be enforced; every other check is silent on it, so this one says so.
 */
import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  id: 'document/operative-missing',
  name: '缺少判决主文',
  category: 'doc.operative-missing',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条',
    quote: '裁判文书主文应明确具体，具有可执行性',
  },
  message: '未找到判决主文（“判决如下：”“裁定如下：”或“达成如下协议：”及其后的判项），无法检查可执行性',
  suggestion: '在“本院认为”部分之后写明“判决如下：”，并逐项列明判项，如“一、被告于本判决生效之日起十日内……”',
  examples: {
    valid: [
      '一、被告于本判决生效之日起十日内偿还原告借款本金200000元。',
      {
        document:
          '# 某某县人民法院\n\n# 民事调解书\n\n（2024）豫0811民初100号\n\n本案在审理过程中，经本院主持调解，当事人自愿达成如下协议：\n\n一、被告于2024年6月30日前向原告支付货款10000元。\n\n本调解书经双方当事人签收后，即具有法律效力。\n',
      },
      {
        document:
          '# 某某县人民法院\n\n# 民事调解书\n\n（2024）豫0811民初101号\n\n本案审理过程中，经本院主持调解，双方当事人自愿达成调解协议，内容如下：\n\n一、被告于2024年12月31日前偿还原告借款本金30000元。\n\n本调解书经双方当事人签收后，即具有法律效力。\n',
      },
    ],
    invalid: [
      {
        code: {
          document:
            '# 某某县人民法院\n\n# 民事判决书\n\n（2024）豫0811民初100号\n\n本院认为，原告与被告之间的借贷关系合法有效，被告应当偿还借款。\n',
        },
        at: '本院认为',
      },
    ],
  },
  check({ document, report }) {
    if (document.operative || document.text.trim() === '') return;
    const reasoning = document.reasoning?.start ?? document.text.search(/\S/);
    report({ at: { start: Math.max(0, reasoning), end: Math.max(0, reasoning) + 4 } });
  },
});
