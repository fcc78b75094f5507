/**
 * 焦作山阳规定 第十八条：裁判文书主文应明确具体，具有可执行性。
 * A draft made from a template must not keep an unfilled slot ([金额]元, 【履行期限】, XX元, ××××年××月××日, ＿＿日内)
 * in its operative part, its parties block or its tail: a signed judgment with "XX元" cannot be enforced. The slot
 * itself is the finding; the rules that require the amount or the time limit count the slot as the element and stay
 * silent. In template mode (--template, `template: true`) slots are what a template should have, and this rule is
 * silent. Published archives mask personal data with the same × and X; in an anonymised document those are masks.
 */
import { defineRule } from '../../src/engine/rule.js';
import { isAnonymised, isMaskSlot, mightHoldPlaceholder } from '../../src/language/entities/placeholder.js';

export default defineRule({
  id: 'draft/unfilled-placeholder',
  name: '留有未填写的模板占位',
  category: 'draft.placeholder',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条',
    quote: '裁判文书主文应明确具体，具有可执行性',
  },
  message: '留有未填写的模板占位符',
  suggestion:
    '把占位符换成实际内容，如把“[金额]元”写成“21220元”、把“＿＿日内”写成“十日内”；如检查的是模板本身，请用 --template',
  examples: {
    valid: [
      '一、被告于本判决生效之日起十日内偿还原告借款本金200000元；',
      '一、被告赵某某于本判决生效之日起十日内赔偿原告李某某经济损失12000元。',
      {
        items: '一、被告人张××犯盗窃罪，判处有期徒刑一年（刑期自××××年××月××日起至××××年××月××日止）。',
        kind: 'criminal',
      },
      '一、被告向原告返还《民法典》【第五百七十七条】所称的定金5000元，于本判决生效之日起十日内付清。',
      // A note after a sum that says what the payer wrote on the transfer is no instruction: no blank before it.
      '一、被告于本判决生效之日起十日内返还原告借款30000元（原告转账时注明为借款）。',
      // Bold as a converter writes it, not a blank.
      '一、被告于本判决生效之日起十日内向原告偿还借款本金__人民币200000元__；',
    ],
    invalid: [
      { code: '一、被告于本判决生效之日起十日内向原告支付货款[金额]元；', at: '[金额]' },
      // A slot for a penalty's sum: the penalty is fixed, the interest rules have nothing to ask.
      { code: '一、被告于本判决生效之日起十日内支付原告逾期交房违约金[金额]元；', at: '[金额]' },
      { code: '一、被告于【履行期限】前向原告支付货款32000元；', at: '【履行期限】' },
      { code: '一、被告于本判决生效之日起＿＿日内向原告支付赔偿款XX元。', at: '＿＿日内', count: 2 },
      { code: '一、被告于××××年××月××日前向原告支付工程款386000元。', at: '××××年××月××日前' },
      { code: '一、被告于本判决生效之日起十日内向原告返还借款___元。', at: '___元' },
      // A blank for anything else: the number of instalments, the day of the month.
      { code: '一、被告分＿＿期向原告偿还借款本金60000元，每月＿＿日前支付10000元。', at: '＿＿', count: 2 },
      {
        code: '一、被告于本判决生效之日起十日内按编号____的借款合同向原告偿还借款本金60000元。',
        at: '____',
      },
      // A template's instruction to the drafter after a blank stands for the whole item; the words in it (追缴, 退赔)
      // order nothing, so no property rule reports them.
      {
        code: {
          items:
            '一、被告人方某犯诈骗罪，判处有期徒刑二年，并处罚金人民币一万元（罚金已预缴）。\n二、被告人方某……（写明决定追缴、退赔或者发还被害人、没收财物的名称、种类和数额）。',
          kind: 'criminal',
        },
        at: '……（写明决定追缴',
      },
      {
        code: {
          items:
            '一、被告人方某犯诈骗罪，免予刑事处罚（如有追缴、退赔或者没收财物的，续写第二项）。\n二、驳回附带民事诉讼原告人的诉讼请求。',
          kind: 'criminal',
        },
        at: '（如有追缴',
      },
      { code: '一、被告……（列明应当支付的款项名称、数额和履行期限）。', at: '……（列明' },
      // Slots named by role: who pays, who bears, what base.
      {
        code: '二、婚生女刘欣怡由原告抚养，[支付方]自2025年1月起每月10日前支付抚养费1500元至刘欣怡年满十八周岁止。',
        at: '[支付方]',
      },
      {
        code: '二、被告于2025年6月30日前支付利息（以借款本金[本金]元为基数，自2024年1月1日起按年利率3.45%计算至2025年6月30日止）。',
        at: '[本金]',
      },
    ],
  },
  check({ document, options, view, report }) {
    if (options.template) return;
    let anonymised: boolean | undefined;
    const spans = [document.partiesBlock, document.operative, document.tail];
    for (const span of spans) {
      if (!span || !mightHoldPlaceholder(document.text.slice(span.start, span.end))) continue;
      for (const slot of view(span).find('placeholder')) {
        if (isMaskSlot(slot.text) && (anonymised ??= isAnonymised(document.text))) continue;
        report({ at: slot, detail: `“${slot.text}”` });
      }
    }
  },
});
