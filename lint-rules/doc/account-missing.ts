/**
 * 焦作山阳规定 第二十三条：在裁判文书中载明人民法院的收款账户信息。A judgment or 调解书 ordering money should say where
 * it is paid: the court's collection account, the creditor's account, or the manner of payment (转账、现金、当庭).
 */
import { defineRule } from '../../src/engine/rule.js';
import {
  carriesPaymentDuties,
  lastPaymentOrder,
  namesPaymentChannel,
} from '../../src/language/late-performance.js';

export default defineRule({
  id: 'doc/account-missing',
  name: '未载明收款账户或支付方式',
  category: 'doc.account',
  severity: 'warn',
  citation: {
    source: '焦作山阳规定',
    article: '第二十三条',
    quote: '在裁判文书中载明人民法院的收款账户信息，在自动履行告知书中载明债权人的收款账户信息',
  },
  message: '判令给付金钱，但文书未载明人民法院收款账户、债权人账户或支付方式',
  suggestion:
    '在主文后写明收款账户，如“义务人可将上述款项汇入本院执行款专户：户名：某某人民法院；开户行：某某银行某某支行；账号：……”',
  examples: {
    valid: [
      '一、被告李强于本判决生效之日起十日内偿还原告张明借款本金200000元。',
      '一、驳回原告张明的诉讼请求。',
      {
        document: `# 民事判决书\n\n（2024）宁0106民初2210号\n\n原告：马国栋，男，公民身份号码640104199003032528。\n\n被告：宁夏塞上优品农业科技有限公司，统一社会信用代码91640104771209857X。\n\n判决如下：\n\n一、被告宁夏塞上优品农业科技有限公司于2024年5月31日前支付原告马国栋货款52300元，款项汇入原告指定账户（户名：马国栋；开户行：宁夏银行金凤支行；账号：6230580000123456789）。\n\n如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行期间的债务利息。\n\n审判员　杨帆\n\n二〇二四年四月二十二日\n`,
      },
    ],
    invalid: [
      {
        code: {
          document: `# 民事判决书\n\n（2024）豫0811民初1234号\n\n原告：张明，男，公民身份号码410811198001010012。\n\n被告：李强，男，公民身份号码410811198503150023。\n\n本院认为，被告应当还款。判决如下：\n\n一、被告李强于本判决生效之日起十日内偿还原告张明借款本金200000元。\n\n如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行期间的债务利息。\n\n如不服本判决，可以在判决书送达之日起十五日内上诉。\n\n审判员　　王立新\n\n二〇二四年六月十日\n`,
        },
        at: '偿还原告',
      },
      {
        code: {
          document: `# 民事调解书\n\n（2022）辽0102民初11823号\n\n原告：刘佳明，男，公民身份号码210102198509231519。\n\n被告：沈阳北辰装饰工程有限公司，统一社会信用代码91210102602134575H。\n\n经本院主持调解，双方当事人自愿达成如下协议：\n\n1.被告沈阳北辰装饰工程有限公司返还原告刘佳明装修款8万元，于2022年10月31日前付清，款项汇入原告指定账户。\n\n上述协议，不违反法律规定，本院予以确认。\n\n如未按本调解书指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十条规定，加倍支付迟延履行期间的债务利息。\n\n审判员　何静\n\n二〇二二年九月二十日\n`,
        },
        at: '返还原告',
      },
      {
        // 上述款项支付完毕后 only sets when the house is returned, naming no payer: the last payment is the first item's.
        code: {
          document: `# 民事调解书\n\n（2024）豫0811民初3321号\n\n原告：张明，男，公民身份号码410811198001010012。\n\n被告：李强，男，公民身份号码410811198503150023。\n\n经本院主持调解，双方当事人自愿达成如下协议：\n\n一、被告李强于2024年9月30日前支付原告张明工程款70000元；\n\n二、上述款项支付完毕后三十日内，原告张明向被告李强返还焦作市山阳区民主南路104号三层房屋。\n\n上述协议，不违反法律规定，本院予以确认。\n\n如未按本调解书指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行期间的债务利息。\n\n审判员　何静\n\n二〇二四年九月二日\n`,
        },
        at: '支付原告张明工程款',
      },
      {
        // A ruling that confirms a mediation agreement is read by the agreement it quotes.
        code: {
          document: `# 民事裁定书\n\n（2024）琼0203民特587号\n\n申请人：三亚市某某医院，统一社会信用代码124602004283021736。\n\n申请人：王某英，女，公民身份号码460203195710121287。\n\n申请人因医疗纠纷，经三亚市医疗纠纷人民调解委员会主持调解，达成如下调解协议：\n1、甲方一次性补偿乙方各项损失共计98000元，于本协议经人民法院司法确认之日起十五日内付清。\n2、乙方收到上述款项后，双方就本次医疗纠纷再无其他争议。\n\n本院经审查认为，申请人达成的调解协议，符合司法确认调解协议的法定条件。裁定如下：\n\n一、申请人三亚市某某医院与申请人王某英达成的调解协议有效。\n\n二、当事人应当按照调解协议的约定自觉履行义务。一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院申请执行。\n\n如果未按本裁定指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行期间的债务利息。\n\n审判员　邢某\n\n二〇二四年八月三十日\n`,
        },
        at: '补偿乙方',
      },
    ],
  },
  check({ document, reading: { items }, report, view }) {
    if (!carriesPaymentDuties(document) || !document.operative) return;
    if (document.operative.accountNotices.length > 0) return;
    const last = lastPaymentOrder(items);
    if (!last) return;
    const fromHeading = view({ start: document.operative.start, end: document.text.length });
    if (!namesPaymentChannel(fromHeading.text)) report({ at: last.verb });
  },
});
