/**
 * 焦作山阳规定 第十八条第（二）项：判决交付特定物或者履行特定行为，该物可能灭失或者行为可能无法履行的，应明确
 * 替代履行方式（如折价赔偿）。When the facts say the machine is 下落不明 or the car 已出售, an order to return it
 * needs what is paid instead, or the judgment cannot be enforced at all; "不能返还的，折价赔偿" without a sum or a way
 * to value it names the substitute but not its content.
 */
import type { ItemView, TextView } from '../../src/language/item-view.js';
import { type ExampleText, defineRule } from '../../src/engine/rule.js';
import {
  OBJECT_LOST,
  SUBSTITUTE,
  SUBSTITUTE_VALUE,
  THING_DELIVERY,
  deliveredObject,
} from '../../src/language/duties/things.js';
import { DENIAL, MONEY_OBJECT, NOTHING_TO_ENFORCE } from '../../src/language/lexicon.js';

/** Registering a transfer of title (协助办理房屋过户登记手续): impossible once the thing is sold on. */
const TRANSFER = /[的]?(?:过户|产权变更|所有权转移|转移登记|变更登记)/;

/** "已将", "已把", "已被" just before the object's name. */
const SOLD_BY_SUBJECT = /已(?:经)?(?:将|把|被)$/;

/** How far after the object's name the facts may say it is lost, within one sentence. */
const LOSS_WINDOW = 30;

/** The last two and three characters of a word run (履带式挖掘机 → 挖掘机, 掘机), and 车 for any vehicle. */
function namesOf(run: string, names: Set<string>): void {
  for (const n of [3, 2]) if (run.length >= n) names.add(run.slice(-n));
  if (/车(?:辆)?$/.test(run)) for (const n of ['该车', '车辆']) names.add(n);
}

/** Names the object goes by: the word before each quantity (挖掘机一台), and the word that ends 将…返还's object. */
function objectNames(object: TextView): string[] {
  const names = new Set<string>();
  for (const quantity of object.find('quantity')) {
    const run = /[\u4e00-\u9fa5]{2,}$/.exec(object.text.slice(0, quantity.start - object.start))?.[0];
    if (run) namesOf(run, names);
  }
  const last = /([\u4e00-\u9fa5]{2,})(?:[（(][^）)]*[）)])?的?$/.exec(object.text)?.[1];
  if (last) namesOf(last, names);
  return [...names];
}

/** Whether the facts say an object of this name is lost, sold or out of reach, in the phrase that names it. */
function lostInFacts(facts: string, name: string): boolean {
  for (let at = facts.indexOf(name); at !== -1; at = facts.indexOf(name, at + 1)) {
    // "被告已将挖掘机…出售": the words before the name count only when they make it the object of the loss.
    const before = facts.slice(Math.max(0, at - LOSS_WINDOW), at);
    const lead = SOLD_BY_SUBJECT.exec(before)?.[0] ?? '';
    const after = facts.slice(at, at + name.length + LOSS_WINDOW).split(/[。；]/)[0] ?? '';
    if (OBJECT_LOST.test(lead + after)) return true;
  }
  return false;
}

/** The item says what is done instead, and what that is worth, in the clause that names the substitute. */
function statesSubstitute(item: ItemView): boolean {
  const substitute = item.match(SUBSTITUTE);
  if (!substitute) return false;
  const clause = item.clauses.find((c) => c.start <= substitute.start && substitute.start < c.end);
  return SUBSTITUTE_VALUE.test(item.text.slice(substitute.start - item.start, clause?.end ?? item.end));
}

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
        const transfer = clause.match(TRANSFER);
        const verb = clause.match(THING_DELIVERY) ?? transfer;
        if (!verb) continue;
        const object = transfer ? clause.sub(clause.start, transfer.start) : deliveredObject(clause, verb);
        if (!transfer && MONEY_OBJECT.test(object.text.slice(0, 20))) continue;
        if (objectNames(object).some((name) => lostInFacts(facts, name))) {
          report({ at: verb, item });
          break;
        }
      }
    }
  },
});
