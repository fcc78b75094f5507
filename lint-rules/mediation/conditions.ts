/**
 * 焦作山阳规定 第十七条：要避免附有多重条件、若干假设性条件等不具有确定性……的调解协议。An obligation that arises only if
 * an assumed future event happens (若经鉴定构成伤残, 若收回第三方欠款) or if several conditions meet cannot be enforced
 * without a new fight over whether they did; nor can one left to the obligor's judgment (视经营状况再行支付). Default
 * and performance conditions (未按期支付的 / 按期付清的) are the ordinary machinery of an agreement and stay silent.
 */
import { defineRule } from '../../src/engine/rule.js';
import { DISCRETIONARY, conditionsOf, isMediation } from '../../src/language/mediation.js';

export default defineRule({
  id: 'mediation/conditions',
  name: '调解协议附多重或假设性条件',
  category: 'mediation.conditions',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十七条',
    quote:
      '要避免附有多重条件、若干假设性条件等不具有确定性，或者内容冗长容易产生条文前后冲突或者理解歧义的调解协议',
  },
  message: '调解条款的义务取决于多重条件或假设的将来事件，是否成就难以判断，不具有确定性',
  suggestion:
    '删去假设性条件，按现已确定的事实约定义务，如“被告于2024年8月31日前支付原告残疾赔偿金30000元”；尚不确定的事项另行处理',
  examples: {
    valid: [
      // The other side handing back what it holds is a performance, which the court can verify.
      {
        items:
          '一、被告于2024年7月31日前将租赁的挖掘机交还原告；\n二、待被告将租赁的挖掘机交还原告后三日内，原告退还被告押金20000元。',
        kind: 'mediation',
      },
      {
        items:
          '一、被告李强于2024年6月30日前支付原告张明货款50000元；\n二、如被告李强未按期足额支付上述款项，原告张明有权就全部未付款项申请强制执行，被告李强并应以未付款项为基数，按年利率5%支付自逾期之日起至实际付清之日止的逾期利息；\n三、如被告李强按期付清上述款项，原告张明自愿放弃其余诉讼请求。',
        kind: 'mediation',
      },
      {
        items:
          '一、被告李强于2024年6月30日前支付原告张明货款50000元，履行方式如下：银行转账至原告张明名下账户。',
        kind: 'mediation',
      },
      {
        items:
          '一、被告李强于2024年10月31日前一次性支付原告张明赔偿款45000元；\n二、如遇法定节假日，付款期限顺延至节假日后的第一个工作日。',
        kind: 'mediation',
      },
      {
        items:
          '四、原告于被告腾空商铺并交还钥匙后五日内退还押金20000元；\n五、待被告腾退商铺后，原告于三日内将被告交纳的装修保证金5000元退还被告。',
        kind: 'mediation',
      },
      // When the agreement takes effect is settled by its service, not by anyone's judgment.
      {
        items:
          '一、被告李强于2024年9月30日前支付原告张明货款50000元；\n二、待本调解书生效后，原告张明于十日内向被告李强交还仓库钥匙两把。',
        kind: 'mediation',
      },
    ],
    invalid: [
      {
        // The debtor's own receivables, awaited without a comma before the time limit.
        code: {
          items:
            '一、被告于2024年5月31日前支付原告货款30000元；\n二、余款18000元待被告的应收账款收回后二十日内付清。',
          kind: 'mediation',
        },
        at: '待被告的应收账款收回后',
      },
      {
        code: { items: '三、剩余6000元，被告于资金宽裕时另行支付。', kind: 'mediation' },
        at: '资金宽裕',
      },
      {
        code: {
          items:
            '一、被告李强于2024年6月30日前支付原告张明货款50000元；\n二、若被告李强在2024年7月31日前收回第三方所欠货款，且届时原材料价格涨幅未超过10%的，原告张明同意减免货款5000元。',
          kind: 'mediation',
        },
        at: '若被告李强',
      },
      {
        code: {
          items:
            '一、被告李强赔偿原告张明医疗费等共计30000元，于2024年6月30日前付清；\n二、若原告张明经司法鉴定构成伤残，则被告李强于鉴定意见作出之日起十日内另行支付残疾赔偿金50000元。',
          kind: 'mediation',
        },
        at: '若原告张明',
      },
      {
        // When the injury is "stable" and what the business can afford are for no one to judge.
        code: {
          items:
            '二、上述款项中的130000元，由甲方于本协议经人民法院司法确认之日起十日内支付；剩余66000元，待乙方伤情稳定后，由甲方视公司经营状况再行支付。',
          kind: 'mediation',
        },
        at: '待乙方伤情稳定后',
      },
      {
        code: {
          items: '三、被告视其经营状况酌情向原告支付剩余货款20000元。',
          kind: 'mediation',
        },
        // Left to the obligor's fortunes, the payment has no time limit either.
        alsoReports: ['money/deadline-missing'],
        at: '视其经营状况',
      },
      {
        // Whether a business "has picked up" is for no one to judge.
        code: {
          items:
            '一、被告李强于2024年7月31日前支付原告张明借款50000元；\n二、剩余借款100000元，待被告李强经营状况好转后再行支付。',
          kind: 'mediation',
        },
        at: '经营状况好转',
      },
    ],
  },
  check({ document, orders, report }) {
    if (!isMediation(document)) return;
    for (const item of orders()) {
      const conditions = conditionsOf(item);
      const discretionary = item.match(DISCRETIONARY);
      const condition = conditions.find((c) => !c.standard || c.joined);
      // 待被告经营状况好转后: the words that leave it to the obligor's fortunes are where the finding points.
      const within =
        condition &&
        discretionary &&
        discretionary.start >= condition.start &&
        discretionary.end <= condition.end;
      const uncertain = within ? discretionary : (condition ?? discretionary);
      if (uncertain) report({ at: uncertain, item });
    }
  },
});
