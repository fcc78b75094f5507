/**
 * 焦作山阳规定 第十九条、绵阳办法 第10项①：应在判项中列明财产刑内容。A fine needs its amount and a time to pay: in the
 * parenthesis after the sentence, in the sentence itself, in a shared sentence ("上述罚金限判决生效后十日内缴纳"), or
 * stated as paid (已缴纳/已预缴).
 */
import { defineRule } from '../../src/engine/rule.js';
import { FINE, FINE_SETTLED, FINE_WITHOUT_AMOUNT, refersToFine } from '../../src/language/criminal.js';
import {
  fineSettledByLaterItem,
  fineSettledOutsideItems,
  finesMergedIntoEstate,
} from '../../src/language/fines.js';
import { NOTHING_TO_ENFORCE } from '../../src/language/lexicon.js';

export default defineRule({
  id: 'criminal/fine-unspecified',
  name: '罚金未写明数额或缴纳期限',
  category: 'criminal.fine',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十九条',
    quote: '对已经查明的，应在判项中列明财产刑内容以及待执行财产名称、数量、金额等',
  },
  message: '判处罚金，但未写明罚金数额或缴纳期限',
  suggestion:
    '写明数额和期限，如“并处罚金人民币三万元（罚金于本判决生效后十日内缴纳）”，已预缴的写明“罚金已预缴”',
  examples: {
    valid: [
      // Frozen money used to pay the fine the first item imposed (with its period): no second fine.
      {
        items:
          '一、被告人杜某犯受贿罪，判处有期徒刑十年，并处罚金人民币八十万元（于本判决生效后六个月内缴纳）。\n二、冻结在案的被告人杜某名下存款人民币八万六千元用于缴纳第一项所判罚金。',
        kind: 'criminal',
      },
      {
        items:
          '一、被告人王五犯诈骗罪，判处有期徒刑三年六个月，并处罚金人民币40000元。（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2024年1月5日起至2027年7月4日止。罚金于本判决生效后十日内缴纳。）',
        kind: 'criminal',
      },
      {
        items:
          '一、被告人王五犯诈骗罪，判处有期徒刑五年零五个月，并处罚金三万元。（刑期从判决执行之日起计算。）\n上述罚金限判决生效后十日内一次性缴纳。',
        kind: 'criminal',
      },
      {
        items:
          '一、被告人王五犯非法吸收公众存款罪，判处有期徒刑四年，并处罚金人民币二十万元。（刑期从判决执行之日起计算。罚金已预缴。）',
        kind: 'criminal',
      },
      {
        items:
          '一、被告人王五犯开设赌场罪，判处有期徒刑一年，缓刑一年八个月，并处罚金人民币一万元（于判决生效后一个月内缴纳）。',
        kind: 'criminal',
      },
      {
        items:
          '一、被告人王五犯赌博罪，判处拘役六个月，缓刑八个月，并处罚金人民币二万元。（缓刑考验期限，从判决确定之日起计算。罚金已交缴，上缴国库。）',
        kind: 'criminal',
      },
      {
        items:
          '1.被告人王五犯贩卖毒品罪，判处有期徒刑七年，并处罚金人民币二万元（刑期从判决执行之日起计算。罚金以扣押在案的现金人民币二万元抵缴）。',
        kind: 'criminal',
      },
      {
        items:
          '一、被告人王五犯非法捕捞水产品罪，判处拘役五个月，缓刑六个月，并处罚金人民币伍仟元（罚金从其预交的保证金中抵扣）。\n二、被告人李某犯非法捕捞水产品罪，判处拘役四个月，缓刑六个月，并处罚金人民币叁仟元（罚金已预交）。',
        kind: 'criminal',
      },
      {
        items:
          '一、被告人王五犯职务侵占罪，判处有期徒刑三年，缓刑四年，并处罚金人民币三万元。\n二、被告人李某犯职务侵占罪，判处有期徒刑二年，缓刑三年，并处罚金人民币二万元。\n（缓刑考验期限，从判决确定之日起计算。罚金于本判决生效之日起一个月内缴纳。）',
        kind: 'criminal',
      },
      {
        items:
          '一、被告人王五犯贩卖毒品罪，判处有期徒刑十个月，并处罚金人民币三千元；（刑期从判决执行之日起计算。） 二、缴获的毒品0.52克和作案工具手机1部予以没收。 罚金于本判决生效之日起十日内缴纳。',
        kind: 'criminal',
      },
      {
        items:
          '一、被告人王五犯赌博罪，判处有期徒刑一年，并处罚金70000元。 二、被告人李某犯赌博罪，判处有期徒刑七个月，并处罚金20000元。 （各被告人刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日。罚金于判决书生效后十五日内缴纳。）',
        kind: 'criminal',
      },
      {
        items:
          '一、被告人王五犯抢劫罪，判处有期徒刑四年，并处罚金人民币壹仟元。 （刑期从判决执行之日起计算。即自2014年6月11日起至2018年6月10日止。） 二、被告人李某犯抢劫罪，判处有期徒刑三年，并处罚金人民币壹仟元。 （刑期从判决执行之日起计算。即自2014年6月11日起至2017年6月10日止。） 上列罚金限二被告人在判决生效后五日内缴纳。',
        kind: 'criminal',
      },
      {
        items:
          '一、被告人王五犯贩卖毒品罪，判处拘役五个月，并处罚金人民币一千元。（刑期从判决执行之日起计算。罚金应在本判决生效之日起三十日内缴付本院。）',
        kind: 'criminal',
      },
      {
        items:
          '一、被告人王五犯非法经营罪，判处罚金有期徒刑十个月，缓刑一年，并处罚金人民币五万元。（缓刑考验期限，从判决确定之日起计算。罚金已缴纳。）',
        kind: 'criminal',
      },
      {
        items:
          '一、被告人王五犯诈骗罪，判处有期徒刑六个月，并处罚金人民币五千元（罚金于判决生效后十日内缴纳）；\n二、在案扣押的人民币六百元中的四百元发还被害人陈某，剩余二百元折抵被告人王五的罚金。',
        kind: 'criminal',
      },
      {
        items:
          '二、被告人王五犯非法采矿罪，判处有期徒刑一年六个月，缓刑二年，并处罚金人民币三万元。\n（缓刑考验期限，从判决确定之日起计算。罚金已于2024年5月20日缴纳。）',
        kind: 'criminal',
      },
      {
        items:
          '一、被告人王五犯销售假冒注册商标的商品罪，判处有期徒刑八个月，缓刑一年，并处罚金人民币三万元，罚金已由其亲属代为全部缴纳。',
        kind: 'criminal',
      },
      {
        items:
          '二、被告人王五犯抢劫罪，判处无期徒刑，剥夺政治权利终身，并处没收个人全部财产，与原判盗窃罪判处的有期徒刑一年六个月，罚金人民币四千元并罚，决定执行无期徒刑，剥夺政治权利终身，并处没收个人全部财产。',
        kind: 'criminal',
      },
    ],
    invalid: [
      {
        code: {
          items:
            '一、被告人王五犯诈骗罪，判处有期徒刑三年三个月，并处罚金人民币三万元。（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2024年1月5日起至2027年4月4日止。）',
          kind: 'criminal',
        },
        at: '罚金',
      },
      {
        code: {
          items: '一、被告人王五犯非法经营罪，判处有期徒刑二年，并处罚金。（罚金于本判决生效后十日内缴纳。）',
          kind: 'criminal',
        },
        at: '并处罚金。',
      },
      {
        code: {
          items:
            '一、被告人王五犯盗窃罪，判处有期徒刑一年，并处罚金人民币五千元。\n二、被告人李某犯盗窃罪，判处有期徒刑十个月，并处罚金人民币三千元。\n（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2024年1月5日起至2024年11月4日止。罚金于本判决生效后十日内缴纳。）',
          kind: 'criminal',
        },
        at: '罚金人民币五千元',
      },
      {
        code: {
          items:
            '一、被告人王五犯盗窃罪，判处有期徒刑一年，并处罚金人民币五千元。 二、被告人李某犯盗窃罪，判处有期徒刑十个月，并处罚金人民币三千元（罚金于本判决生效后十日内缴纳）。',
          kind: 'criminal',
        },
        at: '罚金人民币五千元',
      },
    ],
  },
  check({ document, reading: { items }, report }) {
    if (document.kind.category !== '刑事') return;
    const orders = items.filter((item) => item.kind === 'order');
    let elsewhere: boolean | undefined;
    for (const item of orders) {
      const fine = item.match(FINE);
      if (!fine || NOTHING_TO_ENFORCE.test(item.text) || refersToFine(item, fine)) continue;
      const noAmount = item.match(FINE_WITHOUT_AMOUNT);
      if (noAmount) {
        report({ at: noAmount, item, detail: '未写明罚金数额' });
        continue;
      }
      if (FINE_SETTLED.test(item.text) || finesMergedIntoEstate(item)) continue;
      if (fineSettledByLaterItem(item, orders)) continue;
      elsewhere ??= fineSettledOutsideItems(document, orders);
      if (!elsewhere) report({ at: fine, item, detail: '未写明缴纳期限，也未载明已缴纳' });
    }
  },
});
