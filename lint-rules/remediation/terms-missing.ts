/**
 * 焦作山阳规定 第十八条第（二）项：判决修复生态环境的，应明确修复的期限、方式、标准、验收方式，以及不履行修复
 * 义务时应承担的修复费用。"履行生态修复义务" alone gives the enforcement court nothing to check.
 */
import { defineRule } from '../../src/engine/rule.js';
import {
  REMEDIATION,
  REMEDIATION_ACCEPTANCE,
  REMEDIATION_COST,
  REMEDIATION_FALLBACK,
  REMEDIATION_MANNER,
  remediationStandardStated,
} from '../../src/language/duties/works.js';
import { orderedDuty } from '../../src/language/duties/ordering.js';

export default defineRule({
  id: 'remediation/terms-missing',
  name: '生态环境修复未写明期限、方式、标准、验收或替代赔偿',
  category: 'remediation.terms',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（二）项',
    quote:
      '污染环境、破坏生态等需要修复的，应明确修复期限、方式、标准、修复效果确定方式以及不能修复时的赔偿数额',
  },
  message: '判令修复生态环境，但未明确',
  suggestion:
    '写明地点、做法、标准、验收和替代费用，如“被告于2025年3月31日前在焦作市山阳区某村林地补植侧柏苗木600株，成活率不低于85%，由焦作市山阳区林业局验收；逾期未补植或验收不合格的，承担生态修复费用36000元”',
  examples: {
    valid: [
      '二、被告人杨某于本判决生效之日起六个月内在焦作市山阳区某村“北岭”林地补植侧柏苗木500株，三年内成活率不低于85%，补植完成后由焦作市山阳区林业局组织验收；逾期未补植或验收不合格的，由被告人杨某承担生态修复费用30000元。',
      {
        items: '三、被告人杨某赔偿生态环境受损期间服务功能损失费人民币7200元（已于审理期间缴纳）。',
        kind: 'criminal',
      },
      '四、被告于本判决生效之日起三十日内支付生态修复费用86000元，由焦作市山阳区林业局统筹用于受损林地的修复。',
      '三、两被告于本判决生效之日起三十日内连带赔偿生态环境服务功能损失52380元，款项上缴焦作市生态环境修复基金专户。',
    ],
    invalid: [
      { code: '二、被告于本判决生效之日起六个月内对受损林地进行生态修复。', at: '受损林地进行生态修复' },
      {
        code: { items: '二、被告人杨某于本判决生效之日起六个月内履行生态修复义务。', kind: 'criminal' },
        at: '生态修复',
      },
      {
        code: '二、被告于2025年3月31日前在受损林地补植侧柏苗木500株，成活率不低于85%。',
        at: '补植',
      },
      { code: '二、被告焦作某建材有限公司对其越界开采毁坏的林地进行修复。', at: '林地进行修复' },
      {
        // "相关标准" names no standard to check the repaired soil against.
        code: '二、被告于2025年6月30日前按照经本院审定的修复方案对受污染土壤进行修复，使其达到相关标准，由焦作市生态环境局组织验收；逾期未修复的，承担修复费用936000元。',
        at: '污染土壤进行修复',
      },
    ],
  },
  check({ orders, hasSharedDeadline, report }) {
    for (const item of orders()) {
      const at = orderedDuty(item, REMEDIATION)?.at;
      // 生态修复费用 is money to pay, not work to do.
      if (!at || REMEDIATION_COST.test(item.text.slice(at.end - item.start))) continue;
      const missing: string[] = [];
      if (!item.has('deadline') && !item.has('date') && !hasSharedDeadline()) missing.push('修复期限');
      if (!REMEDIATION_MANNER.test(item.text)) missing.push('修复方式');
      if (!remediationStandardStated(item.text)) missing.push('修复标准');
      if (!REMEDIATION_ACCEPTANCE.test(item.text)) missing.push('验收方式');
      if (!REMEDIATION_FALLBACK.test(item.text)) missing.push('不履行修复义务时的修复费用');
      if (missing.length > 0) report({ at, item, detail: missing.join('、') });
    }
  },
});
