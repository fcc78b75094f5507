/**
 * 绵阳办法 第12项：执行局所制作并反馈给审判部门的保全结果应在裁判文书中详细载明。Where the judgment records a preservation
 * order, it names the property preserved and the amount ("冻结被告名下中国银行账户存款50000元"); "本院依法采取了保全
 * 措施" alone leaves the enforcing officer to look it up.
 */
import { defineRule } from '../../src/engine/rule.js';
import { preservationsWithoutResult } from '../../src/language/preservation.js';

const WITH = (history: string) => `# 民事判决书

（2024）豫0811民初1234号

原告：张明，男，1980年1月1日出生，汉族，住河南省焦作市山阳区太行中路88号，公民身份号码410811198001010012。

被告：李强，男，1985年3月15日出生，汉族，住河南省焦作市山阳区人民路16号，公民身份号码410811198503150023。

原告张明与被告李强民间借贷纠纷一案，本院于2024年3月1日立案后，依法适用简易程序公开开庭进行了审理。${history}本案现已审理终结。

本院认为，原告的诉讼请求缺乏依据。判决如下：

一、驳回原告张明的诉讼请求。
`;

export default defineRule({
  id: 'preservation/detail-missing',
  name: '未载明保全财产及数额',
  category: 'preservation.detail',
  severity: 'warn',
  citation: {
    source: '绵阳办法',
    article: '第12项',
    quote: '执行局所制作并反馈给审判部门的保全结果应在裁判文书中详细载明',
  },
  message: '文书记载了保全措施，但未载明保全的财产名称、数额',
  suggestion:
    '写明保全结果，如“诉讼中，原告申请财产保全，本院于2024年3月5日裁定冻结被告李强名下中国工商银行账户（尾号3318）存款200000元”',
  examples: {
    valid: [
      {
        document: WITH(
          '诉讼中，原告申请财产保全，本院于2024年3月5日裁定冻结被告李强名下中国工商银行账户存款200000元。',
        ),
      },
      {
        document: WITH(
          '诉讼中，原告申请财产保全，本院依法作出保全裁定，查封了被告名下位于焦作市山阳区人民路16号的房屋一套。',
        ),
      },
      {
        document: WITH('立案后，原告申请对被告李强提供担保的林权诉讼保全，本院予以准许。'),
      },
      { document: WITH('原告为申请财产保全支付保全保险费1000元。') },
      {
        document: WITH(
          '原告提出财产保全申请，本院于2024年3月5日作出（2024）豫0811民初1234号之一民事裁定，冻结被告李强银行存款200000元。',
        ),
      },
      {
        document: WITH('本院依原告申请进行证据保全，在被告店内查获标有原告商标的茶饼312饼。'),
      },
    ],
    invalid: [
      {
        code: { document: WITH('诉讼中，原告申请财产保全，本院依法采取了保全措施。') },
        at: '本院依法采取了保全措施',
      },
      {
        code: { document: WITH('诉讼中，原告向本院申请财产保全，本院依法作出民事裁定予以准许。') },
        at: '财产保全，本院依法作出民事裁定予以准许',
      },
      {
        code: {
          document: WITH(
            '审理中，原告申请财产保全，本院于2024年3月5日作出（2024）豫0811民初1234号之一民事裁定书。',
          ),
        },
        at: '财产保全，本院于2024年3月5日作出',
      },
    ],
  },
  check({ document, report }) {
    if (document.kind.category !== '民事') return;
    // The result is often in the sentence before (the request) or after (what was frozen).
    for (const at of preservationsWithoutResult(document.text)) report({ at });
  },
});
