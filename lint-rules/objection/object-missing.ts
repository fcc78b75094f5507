/**
 * 焦作山阳规定 第十八条第（四）项：执行异议之诉，应明确准许或者停止执行的执行标的具体内容。涉及确认案外人与被执行人
 * 共有财产的，应……就（各自享有具体份额）作出判决。不予执行公证债权文书异议之诉……应就已经清偿的数额作出明确认定.
 * "停止对案涉车辆的执行" leaves the enforcement officer to find the car in the file; the item must name it (plate,
 * address, register number) or refer to an item that does.
 */
import type { TextView } from '../../src/language/item-view.js';
import { defineRule } from '../../src/engine/rule.js';
import {
  CASE_NUMBER,
  CLAIM_DISMISSED,
  CO_OWNERSHIP_HELD,
  CONTENTS_OF_EARLIER,
  EARLIER_ITEM,
  ENFORCEMENT_RULING,
  IDENTIFIED_OBJECT,
  NOTARISED_INSTRUMENT,
  NOTARISED_PARTLY_REFUSED,
  REFUSAL,
  SHARE,
} from '../../src/language/enforcement-suits.js';

/** The clause names a thing in its own words (not by 上述/该 referring to an earlier one). */
function namesObject(clause: TextView): boolean {
  return (
    clause.has('money') ||
    clause.has('area') ||
    clause.has('quantity') ||
    IDENTIFIED_OBJECT.test(clause.text.replace(CASE_NUMBER, ''))
  );
}

export default defineRule({
  id: 'objection/object-missing',
  name: '执行异议之诉未写明执行标的',
  category: 'objection.object',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（四）项',
    quote:
      '执行异议之诉，应明确准许或者停止执行的执行标的具体内容。涉及确认案外人与被执行人共有财产的，应释明并引导当事人提出确认执行标的是否为共有财产以及各自享有具体份额的诉讼请求，并就此作出判决',
  },
  message: '准许或停止执行，但未写明执行标的的具体内容（名称、位置、权证号或号牌、份额、已清偿数额）',
  suggestion:
    '写明执行标的，如“停止对本院（2023）桂0103执1234号执行案件中扣押的桂A12345号白色丰田凯美瑞小型轿车（车架号LVGBE40K8LG123456）的执行”',
  examples: {
    valid: [
      '一、不得执行本院（2023）豫0811执1234号执行案件中查封的位于焦作市山阳区人民路16号3栋2单元501室的房屋（不动产权证号：豫（2019）焦作市不动产权第0012345号）。',
      '一、确认位于焦作市山阳区人民路16号3栋2单元501室的房屋为原告与第三人共同共有，原告享有50%的份额；\n二、不得执行上述房屋中原告享有的50%份额。',
      '一、准许执行本院（2023）豫0811执1234号执行案件中冻结的被告在中国工商银行焦作分行账户（账号尾号3318）内的存款86000元。',
      '一、驳回原告停止执行的诉讼请求。',
      '一、确认登记在第三人名下的贵A5K820号白色大众牌小型轿车归原告所有；\n二、不得执行该车辆。',
    ],
    invalid: [
      { code: '一、停止对案涉车辆的执行。', at: '停止对案涉车辆的执行' },
      {
        code: '一、不得执行位于重庆市渝北区金龙路188号3幢12-3号的房屋；\n二、停止对上述房屋内家具、家电等物品的执行。',
        at: '停止对上述房屋内家具、家电等物品的执行',
        alsoReports: ['vague/wording'],
      },
      {
        code: '一、确认案涉房屋为原告与第三人共同共有；\n二、不得执行本院查封的该房屋中原告的份额。',
        at: '一、确认',
        count: 2,
      },
      {
        code: '一、本院（2022）豫焦证经字第318号公证债权文书中已经清偿的部分不予执行。',
        at: '不予执行',
      },
    ],
  },
  check({ document, orders, report }) {
    if (document.kind.category === '刑事') return;
    let rulesOnEnforcement = false;
    // "不得执行该车辆" is as definite as the earlier clause it points back to.
    let namedBefore = false;
    for (const item of orders()) {
      for (const clause of item.clauses) {
        const named = namesObject(clause);
        const own = clause.text.replace(CASE_NUMBER, '');
        const pointsBack = namedBefore && EARLIER_ITEM.test(own) && !CONTENTS_OF_EARLIER.test(own);
        namedBefore ||= named;
        if (CLAIM_DISMISSED.test(clause.text)) continue;
        const ruling = clause.match(ENFORCEMENT_RULING);
        if (ruling) {
          rulesOnEnforcement = true;
          if (!named && !pointsBack) report({ at: ruling, item });
        }
        const refused = clause.match(NOTARISED_PARTLY_REFUSED);
        if (refused && NOTARISED_INSTRUMENT.test(clause.text) && !clause.has('money'))
          report({ at: clause.match(REFUSAL) ?? refused, item });
      }
    }
    // Co-ownership held without the shares, in a judgment that then rules on enforcement.
    if (!rulesOnEnforcement) return;
    for (const item of orders()) {
      if (CO_OWNERSHIP_HELD.test(item.text) && !SHARE.test(item.text)) report({ at: item, item });
    }
  },
});
