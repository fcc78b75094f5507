/**
 * 焦作山阳规定 第二十一条、绵阳办法 第7项：the late-performance warning must cite the Civil Procedure Law article in force
 * on the document's date — 第二百二十九条 before 2013, 第二百五十三条 2013–2021, 第二百六十条 2022–2023, 第二百六十四条
 * from 2024. The date is the signature date; without it the case number's year (or the next, for a case decided in
 * the year after it was filed).
 */
import { defineRule } from '../../src/engine/rule.js';
import {
  LATE_INTEREST_ARTICLES,
  citedArticle,
  lateInterestArticle,
  ownCaseYear,
} from '../../src/language/late-performance.js';

export default defineRule({
  id: 'doc/late-warning-article',
  name: '迟延履行告知引用的民事诉讼法条文有误',
  category: 'doc.late-warning-article',
  severity: 'error',
  citation: {
    source: '绵阳办法',
    article: '第7项',
    quote: '在相关裁判、调解文书尾部……增加督促自动履行提示内容，对不履行生效法律文书的后果予以警示',
  },
  message: '迟延履行告知引用的民事诉讼法条文与文书日期施行的条文不符',
  suggestion:
    '按文书作出时施行的民事诉讼法引用：2013年前第二百二十九条，2013年至2021年第二百五十三条，2022年至2023年第二百六十条，2024年起第二百六十四条',
  examples: {
    valid: [
      '一、被告李强于本判决生效之日起十日内偿还原告张明借款本金200000元。',
      {
        document: `# 民事判决书\n\n（2019）豫0811民初88号\n\n判决如下：\n\n一、被告李强于本判决生效之日起十日内偿还原告张明借款200000元。\n\n如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百五十三条之规定，加倍支付迟延履行期间的债务利息。\n\n义务人可将上述款项汇入本院执行款专户：户名：焦作市山阳区人民法院；开户行：中国工商银行焦作山阳支行；账号：1709020109200012345。\n\n审判员　　王立新\n\n二〇一九年六月十日\n`,
      },
      {
        document: `# 民事判决书\n\n（2011）豫0811民初88号\n\n判决如下：\n\n一、被告李强于本判决生效之日起十日内偿还原告张明借款200000元。\n\n如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百二十九条之规定，加倍支付迟延履行期间的债务利息。\n\n义务人可将上述款项汇入本院执行款专户：户名：焦作市山阳区人民法院；开户行：中国工商银行焦作山阳支行；账号：1709020109200012345。\n`,
      },
    ],
    invalid: [
      {
        code: {
          document: `# 民事判决书\n\n（2022）豫0811民初88号\n\n判决如下：\n\n一、被告李强于本判决生效之日起十日内偿还原告张明借款200000元。\n\n如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百五十三条之规定，加倍支付迟延履行期间的债务利息。\n\n义务人可将上述款项汇入本院执行款专户：户名：焦作市山阳区人民法院；开户行：中国工商银行焦作山阳支行；账号：1709020109200012345。\n\n审判员　　王立新\n\n二〇二二年十二月十日\n`,
        },
        at: '第二百五十三条',
      },
    ],
  },
  check({ document, report, view }) {
    // Only the document's own number, in its caption: a number further down is an earlier case quoted in the facts.
    const caseYear = ownCaseYear(document);
    const date = document.date;
    const expected = date
      ? [lateInterestArticle(date)]
      : caseYear
        ? [
            lateInterestArticle({ year: caseYear, month: 12, day: 31 }),
            lateInterestArticle({ year: caseYear + 1, month: 12, day: 31 }),
          ]
        : [];
    if (expected.length === 0) return;
    for (const warning of document.lateWarnings) {
      const cited = citedArticle(view(warning).text);
      if (!cited || !LATE_INTEREST_ARTICLES.has(cited.number) || expected.includes(cited.number)) continue;
      const start = warning.start + cited.index;
      const right = [...new Set(expected)].map((n) => LATE_INTEREST_ARTICLES.get(n)).join('或');
      report({ at: { start, end: start + cited.text.length }, detail: `引用${cited.text}，应为${right}` });
    }
  },
});
