/**
 * 焦作山阳规定 第二十一条、绵阳办法 第7项：具有给付内容的民事判决书和调解书，应载明不及时履行义务应当承担的法律后果
 * ("如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行期间
 * 的债务利息"). The warning may sit after the last item, glued to it, or after the appeal notice. A 调解书 or
 * confirmation ruling may instead say what follows a failure to perform (可以申请强制执行, 承担迟延履行的法律责任).
 */
import { defineRule } from '../../src/engine/rule.js';
import {
  carriesPaymentDuties,
  lastPaymentOrder,
  mediationStatesConsequences,
} from '../../src/language/late-performance.js';

const TAIL_WITHOUT_WARNING = `

案件受理费50元，由被告李强负担。

义务人可将上述款项汇入本院执行款专户：户名：焦作市山阳区人民法院；开户行：中国工商银行焦作山阳支行；账号：1709020109200012345。

如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于河南省焦作市中级人民法院。

审判员　　王立新

二〇二四年六月十日
`;

const HEAD = `# 民事判决书

（2024）豫0811民初1234号

原告：张明，男，1980年1月1日出生，汉族，公民身份号码410811198001010012。

被告：李强，男，1985年3月15日出生，汉族，公民身份号码410811198503150023。

本院认为，被告应当按约还本付息。判决如下：

`;

const MEDIATION_HEAD = `# 民事调解书

（2015）鄂0111民初2876号

原告：张明，男，1980年1月1日出生，汉族，公民身份号码410811198001010012。

被告：李强，男，1985年3月15日出生，汉族，公民身份号码410811198503150023。

经本院主持调解，双方当事人自愿达成如下协议：

`;

const MEDIATION_TAIL = `

义务人可将上述款项汇入本院执行款专户：户名：武汉市洪山区人民法院；开户行：中国工商银行武汉洪山支行；账号：3202009009200054321。

上述协议，不违反法律规定，本院予以确认。

本调解书经双方当事人签收后，即具有法律效力。

审判员　程刚

二〇一五年八月十日
`;

export default defineRule({
  id: 'doc/late-warning-missing',
  name: '未告知迟延履行的法律后果',
  category: 'doc.late-warning',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第二十一条',
    quote:
      '在具有给付内容的民事判决书和调解书中，应载明债务人应当履行的义务，以及不及时履行义务应当承担的法律后果',
  },
  message: '判令给付金钱，但文书未载明迟延履行加倍支付债务利息的告知',
  suggestion:
    '在主文后写明“如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行期间的债务利息。”',
  examples: {
    valid: [
      '一、被告李强于本判决生效之日起十日内偿还原告张明借款本金200000元。',
      '一、驳回原告张明的诉讼请求。',
      {
        document: `${HEAD}一、被告李强于本判决生效之日起十日内偿还原告张明借款本金200000元。如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行期间的债务利息。${TAIL_WITHOUT_WARNING}`,
      },
      // Support set off against a loan the other spouse repays: no money passes between the parties.
      {
        document: `${HEAD}一、准予原告张明与被告李强离婚。\n\n二、婚生子由原告张明抚养，被告李强应承担的抚养费由原告张明应偿还被告李强在石亭信用社的贷款10000元予以折抵。被告李强不再支付原告张明子女抚养费。${TAIL_WITHOUT_WARNING}`,
      },
      {
        items:
          '一、被告人王五犯诈骗罪，判处有期徒刑一年，并处罚金人民币一万元（已预缴）。\n二、责令被告人王五退赔被害人钱某人民币38000元。',
        kind: 'criminal',
      },
      // The sum was paid at the hearing: nothing is left to pay late.
      {
        document: `${MEDIATION_HEAD}一、被告李强赔偿原告张明各项损失共计3000元，已于调解时当庭支付，原告张明当庭收讫。${MEDIATION_TAIL}`,
      },
      // A 调解书 may state the consequences in words other than the doubled interest.
      {
        document: `${MEDIATION_HEAD}一、被告李强于2015年9月30日前给付原告张明劳务报酬38600元。\n\n本调解书确定的给付义务，义务人应当按期自动履行。逾期不履行的，权利人可以申请强制执行，义务人还应承担迟延履行的法律责任。${MEDIATION_TAIL}`,
      },
    ],
    invalid: [
      {
        code: {
          document: `${HEAD}一、被告李强于本判决生效之日起十日内偿还原告张明借款本金200000元；\n\n二、被告李强于本判决生效之日起十日内支付原告张明利息18000元。${TAIL_WITHOUT_WARNING}`,
        },
        at: '支付原告张明利息',
      },
      {
        // The sum is named before the verb: 尚欠…38600元，于…前付清 orders it paid all the same.
        code: {
          document: `${MEDIATION_HEAD}一、被告李强尚欠原告张明劳务报酬38600元，于2015年9月30日前付清。${MEDIATION_TAIL}`,
        },
        at: '付清',
      },
    ],
  },
  check({ document, reading: { items }, report }) {
    if (!carriesPaymentDuties(document) || document.lateWarnings.length > 0) return;
    if (mediationStatesConsequences(document)) return;
    const last = lastPaymentOrder(items);
    if (last) report({ at: last.verb });
  },
});
