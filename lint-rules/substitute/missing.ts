/**
 * 焦作山阳规定 第十八条第（二）项：判决交付特定物或者履行特定行为，该物可能灭失或者行为可能无法履行的，应明确
 * 替代履行方式（如折价赔偿）。When the facts say the machine is 下落不明 or the car 已出售, an order to return it
 * needs what is paid instead, or the judgment cannot be enforced at all; "不能返还的，折价赔偿" without a sum or a way
 * to value it names the substitute but not its content.
 */
import { type ExampleText, defineRule } from '../../src/engine/rule.js';
import { handedOverObject, lostInFacts, statesSubstitute } from '../../src/language/duties/substitute.js';
import { DENIAL, NOTHING_TO_ENFORCE } from '../../src/language/lexicon.js';

const FACTS_LOST =
  '2022年8月15日，双方签订《工程机械租赁合同》，约定被告租赁原告徐工XE60DA型挖掘机一台及液压破碎锤一台。庭审中，被告自认挖掘机目前不在其控制之下，具体位置不明，破碎锤存放于其租用的仓库内；经评估，挖掘机的市场价值为218000元。';
const FACTS_SOLD =
  '2023年3月1日，原告向被告购买徐工XE60DA型挖掘机一台，价款218000元已付清，被告尚未办理过户登记。2023年9月，被告已将挖掘机及其登记证书一并出售给案外人郭某。';

function machineCase(facts: string, items: string[]): ExampleText {
  return {
    judgment: {
      cause: '租赁合同纠纷',
      plaintiff:
        '焦作永安工程机械租赁有限公司，住所地河南省焦作市山阳区工业路88号，统一社会信用代码91410811MA3X5K2L96',
      defendant:
        '程某军，男，1980年1月1日出生，汉族，住河南省焦作市山阳区太行中路88号，公民身份号码410811198001010012',
      facts,
      reasoning: '被告应当依法承担相应的民事责任。',
      items,
    },
  };
}

export default defineRule({
  id: 'substitute/missing',
  name: '特定物可能无法交付而未明确替代履行方式',
  category: 'substitute.missing',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（二）项',
    quote: '债务人无法履行行为义务或者特定标的物已经灭失的，应明确替代履行的方式、内容以及相关责任',
  },
  message: '查明的事实表明该物可能已无法交付，但判项未明确不能交付时的替代履行方式（如折价赔偿及数额）',
  suggestion:
    '写明替代方式，如“被告于本判决生效之日起十日内将徐工XE60DA型挖掘机一台返还原告；不能返还的，按评估价值218000元折价赔偿原告”',
  examples: {
    valid: [
      machineCase(FACTS_LOST, [
        '一、被告程某军于本判决生效之日起十日内将徐工XE60DA型挖掘机一台返还原告；不能返还的，按评估价值218000元折价赔偿原告。',
        '二、被告程某军于本判决生效之日起十日内将液压破碎锤一台返还原告。',
      ]),
      '一、被告于本判决生效之日起十日内将大众朗逸轿车一辆（号牌豫H5D8K2）返还原告。',
      machineCase(FACTS_LOST, [
        '一、被告程某军于本判决生效之日起十日内将徐工XE60DA型挖掘机一台返还原告，不能返还的，按返还不能时的市场价值折价赔偿。',
      ]),
    ],
    invalid: [
      {
        code: machineCase(FACTS_LOST, [
          '一、被告程某军于本判决生效之日起十日内将徐工XE60DA型挖掘机一台返还原告。',
        ]),
        at: '返还原告。',
      },
      {
        code: machineCase(FACTS_SOLD, [
          '一、被告程某军于本判决生效之日起十日内协助原告办理徐工XE60DA型挖掘机的过户登记手续。',
        ]),
        at: '的过户登记',
      },
      {
        code: machineCase(FACTS_LOST, [
          '一、被告程某军于本判决生效之日起十日内将徐工XE60DA型挖掘机返还原告，并支付原告租金108000元。',
        ]),
        at: '返还原告，',
      },
      {
        // 折价赔偿 with no sum and no way to value it leaves the substitute's content open.
        code: machineCase(FACTS_LOST, [
          '一、被告程某军于本判决生效之日起十日内将徐工XE60DA型挖掘机一台返还原告，不能返还的，折价赔偿。',
        ]),
        at: '返还原告，',
      },
    ],
  },
  check({ document, orders, report }) {
    if (document.kind.category === '刑事' || document.kind.category === '行政' || !document.operative) return;
    const facts = document.text.slice(0, document.operative.heading.start);
    for (const item of orders()) {
      if (statesSubstitute(item)) continue;
      for (const clause of item.clauses) {
        if (NOTHING_TO_ENFORCE.test(clause.text) || DENIAL.test(clause.text)) continue;
        const order = handedOverObject(clause);
        if (order && lostInFacts(facts, order.object)) {
          report({ at: order.verb, item });
          break;
        }
      }
    }
  },
});
