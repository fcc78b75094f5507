/**
 * 焦作山阳规定 第十八条末款：判项涉及内容较多，不宜在裁判文书主文中详细列明的，可以概括叙明并另附详细清单.
 * An item may refer to an attached list — but then the list must be in the document: "详见附件" with nothing
 * attached gives the enforcement judge names and amounts that nobody can read.
 */
import { defineRule } from '../../src/engine/rule.js';
import { NOTHING_TO_ENFORCE } from '../../src/language/lexicon.js';
import {
  ATTACHMENT_HEADING,
  ATTACHMENT_REFERENCE,
  LAW_ANNEX,
  SIGNATURES,
} from '../../src/language/attachments.js';

/** Lines after `from` that open an attachment other than the statutes. */
function hasAttachment(text: string, from: number): boolean {
  return text
    .slice(from)
    .split('\n')
    .some((line) => ATTACHMENT_HEADING.test(line) && !LAW_ANNEX.test(line));
}

export default defineRule({
  id: 'attachment/missing',
  name: '判项所附清单缺失',
  category: 'attachment.missing',
  severity: 'warn',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第二款',
    quote: '对前款中判项涉及内容较多，不宜在裁判文书主文中详细列明的，可以概括叙明并另附详细清单',
  },
  message: '判项引用附件或清单，但文书中没有该附件',
  suggestion: '在文书落款之后附上所引用的清单，如“附表：被害人退赔明细”，逐项列明名称、数量或金额',
  examples: {
    valid: [
      '一、被告于本判决生效之日起十日内支付原告货款80000元。',
      // The contract's own annex, not an attachment of the judgment.
      '一、原告于2024年10月31日前完成餐厅二层的吊顶及墙面施工（施工内容以《餐厅装修工程合同》附件一《二层装修预算书》为准），被告于二层竣工验收合格之日起十日内支付工程款86000元。',
      {
        document:
          '# 河南省焦作市山阳区人民法院\n\n# 刑事判决书\n\n（2024）豫0811刑初256号\n\n公诉机关焦作市山阳区人民检察院。\n\n被告人王五，男，1970年5月20日出生，公民身份号码410821197005200030。\n\n本院认为，被告人王五犯诈骗罪。判决如下：\n\n一、被告人王五犯诈骗罪，判处有期徒刑三年，并处罚金人民币二万元（罚金于本判决生效后十日内缴纳）。\n\n二、责令被告人王五退赔各被害人经济损失共计人民币418600元，向各被害人退赔的金额详见附表。\n\n如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向河南省焦作市中级人民法院提出上诉。\n\n审判长　　王立新\n\n二〇二四年六月十日\n\n书记员　　赵　敏\n\n附表：被害人退赔明细\n\n| 序号 | 被害人 | 应退赔金额（元） |\n| --- | --- | --- |\n| 1 | 张某某 | 156000 |\n| 2 | 刘某 | 262600 |\n',
      },
      {
        document:
          '# 北京市第二中级人民法院\n\n# 刑事判决书\n\n（2014）二中刑终字第1234号\n\n原公诉机关北京市房山区人民检察院。\n\n上诉人（原审被告人）王五，男，1970年5月20日出生，公民身份号码410821197005200030。\n\n本院认为，原判量刑不当。判决如下：\n\n一、维持北京市房山区人民法院（2014）房刑初字第221号刑事判决的第二项，即：责令被告人王五退赔现金人民币六千三百六十元，发还被害人许某。随案移送物品按照清单处理（附清单）。\n\n二、撤销北京市房山区人民法院（2014）房刑初字第221号刑事判决的第一项。\n\n本判决为终审判决。\n\n审判长　　王立新\n\n二〇一四年九月十日\n\n书记员　　赵　敏\n',
      },
    ],
    invalid: [
      {
        code: {
          kind: 'criminal',
          items:
            '一、被告人王五犯非法吸收公众存款罪，判处有期徒刑四年，并处罚金人民币二十万元（罚金已预缴）。\n二、查封在案的被告人王五名下房屋一套，依法拍卖、变卖后所得价款按比例发还各集资参与人（集资参与人名单及应发还金额详见附件）。',
        },
        at: '附件',
      },
    ],
  },
  check({ document, items, view, report }) {
    const tail = document.tail ? view(document.tail) : null;
    // Extracts without a signature block (rebuilt archives) may have lost their attachments upstream.
    if (!tail || !SIGNATURES.test(tail.text)) return;
    for (const item of items) {
      // An item upholding the first instance (维持…第二项，即：…（附清单）) quotes a list attached to that judgment.
      if (NOTHING_TO_ENFORCE.test(item.text)) continue;
      const reference = item.match(ATTACHMENT_REFERENCE);
      // The list may follow the item inside the operative part or come after the signatures.
      if (reference && !hasAttachment(document.text, item.end)) report({ at: reference, item });
    }
  },
});
