/**
 * 焦作山阳规定 第十八条第（二）项：判决赔礼道歉的，应明确道歉方式：口头或书面；登报的，写明报纸的级别、类别或
 * 名称；在网络媒体上的，写明平台、方式及保留时间。
 */
import { defineRule } from '../../src/engine/rule.js';
import {
  APOLOGY,
  APOLOGY_MANNER,
  DURATION,
  MEDIA_UNSPECIFIED,
  NEWSPAPER,
  NEWSPAPER_NAMED,
  NEW_MEDIA,
  PLATFORM_NAMED,
  apologyWording,
  formalApology,
} from '../../src/language/duties/publicity.js';
import { orderedDuty } from '../../src/language/duties/ordering.js';
import { NON_PENAL_MEASURE } from '../../src/language/criminal.js';

export default defineRule({
  id: 'apology/medium-missing',
  name: '赔礼道歉未写明方式或媒体',
  category: 'apology.medium',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（二）项',
    quote:
      '赔礼道歉的，应明确赔礼道歉的方式，包括口头道歉还是书面道歉，登报道歉应在何种等级的何类报纸，新媒体道歉应在哪个新媒体上以何种方式等具体内容',
  },
  message: '判令赔礼道歉，但未明确',
  suggestion:
    '写明方式与媒体，如“被告于本判决生效之日起十五日内在《焦作日报》上刊登致歉声明”或“在其微信公众号“焦作生活圈”首页置顶发布致歉声明，置顶时间不少于连续十日”',
  examples: {
    valid: [
      '二、被告焦作云帆网络科技有限公司于本判决生效之日起十日内在其微信公众号“焦作生活圈”首页置顶发布致歉声明，向原告赔礼道歉，置顶时间不少于连续十日（声明内容须经本院审核；逾期不履行的，本院将在《焦作日报》刊登本判决主要内容，费用由被告负担）；',
      '一、被告周某于本判决发生法律效力之日起十日内在小区业主微信群及小区公告栏以书面形式向原告公开赔礼道歉（内容须经本院审核）；',
      '一、被告于本判决生效之日起十五日内在《河南法制报》上刊登致歉声明，向原告赔礼道歉（内容须经本院审核）。',
      '一、被告于本判决生效之日起十日内向原告书面赔礼道歉（致歉内容须经本院审核）。',
      '二、被告于本判决生效之日起十五日内在《焦作晚报》上向原告赔礼道歉（内容须经本院审核）。',
      '一、驳回原告要求被告赔礼道歉的诉讼请求。',
      {
        // 刑法第三十七条: an admonition that goes with the exemption, not an award to enforce.
        kind: 'criminal',
        items: '一、被告人王五犯故意伤害罪，免予刑事处罚，责令其向被害人赔礼道歉。',
      },
      '二、被告于本判决生效之日起三日内删除其新浪微博账号“老孙说事”上的涉案文章，并在该账号首页置顶发布致歉声明，置顶时间不少于连续十日。',
    ],
    invalid: [
      { code: '三、被告孙某于本判决生效之日起十日内在报纸上刊登道歉声明，向原告赔礼道歉；', at: '赔礼道歉' },
      { code: '一、被告李强于本判决生效之日起十日内向原告张明赔礼道歉。', at: '赔礼道歉' },
      {
        code: '一、被告于本判决生效之日起十日内在其抖音账号“老孙说事”发布视频，向原告赔礼道歉。',
        at: '赔礼道歉',
      },
      {
        // The apology of an incidental civil public-interest action, in a criminal judgment.
        code: {
          kind: 'criminal',
          items:
            '一、被告人贾某犯污染环境罪，判处有期徒刑二年，缓刑三年，并处罚金人民币五万元（已缴纳）。\n二、附带民事公益诉讼被告贾某于本判决生效之日起三十日内在国家级媒体上公开赔礼道歉。',
        },
        at: '赔礼道歉',
      },
      {
        code: '三、被告于本判决生效之日起五日内删除其微信公众号“焦作生活圈”上转载的涉案文章，并向原告赔礼道歉；',
        at: '赔礼道歉',
      },
    ],
  },
  check({ document, orders, report }) {
    if (document.kind.category === '行政') return;
    const criminal = document.kind.category === '刑事';
    for (const item of orders()) {
      // In a criminal judgment only the incidental civil action (附带民事公益诉讼) orders an apology to enforce.
      if (criminal && NON_PENAL_MEASURE.test(item.text)) continue;
      const order = orderedDuty(item, APOLOGY);
      if (!order) continue;
      const at = formalApology(order.clause) ?? order.at;
      const text = apologyWording(item);
      const missing: string[] = [];
      const published = NEWSPAPER_NAMED.test(text) || NEW_MEDIA.test(text) || NEWSPAPER.test(text);
      const mediaUnspecified = !published && MEDIA_UNSPECIFIED.test(text);
      if (mediaUnspecified) missing.push('媒体的类别或名称');
      else if (!APOLOGY_MANNER.test(text) && !published) missing.push('道歉方式（口头或书面）');
      if (NEWSPAPER.test(text) && !NEWSPAPER_NAMED.test(text)) missing.push('报纸的级别、类别或名称');
      if (NEW_MEDIA.test(text)) {
        if (!PLATFORM_NAMED.test(text)) missing.push('网络平台');
        if (!DURATION.test(text)) missing.push('发布持续时间');
      }
      if (missing.length > 0) report({ at, item, detail: missing.join('、') });
    }
  },
});
