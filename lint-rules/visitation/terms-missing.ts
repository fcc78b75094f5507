/**
 * 焦作山阳规定 第十八条第（二）项：判决探视的，应明确探视的方式、时间（频次）、地点及交接办法。
 * "每月可探望两次，具体时间和方式由双方另行协商" leaves every visit to a new quarrel.
 */
import { defineRule } from '../../src/engine/rule.js';
import {
  VISITATION,
  VISITATION_DEFERRED,
  VISITATION_HANDOVER,
  VISITATION_TIME,
} from '../../src/language/duties/family.js';
import { orderedDuty } from '../../src/language/duties/ordering.js';

export default defineRule({
  id: 'visitation/terms-missing',
  name: '探望未写明方式、时间、地点或交接办法',
  category: 'visitation.terms',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（二）项',
    quote: '确定子女探视权的，应明确探视的具体方式、时间、地点和交接办法等',
  },
  message: '判令探望子女，但未明确',
  suggestion:
    '写明时间、地点和交接，如“被告可于每月第二、第四周的周日上午8时至当日下午5时探望儿子，由被告到原告住所接送，原告予以协助”',
  examples: {
    valid: [
      '三、被告可于每月第二、第四周的周日上午8时至当日下午5时探望儿子刘浩然，由被告到原告住所接送，原告予以协助；',
      '四、被告每年寒假、暑假期间可各接婚生女赵雨萱至其住处共同生活七日，假期开始后第二日由被告到原告住所接走，期满当日下午6时前送回。',
      '三、原告对婚生子享有探望权，可于每周六上午9时到被告住处接走孩子，当日晚7时前送回。',
      '三、被告可于每月第一个周六上午9时至下午6时探望女儿，由被告到原告住处接送；遇节假日等特殊情况，双方可协商调整探望时间。',
      // A holiday with its length, collected and returned on named days.
      '四、被告可在每年春节期间探望女儿三日，由被告于正月初二上午到原告住处接女儿，正月初四下午送回。',
    ],
    invalid: [
      {
        code: '三、被告每月可探望女儿赵雨萱两次，探望的具体时间和方式由双方另行协商，原告应予协助；',
        at: '探望',
      },
      { code: '二、婚生子刘某由原告抚养，被告有探望儿子的权利，原告有协助的义务。', at: '探望' },
      // "Holidays" names neither how often nor how long, and a pick-up says neither where nor when the child returns.
      { code: '四、原告享有探视权，节假日期间可将儿子带回老家探视。', at: '探视' },
    ],
  },
  check({ document, orders, report }) {
    if (document.kind.category === '刑事' || document.kind.category === '行政') return;
    for (const item of orders()) {
      const at = orderedDuty(item, VISITATION)?.at;
      if (!at) continue;
      const missing: string[] = [];
      if (!VISITATION_TIME.test(item.text)) missing.push('探望时间');
      if (!VISITATION_HANDOVER.test(item.text)) missing.push('地点及交接办法');
      if (missing.length === 0) continue;
      // Leaving the rest to the parties ("具体方式由双方协商确定") is named, but adjusting for special cases is not a gap.
      const deferred = item.match(VISITATION_DEFERRED);
      if (deferred) missing.push(`以“${deferred.text}”代替`);
      report({ at, item, detail: missing.join('、') });
    }
  },
});
