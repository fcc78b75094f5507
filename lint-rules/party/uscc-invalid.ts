/**
 * 绵阳办法 第8项：当事人为企业法人或其他组织的应当载明统一社会信用代码。The code's last character is a GB 32100 check
 * character, and its 9th to 17th characters are a GB 11714 organisation code with a check character of its own: a
 * code that fails either cannot be verified at enforcement.
 */
import { defineRule } from '../../src/engine/rule.js';
import { creditCodeFault } from '../../src/lexicon/identifiers.js';
import { creditCodesOf, isMasked, partiesToIdentify } from '../../src/language/party-ids.js';

/** An otherwise compliant judgment whose defendant carries `code`. */
const judgmentWith = (code: string) => ({
  judgment: {
    cause: '买卖合同纠纷',
    plaintiff:
      '张明，男，1980年1月1日出生，汉族，住河南省焦作市山阳区太行中路88号，公民身份号码410811198001010012',
    defendant: `焦作市恒达建材有限公司，住所地河南省焦作市山阳区焦东路26号，统一社会信用代码${code}`,
    facts: '原告主张被告欠付货款，未提交证据证明。',
    reasoning: '原告的诉讼请求缺乏依据。',
    items: ['一、驳回原告张明的诉讼请求。'],
  },
});

export default defineRule({
  id: 'party/uscc-invalid',
  name: '统一社会信用代码无效',
  category: 'party.uscc-invalid',
  severity: 'error',
  citation: {
    source: '绵阳办法',
    article: '第8项',
    quote:
      '当事人为企业法人或其他组织的应当载明统一社会信用代码，避免生效裁判文书进入执行程序后身份验证无法通过',
  },
  message: '当事人的统一社会信用代码校验位错误',
  suggestion: '核对营业执照或国家企业信用信息公示系统，改正统一社会信用代码',
  examples: {
    valid: [judgmentWith('91410811MA45XK2Q9C'), judgmentWith('913401040300008614')],
    invalid: [
      { code: judgmentWith('91410811MA45XK2Q9D'), at: '91410811MA45XK2Q9D' },
      // The last character is right for the code as written, but the organisation code inside it (第9–17位,
      // 72605138-6) has the wrong check digit: GB 11714 gives 72605138-4.
      { code: judgmentWith('91410811726051386C'), at: '91410811726051386C' },
    ],
  },
  check({ document, report }) {
    for (const party of partiesToIdentify(document.parties)) {
      if (!party.isOrganisation) continue;
      for (const code of creditCodesOf(party)) {
        const fault = isMasked(code) ? null : creditCodeFault(code.text);
        if (fault === 'GB 32100') report({ at: code, detail: `“${party.name}”：末位不符合 GB 32100` });
        if (fault === 'GB 11714') {
          report({ at: code, detail: `“${party.name}”：第9–17位组织机构代码的校验位不符合 GB 11714` });
        }
      }
    }
  },
});
