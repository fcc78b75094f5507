/**
 * 焦作山阳规定 第十九条、绵阳办法 第10项①：判处没收的，应明确没收的具体财物或者金额、持有人（保管人）。
 * "涉案毒品、毒资、犯罪工具予以没收" leaves the enforcing officer to guess what to take; "毒品海洛因19.33克" and
 * "金色苹果牌5S手机一部" do not.
 */
import { defineRule } from '../../src/engine/rule.js';
import { NOTHING_TO_ENFORCE } from '../../src/language/lexicon.js';
import { tableRowsBelow } from '../../src/language/lists.js';
import {
  DISPOSE,
  PROPERTY_PENALTY_WITHOUT_AMOUNT,
  RECOVER,
  VAGUE_QUANTITY,
  openThingList,
  orderParts,
  ordersWith,
  unquantifiedObjects,
} from '../../src/language/criminal.js';

export default defineRule({
  id: 'criminal/confiscation-unspecified',
  name: '没收财物未写明名称、数量或金额',
  category: 'criminal.confiscation',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十九条',
    quote: '判处没收财产的，应明确没收的具体财物或者金额、持有人(或者保管人)',
  },
  message: '判令没收，但未写明没收财物的名称、数量或金额',
  suggestion:
    '逐项写明没收的财物及数量或金额和保管机关，如“扣押在案的毒品甲基苯丙胺12.6克、OPPO牌手机一部（现存放于某市公安局某分局），予以没收”',
  examples: {
    valid: [
      // Destroyed or handed to the seizing authority, named and weighed or counted.
      {
        items:
          '一、被告人王五犯非法持有毒品罪，判处有期徒刑八个月，并处罚金人民币二千元（已预缴）。\n二、查获的甲基苯丙胺3.52克依法予以销毁；吸毒工具玻璃壶二个由扣押机关依法处理。',
        kind: 'criminal',
      },
      {
        items:
          '一、维持河南省焦作市山阳区人民法院（2023）豫0811刑初45号刑事判决第二项，即“扣押在案的作案工具液压钳一把、撬棍二根予以没收”。\n二、上诉人王五犯盗窃罪，判处有期徒刑十个月，并处罚金人民币三千元（罚金已预缴）。',
        kind: 'criminal',
      },
      // The things are listed in a table after the order; its header's 物品 is no thing.
      {
        kind: 'criminal',
        items: [
          '一、被告人王五犯盗窃罪，判处有期徒刑一年，并处罚金人民币二千元（已预缴）。',
          '二、扣押在案的下列作案工具予以没收：\n\n| 序号 | 物品名称 | 数量 | 保管单位 |\n|---|---|---|---|\n| 1 | 六角套筒 | 1套 | 焦作市公安局山阳分局 |\n| 2 | 一字螺丝刀 | 2把 | 焦作市公安局山阳分局 |',
        ],
      },
      {
        items:
          '一、被告人王五犯开设赌场罪，判处有期徒刑一年六个月，并处罚金人民币二万元（已预缴）。\n二、公安机关查获的赌资人民币27350元、麻将机四台（现由长沙县公安局保管），予以没收。',
        kind: 'criminal',
      },
      {
        items:
          '一、被告人王五犯诈骗罪，判处有期徒刑二年，并处罚金人民币一万元。（罚金于本判决生效后十日内缴纳。）\n二、扣押在案的毒品海洛因19.33克、金色苹果牌5S手机一部，由扣押机关予以没收。',
        kind: 'criminal',
      },
      {
        items:
          '一、被告人王五犯受贿罪，判处有期徒刑三年，并处罚金人民币二十万元（已缴纳）。\n二、被告人王五退缴的赃款人民币一十二万元予以没收，上缴国库。',
        kind: 'criminal',
      },
      {
        items:
          '一、被告人王五犯开设赌场罪，判处有期徒刑一年，并处罚金人民币五千元（罚金已预缴）。\n二、扣押在龙岩市公安局新罗分局的柳州五菱微型货车一辆（车牌号闽F12345），属作案工具，予以没收。',
        kind: 'criminal',
      },
      {
        items: '一、被告人王五犯集资诈骗罪，判处无期徒刑，剥夺政治权利终身，并处没收个人全部财产。',
        kind: 'criminal',
      },
      // Seized tools named and counted; an open list (手机、电脑等作案工具) is criminal/seized-list-open's, whose
      // message asks for the names and quantities.
      {
        items:
          '一、被告人王五犯盗窃罪，判处有期徒刑一年，并处罚金人民币二千元（已预缴）。\n二、扣押在案的作案工具手机一部、笔记本电脑一台予以没收。',
        kind: 'criminal',
      },
      {
        items:
          '一、被告人王五犯伪造、买卖国家机关印章罪，判处有期徒刑一年。\n二、依法没收涉案伪造的拉萨市公安局交通警察支队车辆管理所临时移动证及作案工具ViVO牌手机二部。',
        kind: 'criminal',
      },
      {
        items:
          '一、被告人王五犯容留他人吸毒罪，判处有期徒刑七个月，并处罚金九千元（罚金限判决生效之日起三十日内缴纳）。\n二、对查获的甲基苯丙胺结晶2.07克、甲基苯丙胺片剂0.18克、吸毒工具锡箔纸、吸管、冰壶予以没收。',
        kind: 'criminal',
      },
    ],
    invalid: [
      {
        // A count of nothing, whatever the thing is called.
        code: {
          items:
            '一、被告人王五犯销售假冒注册商标的商品罪，判处有期徒刑一年，并处罚金人民币三万元（已预缴）。\n二、扣押的仿冒运动鞋数箱，依法予以销毁。',
          kind: 'criminal',
        },
        at: '数箱',
      },
      {
        // 销毁 is a disposal of its own; the recovery beside it names its sum.
        code: {
          items:
            '一、被告人王五犯贩卖毒品罪，判处有期徒刑十个月，并处罚金人民币三千元（已预缴）。\n二、查获的毒品依法予以销毁，向被告人王五追缴贩毒所得人民币800元，上缴国库。',
          kind: 'criminal',
        },
        at: '毒品依法予以销毁',
      },
      {
        // A lot counts no piece.
        code: {
          items:
            '一、被告人王五犯非法经营罪，判处有期徒刑一年，并处罚金人民币五千元（已预缴）。\n二、暂扣的卷烟一批予以没收，由扣押机关依法处理。',
          kind: 'criminal',
        },
        at: '卷烟一批',
      },
      {
        code: {
          items:
            '一、被告人王五犯盗窃罪，判处有期徒刑一年，并处罚金人民币三千元（已预缴）。\n二、扣押在案的作案工具若干，由扣押机关依法处理。',
          kind: 'criminal',
        },
        at: '工具若干',
      },
      {
        // Restated in an upheld item.
        code: {
          items:
            '一、维持河南省焦作市山阳区人民法院（2023）豫0811刑初45号刑事判决第三项，即“查扣的犯罪工具予以没收”。\n二、上诉人王五犯盗窃罪，判处有期徒刑十个月，并处罚金人民币三千元（罚金已预缴）。',
          kind: 'criminal',
        },
        at: '工具予以没收',
      },
      {
        // A table whose rows name things but count none.
        code: {
          kind: 'criminal',
          items: [
            '一、被告人王五犯盗窃罪，判处有期徒刑一年，并处罚金人民币二千元（已预缴）。',
            '二、扣押在案的下列作案工具予以没收：\n\n| 序号 | 物品名称 | 数量 |\n|---|---|---|\n| 1 | 手机 | 若干 |\n| 2 | 电脑 | 一批 |',
          ],
        },
        at: '手机 | 若干',
      },
      {
        code: {
          items:
            '一、被告人王五犯贩卖毒品罪，判处有期徒刑一年，并处罚金人民币三千元（已预缴）。\n二、扣押在案的毒品及毒资由扣押机关予以没收。',
          kind: 'criminal',
        },
        at: '毒品及毒资',
      },
      {
        code: {
          items:
            '一、被告人王五犯贩卖毒品罪，判处有期徒刑一年，并处罚金人民币三千元（已预缴）。\n二、缴获的毒品及犯罪工具手机一部予以没收。',
          kind: 'criminal',
        },
        at: '毒品及犯罪',
      },
      {
        code: {
          items:
            '一、被告人王五犯受贿罪，判处有期徒刑三年，并处罚金人民币二十万元（已缴纳）。\n二、受贿款依法予以没收，上缴国库。',
          kind: 'criminal',
        },
        at: '受贿款',
      },
      {
        code: {
          items:
            '一、被告人王五犯贩卖毒品罪，判处有期徒刑一年，罚金人民币二千元（罚金应于本判决生效之日起十日内缴纳）。\n二、在案犯罪工具，予以没收。',
          kind: 'criminal',
        },
        at: '工具',
      },
      {
        code: {
          items:
            '一、被告人王五犯开设赌场罪，判处有期徒刑一年六个月，并处罚金人民币二万元（已预缴）。\n二、公安机关查获的赌资予以没收，上缴国库。',
          kind: 'criminal',
        },
        at: '赌资',
      },
    ],
  },
  check({ document, items, report }) {
    if (document.kind.category !== '刑事') return;
    for (const item of items) {
      const penalty =
        item.kind === 'order' && !NOTHING_TO_ENFORCE.test(item.text)
          ? item.match(PROPERTY_PENALTY_WITHOUT_AMOUNT)
          : null;
      if (penalty) report({ at: penalty, item, detail: '没收财产未写明金额' });
    }
    for (const { item, clause: sentence } of ordersWith(items, DISPOSE)) {
      for (const clause of orderParts(sentence)) {
        if (!clause.test(DISPOSE)) continue;
        // "继续追缴…违法所得，依法予以没收" lacks the sum to recover: the recovery rule reports it.
        if (RECOVER.test(clause.text)) continue;
        // "手机、电脑等作案工具予以没收": seized-list-open reports the open list and asks for names and quantities.
        if (openThingList(clause)) continue;
        // "扣押在案的下列物品予以没收：" and a table: the rows name the things.
        const rows = tableRowsBelow(item, clause);
        const [first] =
          rows.length > 0 ? rows.flatMap(({ row }) => unquantifiedObjects(row)) : unquantifiedObjects(clause);
        if (first) report({ at: first, item, detail: `“${first.text}”` });
        // "假冒白酒若干箱，由扣押机关依法予以销毁": a count of nothing, whatever the thing.
        else if (rows.length === 0) {
          const vague = clause.match(VAGUE_QUANTITY);
          if (vague) report({ at: vague, item, detail: `“${vague.text}”` });
        }
      }
    }
  },
});
