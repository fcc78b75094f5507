/**
 * 焦作山阳规定 第十八条：裁判文书主文应明确具体，具有可执行性。
 * The checks read a court document. A text that only quotes one (a project's README with "判决如下" and an example
 * item) is not a document to sign, and a blank format sample appended after the signature (××××人民法院 …) is not
 * part of the judgment before it: the linter says so, instead of passing the text as clean or reading the sample as
 * the operative part. The sample is left out of every other check.
 */
import { defineRule } from '../../src/engine/rule.js';
import { firstLine } from '../../src/document/span.js';

const SAMPLE_AFTER_SIGNATURE = `# 江苏省南京市建邺区人民法院

# 民事判决书

（2023）苏0105民初1508号

原告：许文静，女，1985年2月3日出生，汉族，住南京市建邺区江东中路201号，公民身份号码320105198502030428。

被告：钱立峰，男，1983年6月9日出生，汉族，住南京市鼓楼区中山北路88号，公民身份号码320106198306090016。

本院认为，承租人应当按照约定的期限支付租金。依照《中华人民共和国民法典》第七百二十一条之规定，判决如下：

被告钱立峰于本判决生效之日起十日内向原告许文静支付租金18000元。

如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十条之规定，加倍支付迟延履行期间的债务利息。

案件受理费50元，由被告钱立峰负担。上述款项汇入本院账户：户名：南京市建邺区人民法院，账号：543562123456。

本判决为终审判决。

审判员　　蒋丽华

二〇二三年三月二十日

书记员　　吴晓雯
`;

export default defineRule({
  id: 'document/not-a-judgment',
  name: '不是法院文书或附有格式样本',
  category: 'document.not-a-judgment',
  severity: 'warn',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条',
    quote: '裁判文书主文应明确具体，具有可执行性',
  },
  message: '所检查的文本不是法院文书（无案号、文书标题和署名），其中引用的判项未作为判决主文检查',
  suggestion: '只检查签发前的文书正文；说明文档、笔记中引用的判项不必检查，格式样本应在印发前删除',
  examples: {
    valid: [
      { document: SAMPLE_AFTER_SIGNATURE },
      // Attached statutes after the signature are part of the judgment.
      {
        document: `${SAMPLE_AFTER_SIGNATURE}\n附：本判决适用的法律条文\n\n《中华人民共和国民法典》第七百二十一条　承租人应当按照约定的期限支付租金。\n`,
      },
    ],
    invalid: [
      {
        // A blank sample after the signature: reported where it starts, and not read as the judgment.
        code: {
          document: `${SAMPLE_AFTER_SIGNATURE}\n---\n\n（以下为民事判决书参考格式，印发时删除）\n\n××人民法院\n\n民事判决书\n\n（××××）……民初……号\n\n……判决如下：\n\n一、被告×××于本判决生效之日起×日内支付原告×××……元；\n\n二、驳回原告×××的其他诉讼请求。\n\n审判员　　×××\n`,
        },
        at: '（以下为民事判决书参考格式',
      },
      {
        // Notes that quote an operative part: no case number, no title line, no signature.
        code: {
          document: `# 判项写法笔记\n\n整理自培训材料，供内部学习。常见的写法是在“本院认为”之后写“判决如下：”，例如：\n\n判决如下：\n\n一、被告于本判决生效之日起十日内偿还原告借款30000元；\n\n二、驳回原告的其他诉讼请求。\n\n以上判项中，第一项写明了期限和数额。\n`,
        },
        at: '判项写法笔记',
      },
    ],
  },
  check({ document, report }) {
    if (document.appended) {
      const { start } = document.appended;
      const line = document.text.indexOf('\n', start);
      report({
        at: { start, end: line < 0 ? document.text.length : line },
        message: '文书落款之后附有格式样本或模板，不是本文书的一部分，已只检查落款之前的正文',
      });
      return;
    }
    if (!document.quotedHeading) return;
    const line = firstLine(document.text);
    if (line) report({ at: line });
  },
});
