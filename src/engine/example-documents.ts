/**
 * Whole civil judgments for rule examples whose check reads beyond the items: the facts (substitute performance
 * for a lost object) or the reasoning (the reach of a defamation). The rule supplies the parts it is about; the
 * rest is an otherwise compliant judgment of a Jiaozuo court.
 */
export interface JudgmentParts {
  /** 案由, e.g. 名誉权纠纷. */
  cause: string;
  plaintiff: string;
  defendant: string;
  /** 本院经审理认定事实如下：… (without the heading). */
  facts: string;
  /** 本院认为，… (without the heading and the 依照…判决如下). */
  reasoning: string;
  /** The operative items, one per paragraph. */
  items: string[];
}

export function civilJudgment(parts: JudgmentParts): { document: string } {
  const document = `# 河南省焦作市山阳区人民法院

# 民事判决书

（2024）豫0811民初3456号

原告：${parts.plaintiff}。

被告：${parts.defendant}。

原告与被告${parts.cause}一案，本院于2024年3月1日立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。

本院经审理认定事实如下：${parts.facts}

本院认为，${parts.reasoning}依照《中华人民共和国民法典》第一百七十九条之规定，判决如下：

${parts.items.join('\n\n')}

案件受理费100元，由被告负担。

如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于河南省焦作市中级人民法院。

审判员　　王立新

二〇二四年六月十日

书记员　　赵　敏
`;
  return { document };
}
