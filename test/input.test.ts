import { describe, expect, it } from 'vitest';
import { decodeBuffer } from '../src/input/decode.js';
import { parseMarkdown } from '../src/input/markdown.js';
import { SourceText } from '../src/input/source-text.js';

function gbk(text: string): Uint8Array {
  // Node's TextEncoder only writes UTF-8; these are the GBK bytes of the text, spelled out.
  const table: Record<string, number[]> = {
    被: [0xb1, 0xbb],
    告: [0xb8, 0xe6],
    支: [0xd6, 0xa7],
    付: [0xb8, 0xb6],
    元: [0xd4, 0xaa],
  };
  return new Uint8Array(Array.from(text).flatMap((ch) => table[ch] ?? [ch.charCodeAt(0)]));
}

describe('decodeBuffer', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const plain = decodeBuffer(new TextEncoder().encode('判决如下：'));
    const bom = decodeBuffer(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('判决如下：')]));
    expect(plain).toMatchObject({ ok: true, text: '判决如下：', encoding: 'UTF-8' });
    expect(bom).toMatchObject({ ok: true, text: '判决如下：', encoding: 'UTF-8 BOM' });
  });

  it('detects GBK text and decodes it', () => {
    expect(decodeBuffer(gbk('被告支付100元'))).toMatchObject({
      ok: true,
      text: '被告支付100元',
      encoding: 'GB18030',
    });
  });

  it('reads UTF-16 with a BOM', () => {
    const le = Buffer.from('\ufeff判决', 'utf16le');
    expect(decodeBuffer(le)).toMatchObject({ ok: true, text: '判决', encoding: 'UTF-16LE' });
  });

  it('refuses PDF, old Word and binary data with a reason in Chinese', () => {
    expect(decodeBuffer(new TextEncoder().encode('%PDF-1.7 …'))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('PDF'),
    });
    expect(decodeBuffer(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('.doc'),
    });
    expect(decodeBuffer(new Uint8Array([1, 2, 0, 4, 5]))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('二进制'),
    });
  });

  it('keeps a mostly-UTF-8 file with a damaged byte as UTF-8 and says so', () => {
    const sentence = '被告于本判决生效之日起十日内支付原告借款本金200000元。';
    const bytes = new Uint8Array([...new TextEncoder().encode(sentence.repeat(3)), 0xff]);
    const decoded = decodeBuffer(bytes);
    expect(decoded).toMatchObject({ ok: true, encoding: 'UTF-8' });
    expect(decoded.ok && decoded.warnings[0]).toContain('UTF-8');
  });
});

describe('parseMarkdown', () => {
  const position = (source: SourceText, needle: string) => source.plainPosition(source.plain.indexOf(needle));

  it('drops markup and maps text back to the line and column in the file, inside emphasis', () => {
    const md = '# 民事判决书\n\n**三、被告于本判决生效之日起十日内支付原告利息**；\n';
    const { source } = parseMarkdown('a.md', md);
    expect(source.plain).toBe('民事判决书\n三、被告于本判决生效之日起十日内支付原告利息；');
    expect(position(source, '利息')).toEqual({
      line: 3,
      column: (md.split('\n')[2] ?? '').indexOf('利息') + 1,
    });
  });

  it('puts ordered-list numbers back in front of their items', () => {
    const md = '判决如下：\n\n1. 被告支付原告货款5000元；\n2. 驳回原告其他诉讼请求。\n';
    const { source } = parseMarkdown('a.md', md);
    expect(source.plain).toBe('判决如下：\n1.被告支付原告货款5000元；\n2.驳回原告其他诉讼请求。');
    expect(position(source, '货款')).toEqual({ line: 3, column: 10 });
  });

  /** Every character of the plain text (line breaks aside) is the character it maps to in the file. */
  const expectNothingInvented = (source: SourceText): void => {
    Array.from(source.plain).forEach((ch, i) => {
      if (ch !== '\n') expect(source.original[source.toOriginal(i)]).toBe(ch);
    });
  };

  it('gives each table row its own line, cells kept apart by the pipe between them in the file', () => {
    const md =
      '| 期次 | 付款期限 | 金额 |\n| --- | --- | --- |\n| 1 | 2024年3月31日前 | 20000元 |\n|2|**2024年6月30日前**|20000元|\n';
    const { source } = parseMarkdown('a.md', md);
    // The header row is a line like the others; the delimiter row gives no text.
    expect(source.plain.split('\n')).toEqual([
      '期次|付款期限|金额',
      '1|2024年3月31日前|20000元',
      '2|2024年6月30日前|20000元',
    ]);
    expectNothingInvented(source);
    const secondRow = source.plain.indexOf('2|');
    expect(source.toOriginal(secondRow + 1)).toBe(md.indexOf('|2|') + 2);
    expect(position(source, '2024年6月30日前')).toEqual({ line: 4, column: 6 });
  });

  it('keeps a table inside a list item apart from the item and from what follows', () => {
    const md =
      '- 动产：\n\n  | 序号 | 财产名称 | 数量 |\n  |---|---|---|\n  | 1 | 格力空调 | 2台 |\n\n三、驳回原告其他诉讼请求。\n';
    const { source } = parseMarkdown('a.md', md);
    expect(source.plain.split('\n')).toEqual([
      '动产：',
      '序号|财产名称|数量',
      '1|格力空调|2台',
      '三、驳回原告其他诉讼请求。',
    ]);
    expectNothingInvented(source);
    expect(position(source, '格力空调')).toEqual({ line: 5, column: 9 });
  });

  it('keeps an empty cell as an empty place between separators', () => {
    const { source } = parseMarkdown('a.md', '| 序号 | 名称 | 数量 |\n|---|---|---|\n| 1 | 电器 | |\n');
    expect(source.plain.split('\n')).toEqual(['序号|名称|数量', '1|电器|']);
    expectNothingInvented(source);
  });

  it('keeps the text of raw HTML: centred titles, <br> as a line break, entities decoded', () => {
    const md =
      '<p align="center"><b>民&nbsp;事&nbsp;判&nbsp;决&nbsp;书</b></p>\n\n审判员　刘洋<br>二〇二四年五月十日\n\n<p align="right">书记员　何静</p>\n';
    const { source } = parseMarkdown('a.md', md);
    expect(source.plain).toBe(
      '民\u00a0事\u00a0判\u00a0决\u00a0书\n审判员　刘洋\n二〇二四年五月十日\n书记员　何静',
    );
    expect(position(source, '二〇')).toEqual({
      line: 3,
      column: (md.split('\n')[2] ?? '').indexOf('二〇') + 1,
    });
    expect(position(source, '何静')).toEqual({
      line: 5,
      column: (md.split('\n')[4] ?? '').indexOf('何静') + 1,
    });
  });

  it('reads underscore bold before Chinese text, but leaves a blank 于__年__月 alone', () => {
    const md = '__一、__被告于本判决生效之日起十日内支付原告货款5000元；\n\n二、被告于__年__月__日前交付。\n';
    const { source } = parseMarkdown('a.md', md);
    expect(source.plain).toBe(
      '一、被告于本判决生效之日起十日内支付原告货款5000元；\n二、被告于__年__月__日前交付。',
    );
    expect(position(source, '一、')).toEqual({ line: 1, column: 3 });
  });

  it('collects HTML comments for inline directives without putting them in the text', () => {
    const { source, comments } = parseMarkdown('a.md', '<!-- zhixing-lint-disable -->\n\n判决如下：\n');
    expect(source.plain).toBe('判决如下：');
    expect(comments.map((c) => c.value)).toEqual(['<!-- zhixing-lint-disable -->']);
  });
});

describe('SourceText', () => {
  it('counts lines and 1-based columns in UTF-16 units, as ESLint does', () => {
    const source = SourceText.identity('a.txt', '第一行\n第二行内容');
    expect(source.positionOf(source.original.indexOf('内容'))).toEqual({ line: 2, column: 4 });
  });
});
