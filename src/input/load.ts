/** Reads one input (a file or standard input) into a SourceText, or says in Chinese why it cannot. */
import { readFile } from 'node:fs/promises';
import { decodeBuffer } from './decode.js';
import { loadDocx } from './docx.js';
import { type HtmlComment, parseMarkdown } from './markdown.js';
import { SourceText } from './source-text.js';

export interface LoadedInput {
  ok: true;
  source: SourceText;
  comments: HtmlComment[];
  warnings: string[];
}

export interface FailedInput {
  ok: false;
  filePath: string;
  message: string;
}

const UNSUPPORTED: Record<string, string> = {
  '.doc': '旧版 Word（.doc）文件无法直接读取，请在 Word 中“另存为” .docx 或 Markdown 后再检查',
  '.wps': 'WPS 文字（.wps）文件无法直接读取，请在 WPS 中“另存为” .docx 后再检查',
  '.pdf': 'PDF 文件无法直接检查，请导出为 .docx、Markdown 或纯文本后再检查',
};

export function isDocxPath(filePath: string): boolean {
  return /\.docx$/i.test(filePath);
}

export function isMarkdownPath(filePath: string): boolean {
  return /\.(md|markdown)$/i.test(filePath);
}

export function unsupportedReason(filePath: string): string | undefined {
  const ext = /\.[^./\\]+$/.exec(filePath.toLowerCase())?.[0];
  return ext ? UNSUPPORTED[ext] : undefined;
}

export function loadText(filePath: string, bytes: Uint8Array, markdown: boolean): LoadedInput | FailedInput {
  const decoded = decodeBuffer(bytes);
  if (!decoded.ok) return { ok: false, filePath, message: decoded.reason };
  if (markdown) {
    const { source, comments } = parseMarkdown(filePath, decoded.text, decoded.encoding);
    return { ok: true, source, comments, warnings: decoded.warnings };
  }
  return {
    ok: true,
    source: SourceText.identity(filePath, decoded.text, decoded.encoding),
    comments: [],
    warnings: decoded.warnings,
  };
}

function describeReadError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return '文件不存在（可能在检查过程中被移动或删除）';
    case 'EACCES':
    case 'EPERM':
      return '没有读取该文件的权限';
    case 'EISDIR':
      return '这是一个文件夹，不是文件';
    default:
      return `无法读取文件（${code || (error instanceof Error ? error.message : String(error))}）`;
  }
}

export async function loadFile(filePath: string): Promise<LoadedInput | FailedInput> {
  const unsupported = unsupportedReason(filePath);
  if (unsupported) return { ok: false, filePath, message: unsupported };
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath, { flag: 'r' });
  } catch (error) {
    return { ok: false, filePath, message: describeReadError(error) };
  }
  if (isDocxPath(filePath)) return loadDocx(filePath, bytes);
  return loadText(filePath, bytes, isMarkdownPath(filePath));
}
