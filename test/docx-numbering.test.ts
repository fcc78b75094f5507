/** Word's automatic numbering (一、 / （一） / 1.) read into the text as Word shows it. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/document/model.js';
import { formatListNumber } from '../src/input/docx-number-formats.js';
import {
  labelParagraphs,
  numberedSource,
  paragraphNumbers,
  withParagraphNumbers,
} from '../src/input/docx-numbering.js';
import { docxParagraphs, loadDocx } from '../src/input/docx.js';
import { runCli } from './support/cli.js';
import { buildDocx, type DocxParagraph } from './support/docx.js';

function level(ilvl: number, format: string, text: string, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/>${extra}<w:lvlText w:val="${text}"/><w:suff w:val="nothing"/></w:lvl>`;
}

/** Lists as a Chinese Word template defines them: items 一、 with sub-items （一） and 1., a decimal list, bullets,
 * and the items list of a paragraph style. */
const NUMBERING = [
  `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}${level(1, 'chineseCounting', '（%2）')}${level(2, 'decimal', '%3.')}</w:abstractNum>`,
  `<w:abstractNum w:abstractNumId="1">${level(0, 'decimal', '%1.')}${level(1, 'decimal', '%1.%2')}</w:abstractNum>`,
  `<w:abstractNum w:abstractNumId="2">${level(0, 'bullet', '●')}</w:abstractNum>`,
  `<w:abstractNum w:abstractNumId="3">${level(0, 'chineseCounting', '%1、', '<w:pStyle w:val="PanXiang"/>')}</w:abstractNum>`,
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
  '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
  '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
  '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>',
  '<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>',
].join('');

const STYLES = [
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
  '<w:style w:type="paragraph" w:styleId="PanXiang"><w:name w:val="判项"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>',
  '<w:style w:type="paragraph" w:styleId="PanXiangZhengWen"><w:name w:val="判项正文"/><w:basedOn w:val="PanXiang"/></w:style>',
].join('');

const PARTS = { numbering: NUMBERING, styles: STYLES };

async function lintedText(paragraphs: DocxParagraph[]): Promise<string> {
  const loaded = await loadDocx('draft.docx', await buildDocx(paragraphs, PARTS));
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.source.plain;
}

describe('Word list numbers', () => {
  it('renders Chinese, decimal, legal, letter and roman formats as Word shows them', () => {
    expect([1, 4, 10, 11, 20, 21, 99].map((n) => formatListNumber(n, 'chineseCounting'))).toEqual([
      '一',
      '四',
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
    ]);
    expect(formatListNumber(100, 'chineseCounting')).toBe('一〇〇');
    expect([101, 110, 1010].map((n) => formatListNumber(n, 'chineseCountingThousand'))).toEqual([
      '一百零一',
      '一百一十',
      '一千零一十',
    ]);
    expect(formatListNumber(12, 'chineseLegalSimplified')).toBe('壹拾贰');
    expect(formatListNumber(3, 'ideographTraditional')).toBe('丙');
    expect([11, 110].map((n) => formatListNumber(n, 'japaneseCounting'))).toEqual(['十一', '百十']);
    expect(formatListNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatListNumber(28, 'upperLetter')).toBe('BB');
    expect(formatListNumber(14, 'lowerRoman')).toBe('xiv');
    expect(formatListNumber(5, 'someFutureFormat')).toBe('5');
  });
});

/** Every kind of list the reader knows: levels, restarts, a second list, bullets, style-linked numbering. */
const LISTS: DocxParagraph[] = [
  '判决如下：',
  { text: '被告偿还原告借款本金100000元；', numId: 1, ilvl: 0 },
  { text: '履行方式如下：', numId: 1, ilvl: 1 },
  { text: '首期', numId: 1, ilvl: 2 },
  { text: '余款', numId: 1, ilvl: 2 },
  { text: '担保', numId: 1, ilvl: 1 },
  { text: '驳回原告的其他诉讼请求。', numId: 1, ilvl: 0 },
  { text: '下级重新计数', numId: 1, ilvl: 1 },
  '',
  { text: '甲', numId: 2 },
  { text: '乙', numId: 2, ilvl: 1 },
  { text: '丙', numId: 2, ilvl: 0 },
  { text: '另起一个列表', numId: 3, ilvl: 0 },
  { text: '要点', numId: 4, ilvl: 0 },
  { text: '样式编号的判项', style: 'PanXiang' },
  { text: '继承样式编号的判项', style: 'PanXiangZhengWen' },
  { text: '取消编号', style: 'PanXiang', numId: 0 },
];

describe('reading automatically numbered paragraphs', () => {
  it('puts each number at the start of its paragraph, levels counted and restarted as in Word', async () => {
    const text = await lintedText(LISTS);
    expect(text.split('\n')).toEqual([
      '判决如下：',
      '一、被告偿还原告借款本金100000元；',
      '（一）履行方式如下：',
      '1.首期',
      '2.余款',
      '（二）担保',
      '二、驳回原告的其他诉讼请求。',
      '（一）下级重新计数',
      '',
      '1.甲',
      '1.1乙',
      '2.丙',
      '1.另起一个列表',
      '要点',
      '一、样式编号的判项',
      '二、继承样式编号的判项',
      '取消编号',
    ]);
  });

  it('numbers an empty paragraph and leaves paragraphs with a deleted mark unnumbered', async () => {
    const text = await lintedText([
      { text: '第一项', numId: 1, ilvl: 0 },
      { text: '删去的', numId: 1, ilvl: 0, deletedMark: true },
      { text: '第二项', numId: 1, ilvl: 0 },
      { text: '', numId: 1, ilvl: 0 },
    ]);
    expect(text.split('\n')).toEqual(['一、第一项', '二、删去的第二项', '三、']);
  });

  it('keeps lines and columns those of the paragraph text, the number pointing at its first character', async () => {
    const loaded = await loadDocx(
      'draft.docx',
      await buildDocx(
        ['判决如下：', { text: '被告偿还借款；', numId: 1, ilvl: 0 }, { text: '', numId: 1, ilvl: 0 }],
        PARTS,
      ),
    );
    if (!loaded.ok) throw new Error(loaded.message);
    const { source } = loaded;
    expect(source.original).toBe('判决如下：\n被告偿还借款；\n');
    const at = (s: string, n = 0): ReturnType<typeof source.plainPosition> =>
      source.plainPosition(source.plain.indexOf(s) + n);
    expect(at('一、')).toEqual({ line: 2, column: 1 });
    expect(at('被告')).toEqual({ line: 2, column: 1 });
    expect(at('借款')).toEqual({ line: 2, column: 5 });
    expect(at('二、')).toEqual({ line: 3, column: 1 });
  });

  it('reads a document without numbering as before', async () => {
    const loaded = await loadDocx(
      'draft.docx',
      await buildDocx(['一、被告偿还借款；', '二、驳回其他请求。']),
    );
    expect(loaded.ok && loaded.source.plain).toBe('一、被告偿还借款；\n二、驳回其他请求。');
  });
});

/** A civil judgment whose items are numbered by Word (一、 … 五、), the fourth with no time limit. */
const JUDGMENT: DocxParagraph[] = [
  '河南省焦作市山阳区人民法院',
  '民事判决书',
  '（2024）豫0811民初1234号',
  '原告：张明，男，1980年1月1日出生，汉族，住河南省焦作市山阳区太行中路88号。',
  '被告：李强，男，1985年3月15日出生，汉族，住河南省焦作市山阳区人民路16号。',
  '原告张明与被告李强民间借贷纠纷一案，本院于2024年3月1日立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。',
  '本院认为，原、被告之间的借贷关系合法有效，被告应当按约还本付息。依照《中华人民共和国民法典》第六百七十五条规定，判决如下：',
  { text: '被告李强于本判决生效之日起十日内偿还原告张明借款本金100000元；', numId: 1, ilvl: 0 },
  { text: '被告李强于本判决生效之日起十日内返还原告张明押金2000元；', numId: 1, ilvl: 0 },
  { text: '被告李强于本判决生效之日起十日内返还原告张明借条原件一份；', numId: 1, ilvl: 0 },
  { text: ['被告李强支付原告张明律师代理费', '5000', '元；'], numId: 1, ilvl: 0 },
  { text: '驳回原告张明的其他诉讼请求。', numId: 1, ilvl: 0 },
  '如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行期间的债务利息。',
  '案件受理费50元，由被告李强负担。',
  '如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于河南省焦作市中级人民法院。',
  '审判员　　王立新',
  '二〇二四年六月十日',
];
const ITEM_FOUR_LINE = 11;

describe('automatically numbered items end to end', () => {
  it('names the fourth numbered item in the finding, at its paragraph', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhixing-docx-numbering-'));
    const draft = path.join(dir, '判决.docx');
    writeFileSync(draft, await buildDocx(JUDGMENT, PARTS));
    const run = runCli([draft, '--format', 'json']);
    const [result] = JSON.parse(run.stdout) as {
      messages: { ruleId: string; line: number; message: string }[];
    }[];
    const deadline = result?.messages.filter((m) => m.ruleId === 'money/deadline-missing');
    expect(deadline).toHaveLength(1);
    expect(deadline?.[0]?.line).toBe(ITEM_FOUR_LINE);
    expect(deadline?.[0]?.message).toMatch(/^第四项：/);

    const annotated = path.join(dir, '判决-批注.docx');
    expect(runCli([draft, '--annotate-docx', annotated]).stderr).toContain('已写入带');
    const documentXml =
      (await (await JSZip.loadAsync(readFileSync(annotated))).file('word/document.xml')?.async('string')) ??
      '';
    const itemFour = documentXml.split('</w:p>')[ITEM_FOUR_LINE - 1] ?? '';
    expect(itemFour).toContain('律师代理费');
    expect(itemFour).toContain('<w:commentRangeStart');
    // The copy keeps Word's numbering: no number is written into the paragraphs.
    expect(documentXml).not.toContain('\uFDD0');
  });

  it('splits the items as it does typed numbers', async () => {
    const loaded = await loadDocx('draft.docx', await buildDocx(JUDGMENT, PARTS));
    if (!loaded.ok) throw new Error(loaded.message);
    const items = buildDocument(loaded.source).operative?.items ?? [];
    expect(items.map((item) => item.label)).toEqual(['一', '二', '三', '四', '五', null]);
    expect(loaded.source.plainPosition(items[3]?.start ?? 0)).toEqual({ line: ITEM_FOUR_LINE, column: 1 });
  });
});

/** A package from buildDocx() with its document's body edited: `edit` gets and returns word/document.xml. */
async function editedDocx(
  paragraphs: DocxParagraph[],
  edit: (documentXml: string) => string,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await buildDocx(paragraphs, PARTS));
  zip.file('word/document.xml', edit((await zip.file('word/document.xml')?.async('string')) ?? ''));
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The text mammoth reads from the copy with the numbers written in (how every document was read before). */
async function numberedCopyText(bytes: Buffer): Promise<string> {
  const copy = await withParagraphNumbers(bytes);
  if (!copy) throw new Error('nothing numbered');
  return numberedSource('draft.docx', (await docxParagraphs(copy)).join('\n'), 'Word').plain;
}

describe('numbers read in one pass beside mammoth', () => {
  it('gives every paragraph the number the numbered copy gives it', async () => {
    const deleted: DocxParagraph[] = [
      { text: '第一项', numId: 1, ilvl: 0 },
      { text: '删去的', numId: 1, ilvl: 0, deletedMark: true },
      { text: '第二项', numId: 1, ilvl: 0 },
      { text: '', numId: 1, ilvl: 0 },
    ];
    for (const paragraphs of [LISTS, JUDGMENT, deleted]) {
      const bytes = await buildDocx(paragraphs, PARTS);
      const numbers = await paragraphNumbers(bytes);
      if (numbers === undefined || numbers === 'in-copy') throw new Error(`read in one pass: ${numbers}`);
      const marked = labelParagraphs(await docxParagraphs(bytes), numbers) ?? '';
      expect(numberedSource('draft.docx', marked, 'Word').plain).toBe(await numberedCopyText(bytes));
    }
  });

  it('numbers a list in a table cell in reading order', async () => {
    const row = (text: string) =>
      `<w:tr><w:tc><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p></w:tc></w:tr>`;
    const bytes = await editedDocx([{ text: '判项', numId: 1, ilvl: 0 }, '附表：'], (xml) =>
      xml.replace('<w:sectPr/>', `<w:tbl>${row('手机')}${row('电脑')}</w:tbl><w:sectPr/>`),
    );
    expect(await paragraphNumbers(bytes)).not.toBe('in-copy');
    const loaded = await loadDocx('draft.docx', bytes);
    expect(loaded.ok && loaded.source.plain.split('\n')).toEqual(['一、判项', '附表：', '1.手机', '2.电脑']);
  });

  it('leaves a numbered paragraph in a text box, which mammoth reads after its own, to the numbered copy', async () => {
    const textBox = (text: string) =>
      `<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    const bytes = await editedDocx(
      [
        { text: '第一项', numId: 1, ilvl: 0 },
        { text: '第三项', numId: 1, ilvl: 0 },
      ],
      (xml) => xml.replace('第一项</w:t></w:r>', `第一项</w:t></w:r>${textBox('框中的第二项')}`),
    );
    expect(await paragraphNumbers(bytes)).toBe('in-copy');
    const loaded = await loadDocx('draft.docx', bytes);
    expect(loaded.ok && loaded.source.plain).toBe(await numberedCopyText(bytes));
    expect(loaded.ok && loaded.source.plain.split('\n')).toEqual([
      '一、第一项',
      '二、框中的第二项',
      '三、第三项',
    ]);
  });

  it('falls back to the numbered copy when mammoth reads fewer paragraphs than were counted', async () => {
    // mammoth reads a content control's w:sdtContent only: a paragraph directly in w:sdt is not read.
    const bytes = await editedDocx(
      [
        { text: '第一项', numId: 1, ilvl: 0 },
        { text: '第三项', numId: 1, ilvl: 0 },
      ],
      (xml) =>
        xml.replace(
          '<w:sectPr/>',
          '<w:sdt><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>不读</w:t></w:r></w:p></w:sdt><w:sectPr/>',
        ),
    );
    const numbers = await paragraphNumbers(bytes);
    if (numbers === undefined || numbers === 'in-copy') throw new Error(`read in one pass: ${numbers}`);
    expect(labelParagraphs(await docxParagraphs(bytes), numbers)).toBeUndefined();
    const loaded = await loadDocx('draft.docx', bytes);
    expect(loaded.ok && loaded.source.plain).toBe(await numberedCopyText(bytes));
    expect(loaded.ok && loaded.source.plain.split('\n')).toEqual(['一、第一项', '二、第三项']);
  });
});
