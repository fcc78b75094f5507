/**
 * 焦作山阳规定 第十九条、绵阳办法 第10项①：对已经查封、扣押、冻结的财产，应详细列明；涉案财物较多、不宜在主文中详细
 * 列明的，可以概括叙明并另附详细清单。
 * "扣押在案的手机、电脑等作案工具予以没收" and "扣押在案的财物依法处理" leave the list open; a list referred to
 * ("详见扣押清单") must be attached to the judgment.
 */
import type { ItemView, TextView } from '../../src/language/item-view.js';
import type { TextSpan } from '../../src/document/span.js';
import { defineRule } from '../../src/engine/rule.js';
import {
  ATTACHED_LIST,
  CONFISCATE,
  LIST_REFERENCE,
  namesOwnList,
  SEIZED,
  SURRENDERED,
  openThingList,
  orderClauses,
  unquantifiedObjects,
} from '../../src/language/criminal.js';
import { tableRowsBelow } from '../../src/language/lists.js';

/**
 * What a disposal leaves open: things summed up ("手机、电脑等作案工具"), or, where a table follows
 * ("扣押在案的下列物品依法处理："), a row without a quantity.
 */
function openPart(item: ItemView, clause: TextView): TextSpan | null {
  const rows = tableRowsBelow(item, clause);
  if (rows.length === 0) return openThingList(clause);
  // A row without a quantity under 没收 is confiscation-unspecified's finding.
  if (CONFISCATE.test(clause.text)) return null;
  return rows.flatMap(({ row }) => unquantifiedObjects(row))[0] ?? null;
}

export default defineRule({
  id: 'criminal/seized-list-open',
  name: '扣押财物未逐项列明',
  category: 'criminal.seized-list',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十九条',
    quote:
      '对已经查明的，应在判项中列明财产刑内容以及待执行财产名称、数量、金额等……涉案财物或者被害人人数较多，不宜在判决主文中详细列明的，可以概括叙明并另附详细清单',
  },
  message: '处置扣押、查封、冻结的财物，但未逐项列明名称、数量（以“等”概括或笼统表述，且未附清单）',
  suggestion:
    '逐项列明财物名称、数量及处置方式，如“扣押在案的苹果牌手机二部、联想牌笔记本电脑一台，予以没收”；财物较多的，写明“详见附件扣押物品清单”并附清单',
  examples: {
    valid: [
      // The sum says what is disposed of.
      {
        kind: 'criminal',
        items: [
          '一、被告人谢某犯职务侵占罪，判处有期徒刑二年，并处罚金人民币二万元（已缴纳）。',
          '二、冻结在案的被告人谢某名下银行存款人民币120000元发还被害单位某公司。',
        ],
      },
      // The seized things are listed in a table after the order.
      {
        kind: 'criminal',
        items: [
          '一、被告人王五犯盗窃罪，判处有期徒刑一年，并处罚金人民币二千元（已预缴）。',
          '二、扣押在案的下列物品依法处理：\n\n| 序号 | 物品名称 | 数量 | 处理方式 |\n|---|---|---|---|\n| 1 | 华为Mate 40手机 | 1部 | 发还被告人王五 |\n| 2 | 水果刀 | 1把 | 予以没收 |',
        ],
      },
      {
        items:
          '一、被告人王五犯诈骗罪，判处有期徒刑三年，并处罚金人民币二万元（已预缴）。\n二、扣押在案的苹果iPhone 14手机二部、联想小新笔记本电脑一台，予以没收。',
        kind: 'criminal',
      },
      {
        items:
          '一、被告人王五犯盗窃罪，判处有期徒刑一年，并处罚金人民币二千元（已预缴）。\n二、扣押在案的作案工具水果刀一把、胶带一卷由扣押机关依法予以没收。',
        kind: 'criminal',
      },
      {
        document: `# 刑事判决书\n\n（2024）豫0811刑初256号\n\n公诉机关焦作市山阳区人民检察院。\n\n被告人王五，男，1970年5月20日出生，公民身份号码410821197005200030。\n\n本院认为，被告人王五犯盗窃罪。判决如下：\n\n一、被告人王五犯盗窃罪，判处有期徒刑一年，并处罚金人民币二千元（已预缴）。\n\n二、扣押在案的作案工具（详见附件扣押物品清单），予以没收。\n\n如不服本判决，可在接到判决书的第二日起十日内提出上诉。\n\n审判员　　王立新\n\n二〇二四年六月十日\n\n附件：扣押物品清单\n\n1.六角套筒一套；2.一字螺丝批二把。\n`,
      },
    ],
    invalid: [
      // Frozen deposits and money the defendant gave up, with no sum, account or destination.
      {
        code: {
          kind: 'criminal',
          items: [
            '一、被告人谢某犯职务侵占罪，判处有期徒刑二年，并处罚金人民币二万元（已缴纳）。',
            '二、冻结在案的被告人谢某名下银行存款依法处理。',
          ],
        },
        at: '冻结在案',
      },
      {
        code: {
          kind: 'criminal',
          items: [
            '一、被告人方某犯盗窃罪，判处拘役四个月，并处罚金人民币二千元（已缴纳）。',
            '二、被告人方某退出的赃款依法处理。',
          ],
        },
        at: '退出的赃款',
      },
      {
        // A table whose rows count nothing.
        code: {
          kind: 'criminal',
          items: [
            '一、被告人王五犯盗窃罪，判处有期徒刑一年，并处罚金人民币二千元（已预缴）。',
            '二、扣押在案的下列物品依法处理：\n\n| 序号 | 物品名称 |\n|---|---|\n| 1 | 手机 |\n| 2 | 电脑 |',
          ],
        },
        at: '手机 |',
      },
      {
        code: {
          items:
            '一、被告人王五犯贩卖毒品罪，判处有期徒刑二年，并处罚金二千元（已预缴）。\n二、依法扣押的毒品海洛因7.48克，予以没收销毁；作案工具手机、电动车、电子称等物，予以没收上缴国库。',
          kind: 'criminal',
        },
        at: '作案工具手机、电动车',
      },
      {
        code: {
          items:
            '一、被告人王五犯非法吸收公众存款罪，判处有期徒刑四年，并处罚金人民币二十万元（已预缴）。\n二、扣押在案的财物依法处理。',
          kind: 'criminal',
        },
        at: '扣押在案的财物',
      },
      {
        code: {
          items:
            '一、被告人王五犯盗窃罪，判处有期徒刑一年，并处罚金人民币二千元（已预缴）。\n二、依法扣押的作案工具（详见扣押清单），予以没收。',
          kind: 'criminal',
        },
        at: '详见扣押清单',
      },
    ],
  },
  check({ document, reading: { items }, report, view }) {
    if (document.kind.category !== '刑事') return;
    const after = document.operative
      ? view({ start: document.operative.end, end: document.text.length })
      : null;
    const attached = after !== null && ATTACHED_LIST.test(after.text);
    for (const { item, clause } of orderClauses(items)) {
      const disposes =
        SEIZED.test(clause.text) || SURRENDERED.test(clause.text) || CONFISCATE.test(clause.text);
      if (!disposes) continue;
      const reference = clause.match(LIST_REFERENCE);
      if (reference) {
        // A missing 附件/附表 in general is attachment/missing's finding; a seized-items list is reported here.
        if (!attached && namesOwnList(reference))
          report({ at: reference, item, message: '判项引用扣押财物清单，但判决书未附该清单' });
        continue;
      }
      const open = openPart(item, clause);
      if (open) report({ at: open, item });
    }
  },
});
