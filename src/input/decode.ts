/**
 * Turns the bytes of a file into text. Court archives hold UTF-8 (with or without BOM), UTF-16 with a BOM and
 * GBK/GB18030; Word and PDF files renamed to .md/.txt turn up too and must be refused with a clear reason.
 */
export type Decoded =
  { ok: true; text: string; encoding: string; warnings: string[] } | { ok: false; reason: string };

interface Signature {
  bytes: number[];
  reason: string;
}

const BINARY_SIGNATURES: Signature[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], reason: '这是 PDF 文件，请先导出为 Markdown 或纯文本后再检查' },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    reason: '这是旧版 Word（.doc）或 WPS 二进制文件，请在 Word/WPS 中另存为 .docx 后再检查',
  },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    reason: '这是 ZIP 压缩格式文件（可能是 .docx 改了扩展名），请使用 .docx 扩展名',
  },
  { bytes: [0x89, 0x50, 0x4e, 0x47], reason: '这是 PNG 图片，不是文书文本' },
  { bytes: [0xff, 0xd8, 0xff], reason: '这是 JPEG 图片，不是文书文本' },
  { bytes: [0x47, 0x49, 0x46, 0x38], reason: '这是 GIF 图片，不是文书文本' },
];

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const BINARY_SNIFF_BYTES = 8192;

function startsWith(buf: Uint8Array, bytes: number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}

function looksBinary(buf: Uint8Array): boolean {
  const end = Math.min(buf.length, BINARY_SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = buf[i] ?? 0;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return end > 0 && control / end > 0.1;
}

function tryDecode(label: string, buf: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    return null;
  }
}

export function decodeBuffer(buf: Uint8Array): Decoded {
  if (startsWith(buf, [0xff, 0xfe])) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(buf), encoding: 'UTF-16LE', warnings: [] };
  }
  if (startsWith(buf, [0xfe, 0xff])) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(buf), encoding: 'UTF-16BE', warnings: [] };
  }
  const signature = BINARY_SIGNATURES.find((s) => startsWith(buf, s.bytes));
  if (signature) return { ok: false, reason: signature.reason };
  if (looksBinary(buf)) return { ok: false, reason: '文件含有二进制数据，不是文本文书' };

  const utf8 = tryDecode('utf-8', buf);
  if (utf8 !== null) {
    return {
      ok: true,
      text: utf8,
      encoding: startsWith(buf, UTF8_BOM) ? 'UTF-8 BOM' : 'UTF-8',
      warnings: [],
    };
  }
  // A UTF-8 file with a few damaged bytes would also "decode" as GB18030, into mojibake: judge by how much of
  // the file reads as UTF-8 before trying the Chinese national encodings.
  const lossy = new TextDecoder('utf-8').decode(buf);
  if (isMostlyValid(lossy)) {
    return {
      ok: true,
      text: lossy,
      encoding: 'UTF-8',
      warnings: ['文件含有无效的 UTF-8 字节，已替换为“�”后检查；请确认文件编码'],
    };
  }
  // GB18030 is a superset of GBK and GB2312, so one decoder reads all three.
  const gb = tryDecode('gb18030', buf);
  if (gb !== null) return { ok: true, text: gb, encoding: 'GB18030', warnings: [] };
  return { ok: false, reason: '无法识别文件编码（既不是 UTF-8，也不是 GBK/GB18030 或带 BOM 的 UTF-16）' };
}

/**
 * Whether a lossy UTF-8 reading is damaged UTF-8 rather than another encoding. GBK/GB18030 text read as UTF-8
 * yields at most about 0.4 valid non-ASCII characters per replacement character (measured on the corpus converted
 * to GB18030); UTF-8 with a few damaged bytes yields many, even in a short file.
 */
function isMostlyValid(text: string): boolean {
  let replaced = 0;
  let wide = 0;
  for (const ch of text) {
    if (ch === '\uFFFD') replaced++;
    else if (ch.charCodeAt(0) > 0x7f) wide++;
  }
  return wide > 0 && replaced * 2 < wide;
}
