/**
 * Bounds that keep one hostile file from stalling a batch. A judgment is 2–60 KB (the largest of the 1,559 real
 * judgments in the corpus is 56 KB); the limits below sit far above any real document and low enough that linting
 * one file stays within seconds and a bounded amount of memory (measured by bench/hostile.mjs):
 * - a file over MAX_FILE_BYTES is not read at all (a merged archive or a data dump, not one document);
 * - Markdown whose shape makes the Markdown parser slow (its time grows with nesting depth × size and with table
 *   rows) is linted as plain text, with a notice: every finding is still found and located, only the markup
 *   characters stay in the text.
 */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Characters of Markdown parsed as Markdown; remark needs about 1 s per million characters. */
export const MAX_MARKDOWN_CHARS = 500_000;
/** Leading container markup (indentation, `>`, list markers) on one line: about 40 nesting levels. */
export const MAX_MARKDOWN_LINE_PREFIX = 120;
/** Table rows (lines starting with `|`); each costs the GFM table parser about half a millisecond. */
export const MAX_MARKDOWN_TABLE_ROWS = 2_000;

const MEGABYTE = 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / MEGABYTE).toFixed(1)} MB`;
}

const SPLIT_ADVICE = '（可能是多份文书合并或数据文件，请拆分后再检查）';

export function fileTooLargeMessage(bytes: number): string {
  return `文件有 ${megabytes(bytes)}，超过单份文书 ${megabytes(MAX_FILE_BYTES)} 的上限，未检查${SPLIT_ADVICE}`;
}

/** For standard input, whose size is not known: reading stops at the limit. */
export function streamTooLargeMessage(): string {
  return `输入超过单份文书 ${megabytes(MAX_FILE_BYTES)} 的上限，未检查${SPLIT_ADVICE}`;
}

const CONTAINER_PREFIX = /^[ \t>*+\-\d.)]*/;
/** What a line counted below starts with: container markup, or the `|` of a table row. */
const CONTAINER_OR_TABLE_START = /[ \t>*+\-\d.)|]/;

/** Why this Markdown should be read as plain text, in Chinese, or undefined when it can be parsed. */
export function markdownFallbackReason(text: string): string | undefined {
  if (text.length > MAX_MARKDOWN_CHARS) {
    return `文件超过 ${MAX_MARKDOWN_CHARS / 10_000} 万字，已按纯文本检查（未解析 Markdown 格式）`;
  }
  let tableRows = 0;
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    // Most lines start with text: neither check below can count them.
    if (!CONTAINER_OR_TABLE_START.test(text[start] ?? '')) {
      start = end + 1;
      continue;
    }
    const prefix = CONTAINER_PREFIX.exec(
      text.slice(start, Math.min(end, start + MAX_MARKDOWN_LINE_PREFIX + 1)),
    );
    if ((prefix?.[0].length ?? 0) > MAX_MARKDOWN_LINE_PREFIX) {
      return '文件中的列表或引用嵌套过深，已按纯文本检查（未解析 Markdown 格式）';
    }
    if (/^[ \t]{0,3}\|/.test(text.slice(start, start + 4)) && ++tableRows > MAX_MARKDOWN_TABLE_ROWS) {
      return `文件中的表格超过 ${MAX_MARKDOWN_TABLE_ROWS} 行，已按纯文本检查（未解析 Markdown 格式）`;
    }
    start = end + 1;
  }
  return undefined;
}
