/**
 * 绵阳办法 第8项：当事人为自然人的应当载明公民身份号码，当事人为企业法人或其他组织的应当载明统一社会信用代码。
 * Masked numbers of published archives count as written; `partyIds: false` in the configuration turns this check
 * off for archives whose numbers were removed.
 */
import { defineRule } from '../../src/engine/rule.js';
import { carriesTravelDocument, oldIdNumberOf, partiesToIdentify } from '../../src/language/party-ids.js';

const PARTIES = (defendant: string) => `# 民事判决书

（2024）豫0811民初1234号

原告：焦作市恒达建材有限公司，住所地河南省焦作市山阳区焦东路26号，统一社会信用代码91410811MA45XK2Q9C。

法定代表人：赵刚，该公司总经理。

委托诉讼代理人：孙丽，河南山阳律师事务所律师。

${defendant}

原告焦作市恒达建材有限公司与被告李强买卖合同纠纷一案，本院于2024年3月1日立案后，依法适用简易程序公开开庭进行了审理。

本院认为，被告应当支付货款。判决如下：

一、驳回原告焦作市恒达建材有限公司的诉讼请求。
`;

/** A PDF copy whose hard wrap cuts the defendant's number after 11 digits; `rest` is the part on the next line. */
const wrappedIdCopy = (rest: string): string => `四川省绵阳市涪城区人民法院
民事判决书
（2019）川0703民初2218号
原告：绵阳市丰达商贸有限公司，住所地四川省绵阳市涪城区临园路东段28号，统一社会信用代码91510703MA6241LK1L。
被告：何志强，男，1990年4月17日出生，汉族，住四川省绵阳市涪城区长虹大道南段5号，公民身份号码51070319900
${rest}。
本院认为，被告应当支付货款。判决如下：
一、驳回原告绵阳市丰达商贸有限公司的诉讼请求。
`;

export default defineRule({
  id: 'party/id-missing',
  name: '当事人未载明身份号码或统一社会信用代码',
  category: 'party.id-missing',
  severity: 'warn',
  citation: {
    source: '绵阳办法',
    article: '第8项',
    quote:
      '当事人为自然人的应当载明公民身份号码，当事人为企业法人或其他组织的应当载明统一社会信用代码，避免生效裁判文书进入执行程序后身份验证无法通过',
  },
  message: '当事人信息未载明公民身份号码（自然人）或统一社会信用代码（法人、其他组织）',
  suggestion:
    '在当事人基本情况中写明号码，如“被告：李强，男，1985年3月15日出生，汉族，住……，公民身份号码410811198503150023。”',
  examples: {
    valid: [
      {
        // A copy that opens with the facts has no parties block: the people the facts name are not entries to check.
        document:
          '本院查明：被告周海峰与原告系同村村民。原告修建新房后在焦作市山阳区百间房乡东村有老宅空坪一处。2022年5月，原告孙立新向被告周海峰出借现金40000元，约定2023年5月1日前归还，被告周海峰至今未还。\n\n本院认为，被告应当按约还款。依照《中华人民共和国民法典》第六百七十五条之规定，判决如下：\n\n一、被告周海峰于本判决生效之日起十日内偿还原告孙立新借款40000元。\n\n如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行期间的债务利息。\n\n义务人可将上述款项汇入本院执行款专户：户名：焦作市山阳区人民法院；开户行：中国工商银行焦作山阳支行；账号：1709020109200012345。\n\n案件受理费800元，由被告周海峰负担。\n\n二〇二四年六月十日\n',
      },
      {
        document: PARTIES(
          '被告：李强，男，1985年3月15日出生，汉族，住河南省焦作市山阳区人民路16号，公民身份号码410811198503150023。',
        ),
      },
      {
        document: PARTIES(
          '被告：李强，男，1985年3月15日出生，汉族，住河南省焦作市山阳区，公民身份号码410811************。',
        ),
      },
      {
        document: PARTIES(
          '被告：黄志伟，男，1970年10月2日出生，香港特别行政区居民，港澳居民来往内地通行证号码H01234567，住香港九龙旺角弥敦道600号。',
        ),
      },
      {
        // A public-interest suit: the procuratorate sues for the public and is not identified like a party.
        document: `# 民事判决书

（2024）豫0811民初2001号

原告：焦作市山阳区人民检察院。

被告：焦作市恒达建材有限公司，住所地河南省焦作市山阳区焦东路26号，统一社会信用代码91410811MA45XK2Q9C。

原告焦作市山阳区人民检察院与被告焦作市恒达建材有限公司环境污染民事公益诉讼一案，本院于2024年3月1日立案。

判决如下：

一、被告焦作市恒达建材有限公司于本判决生效之日起三十日内支付生态环境修复费用120000元。

如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行期间的债务利息。

义务人可将上述款项汇入本院执行款专户：户名：焦作市山阳区人民法院；开户行：中国工商银行焦作山阳支行；账号：1709020109200012345。
`,
      },
      {
        // The applicants' joint request names both in full before an alias; it is not a third entry of the parties
        // block.
        document: `# 民事裁定书

（2024）豫0811民特56号

申请人：李强，男，1985年3月15日出生，汉族，住河南省焦作市山阳区人民路16号，公民身份号码410811198503150023。

申请人：焦作市恒达建材有限公司，住所地河南省焦作市山阳区焦东路26号，统一社会信用代码91410811MA45XK2Q9C。

申请人李强与焦作市恒达建材有限公司（以下简称恒达公司）于2024年5月6日共同向本院申请司法确认调解协议。

申请人称：双方经焦作市山阳区焦东街道人民调解委员会主持调解，达成如下调解协议：恒达公司于2024年6月30日前支付李强货款30000元。

裁定如下：

申请人李强与焦作市恒达建材有限公司达成的调解协议有效。

当事人应当按照调解协议的约定自觉履行义务。一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院申请执行。

义务人可将上述款项汇入本院执行款专户：户名：焦作市山阳区人民法院；开户行：中国工商银行焦作山阳支行；账号：1709020109200012345。
`,
      },
      {
        // Copied from a PDF: the procedural paragraph restating the plaintiff is wrapped before 一案, so its first
        // line reads like an entry of the parties block; the plaintiff is listed, with its code, above.
        filename: 'draft.txt',
        document: `广东省广州市天河区人民法院
民事判决书
（2018）粤0106民初15873号
原告：广州市天骏物业管理有限公司，住所地广东省广州市天河区天河北路
233号1501房，统一社会信用代码
91440100MA59KD3T5R。
被告：林晓燕，女，1988年3月30日出生，汉族，住广东省广州市天河
区龙口西路12号803房，公民身份号码440106198803306129。
原告广州市天骏物业管理有限公司（以下简称天骏公司）与被告林晓燕房屋租
赁合同纠纷一案，本院于2018年4月2日立案后，依法适用简易程序，公
开开庭进行了审理。
本院认为，被告应当支付租金。判决如下：
一、被告林晓燕于本判决生效之日起十日内支付原告广州市天骏物业管理有限公司租金48000元。
如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉
讼法》第二百五十三条之规定，加倍支付迟延履行期间的债务利息。
义务人可将上述款项汇入本院执行款专户：户名：广州市天河区人民法院；开户
行：中国工商银行广州天河支行；账号：3602000109200098765。
`,
      },
      {
        // Copied from a PDF: the hard wrap cuts through the number.
        filename: 'draft.txt',
        document: wrappedIdCopy('4175317'),
      },
    ],
    invalid: [
      {
        code: {
          document: PARTIES('被告：李强，男，1985年3月15日出生，汉族，住河南省焦作市山阳区人民路16号。'),
        },
        at: '被告：李强',
      },
      {
        // A wrap that lost a digit: seventeen characters are no number.
        code: {
          filename: 'draft.txt',
          document: wrappedIdCopy('417531'),
        },
        at: '被告：何志强',
      },
      {
        code: { document: PARTIES('被告：焦作市山阳区城市管理局，住所地河南省焦作市山阳区民主南路20号。') },
        at: '被告：焦作市山阳区城市管理局',
      },
    ],
  },
  check({ document, options, report }) {
    if (options.partyIds === false) return;
    for (const party of partiesToIdentify(document.parties)) {
      // An old 15-digit number is written; party/id-invalid reports it.
      if (party.identifiers.length > 0 || oldIdNumberOf(party)) continue;
      if (!party.isOrganisation && carriesTravelDocument(party)) continue;
      const detail = party.isOrganisation
        ? `“${party.name}”未载明统一社会信用代码`
        : `“${party.name}”未载明公民身份号码`;
      report({ at: { start: party.start, end: party.start + party.role.length }, detail });
    }
  },
});
