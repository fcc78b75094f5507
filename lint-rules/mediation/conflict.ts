/**
 * 焦作山阳规定 第十七条：要避免……内容冗长容易产生条文前后冲突或者理解歧义的调解协议。Two places of one agreement that
 * disagree leave the enforcing court to choose: instalments that do not add up to the total they divide, one sum
 * with two different deadlines, or a deposit returned in one term and kept (冲抵, 不再退还) in another.
 */
import { defineRule } from '../../src/engine/rule.js';
import type { ItemView } from '../../src/language/item-view.js';
import type { Entity } from '../../src/language/entities/index.js';
import { INSTALMENTS, isMediation } from '../../src/language/mediation.js';
import {
  type DatedSum,
  breakdownMismatch,
  datedSums,
  depositFates,
  dueOnDefault,
  firstMention,
  paidRecurrently,
  restatedSumRetimed,
  scheduleTotal,
  sumTimedTwice,
  wholeDebtOnDefault,
} from '../../src/language/agreement-sums.js';
import {
  addsUpFrom,
  comparableSums,
  restatedTotals,
  sumsWrittenAgainDiffering,
} from '../../src/language/restated-totals.js';

export default defineRule({
  id: 'mediation/conflict',
  name: '调解协议条款前后冲突',
  category: 'mediation.conflict',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十七条',
    quote: '要避免……内容冗长容易产生条文前后冲突或者理解歧义的调解协议',
  },
  message: '调解条款前后冲突',
  suggestion: '核对各条款，使分期金额之和等于总额、同一笔款项只约定一个履行期限',
  examples: {
    valid: [
      // The earlier term names the sum without a time; this one gives its time.
      {
        items:
          '（一）被告赔偿原告各项损失共计68000元；\n（二）上述第（一）项款项，被告于2023年7月15日前支付至原告指定账户（户名：冉光明，账号：6217002470012345678）。',
        kind: 'mediation',
      },
      // A sum paid again by its name, by the same day in other words.
      {
        items:
          '二、原告于2023年6月20日前向被告支付剩余购车款45000元；\n三、原告应在2023年6月20日前付清剩余购车款，付清后被告交付车牌号为豫H5K2J7的小型轿车。',
        kind: 'mediation',
      },
      // The sum's time limit, then where it is paid.
      {
        items:
          '四、被告于2025年4月30日前给付原告车辆折价款60000元，该款汇入原告指定账户（户名：杜某，账号：6217002470012345678）。',
        kind: 'mediation',
      },
      // The same sum in figures and in words.
      {
        items: '一、被告于2024年11月30日前支付原告货款35000元（大写：人民币叁万伍仟元整）。',
        kind: 'mediation',
      },
      // The day a debt is counted to (截至) is not the day it is due.
      {
        items:
          '一、被告确认截至2024年4月10日尚欠原告货款100000元；\n二、上述欠款分两期支付：2024年5月31日前支付50000元，2024年6月30日前支付50000元；\n三、被告如有任何一期未按期足额支付，原告有权就剩余未付款项一次性申请强制执行。',
        kind: 'mediation',
      },
      // A restated total that adds up the sums before it, or says what was taken off.
      {
        items:
          '一、被告于2024年6月30日前支付原告货款50000元；\n二、被告于2024年6月30日前支付原告违约金5000元；\n三、上述货款及违约金共计55000元，汇入原告指定账户。',
        kind: 'mediation',
      },
      {
        items:
          '一、被告确认尚欠原告货款50000元；\n二、上述货款扣除被告已付的10000元，共计40000元，由被告于2024年6月30日前付清。',
        kind: 'mediation',
      },
      // The parts of a 其中 breakdown add up to the total.
      {
        items:
          '一、被告支付原告工程款合计63200元，其中人工费41000元、材料费22200元，于2024年10月31日前付清。',
        kind: 'mediation',
      },
      {
        items:
          '二、被告于2025年3月31日前支付原告欠付租金60000元；\n三、原告于被告腾空商铺之日起五日内退还押金20000元；\n四、被告交纳的装修保证金5000元用于冲抵第二项租金。',
        kind: 'mediation',
      },
      {
        items:
          '一、被告李强确认尚欠原告张明货款86000元；\n二、上述86000元由被告李强分四期支付：2024年6月30日前支付20000元，2024年8月31日前支付20000元，2024年10月31日前支付20000元，2024年12月31日前支付26000元；\n三、如被告李强未按期足额支付任何一期款项，原告张明有权就剩余未付款项一次性申请强制执行。',
        kind: 'mediation',
      },
      {
        items:
          '一、被告李强于2024年6月30日前支付原告张明货款20000元；\n二、被告李强于2024年9月30日前支付原告张明违约金5000元。',
        kind: 'mediation',
      },
      {
        // Equal instalments, one item each.
        items:
          '一、被告吴晓东于2023年5月31日前支付原告郑国平货款50000元；\n二、被告吴晓东于2023年6月30日前支付原告郑国平货款50000元；\n三、如被告吴晓东未按上述约定按期足额支付任何一期款项，原告郑国平有权就剩余未付款项一次性申请强制执行。',
        kind: 'mediation',
      },
      {
        items:
          '1.被告赵志刚于2022年8月15日前支付原告孙秀英房屋租金1.5万元；\n2.被告赵志刚所欠剩余租金3万元，分两次支付，即2022年10月31日前支付1.5万元，2022年12月31日前支付1.5万元；\n3.被告赵志刚有一期未按时足额支付的，原告孙秀英有权就剩余全部租金申请强制执行。',
        kind: 'mediation',
      },
      {
        items:
          '一、被告李强确认尚欠原告张明工程款共计150000元；\n二、上述款项由被告李强分三期支付：2024年12月31日前支付50000元，2025年3月31日前支付50000元，2025年6月30日前支付50000元；\n三、如被告李强未按期支付第一期款项，应于2025年1月31日前一次性付清全部款项150000元。',
        kind: 'mediation',
      },
      {
        items:
          '一、被告隆鑫公司确认尚欠原告精工公司加工费人民币壹佰贰拾万元整，分期支付：于本调解书签收时支付人民币贰拾万元整；余款壹佰万元整，自2025年5月起每月25日前支付壹拾万元，至2026年2月25日付清。\n二、被告隆鑫公司如有任何一期未按期足额支付，原告精工公司有权就剩余全部款项申请强制执行。',
        kind: 'mediation',
      },
    ],
    invalid: [
      // An earlier term's sum paid again, by that term's number, by another day.
      {
        code: {
          items:
            '（一）被告赔偿原告各项损失共计68000元，于2023年6月30日前一次性付清；\n（二）上述第（一）项款项，被告于2023年7月15日前支付至原告指定账户。',
          kind: 'mediation',
        },
        at: '于2023年7月15日前',
      },
      // The rest of the price, named with its sum and day in one term, is given another day in a later one.
      {
        code: {
          items:
            '二、原告于2023年6月20日前向被告支付剩余购车款45000元；\n三、被告于2023年6月10日前将车牌号为豫H5K2J7的小型轿车交付原告；\n四、原告应于2023年7月31日前付清剩余购车款。',
          kind: 'mediation',
        },
        at: '应于2023年7月31日前',
      },
      // One sum, two time limits in one item.
      {
        code: {
          items:
            '四、被告于本调解书生效之日起十日内给付原告车辆折价款60000元，该款最迟于2025年4月30日前付清。',
          kind: 'mediation',
        },
        at: '最迟于2025年4月30日前',
      },
      // The sum in words and the sum in figures differ.
      {
        code: {
          items: '一、被告于2024年11月30日前支付原告货款人民币叁万伍仟元整（53000元）。',
          kind: 'mediation',
        },
        at: '53000元',
      },
      // One item returns the deposit and sets it off against the rent.
      {
        code: {
          items:
            '三、原告于2024年7月15日前向被告退还租赁押金8000元；被告欠付的租金13500元，以上述押金8000元冲抵后，余款5500元由被告于2024年7月15日前支付。',
          kind: 'mediation',
        },
        at: '8000元冲抵',
      },
      // The total restated for the sum of 第一条 is another amount.
      {
        code: {
          items:
            '第一条　被告于2025年2月28日前支付原告货款86000元；\n第二条　被告确认上述货款共计68000元，于2025年2月28日前一次付清。',
          kind: 'mediation',
        },
        at: '68000元',
      },
      {
        // The acceleration clause names a whole debt larger than the schedule divides.
        code: {
          items:
            '一、被告确认欠原告装修款75000元，分三期支付：2024年5月31日前支付25000元，2024年6月30日前支付25000元，2024年7月31日前支付25000元；\n二、被告有一期未按期支付的，原告可就全部欠款85000元申请执行。',
          kind: 'mediation',
        },
        at: '85000元',
      },
      {
        // A breakdown wrapped over three lines of one paragraph, short of its total by 1000元.
        code: {
          items: [
            '一、被告于2024年11月30日前赔偿原告损失共计47500元，其中车辆维修费39000元、\n施救费2500元、\n停运损失5000元；',
          ],
          kind: 'mediation',
        },
        at: '47500元',
      },
      {
        code: {
          items:
            '四、原告冯某贵于双方签署交接确认书之日起五日内，将被告所交押金20,000元退还被告；\n五、被告所交押金20,000元在第二项租金中予以冲抵，原告不再另行退还。',
          kind: 'mediation',
        },
        at: '20,000元在',
      },
      {
        // A sub-item naming its own account is still part of the schedule.
        code: {
          items:
            '一、被告尚欠原告马某林工程款1630000元，按以下方式清偿：\n（一）被告以其名下房屋作价1280000元抵顶工程款；\n（二）余款350000元由被告分期支付：2021年8月31日前支付100000元，2021年10月31日前支付100000元，2021年12月31日前支付100000元；款项汇入原告账户（户名：马某林，账号：6212260200013344556）。\n二、被告如有任何一期未按期足额支付，原告马某林有权就剩余未付款项一次性申请强制执行。',
          kind: 'mediation',
        },
        at: '分期',
      },
      {
        // Paid at once by one date, then in instalments until a later one.
        code: {
          items:
            '一、被告马晓东于2023年12月31日前一次性偿还原告孙立新借款本金人民币50万元；\n二、被告马晓东分三期偿还上述借款：2024年3月31日前偿还20万元，2024年6月30日前偿还20万元，2024年9月30日前偿还10万元；\n三、被告马晓东如有任何一期未按期足额偿还，原告孙立新有权就剩余未还借款一次性申请强制执行。',
          kind: 'mediation',
        },
        at: '2024年9月30日',
      },
      {
        code: {
          items:
            '一、被告李强赔偿原告张明各项损失共计人民币60000元；\n二、上述款项由被告李强分三期支付：2024年6月30日前支付15000元，2024年8月31日前支付15000元，2024年10月31日前支付20000元；\n三、被告李强如有任何一期未按期足额支付，原告张明有权就剩余未付款项一次性申请强制执行。',
          kind: 'mediation',
        },
        at: '分三期',
      },
      {
        code: {
          items:
            '一、被告李强于2024年5月31日前支付原告张明货款100000元，余款138000元于2024年8月31日前付清；\n二、被告李强应于2024年7月31日前付清全部余款138000元。',
          kind: 'mediation',
        },
        at: '2024年7月31日',
      },
      {
        code: {
          items:
            '一、被告李强确认尚欠原告张明工程款共计150000元；\n二、上述款项由被告李强分三期支付：2024年12月31日前支付50000元，2025年3月31日前支付50000元，2025年6月30日前支付50000元；\n三、被告李强如有一期未按时足额支付，原告张明有权就剩余全部款项申请强制执行；\n四、被告李强应于2025年3月31日前付清全部工程款150000元。',
          kind: 'mediation',
        },
        at: '2025年3月31日前付清',
      },
      {
        // Paid at once by one date, then in three payments by a later one.
        code: {
          items:
            '一、被告保险公司于2022年4月30日前一次性赔偿原告张明各项损失共计63000元；\n二、被告保险公司应赔付的上述63000元分三次支付，于2022年12月31日前付清；\n三、被告保险公司如有任何一次未按期足额支付，原告张明有权就剩余未付款项一次性申请强制执行。',
          kind: 'mediation',
        },
        at: '2022年12月31日',
      },
    ],
  },
  check({ document, reading, report }) {
    if (!isMediation(document)) return;
    const items = reading.orders;
    const seen: (DatedSum & { item: ItemView })[] = [];
    const deposits: { item: ItemView; money: Entity; kept: boolean }[] = [];
    // What a schedule adds up to (its stated total, and the sum of its instalments), and the whole debt that
    // acceleration clauses name, compared once every item has been read.
    const scheduled: { item: ItemView; amounts: number[] }[] = [];
    const accelerated: { item: ItemView; money: Entity }[] = [];
    items.forEach((item, index) => {
      const breakdown = breakdownMismatch(item);
      if (breakdown) {
        report({
          at: breakdown.total,
          item,
          detail: `其中各项合计${breakdown.sum}元，与${breakdown.total.text}不符`,
        });
      }
      accelerated.push(...wholeDebtOnDefault(item).map((money) => ({ item, money })));
      // One sum with two time limits: in one item, or named with its sum in one item and paid again in another.
      const twice = sumTimedTwice(item) ?? restatedSumRetimed(item, items.slice(0, index));
      if (twice) {
        report({
          at: twice.again,
          item,
          detail: `同一笔款项既约定${twice.first.text}，又约定${twice.again.text}`,
        });
      }
      for (const { first, again } of sumsWrittenAgainDiffering(item)) {
        report({ at: again, item, detail: `${first.text}与括号中的${again.text}不是同一数额` });
      }
      // The earlier sums are gathered only for an item that restates a total: most restate none.
      const totals = restatedTotals(item);
      const earlierSums = totals.length > 0 ? comparableSums(items.slice(0, index)) : null;
      for (const total of earlierSums ? totals : []) {
        if (total.value === undefined || !earlierSums || addsUpFrom(total.value, earlierSums)) continue;
        const named = earlierSums.map((m) => m.text).join('、');
        report({ at: total, item, detail: `此处重述的${total.text}，与前文所载${named}不符` });
      }
      const marker = item.match(INSTALMENTS);
      let sums = datedSums(item).filter((d) => !dueOnDefault(item, d.money));
      if (marker) {
        const total = scheduleTotal(item, marker.start, items.slice(0, index));
        const parts = item.find('money').filter((m) => m.start >= marker.end && m.value !== undefined);
        const sum = parts.reduce((acc, m) => acc + (m.value ?? 0), 0);
        // A recurring amount (余款100万元，每月支付10万元) is paid as many times as the remainder needs: the parts
        // cannot simply be added up.
        const recurring = parts.some((m) => paidRecurrently(item, m));
        if (!recurring && (total?.value !== undefined || parts.length >= 2)) {
          const amounts = [
            ...(total?.value !== undefined ? [total.value] : []),
            ...(parts.length >= 2 ? [sum] : []),
          ];
          scheduled.push({ item, amounts });
        }
        if (
          total?.value !== undefined &&
          parts.length >= 2 &&
          !recurring &&
          Math.abs(sum - total.value) > 0.005
        ) {
          report({ at: marker, item, detail: `分期金额合计${sum}元，与总额${total.text}不符` });
        }
        // An instalment is a share of the total, not the same sum as an equal amount elsewhere; the total itself
        // falls due with the last instalment.
        const last = sums.filter((d) => d.money.start >= marker.end).at(-1);
        sums = sums.filter((d) => d.money.start < marker.end);
        if (total?.value !== undefined && last && last.money.start === parts.at(-1)?.start) {
          sums.push({ money: total, date: last.date, named: true });
        }
        // A schedule that lists no instalments but one closing date (分三次支付，于…前付清) sets the total's deadline.
        const closing = item.find('date').filter((d) => d.start >= marker.end);
        if (total?.value !== undefined && parts.length === 0 && closing.length === 1 && closing[0]) {
          sums.push({ money: total, date: closing[0].text, named: true });
        }
      }
      for (const dated of sums) {
        const other = seen.find(
          (s) =>
            s.item !== item &&
            (s.named || dated.named) &&
            s.money.value === dated.money.value &&
            s.date !== dated.date,
        );
        if (other) {
          const at = firstMention(item, dated.date);
          report({
            at: at ?? dated.money,
            item,
            detail: `${dated.money.text}的履行期限与${other.item.ordinal}的${other.date}不一致`,
          });
        }
        seen.push({ item, ...dated });
      }
      for (const fate of depositFates(item)) {
        const other = deposits.find(
          (d) =>
            d.money.start !== fate.money.start && d.money.value === fate.money.value && d.kept !== fate.kept,
        );
        if (other) {
          report({
            at: fate.money,
            item,
            detail: `${other.item === item ? '本项前文' : other.item.ordinal}约定${other.kept ? '不予退还' : '退还'}${fate.money.text}，此处约定${fate.kept ? '不予退还' : '退还'}`,
          });
        }
        deposits.push({ item, ...fate });
      }
    });
    for (const { item, money } of accelerated) {
      const schedule = scheduled.find((s) => s.item !== item);
      if (!schedule || money.value === undefined) continue;
      const value = money.value;
      if (schedule.amounts.some((a) => Math.abs(a - value) <= 0.005)) continue;
      report({
        at: money,
        item,
        detail: `违约条款所称全部欠款${money.text}，与${schedule.item.ordinal}分期履行的总额${schedule.amounts[0] ?? ''}元不符`,
      });
    }
  },
});
