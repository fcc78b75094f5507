/**
 * 焦作山阳规定 第十七条：调解协议约定当事人以外的第三人承受权利或者承担义务的，应通知该第三人到庭参加调解。A person
 * who guarantees or pays under the agreement (乙方之兄覃某代为支付, 法定代表人之妻王某承担保证责任) but is not listed
 * among the parties and does not sign is not bound by it, and cannot be enforced against.
 */
import { defineRule } from '../../src/engine/rule.js';
import { isMediation, namedAsParty, partyNames, signs, takersOn } from '../../src/language/mediation.js';

export default defineRule({
  id: 'mediation/third-party',
  name: '调解协议为当事人以外的人设定权利义务',
  category: 'mediation.third-party',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十七条',
    quote:
      '调解协议约定当事人以外的第三人承受权利或者承担义务的，应通知该第三人到庭参加调解，注意保障第三人的合法权益',
  },
  message: '调解条款为当事人以外的人设定权利或义务，但其未列为当事人参加调解，也未签名确认',
  suggestion: '将该人列为当事人（如“担保人：王某，……公民身份号码……”）参加调解并在协议上签名，或删去该条款',
  examples: {
    valid: [
      {
        document: `# 民事调解书

（2024）豫0811民初2345号

原告：张明，男，1980年1月1日出生，汉族，公民身份号码410811198001010012。

被告：李强，男，1985年3月15日出生，汉族，公民身份号码410811198503150023。

担保人：李刚，男，1982年5月2日出生，汉族，公民身份号码410811198205020036。

经本院主持调解，当事人自愿达成如下协议：

一、被告李强于2024年6月30日前支付原告张明货款50000元；

二、担保人李刚自愿对被告李强的上述付款义务承担连带保证责任。

如果未按本调解书指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行期间的债务利息。

义务人可将上述款项汇入本院执行款专户：户名：焦作市山阳区人民法院；开户行：中国工商银行焦作山阳支行；账号：1709020109200012345。

上述协议，不违反法律规定，本院予以确认。
`,
      },
      {
        document: `# 民事调解书

（2024）豫0811民初2346号

原告：焦作市恒通钢材有限公司，住所地焦作市山阳区新城路88号，统一社会信用代码9141080359MA3K2L4B。

被告：焦作市鑫源商贸有限公司，住所地焦作市山阳区东方红路1366号，统一社会信用代码91410800MA47UW5R4P。

原告焦作市恒通钢材有限公司（以下简称恒通公司）与被告焦作市鑫源商贸有限公司（以下简称鑫源公司）买卖合同纠纷一案，本院于2024年3月1日立案。

经本院主持调解，当事人自愿达成如下协议：

一、鑫源公司自愿于2024年6月30日前支付恒通公司货款50000元，以银行转账方式支付至恒通公司账户。

如果未按本调解书指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行期间的债务利息。

义务人可将上述款项汇入本院执行款专户：户名：焦作市山阳区人民法院；开户行：中国工商银行焦作山阳支行；账号：1709020109200012345。

上述协议，不违反法律规定，本院予以确认。
`,
      },
    ],
    invalid: [
      {
        // A relative of the defendant pays from his own income.
        code: {
          items:
            '一、被告陈立于2024年9月30日前支付原告杨华借款30000元；\n二、余款20000元由被告之侄刘海鹏用其经营收入于2025年1月31日前代为偿还。',
          kind: 'mediation',
        },
        at: '刘海鹏',
      },
      {
        code: {
          items:
            '一、被告李强于2024年6月30日前支付原告张明货款50000元；\n二、被告李强之妻王春燕自愿对上述第一项款项承担连带保证责任。',
          kind: 'mediation',
        },
        at: '王春燕',
      },
      {
        code: {
          items:
            '一、被告李强赔偿原告张明医疗费30000元，于2024年6月30日前付清；\n二、原告二次手术费用8000元，由被告之兄李刚于2024年12月31日前代被告支付。',
          kind: 'mediation',
        },
        at: '李刚',
      },
      {
        code: {
          items:
            '一、被告李强于2024年11月30日前支付原告张明货款60000元；\n二、焦作市万通物流有限公司自愿以其名下豫H52618号重型货车为上述款项提供抵押担保。',
          kind: 'mediation',
        },
        at: '焦作市万通物流有限公司',
      },
      {
        // The company whose shares were sold is not a party to the sale.
        code: {
          items:
            '1.被告覃某丽于2024年8月31日前支付原告黄某德股权转让款200000元；\n2.广西某某科技有限公司于2024年7月31日前向原告黄某德出具股东名册变更证明。',
          kind: 'mediation',
        },
        at: '广西某某科技有限公司',
      },
      {
        // The company that owes the defendant is made to pay the plaintiff without joining the agreement.
        code: {
          items:
            '一、被告李强尚欠原告张明劳务报酬38600元；\n二、上述款项由焦作市宏业建筑劳务有限公司于2024年9月30日前从应付被告李强的工程款中直接支付给原告张明。',
          kind: 'mediation',
        },
        at: '焦作市宏业建筑劳务有限公司',
      },
    ],
  },
  check({ document, orders, report }) {
    if (!isMediation(document)) return;
    // Parties as named in the head, and the short names the document gives them (以下简称鑫源公司).
    const names = partyNames(document);
    for (const item of orders()) {
      for (const clause of item.clauses) {
        for (const at of takersOn(clause)) {
          const name = at.text;
          if (names.some((n) => n.includes(name) || name.includes(n))) continue;
          if (signs(document.text, name) || namedAsParty(document.text, name)) continue;
          report({ at: { start: at.start, end: at.end }, item, detail: name });
        }
      }
    }
  },
});
