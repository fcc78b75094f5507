import type { JudgmentParts } from '../../src/engine/rule.js';

/**
 * Whole documents for rule examples whose check reads beyond the items: the facts (substitute performance
 * for a lost object), the reasoning (the reach of a defamation), or a Markdown table in an item (the rule tester
 * puts each line of plain items in a paragraph of its own, which would break a table up). The rule supplies the
 * parts it is about; the rest is an otherwise compliant document of a Jiaozuo court.
 */
export function civilJudgment(parts: JudgmentParts): string {
  return `# 河南省焦作市山阳区人民法院

# 民事判决书

（2024）豫0811民初3456号

原告：${parts.plaintiff}。

被告：${parts.defendant}。

原告与被告${parts.cause}一案，本院于2024年3月1日立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。

本院经审理认定事实如下：${parts.facts}

本院认为，${parts.reasoning}依照《中华人民共和国民法典》第一百七十九条之规定，判决如下：

${parts.items.join('\n\n')}

如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行期间的债务利息。

案件受理费100元，由被告负担。

义务人可将上述款项汇入本院执行款专户：户名：焦作市山阳区人民法院；开户行：中国工商银行焦作山阳支行；账号：1709020109200012345。

如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于河南省焦作市中级人民法院。

审判员　　王立新

二〇二四年六月十日

书记员　　赵　敏
`;
}

/**
 * The head and tail of a compliant civil mediation document of a Jiaozuo court; the rule tester wraps mediation
 * items in them too.
 */
export const MEDIATION_HEAD = `# 河南省焦作市山阳区人民法院

# 民事调解书

（2024）豫0811民初2345号

原告：张明，男，1980年1月1日出生，汉族，住河南省焦作市山阳区太行中路88号，公民身份号码410811198001010012。

被告：李强，男，1985年3月15日出生，汉族，住河南省焦作市山阳区人民路16号，公民身份号码410811198503150023。

原告张明与被告李强买卖合同纠纷一案，本院于2024年3月1日立案后，依法适用简易程序进行审理。

本案在审理过程中，经本院主持调解，当事人自愿达成如下协议：

`;

export const MEDIATION_TAIL = `

如果未按本调解书指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行期间的债务利息。

义务人可将上述款项汇入本院执行款专户：户名：焦作市山阳区人民法院；开户行：中国工商银行焦作山阳支行；账号：1709020109200012345。

上述协议，不违反法律规定，本院予以确认。

本调解书经双方当事人签收后，即具有法律效力。

审判员　　王立新

二〇二四年六月十日

书记员　　赵　敏
`;
