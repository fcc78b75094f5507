/** Reads one input (a file or standard input) into a SourceText, or says in Chinese why it cannot. */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { timed } from '../util/timing.js';
import { decodeBuffer } from './decode.js';
import {
  MAX_FILE_BYTES,
  fileTooLargeMessage,
  markdownFallbackReason,
  streamTooLargeMessage,
} from './limits.js';
import { MarkdownParserNotLoaded, loadMarkdownParser, parseMarkdown } from './markdown.js';
import { SourceText } from './source-text.js';
import type { FailedInput, LoadedInput } from './loaded.js';

export type { FailedInput, LoadedInput } from './loaded.js';

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
  return timed('parse', () => decodeAndParse(filePath, bytes, markdown));
}

/** loadText, loading remark first if the file turns out to need it (see loadMarkdownParser). */
export async function loadTextOnDemand(
  filePath: string,
  bytes: Uint8Array,
  markdown: boolean,
): Promise<LoadedInput | FailedInput> {
  try {
    return loadText(filePath, bytes, markdown);
  } catch (error) {
    if (!(error instanceof MarkdownParserNotLoaded)) throw error;
    await loadMarkdownParser({ html: error.needsHtml });
    return loadText(filePath, bytes, markdown);
  }
}

function decodeAndParse(filePath: string, bytes: Uint8Array, markdown: boolean): LoadedInput | FailedInput {
  if (bytes.length > MAX_FILE_BYTES)
    return { ok: false, filePath, message: fileTooLargeMessage(bytes.length) };
  const decoded = decodeBuffer(bytes);
  if (!decoded.ok) return { ok: false, filePath, message: decoded.reason };
  if (decoded.text.trim() === '') {
    return { ok: false, filePath, message: '文件没有文字（空文件或只有空白），未检查；请确认文书已正确导出' };
  }
  const fallback = markdown ? markdownFallbackReason(decoded.text) : undefined;
  if (markdown && fallback === undefined) {
    const { source, comments } = parseMarkdown(filePath, decoded.text, decoded.encoding);
    return { ok: true, source, comments, warnings: decoded.warnings };
  }
  return {
    ok: true,
    source: SourceText.identity(filePath, decoded.text, decoded.encoding),
    comments: [],
    warnings: fallback === undefined ? decoded.warnings : [...decoded.warnings, fallback],
  };
}

function describeReadError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return '文件不存在（可能在检查过程中被移动或删除）';
    case 'EACCES':
    case 'EPERM':
      return '没有读取该文件的权限';
    case 'EISDIR':
      return '这是一个文件夹，不是文件（可能在检查过程中被替换）';
    case 'ELOOP':
      return '符号链接指向自身或形成循环，无法读取';
    case 'ENXIO':
      return '这是套接字（socket）或没有写入方的设备，不是普通文件，未检查';
    default:
      return `无法读取文件（${code || (error instanceof Error ? error.message : String(error))}）`;
  }
}

/**
 * Reads a file read-only. Opened non-blocking and checked before reading, so that a FIFO or device put where a
 * file was expected is refused instead of blocking the batch forever, and an oversized file is never loaded.
 * Synchronous on purpose: each step of the promise API is a round trip through libuv's thread pool, and in a
 * batch those round trips (open, stat, read, close) left the linting thread idle almost half the time.
 */
function readRegularFile(filePath: string): Buffer | FailedInput {
  let fd: number;
  try {
    fd = openSync(filePath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, filePath, message: describeReadError(error) };
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) return { ok: false, filePath, message: describeReadError({ code: 'EISDIR' }) };
    if (!info.isFile()) {
      return { ok: false, filePath, message: '这不是普通文件（可能是管道、设备或套接字），未检查' };
    }
    if (info.size > MAX_FILE_BYTES) return { ok: false, filePath, message: fileTooLargeMessage(info.size) };
    return readFileSync(fd);
  } catch (error) {
    return { ok: false, filePath, message: describeReadError(error) };
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Nothing was written; a failed close loses nothing.
    }
  }
}

export async function loadFile(filePath: string): Promise<LoadedInput | FailedInput> {
  const unsupported = unsupportedReason(filePath);
  if (unsupported) return { ok: false, filePath, message: unsupported };
  const bytes = timed('read', () => readRegularFile(filePath));
  if (!Buffer.isBuffer(bytes)) return bytes;
  return loadBytes(filePath, bytes);
}

/** The name standard input goes by when --stdin-filename does not name it. */
export const STDIN_NAME = '<stdin>';

/** Markup plain court text does not have: a heading, a quote, a list, a fence, a table row, bold, a comment. */
const MARKDOWN_SIGNS =
  /^ {0,3}(?:#{1,6}[ \t]+\S|>[ \t]*\S|[-*+][ \t]+\S|```|~~~|\|.*\|[ \t]*$)|\*\*[^*\n]+\*\*|<!--/m;

/** Whether unnamed input looks like Markdown (judged on its first 64 KB). */
export function looksLikeMarkdown(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 65536));
  return MARKDOWN_SIGNS.test(head);
}

/**
 * Reads a stream (standard input) whole. Reading stops once the input is over the size limit, so a data dump
 * piped in by mistake is refused without being held in memory.
 */
export async function readStream(name: string, stream: AsyncIterable<Buffer>): Promise<Buffer | FailedInput> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > MAX_FILE_BYTES) return { ok: false, filePath: name, message: streamTooLargeMessage() };
  }
  return Buffer.concat(chunks);
}

/**
 * Reads bytes already in memory (a file read above, standard input, or a file sent to `zhixing-lint serve`) as the
 * file `name`: a .docx name reads Word, a Markdown name Markdown; unnamed input (STDIN_NAME) is read as Markdown
 * when it looks like Markdown, else as plain text.
 */
export async function loadBytes(name: string, bytes: Buffer): Promise<LoadedInput | FailedInput> {
  const unsupported = unsupportedReason(name);
  if (unsupported) return { ok: false, filePath: name, message: unsupported };
  if (bytes.length > MAX_FILE_BYTES)
    return { ok: false, filePath: name, message: fileTooLargeMessage(bytes.length) };
  // mammoth takes longer to load than a draft takes to lint: only a run that reads Word pays for it.
  if (isDocxPath(name)) return (await import('./docx.js')).loadDocx(name, bytes);
  const sniffed = name === STDIN_NAME && looksLikeMarkdown(bytes);
  const loaded = await loadTextOnDemand(name, bytes, sniffed || isMarkdownPath(name));
  if (sniffed && loaded.ok) {
    loaded.warnings.push(
      '标准输入看起来是 Markdown，已按 Markdown 解析（用 --stdin-filename 指定文件名可改变读法）',
    );
  }
  return loaded;
}

/** Reads a stream (standard input) as the file `name` (see readStream and loadBytes). */
export async function loadStream(
  name: string,
  stream: AsyncIterable<Buffer>,
): Promise<LoadedInput | FailedInput> {
  const bytes = await readStream(name, stream);
  return Buffer.isBuffer(bytes) ? loadBytes(name, bytes) : bytes;
}
