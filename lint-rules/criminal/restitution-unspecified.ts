/**
 * 焦作山阳规定 第十九条、绵阳办法 第10项①：判处责令退赔的，应明确退赔主体以及退赔比例、金额；有多个退赔主体或者多个
 * 被害人的，应明确各退赔主体向各被害人分别退赔的金额。
 * "责令被告人张某、费某某将所盗赃款予以退赔" has no sum; "退赔各被害人经济损失共计418600元" has no split.
 */
import { defineRule } from '../../src/engine/rule.js';
import {
  LIST_REFERENCE,
  PAYERS_SHARE,
  RECOVER,
  RESTITUTE,
  SEVERAL_PAYERS,
  SHORTFALL,
  SEVERAL_VICTIMS,
  UNNAMED_VICTIM,
  VICTIMS_LISTED,
  ordersWith,
  splitStated,
  unquantifiedObjects,
  victimsNamed,
} from '../../src/language/criminal.js';

/** The list of victims and sums a restitution order refers to (详见附表), attached after the signatures. */
const RESTITUTION_LIST = `附表：被害人退赔明细

| 序号 | 被害人 | 应退赔金额（元） |
| --- | --- | --- |
| 1 | 张某某 | 156000 |
| 2 | 刘某 | 262600 |`;

export default defineRule({
  id: 'criminal/restitution-unspecified',
  name: '退赔、发还未写明金额或分配',
  category: 'criminal.restitution',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十九条',
    quote:
      '判处责令退赔的，应明确退赔主体以及退赔比例、金额、财物名称、数量等情况；有多个退赔主体或者多个被害人的，应明确各退赔主体向各被害人分别退赔的金额',
  },
  message: '判令退赔或发还财物，但未写明金额、财物，或未写明各被害人、各退赔人的份额',
  suggestion:
    '写明退赔主体、被害人和金额，如“责令被告人陶某退赔被害人钱某人民币38000元、孙某人民币26200元”；被害人众多的，另附退赔明细表',
  rationale:
    '执行机构要知道向谁退赔、退赔多少。第十九条对追缴和退赔分别提出要求：追缴要写明金额或财物，退赔给多名被害人的还要写明各被害人' +
    '分别得到的金额或比例。“继续追缴违法所得，发还各被害人”两项都缺：没有追缴的数额（criminal/recovery-unspecified 报告），' +
    '也没有各被害人之间的分配（本规则报告）；补上总额仍不知道怎样分，写明分配也不等于写明了要追缴什么，所以是两个缺陷、两条提示，' +
    '二审判决以“维持……第二项，即……”复述的原判项同样如此。只缺金额时本规则不重复报告追缴的缺陷。',
  examples: {
    valid: [
      // The shortfall of a stated sum.
      {
        items:
          '一、被告人王五犯诈骗罪，判处有期徒刑三年，并处罚金人民币二万元（已预缴）。\n二、扣押在案的长城牌越野车一辆依法变卖，所得价款退赔被害人李某人民币八万五千元；不足部分继续向被告人王五追缴，退赔被害人李某。',
        kind: 'criminal',
      },
      // Returned to the one victim the facts name.
      {
        document: `# 刑事判决书\n\n（2024）豫0811刑初301号\n\n公诉机关焦作市山阳区人民检察院。\n\n被告人王五，男，1990年3月2日出生，公民身份号码410821199003020019。\n\n经审理查明，被告人王五先后三次入户盗窃被害人刘某某家中的现金、首饰。\n\n本院认为，被告人王五犯盗窃罪。判决如下：\n\n一、被告人王五犯盗窃罪，判处有期徒刑二年，并处罚金人民币五千元（已预缴）。\n\n二、扣押在案的金项链一条、现金人民币3200元发还被害人。\n\n如不服本判决，可在接到判决书的第二日起十日内提出上诉。\n\n审判员　　王立新\n\n二〇二四年六月十日\n`,
      },
      {
        items:
          '一、被告人王五犯诈骗罪，判处有期徒刑三年，并处罚金人民币二万元（已预缴）。\n二、责令被告人王五退赔被害人钱某人民币38000元、孙某人民币26200元。',
        kind: 'criminal',
      },
      {
        items:
          '一、被告人王五犯盗窃罪，判处拘役四个月，并处罚金人民币一千元（已缴纳）。\n二、扣押在案的羽绒大衣一件，发还被害人李某（已发还）。',
        kind: 'criminal',
      },
      {
        items:
          '一、被告人王五犯抢劫罪，判处有期徒刑四年六个月，并处罚金人民币一万元（已预缴）。\n二、随案移送的被告人王五的手机一部、钱包一个，发还被告人家属。',
        kind: 'criminal',
      },
      {
        items:
          '一、被告人王五犯诈骗罪，判处有期徒刑五年，并处罚金人民币五万元（已预缴）。\n二、责令被告人王五退赔各被害人经济损失共计人民币418600元，向各被害人退赔的金额详见附表。',
        kind: 'criminal',
        attachment: RESTITUTION_LIST,
      },
      {
        items:
          '一、被告人王五犯非法吸收公众存款罪，判处有期徒刑五年，并处罚金人民币三十万元（已预缴）。\n二、责令被告人王五退赔各集资参与人的经济损失（退赔名单及金额详见附表）。\n三、扣押在案的被告人王五名下轿车一辆（车牌号豫A8K3M6），依法拍卖、变卖后所得价款用于退赔集资参与人。',
        kind: 'criminal',
        attachment: `附表：集资参与人退赔名单\n\n| 序号 | 集资参与人 | 应退赔金额（元） |\n| --- | --- | --- |\n| 1 | 孙某 | 120000 |\n| 2 | 周某某 | 86500 |`,
      },
      {
        // The split is in an attached list named by its title.
        items:
          '一、被告人王五犯非法吸收公众存款罪，判处有期徒刑五年，并处罚金人民币二十万元（已预缴）。\n二、责令被告人王五退赔213名集资参与人的本金损失共计人民币1468.5万元，各集资参与人应得退赔金额详见本判决所附《集资参与人退赔明细表》。',
        kind: 'criminal',
        attachment: `集资参与人退赔明细表\n\n| 序号 | 集资参与人 | 应退赔金额（元） |\n| --- | --- | --- |\n| 1 | 孙某 | 120000 |\n| 2 | 周某某 | 86500 |`,
      },
    ],
    invalid: [
      {
        // Several victims in the facts, the return to "被害人" splits nothing; beside an unspecified recovery.
        code: {
          document: `# 刑事判决书\n\n（2024）豫0811刑初301号\n\n公诉机关焦作市山阳区人民检察院。\n\n被告人王五，男，1990年3月2日出生，公民身份号码410821199003020019。\n\n经审理查明，被告人王五先后三次入户盗窃被害人刘某某、被害人陈某、被害人何某某家中的现金、首饰。\n\n本院认为，被告人王五犯盗窃罪。判决如下：\n\n一、被告人王五犯盗窃罪，判处有期徒刑二年，并处罚金人民币五千元（已预缴）。\n\n二、继续追缴被告人王五的违法所得，发还被害人。\n\n如不服本判决，可在接到判决书的第二日起十日内提出上诉。\n\n审判员　　王立新\n\n二〇二四年六月十日\n`,
        },
        at: '发还被害人。',
        alsoReports: ['criminal/recovery-unspecified'],
      },
      {
        code: {
          items:
            '一、维持河南省焦作市山阳区人民法院（2023）豫0811刑初45号刑事判决第二项，即“被告人王五、李某的违法所得继续予以追缴，退赔各被害人”。\n二、上诉人王五犯诈骗罪，判处有期徒刑二年，并处罚金人民币一万元（罚金已预缴）。',
          kind: 'criminal',
        },
        at: '退赔各被害人',
        alsoReports: ['criminal/recovery-unspecified'],
      },
      {
        code: {
          items: '二、责令被告人王五退赔被害人李某、赵某经济损失共计人民币30000元。',
          kind: 'criminal',
        },
        at: '退赔',
      },
      {
        code: {
          items:
            '一、被告人王五犯盗窃罪，判处有期徒刑一年，并处罚金人民币二千元（已预缴）。\n二、责令被告人王五、李某退赔被害人谢某经济损失人民币2000元。',
          kind: 'criminal',
        },
        at: '退赔',
      },
      {
        code: {
          items:
            '一、被告人王五犯盗窃罪，判处有期徒刑一年，并处罚金人民币二千元（已预缴）。\n二、责令被告人王五、李某将所盗赃款予以退赔，并依法发还被害人邓某。',
          kind: 'criminal',
        },
        at: '退赔',
      },
      {
        code: {
          items:
            '一、被告人王五犯诈骗罪，判处有期徒刑三年，并处罚金人民币三万元（已预缴）。\n二、各被害人的损失人民币49940元，由某市公安局发还人民币32741元，由本院发还人民币17199元。',
          kind: 'criminal',
        },
        at: '发还',
      },
    ],
  },
  check({ document, reading: { items }, report }) {
    if (document.kind.category !== '刑事') return;
    // A restitution order whose split is in a referenced list (退赔名单及金额详见附表) also splits the proceeds of
    // seized property "用于退赔集资参与人" in another item, when that item names no sum of its own.
    const splitListed = items.some((i) => RESTITUTE.test(i.text) && LIST_REFERENCE.test(i.text));
    // The victims the facts name, for an order that returns property to "被害人" without naming any.
    const facts = document.text.slice(document.partiesBlock?.end ?? 0, document.operative?.start ?? 0);
    let victimsInFacts: number | undefined;
    for (const { item, clause, at } of ordersWith(items, RESTITUTE)) {
      if (LIST_REFERENCE.test(clause.text)) continue;
      // "不足部分继续追缴，退赔被害人某" after a stated sum returns that sum less what was realised.
      if (clause.test(SHORTFALL) && item.sub(item.start, clause.start).has('money')) continue;
      const stated = clause.has('money') || clause.has('quantity');
      const severalVictims =
        SEVERAL_VICTIMS.test(clause.text) ||
        (VICTIMS_LISTED.test(clause.text) && clause.find('money').length === 1) ||
        (UNNAMED_VICTIM.test(clause.text) && (victimsInFacts ??= victimsNamed(facts)) >= 2);
      const listed = LIST_REFERENCE.test(item.text) || (splitListed && !clause.has('money'));
      const undivided = severalVictims && !listed && !splitStated(clause);
      // 追缴…发还 without a sum is the recovery's gap, reported once there; several victims without their shares
      // are a gap of the return itself.
      if (RECOVER.test(clause.text) && unquantifiedObjects(clause).length > 0) {
        if (undivided) report({ at, item, detail: '被害人有多名，未写明各自的金额或财物' });
        continue;
      }
      const unshared =
        SEVERAL_PAYERS.test(clause.text) &&
        !PAYERS_SHARE.test(clause.text) &&
        clause.find('money').length < 2;
      if (!stated) report({ at, item, detail: '未写明金额或财物数量' });
      else if (undivided) report({ at, item, detail: '被害人有多名，未写明各自的金额' });
      else if (unshared) report({ at, item, detail: '退赔主体有多名，未写明各自退赔的金额或比例' });
    }
  },
});
