/**
 * 绵阳办法 第8项：生效裁判文书所载明的当事人基本信息应当全面、准确。An 18-digit 公民身份号码 must pass the GB 11643 check
 * digit and carry a real birth date, or identity verification fails at enforcement; so does an old 15-digit number.
 */
import { defineRule } from '../../src/engine/rule.js';
import { validateIdNumber } from '../../src/lexicon/identifiers.js';
import { isMasked, oldIdNumberOf, partiesToIdentify } from '../../src/language/party-ids.js';

const REASONS = { 'bad-checksum': '校验码错误', 'bad-birthdate': '出生日期不存在' } as const;

/** An otherwise compliant judgment whose plaintiff carries `id`. */
const judgmentWith = (id: string) => ({
  judgment: {
    cause: '买卖合同纠纷',
    plaintiff: `张明，男，1980年1月1日出生，汉族，住河南省焦作市山阳区太行中路88号，公民身份号码${id}`,
    defendant:
      '焦作市恒达建材有限公司，住所地河南省焦作市山阳区焦东路26号，统一社会信用代码91410811MA45XK2Q9C',
    facts: '原告主张被告欠付货款，未提交证据证明。',
    reasoning: '原告的诉讼请求缺乏依据。',
    items: ['一、驳回原告张明的诉讼请求。'],
  },
});

export default defineRule({
  id: 'party/id-invalid',
  name: '公民身份号码无效',
  category: 'party.id-invalid',
  severity: 'error',
  citation: {
    source: '绵阳办法',
    article: '第8项',
    quote: '生效裁判文书所载明的当事人基本信息应当全面、准确，当事人为自然人的应当载明公民身份号码',
  },
  message: '当事人的公民身份号码无效（GB 11643）',
  suggestion:
    '核对身份证件，改正号码；18位号码的第7至14位为出生日期，最后一位为校验码；15位旧号码应改写为现行的18位号码',
  examples: {
    valid: [judgmentWith('410811198001010012'), judgmentWith('4108111980********')],
    invalid: [
      { code: judgmentWith('410811198001010013'), at: '410811198001010013' },
      { code: judgmentWith('410811199002310016'), at: '410811199002310016' },
      { code: judgmentWith('410811800101001'), at: '410811800101001' },
    ],
  },
  check({ document, report }) {
    for (const party of partiesToIdentify(document.parties)) {
      if (party.isOrganisation) continue;
      // First-generation cards were valid until the end of 2012.
      const old = (document.date?.year ?? 2013) >= 2013 ? oldIdNumberOf(party) : null;
      if (old) report({ at: old, detail: `“${party.name}”的号码为15位旧号码，已停止使用` });
      for (const id of party.identifiers) {
        if (id.type !== 'idNumber' || isMasked(id)) continue;
        const verdict = validateIdNumber(id.text);
        if (verdict === 'bad-checksum' || verdict === 'bad-birthdate') {
          report({ at: id, detail: `“${party.name}”的号码${REASONS[verdict]}` });
        }
      }
    }
  },
});
