/**
 * 焦作山阳规定 第十八条：裁判文书主文应明确具体，具有可执行性。
 * A judgment, ruling or mediation document with no operative part (no 判决如下： / 裁定如下： / 达成如下协议：) has
 * nothing that can be enforced; every other check is silent on it, so this one says so.
 */
import { defineRule } from '../../src/engine/rule.js';
import { firstLine } from '../../src/document/span.js';

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
          '# 某某县人民法院\n\n# 民事调解书\n\n（2024）豫0811民初100号\n\n本案在审理过程中，经本院主持调解，当事人自愿达成如下协议：\n\n一、被告于2024年6月30日前向原告支付货款10000元。\n\n如果未按本调解书指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行期间的债务利息。\n\n义务人可将上述款项汇入本院执行款专户：户名：焦作市山阳区人民法院；开户行：中国工商银行焦作山阳支行；账号：1709020109200012345。\n\n本调解书经双方当事人签收后，即具有法律效力。\n',
      },
      {
        document:
          '# 某某县人民法院\n\n# 民事调解书\n\n（2024）豫0811民初101号\n\n本案审理过程中，经本院主持调解，双方当事人自愿达成调解协议，内容如下：\n\n一、被告于2024年12月31日前偿还原告借款本金30000元。\n\n如果未按本调解书指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行期间的债务利息。\n\n义务人可将上述款项汇入本院执行款专户：户名：焦作市山阳区人民法院；开户行：中国工商银行焦作山阳支行；账号：1709020109200012345。\n\n本调解书经双方当事人签收后，即具有法律效力。\n',
      },
      {
        // Copied from a PDF: the wrap falls inside the heading (判决如\n下：) and a page break sits between the items.
        filename: 'draft.txt',
        document: `广东省广州市天河区人民法院
民事判决书
（2018）粤0106民初15873号
原告：广州市天骏物业管理有限公司，住所地广东省广州市天河区天河北路
233号1501房，统一社会信用代码91440100MA59KD3T5R。
被告：林晓燕，女，1988年3月30日出生，汉族，住广东省广州市天河
区龙口西路12号803房，公民身份号码440106198803306129。
原告广州市天骏物业管理有限公司与被告林晓燕房屋租赁合同纠纷一案，本院
于2018年4月2日立案后，依法适用简易程序，公开开庭进行了审理。
本院认为，被告连续三个月以上未支付租金，原告依约解除合同。依照《中华人
民共和国合同法》第二百二十七条、第二百三十五条之规定，判决如
下：
一、被告林晓燕于本判决生效之日起十日内支付原告广州市天骏物业管理有限
公司2017年11月1日至2018年3月1日的租金48000元；
第 1 页 共 2 页
广东省广州市天河区人民法院民事判决书（2018）粤0106民初15873号
二、驳回原告广州市天骏物业管理有限公司的其他诉讼请求。
如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉
讼法》第二百五十三条之规定，加倍支付迟延履行期间的债务利息。
义务人可将上述款项汇入本院执行款专户：户名：广州市天河区人民法院；开户
行：中国工商银行广州天河支行；账号：3602000109200098765。
如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于
广东省广州市中级人民法院。
审判员　梁　静
二〇一八年六月二十五日
第 2 页 共 2 页
`,
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
    // A text that is no court document (notes quoting an operative part) is document/not-a-judgment's finding.
    if (document.operative || document.quotedHeading || document.text.trim() === '') return;
    const reasoning = document.reasoning?.start ?? firstLine(document.text)?.start ?? -1;
    report({ at: { start: Math.max(0, reasoning), end: Math.max(0, reasoning) + 4 } });
  },
});
