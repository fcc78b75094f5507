/**
 * Wraps operative items into complete, otherwise compliant documents of each kind, so that a rule's examples
 * read like real drafts and only the rule under test has anything to say about them.
 */
import { MEDIATION_HEAD, MEDIATION_TAIL, civilJudgment } from './example-documents.js';
import type { ExampleKind, ExampleText } from '../../src/engine/rule.js';

const CIVIL_HEAD = `# 河南省焦作市山阳区人民法院

# 民事判决书

（2024）豫0811民初1234号

原告：张明，男，1980年1月1日出生，汉族，住河南省焦作市山阳区太行中路88号，公民身份号码410811198001010012。

被告：李强，男，1985年3月15日出生，汉族，住河南省焦作市山阳区人民路16号，公民身份号码410811198503150023。

原告张明与被告李强民间借贷纠纷一案，本院于2024年3月1日立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。

本院认为，原、被告之间的借贷关系合法有效，被告应当按约还本付息。依照《中华人民共和国民法典》第六百七十五条、第六百七十六条规定，判决如下：

`;

const CIVIL_TAIL = `

如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行期间的债务利息。

案件受理费50元，由被告李强负担。

义务人可将上述款项汇入本院执行款专户：户名：焦作市山阳区人民法院；开户行：中国工商银行焦作山阳支行；账号：1709020109200012345。

如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按照对方当事人的人数提出副本，上诉于河南省焦作市中级人民法院。

审判员　　王立新

二〇二四年六月十日

书记员　　赵　敏
`;

const CRIMINAL_HEAD = `# 河南省焦作市山阳区人民法院

# 刑事判决书

（2024）豫0811刑初256号

公诉机关焦作市山阳区人民检察院。

被告人王五，男，1970年5月20日出生，汉族，公民身份号码410821197005200030，住河南省焦作市山阳区新华街9号。因涉嫌诈骗罪于2024年1月5日被刑事拘留，同年2月1日被逮捕。

焦作市山阳区人民检察院以焦山检刑诉〔2024〕88号起诉书指控被告人王五犯诈骗罪，于2024年4月2日向本院提起公诉。本院依法组成合议庭，公开开庭审理了本案。现已审理终结。

本院认为，被告人王五以非法占有为目的，骗取他人财物，数额较大，其行为已构成诈骗罪。依照《中华人民共和国刑法》第二百六十六条、第五十二条、第五十三条、第六十四条之规定，判决如下：

`;

const CRIMINAL_TAIL = `

如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向河南省焦作市中级人民法院提出上诉。

审　判　长　　王立新

二〇二四年六月十日

书　记　员　　赵　敏
`;

const ADMINISTRATIVE_HEAD = `# 河南省焦作市山阳区人民法院

# 行政判决书

（2024）豫0811行初45号

原告：张明，男，1980年1月1日出生，汉族，住河南省焦作市山阳区太行中路88号，公民身份号码410811198001010012。

被告：焦作市山阳区人力资源和社会保障局，住所地河南省焦作市山阳区民主南路20号，统一社会信用代码91410811MA45XK2Q9C。

原告张明不服被告焦作市山阳区人力资源和社会保障局工伤认定一案，本院于2024年2月1日立案后，依法组成合议庭，公开开庭审理了本案。本案现已审理终结。

本院认为，被告作出的不予认定工伤决定认定事实不清，依法应予撤销。依照《中华人民共和国行政诉讼法》第七十条之规定，判决如下：

`;

const ADMINISTRATIVE_TAIL = `

案件受理费50元，由被告焦作市山阳区人力资源和社会保障局负担。

如不服本判决，可以在判决书送达之日起十五日内向本院递交上诉状，上诉于河南省焦作市中级人民法院。

审判员　　王立新

二〇二四年六月十日

书记员　　赵　敏
`;

const WRAPPERS: Record<ExampleKind, [string, string]> = {
  civil: [CIVIL_HEAD, CIVIL_TAIL],
  criminal: [CRIMINAL_HEAD, CRIMINAL_TAIL],
  administrative: [ADMINISTRATIVE_HEAD, ADMINISTRATIVE_TAIL],
  mediation: [MEDIATION_HEAD, MEDIATION_TAIL],
};

export interface ExampleDocument {
  text: string;
  filename: string;
  /** Where the example's own text starts in `text`. */
  bodyStart: number;
  bodyLength: number;
}

/**
 * Items separated by single line breaks become paragraphs, as a .docx→Markdown converter writes them; items given
 * as a list are one paragraph each, kept whole (a table under an item stays one table).
 */
function paragraphs(items: string | string[]): string {
  return (typeof items === 'string' ? items.trim().split(/\n+/) : items).join('\n\n');
}

export function exampleDocument(example: ExampleText): ExampleDocument {
  if (typeof example !== 'string' && ('document' in example || 'judgment' in example)) {
    const text = 'document' in example ? example.document : civilJudgment(example.judgment);
    return {
      text,
      filename: ('document' in example ? example.filename : undefined) ?? 'example.md',
      bodyStart: 0,
      bodyLength: text.length,
    };
  }
  const { items, kind } = typeof example === 'string' ? { items: example, kind: 'civil' as const } : example;
  const [head, tail] = WRAPPERS[kind];
  const body = paragraphs(items);
  return {
    text: head + body + tail,
    filename: 'example.md',
    bodyStart: head.length,
    bodyLength: body.length,
  };
}
