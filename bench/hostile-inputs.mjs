/**
 * Hostile inputs, shared by the reliability tests (test/reliability/) and the bench that measures them
 * (bench/hostile.mjs): broken files of every kind that court archives hold, and long runs of the characters the
 * recognisers' patterns repeat. Everything is generated, nothing is stored.
 */
import { Buffer } from 'node:buffer';
import { TextDecoder } from 'node:util';

const HEAD = `# 河南省焦作市山阳区人民法院

# 民事判决书

（2024）豫0811民初1234号

原告：张明，男，1980年1月1日出生，汉族，住河南省焦作市山阳区太行中路88号。

被告：李强，男，1985年3月15日出生，汉族，住河南省焦作市山阳区人民路16号。

本院认为，被告应当按约还本付息。依照《中华人民共和国民法典》第六百七十五条规定，判决如下：

`;

const TAIL = `

案件受理费50元，由被告李强负担。

如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于河南省焦作市中级人民法院。

审判员　　王立新

二〇二四年六月十日
`;

/** A payment item with neither amount nor time limit: every money rule reports it. */
export const DEFECTIVE_ITEM = '被告李强向原告张明支付借款本金及利息。';
const COMPLIANT_ITEM =
  '被告李强于本判决生效之日起十日内向原告张明支付借款本金100000元及利息（以100000元为基数，自2023年1月1日起至实际清偿之日止，按一年期贷款市场报价利率计算）。';

export function judgment(items) {
  return HEAD + items.join('\n\n') + TAIL;
}

/** GB18030 bytes of a text (Node can decode GB18030 but not encode it): a table built by decoding. */
let gbTable;
function gbBytesOf(ch) {
  gbTable ??= new Map();
  if (gbTable.size === 0) {
    const decoder = new TextDecoder('gb18030', { fatal: true });
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        try {
          const decoded = decoder.decode(new Uint8Array([lead, trail]));
          if (!gbTable.has(decoded)) gbTable.set(decoded, [lead, trail]);
        } catch {
          // not a two-byte character
        }
      }
    }
  }
  const two = gbTable.get(ch);
  if (two) return two;
  // Characters outside GBK take four bytes: b1 81–84 (BMP), b2 30–39, b3 81–FE, b4 30–39.
  const decoder = new TextDecoder('gb18030');
  for (let b1 = 0x81; b1 <= 0x84; b1++)
    for (let b2 = 0x30; b2 <= 0x39; b2++)
      for (let b3 = 0x81; b3 <= 0xfe; b3++)
        for (let b4 = 0x30; b4 <= 0x39; b4++) {
          const bytes = [b1, b2, b3, b4];
          if (decoder.decode(new Uint8Array(bytes)) === ch) return bytes;
        }
  throw new Error(`no GB18030 bytes for ${ch}`);
}

export function encodeGb18030(text) {
  const out = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else out.push(...gbBytesOf(ch));
  }
  return new Uint8Array(out);
}

function utf16(text, bigEndian) {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return bigEndian ? Buffer.from(le).swap16() : le;
}

/** Deterministic pseudo-random bytes, so a failure can be reproduced. */
function noise(length, seed = 7) {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

const MB = 1024 * 1024;

function repeatTo(unit, length) {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/**
 * The bad-input matrix. `expect`: 'fatal' (the file cannot be linted; its message must contain `message`),
 * or 'linted' (linted, optionally with a notice containing `notice`, and with `findings` true when the defective
 * item must still be found).
 */
export const HOSTILE_FILES = [
  { name: 'empty file', file: 'empty.md', bytes: () => '', expect: 'fatal', message: '空文件' },
  {
    name: 'only whitespace',
    file: 'blank.md',
    bytes: () => ' \n\t\n　　\r\n',
    expect: 'fatal',
    message: '空文件',
  },
  {
    name: 'binary data',
    file: 'noise.md',
    bytes: () => noise(64 * 1024),
    expect: 'fatal',
    message: '二进制',
  },
  {
    name: 'a .doc renamed to .md',
    file: 'old-word.md',
    bytes: () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...noise(4096)]),
    expect: 'fatal',
    message: '.doc',
  },
  {
    name: 'a .pdf renamed to .md',
    file: 'scan.md',
    bytes: () => `%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n`,
    expect: 'fatal',
    message: 'PDF',
  },
  {
    name: 'an image renamed to .md',
    file: 'photo.md',
    bytes: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...noise(2048)]),
    expect: 'fatal',
    message: '图片',
  },
  {
    name: 'GBK',
    file: 'gbk.txt',
    bytes: () => encodeGb18030(judgment([`一、${DEFECTIVE_ITEM}`])),
    expect: 'linted',
    findings: true,
  },
  {
    name: 'GB18030 (four-byte characters)',
    file: 'gb18030.md',
    bytes: () => encodeGb18030(judgment([`一、${DEFECTIVE_ITEM.replace('李强', '李㐀')}`])),
    expect: 'linted',
    findings: true,
  },
  {
    name: 'UTF-16LE with BOM',
    file: 'utf16le.md',
    bytes: () => utf16(judgment([`一、${DEFECTIVE_ITEM}`]), false),
    expect: 'linted',
    findings: true,
  },
  {
    name: 'UTF-16BE with BOM',
    file: 'utf16be.md',
    bytes: () => utf16(judgment([`一、${DEFECTIVE_ITEM}`]), true),
    expect: 'linted',
    findings: true,
  },
  {
    name: 'invalid UTF-8 sequences',
    file: 'damaged.md',
    bytes: () => {
      const [before, after] = judgment([`一、${DEFECTIVE_ITEM}`]).split('本院认为');
      return Buffer.concat([
        Buffer.from(before),
        Buffer.from([0xff, 0xc0, 0xe5, 0xa5]),
        Buffer.from(`本院认为${after}`),
      ]);
    },
    expect: 'linted',
    notice: '无效的 UTF-8',
    findings: true,
  },
  {
    name: 'a 50 MB file',
    file: 'archive.md',
    bytes: () => repeatTo(judgment([`一、${COMPLIANT_ITEM}`]) + '\n', Math.ceil((50 * MB) / 2.5)),
    expect: 'fatal',
    message: '上限',
  },
  {
    name: 'a file just under the size limit, every item defective',
    file: 'all-defective.txt',
    bytes: () => judgment([repeatTo(`一、${DEFECTIVE_ITEM}\n`, Math.floor((2 * MB - 2000) / 3))]),
    expect: 'linted',
    findings: true,
  },
  {
    name: 'a single 1 MB line',
    file: 'one-line.md',
    bytes: () => HEAD.trimEnd() + repeatTo(`一、${DEFECTIVE_ITEM}`, MB / 3) + '\n',
    expect: 'linted',
    findings: true,
  },
  {
    name: 'lists nested 1,000 levels',
    file: 'nested-lists.md',
    bytes: () =>
      judgment([`一、${DEFECTIVE_ITEM}`]) +
      Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- 第${i}层`).join('\n'),
    expect: 'linted',
    notice: '按纯文本检查',
    findings: true,
  },
  {
    name: 'quotes nested 1,000 levels',
    file: 'nested-quotes.md',
    bytes: () => `${'>'.repeat(1000)} ${judgment([`一、${DEFECTIVE_ITEM}`])}`,
    expect: 'linted',
    notice: '按纯文本检查',
    findings: true,
  },
  {
    name: 'lists inside quotes, 1,000 levels',
    file: 'nested-mixed.md',
    bytes: () =>
      judgment([`一、${DEFECTIVE_ITEM}`]) +
      Array.from({ length: 1000 }, (_, i) => `${'> '.repeat(i)}- 第${i}层`).join('\n'),
    expect: 'linted',
    notice: '按纯文本检查',
    findings: true,
  },
  {
    name: 'a table of 10,000 rows',
    file: 'table.md',
    bytes: () =>
      judgment([
        `一、${DEFECTIVE_ITEM}`,
        '二、扣押在案的下列物品予以没收：\n\n| 序号 | 物品 | 数量 |\n|---|---|---|\n' +
          Array.from({ length: 10_000 }, (_, i) => `| ${i + 1} | 手机 | 一部 |`).join('\n'),
      ]),
    expect: 'linted',
    notice: '表格',
    findings: true,
  },
  {
    name: 'no operative part',
    file: 'no-operative.md',
    bytes: () => HEAD.replace('判决如下：', '特此通知。') + TAIL,
    expect: 'linted',
    findings: true,
  },
  {
    name: 'an operative part with no numbered items',
    file: 'unnumbered.md',
    bytes: () => judgment([DEFECTIVE_ITEM]),
    expect: 'linted',
    findings: true,
  },
  {
    name: 'numbering that skips or repeats (一、三、三、)',
    file: 'numbering.md',
    bytes: () => judgment([`一、${DEFECTIVE_ITEM}`, `三、${DEFECTIVE_ITEM}`, `三、${COMPLIANT_ITEM}`]),
    expect: 'linted',
    findings: true,
  },
  {
    name: 'full-width and half-width digits and punctuation mixed',
    file: 'widths.md',
    bytes: () =>
      judgment([
        '1．被告李强于本判决生效之日起１０日内向原告张明支付借款本金１００，０００.00元;',
        `2.${DEFECTIVE_ITEM.replace('。', ';')}`,
        '３、被告李强于2024年１２月31日前向原告张明支付违约金5,000元，按年利率３．８５％计算.',
      ]),
    expect: 'linted',
    findings: true,
  },
];

/** The characters the patterns of src/language and src/document repeat, each as one unit of a long run. */
export const REPEATED_UNITS = [
  '1',
  '1234567890',
  '１２３',
  '1,',
  '1.',
  '一二三四五六七八九十百千万',
  '壹贰叁肆伍陆柒捌玖拾佰仟',
  '〇',
  '、',
  '一、',
  '（一）',
  ' ',
  '　',
  '\n',
  ' \n',
  '（',
  '）',
  '（）',
  '元',
  '1元',
  '万元',
  '年月日',
  '2024年',
  '年',
  '日',
  '日内',
  '东至',
  '东至西至',
  '至',
  '自',
  '自起',
  '×',
  '*',
  'X',
  '等',
  '、等',
  '%',
  '1%',
  '倍',
  '分之',
  '利率',
  '上述',
  '被告',
  '原告：',
  '判决如下：',
  '如不服本判决',
  '支付',
  '利息',
  '第一项',
  '按约定',
  '《》',
  '“”',
  '。',
  '；',
  '|',
  '>',
  '- ',
  '#',
  '`',
  '\\',
  '&amp;',
  '[',
];

export const RUN_LENGTH = 50_000;

export function repeatedRun(unit, length = RUN_LENGTH) {
  return repeatTo(unit, length);
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>';
const PACKAGE_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOCUMENT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>';
/** One list, numbered 一、二、… at level 0 and （一）（二）… at level 1, as a Chinese Word template defines it. */
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W_NS}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

function paragraphXml(text, numbered) {
  const numPr = numbered ? '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' : '';
  return `<w:p>${numPr}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

function documentXml(paragraphs) {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body>${paragraphs}<w:sectPr/></w:body></w:document>`;
}

/** An item as short as they come, and defective: it says neither how much nor by when. */
const SHORT_ITEM = '被告支付货款。';

/**
 * A .docx of `count` paragraphs, each numbered automatically (一、二、…) from word/numbering.xml: a judgment's head,
 * then the same short defective item over and over. Deflated, 100,000 paragraphs take about 50 KB.
 */
export async function numberedDocx(count) {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', PACKAGE_RELS);
  zip.file('word/_rels/document.xml.rels', DOCUMENT_RELS);
  zip.file('word/numbering.xml', NUMBERING);
  const head = HEAD.split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => paragraphXml(line.replace(/^# /, ''), false));
  const item = paragraphXml(SHORT_ITEM, true);
  zip.file('word/document.xml', documentXml(head.join('') + item.repeat(count)));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * A zip bomb shaped as a .docx: a well-formed package whose word/document.xml inflates to `megabytes` MB (paragraphs
 * of one repeated character) from a file of about a thousandth of that. Built as a stream (yazl), never held whole.
 */
export async function docxBomb(megabytes) {
  const [{ ZipFile }, { Readable }] = await Promise.all([import('yazl'), import('node:stream')]);
  const zip = new ZipFile();
  zip.addBuffer(Buffer.from(CONTENT_TYPES), '[Content_Types].xml');
  zip.addBuffer(Buffer.from(PACKAGE_RELS), '_rels/.rels');
  zip.addBuffer(Buffer.from(DOCUMENT_RELS), 'word/_rels/document.xml.rels');
  zip.addBuffer(Buffer.from(NUMBERING), 'word/numbering.xml');
  const [open, close] = documentXml('\u0000').split('\u0000');
  // One paragraph of a megabyte of one character: deflate packs such a run a thousand to one.
  const chunk = Buffer.from(paragraphXml('1'.repeat(MB - 64), false));
  const chunks = Math.ceil((megabytes * MB) / chunk.length);
  zip.addReadStream(
    Readable.from(
      (function* document() {
        yield Buffer.from(open);
        for (let i = 0; i < chunks; i++) yield chunk;
        yield Buffer.from(close);
      })(),
    ),
    'word/document.xml',
  );
  zip.end();
  const parts = [];
  for await (const part of zip.outputStream) parts.push(part);
  return Buffer.concat(parts);
}
