import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/document/model.js';
import { SourceText } from '../src/input/source-text.js';
import { parseMarkdown } from '../src/input/markdown.js';

const model = (text: string) => buildDocument(SourceText.identity('a.txt', text));
const labels = (text: string) => model(text).operative?.items.map((i) => [i.label, i.kind, i.text]);

describe('document kind', () => {
  it('reads category and form from the title and the case number', () => {
    const doc = model('河南省焦作市山阳区人民法院\n民事判决书\n（2024）豫0811民初1234号\n原告：张明。');
    expect(doc.kind).toMatchObject({ category: '民事', form: '判决书' });
    expect(doc.kind.caseNumber).toMatchObject({ year: 2024, court: '豫0811', type: '民初' });
  });

  it('reads letter-spaced titles and mediation documents', () => {
    expect(model('刑 事 判 决 书\n（2018）粤0103刑初36号').kind).toMatchObject({
      category: '刑事',
      form: '判决书',
    });
    expect(model('民事调解书\n（2024）鲁0112民初5609号').kind).toMatchObject({
      category: '民事',
      form: '调解书',
    });
  });

  it('falls back on the vocabulary, where a civil text mentioning 被告人 once stays civil', () => {
    const text =
      '原告诉称被告欠款。原告提交借条。被告人称已还款。本院认为，原告的请求成立。判决如下：一、被告偿还原告借款1000元。';
    expect(model(text).kind.category).toBe('民事');
  });
});

describe('operative part and items', () => {
  it('takes the last 判决如下 (second-instance judgments quote the first instance)', () => {
    const doc = model(
      '原审判决如下：一、被告支付货款100元。本院认为，原判正确。判决如下：\n驳回上诉，维持原判。',
    );
    expect(doc.operative?.items.map((i) => i.text)).toEqual(['驳回上诉，维持原判。']);
  });

  it('splits a one-line operative part and ignores references such as 第一、二项', () => {
    const text =
      '判决如下： 一、被告支付原告货款5000元； 二、被告王丽对本判决第一、二项确定的债务承担连带清偿责任； 三、驳回原告其他诉讼请求。 如不服本判决，可上诉。';
    expect(labels(text)?.map(([label]) => label)).toEqual(['一', '二', '三']);
  });

  it('cuts the late-performance warning and the costs sentence off the last item', () => {
    const text =
      '判决如下：\n一、被告于本判决生效之日起十日内支付原告货款5000元。如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行期间的债务利息。案件受理费50元，由被告负担。\n如不服本判决，可以上诉。';
    const doc = model(text);
    expect(labels(text)).toEqual([
      ['一', 'order', '一、被告于本判决生效之日起十日内支付原告货款5000元。'],
      [null, 'costs', '案件受理费50元，由被告负担。'],
    ]);
    expect(doc.lateWarnings.map((w) => w.text)).toEqual([
      expect.stringContaining('加倍支付迟延履行期间的债务利息'),
    ]);
  });

  it('keeps a shared time limit and the account notice out of the items', () => {
    const text =
      '判决如下：\n一、被告支付原告货款5000元；\n二、被告支付原告违约金500元。\n上述款项，被告应于本判决生效之日起十日内履行完毕。\n义务人可将上述款项汇入本院执行款专户：户名：某某法院；账号：123。\n如不服本判决，可以上诉。';
    const doc = model(text);
    expect(doc.operative?.items.map((i) => i.label)).toEqual(['一', '二']);
    expect(doc.operative?.sharedDeadlines.map((s) => s.text)).toEqual([
      '上述款项，被告应于本判决生效之日起十日内履行完毕。',
    ]);
    expect(doc.operative?.accountNotices).toHaveLength(1);
  });

  it('joins an item continued over several paragraphs and reads sub-items as part of it', () => {
    const text =
      '判决如下：\n一、被告向原告支付下列款项：\n（一）货款5000元；\n（二）违约金500元。\n二、驳回原告其他诉讼请求。\n审判员　王某';
    expect(labels(text)?.map(([label, , t]) => [label, t])).toEqual([
      ['一', '一、被告向原告支付下列款项：\n（一）货款5000元；\n（二）违约金500元。'],
      ['二', '二、驳回原告其他诉讼请求。'],
    ]);
  });

  it('accepts numbering that skips or repeats when each number starts a line', () => {
    expect(
      labels('判决如下：\n一、被告支付货款100元。\n三、被告支付违约金10元。\n三、驳回其他诉讼请求。')?.map(
        ([l]) => l,
      ),
    ).toEqual(['一', '三', '三']);
  });

  it('reads an unnumbered single item', () => {
    expect(labels('判决如下：\n驳回原告的诉讼请求。\n案件受理费50元，由原告负担。')).toEqual([
      [null, 'order', '驳回原告的诉讼请求。'],
      [null, 'costs', '案件受理费50元，由原告负担。'],
    ]);
  });

  it('has no operative part when the draft stops after the reasoning', () => {
    const doc = model('民事判决书\n本院认为，被告应当还款。');
    expect(doc.operative).toBeNull();
    expect(doc.reasoning).not.toBeNull();
  });

  it('reads the mediation heading and the agreement items', () => {
    const doc = buildDocument(
      parseMarkdown(
        'a.md',
        '# 民事调解书\n\n当事人自愿达成如下协议：\n\n一、被告于2024年6月30日前支付原告10000元。\n\n本调解书经双方当事人签收后，即具有法律效力。\n',
      ).source,
    );
    expect(doc.operative?.heading.text).toBe('自愿达成如下协议：');
    expect(doc.operative?.items.map((i) => i.text)).toEqual(['一、被告于2024年6月30日前支付原告10000元。']);
  });

  it('reads bold item numbers closed after Chinese punctuation (**一、**被告…) and escaped masks (张\\*\\*)', () => {
    const doc = buildDocument(
      parseMarkdown(
        'a.md',
        '# 民事调解书\n\n当事人自愿达成如下协议：\n\n**一、**被告于2024年6月30日前支付原告10000元；\n\n二、原告（反诉被告）张\\*\\*、李\\*\\*放弃其他诉讼请求；\n\n**三、**案件受理费50元，由被告负担。\n',
      ).source,
    );
    expect(doc.operative?.items.map((i) => [i.label, i.text])).toEqual([
      ['一', '一、被告于2024年6月30日前支付原告10000元；'],
      ['二', '二、原告（反诉被告）张**、李**放弃其他诉讼请求；'],
      ['三', '三、案件受理费50元，由被告负担。'],
    ]);
  });

  it('ends the operative part of a ruling confirming a mediation agreement before its closing notice', () => {
    const doc = model(
      '民事裁定书\n裁定如下：\n申请人甲与乙达成的调解协议有效。\n当事人应当按照调解协议的约定自觉履行义务。一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院申请执行。\n',
    );
    expect(doc.operative?.items.map((i) => i.text)).toEqual(['申请人甲与乙达成的调解协议有效。']);
  });

  it('ends a quoted mediation agreement before the application and the reasoning that follow it', () => {
    const doc = model(
      '民事裁定书\n申请人甲与乙经人民调解委员会主持调解，达成了如下调解协议：\n一、乙于2025年4月30日前支付甲20000元；\n二、双方再无其他争议。\n申请人甲、乙于2025年3月24日共同向本院申请司法确认。\n本院认为，申请人达成的调解协议，符合司法确认调解协议的法定条件。依照《中华人民共和国民事诉讼法》第二百零五条、第二百零六条规定，裁定如下：\n申请人甲与乙达成的调解协议有效。\n当事人应当按照调解协议的约定自觉履行义务。\n',
    );
    expect(doc.operative?.items.map((i) => i.text)).toEqual([
      '一、乙于2025年4月30日前支付甲20000元；',
      '二、双方再无其他争议。',
    ]);
    const reviewed = model(
      '民事裁定书\n申请人甲与乙经人民调解委员会主持调解，达成了如下调解协议：\n一、乙于2025年4月30日前支付甲20000元。\n本院认为，申请人达成的调解协议，符合司法确认调解协议的法定条件。依照《中华人民共和国民事诉讼法》第二百零六条规定，裁定如下：\n申请人甲与乙达成的调解协议有效。\n',
    );
    expect(reviewed.operative?.items.map((i) => i.text)).toEqual(['一、乙于2025年4月30日前支付甲20000元。']);
  });

  it('reads the order of a payment order (特发出如下支付令：) up to its objection notice', () => {
    const doc = model(
      '支付令\n（2022）川0191民督312号\n依照《中华人民共和国民事诉讼法》第二百二十三条规定，特发出如下支付令：\n被申请人黄某应当自收到本支付令之日起十五日内，给付申请人借款本金500000元。\n申请费1940元，由被申请人黄某负担。\n被申请人如对债务有异议，应当自收到本支付令之日起十五日内向本院书面提出。逾期不提出书面异议的，本支付令即发生法律效力。\n',
    );
    expect(labels(doc.text)?.map(([, kind]) => kind)).toEqual(['order', 'costs']);
  });

  it('splits items numbered ①, ⑴ and (1)', () => {
    for (const [a, b] of [
      ['①', '②'],
      ['⑴', '⑵'],
      ['(1)', '(2)'],
    ]) {
      expect(labels(`判决如下：\n${a}被告支付原告货款1000元；\n${b}驳回原告的其他诉讼请求。`)).toEqual([
        [a, 'order', `${a}被告支付原告货款1000元；`],
        [b, 'order', `${b}驳回原告的其他诉讼请求。`],
      ]);
    }
  });

  it('joins a wrapped item and drops page numbers and running headers, keeping positions in the file', () => {
    const text =
      '判决如下：\n一、被告于本判决生效之日起十日内支付原告房屋折价款800\n\n第 2 页 共 5 页\n\n000元；\n' +
      '某某市某某区人民法院　　民事判决书\n二、驳回原告的其他诉讼请求。';
    const doc = model(text);
    const first = doc.operative?.items[0];
    expect(doc.operative?.items.map((i) => i.text)).toEqual([
      '一、被告于本判决生效之日起十日内支付原告房屋折价款800000元；',
      '二、驳回原告的其他诉讼请求。',
    ]);
    const zeros = (first?.start ?? 0) + (first?.text.indexOf('000元') ?? 0);
    expect(doc.source.original.slice(doc.source.toOriginal(zeros), doc.source.toOriginal(zeros) + 4)).toBe(
      '000元',
    );
  });
  it('joins a line wrapped after the middle dot of a number plate', () => {
    const text =
      '判决如下：\n一、被告于2023年12月31日前将其名下川B·\n5G219号小型普通货车过户至原告名下。\n二、驳回原告的其他诉讼请求。';
    expect(model(text).operative?.items.map((i) => i.text)).toEqual([
      '一、被告于2023年12月31日前将其名下川B·5G219号小型普通货车过户至原告名下。',
      '二、驳回原告的其他诉讼请求。',
    ]);
  });

  it('keeps table rows apart from each other and from the lines before and after them', () => {
    const md =
      '判决如下：\n\n二、下列夫妻共同财产归原告李雪所有：\n\n| 序号 | 财产名称 | 数量 |\n|---|---|---|\n' +
      '| 1 | 家具 | 一批 |\n| 2 | 电器 | 一批 |\n\n三、驳回原告李雪的其他诉讼请求。\n';
    const doc = buildDocument(parseMarkdown('a.md', md).source);
    expect(doc.operative?.items.map((i) => i.text)).toEqual([
      '二、下列夫妻共同财产归原告李雪所有：\n序号|财产名称|数量\n1|家具|一批\n2|电器|一批',
      '三、驳回原告李雪的其他诉讼请求。',
    ]);
  });

  it('does not join a table row with a wrapped line, even where the cell ends without punctuation', () => {
    // A plain-text copy of a table: the rows end and begin with characters a wrap could fall between.
    const text =
      '判决如下：\n一、被告按下表支付原告货款\n付款时间|付款金额\n2024年5月31日前|68000元\n二、驳回原告的其他诉讼请求。';
    expect(model(text).operative?.items[0]?.text).toBe(
      '一、被告按下表支付原告货款\n付款时间|付款金额\n2024年5月31日前|68000元',
    );
  });
});

describe('parties and date', () => {
  it('reads each party with its identifier, and the signature date', () => {
    const doc = model(
      '民事判决书\n（2023）川0703民初4567号\n原告：陈晓梅，女，公民身份号码510703198604122089。\n被告：绵阳某某商贸有限公司，统一社会信用代码91510700MA62XXXX1X。\n原告陈晓梅与被告…纠纷一案，本院于2023年3月8日立案。\n判决如下：\n驳回原告的诉讼请求。\n审判员　赵某\n二〇二三年六月十四日',
    );
    expect(
      doc.parties.map((p) => [p.role, p.name, p.isOrganisation, p.identifiers.map((i) => i.type)]),
    ).toEqual([
      ['原告', '陈晓梅', false, ['idNumber']],
      ['被告', '绵阳某某商贸有限公司', true, ['creditCode']],
    ]);
    expect(doc.date).toEqual({ year: 2023, month: 6, day: 14 });
  });

  it('knows public bodies by their names as organisations', () => {
    const doc = model(
      '行政判决书\n原告：李某，男，公民身份号码510703198604122089。\n被告：绵阳市涪城区城郊街道办事处，住所地绵阳市涪城区。\n被告：绵阳市公安局涪城区分局交通警察大队。\n原告李某与被告…一案，本院于2023年3月8日立案。\n判决如下：\n驳回原告的诉讼请求。',
    );
    expect(doc.parties.map((p) => [p.name, p.isOrganisation])).toEqual([
      ['李某', false],
      ['绵阳市涪城区城郊街道办事处', true],
      ['绵阳市公安局涪城区分局交通警察大队', true],
    ]);
  });
});

describe('a PDF copy wrapped at a fixed width', () => {
  const wrapped = [
    '河南省焦作市山阳区人民法院',
    '民事调解书',
    '（2023）豫0811民初88号',
    '原告：张明，男，1980年1月1日出生，汉族，公民身份号码4108111980',
    '01010012，住河南省焦作市山阳区太行中路88号。',
    '被告：焦作市恒达建材有限公司，统一社会信用代码91410811MA45',
    'XK2Q0G，住所地焦作市山阳区焦东路26号。',
    '本案在审理过程中，经本院主持调解，当事人自愿达成如下协议：',
    '一、被告于2023年12月31日前支付原告货款30000元。',
    '二、案件受理费275元，由被告负担。',
    '如果未按本调解书指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼',
    '法》第二百五十三条规定，加倍支付迟延履行期间的债务利息。',
    '审判员　　方立群',
    '二〇二三年十月二十日',
  ].join('\n');
  const doc = model(wrapped);

  it('reads a party number broken across two lines whole', () => {
    const numbers = doc.parties.flatMap((party) => party.identifiers.map((id) => id.text));
    expect(numbers).toEqual(['410811198001010012', '91410811MA45XK2Q0G']);
  });

  it('reads the wrapped late-performance warning as one sentence, and keeps the signature apart', () => {
    expect(doc.lateWarnings.map((w) => w.text)).toEqual([
      '如果未按本调解书指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百五十三条规定，加倍支付迟延履行期间的债务利息。',
    ]);
    expect(doc.text).toContain('审判员　　方立群\n二〇二三年十月二十日');
  });
});
