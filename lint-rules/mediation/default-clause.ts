/**
 * 焦作山阳规定 第三条：诉前调解协议系分期履行金钱债务或者行为履行的，可以引导当事人通过在调解协议中设立担保履行条款或者
 * 交纳保证金等方式，保障调解协议履行。An instalment agreement should say what happens when an instalment is missed
 * (the whole balance falls due, a penalty at a stated rate); "承担相应的违约责任" says nothing one could enforce.
 */
import { defineRule } from '../../src/engine/rule.js';
import {
  DEFAULT_CLAUSE,
  VAGUE_DEFAULT,
  consequenceStated,
  instalmentMarker,
  isDefaultCondition,
  isMediation,
} from '../../src/language/mediation.js';
import { securesPerformance } from '../../src/language/performance-security.js';

const SCHEDULE_TABLE =
  '一、被告李强尚欠原告张明货款60000元，按下表支付：\n\n| 期次 | 付款期限 | 付款金额 |\n|---|---|---|\n| 1 | 2024年3月31日前 | 20000元 |\n| 2 | 2024年6月30日前 | 20000元 |\n| 3 | 2024年9月30日前 | 20000元 |';

export default defineRule({
  id: 'mediation/default-clause',
  name: '分期履行协议未约定违约后果',
  category: 'mediation.default-clause',
  severity: 'warn',
  citation: {
    source: '焦作山阳规定',
    article: '第三条',
    quote:
      '诉前调解协议系分期履行金钱债务或者行为履行的，可以引导当事人通过在调解协议中设立担保履行条款或者交纳保证金等方式，保障调解协议履行',
  },
  message: '分期履行的调解协议未约定违约后果',
  suggestion:
    '约定违约后果，如“被告任何一期未按时足额支付的，原告有权就全部未付款项申请强制执行，被告并应以全部未付款项为基数，自逾期之日起按年利率5%支付逾期付款利息”',
  examples: {
    valid: [
      // A guarantor's joint liability secures the schedule (第三条: 设立担保履行条款).
      {
        items:
          '一、被告某公司分三期偿还原告陈某借款本金300000元：2024年12月31日前偿还100000元，2025年3月31日前偿还100000元，2025年6月30日前偿还100000元；\n二、被告吴某对第一项所列债务承担连带清偿责任，其承担责任后有权向被告某公司追偿。',
        kind: 'mediation',
      },
      // A schedule in a table (each row one dated payment), and what a missed payment brings.
      {
        kind: 'mediation',
        items: [
          SCHEDULE_TABLE,
          '二、被告李强任何一期未按期足额付款的，原告张明有权就全部未付款项申请强制执行。',
        ],
      },
      // A table of one row is one payment, not a schedule.
      {
        kind: 'mediation',
        items: [
          '一、被告李强支付原告张明货款60000元：\n\n| 期次 | 付款期限 | 付款金额 |\n|---|---|---|\n| 1 | 2024年3月31日前 | 60000元 |',
        ],
      },
      {
        items:
          '一、被告李强确认尚欠原告张明货款86000元；\n二、上述86000元由被告李强分四期支付：2024年6月30日前支付20000元，2024年8月31日前支付20000元，2024年10月31日前支付20000元，2024年12月31日前支付26000元；\n三、被告李强任何一期未按时足额支付的，原告张明有权就全部未付款项申请强制执行。',
        kind: 'mediation',
      },
      { items: '一、被告李强于2024年6月30日前一次性支付原告张明货款50000元。', kind: 'mediation' },
      {
        // Dated payments without the word 分期, and what a missed one brings.
        items:
          '一、被告李强于2024年8月31日前支付原告张明30000元，于2024年10月31日前支付30000元；\n二、被告李强有任何一笔款项未按期足额支付，原告张明有权就全部未付款项申请强制执行。',
        kind: 'mediation',
      },
      // Two duties of two parties on two dates are not a schedule.
      {
        items:
          '一、原告张明于2024年6月30日前支付被告李强工程尾款50000元，被告李强于2024年7月31日前退还原告张明质保金3000元。',
        kind: 'mediation',
      },
      // One payment and the handover of the premises on another date are not a schedule.
      {
        items:
          '一、被告李强于2025年4月30日前支付原告张明租金39000元；\n二、被告李强于2025年5月31日前腾空并返还焦作市山阳区建设东路66号商铺。',
        kind: 'mediation',
      },
    ],
    invalid: [
      {
        // A default clause is there but leaves its consequence open: reported once, where it is written, not again
        // at the schedule.
        code: {
          items:
            '一、被告分两期支付原告加工费44000元：2024年7月31日前支付22000元，2024年9月30日前支付22000元；\n二、被告若未按期付款，须承担相应违约责任。',
          kind: 'mediation',
        },
        at: '承担相应违约责任',
      },
      {
        // A schedule in a table, each row one dated payment, with nothing said of a missed one.
        code: { kind: 'mediation', items: [SCHEDULE_TABLE, '二、原告张明放弃其他诉讼请求。'] },
        at: '2024年6月30日前',
      },
      {
        // The sums are bare numbers under a header that gives the unit.
        code: {
          kind: 'mediation',
          items: [
            '一、被告李强尚欠原告张明货款486000元，按下表期限支付：\n\n| 期次 | 付款期限 | 金额（元） |\n|---|---|---|\n| 第一期 | 2024年12月31日前 | 186000 |\n| 第二期 | 2025年3月31日前 | 300000 |',
            '二、原告张明放弃其他诉讼请求。',
          ],
        },
        at: '2025年3月31日前',
      },
      {
        code: {
          items:
            '一、被告李强赔偿原告张明各项损失共计60000元；\n二、上述款项由被告李强分三期支付：2024年6月30日前支付20000元，2024年8月31日前支付20000元，2024年10月31日前支付20000元。',
          kind: 'mediation',
        },
        at: '分三期',
      },
      {
        // A schedule laid out as a table and copied from a PDF (one cell per line), with nothing said of a missed
        // payment.
        code: {
          items:
            '一、被告焦作市鑫源商贸有限公司尚欠原告张明货款218000元，按下表支付：\n付款时间\n付款金额\n2024年5月31日前\n68000元\n2024年7月31日前\n50000元\n2024年9月30日前\n100000元',
          kind: 'mediation',
        },
        at: '2024年7月31日前',
      },
      {
        code: {
          items:
            '一、被告李强于2024年8月31日前支付原告张明借款30000元，于2024年10月31日前支付30000元，于2024年12月31日前支付40000元。',
          kind: 'mediation',
        },
        at: '2024年10月31日前支付30000元',
      },
      {
        code: {
          items:
            '一、被告李强于2024年4月30日前支付原告张明货款52000元；\n二、如被告未按期付款，原告可申请强制执行，被告还应承担相应的违约责任。',
          kind: 'mediation',
        },
        at: '承担相应的违约责任',
      },
      {
        code: {
          items:
            '一、被告李强于2024年6月30日前拆除其搭建于原告张明院墙东侧的彩钢棚；\n二、被告李强如违反本协议第一项约定，应承担相应的违约责任。',
          kind: 'mediation',
        },
        at: '承担相应的违约责任',
      },
      {
        // The losses are not a payment order without a sum (money/amount-missing stays silent): the clause is.
        code: {
          items:
            '二、被告于双方签署退货清单之日起七日内向原告退还货款260000元；\n三、若任何一方违反本协议约定，应当承担相应的违约责任，并赔偿对方由此造成的损失。',
          kind: 'mediation',
        },
        at: '承担相应的违约责任',
      },
    ],
  },
  check({ document, reading, report }) {
    if (!isMediation(document)) return;
    const items = reading.orders;
    for (const item of items) {
      for (const clause of item.clauses) {
        const vague = clause.match(VAGUE_DEFAULT);
        if (
          vague &&
          isDefaultCondition(clause.text) &&
          !consequenceStated(clause.text, clause.has('money') || clause.has('rate'))
        ) {
          report({ at: vague, item, message: '调解协议约定了违约责任，但未写明数额或计算方法' });
        }
      }
    }
    const schedule = items.map((item) => ({ item, marker: instalmentMarker(item) })).find((s) => s.marker);
    if (!schedule?.marker) return;
    // A default clause whose consequence is left open (承担相应的违约责任) is reported above, where it is written; the
    // schedule does have a default clause, so it is not reported again for lacking one.
    // A guarantee of performance (a guarantor's joint liability, a mortgage) secures the schedule as well.
    const provided = items.some(
      (item) =>
        (isDefaultCondition(item.text) &&
          (DEFAULT_CLAUSE.test(item.text) || VAGUE_DEFAULT.test(item.text))) ||
        securesPerformance(item),
    );
    if (!provided) report({ at: schedule.marker, item: schedule.item });
  },
});
