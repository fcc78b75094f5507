/**
 * Bounds that keep one hostile file from stalling a batch. A judgment is 2–60 KB (the largest of the 1,559 real
 * judgments in the corpus is 56 KB); the limits below sit far above any real document and low enough that linting
 * one file stays within seconds and a bounded amount of memory (measured by bench/hostile.mjs):
 * - a file over MAX_FILE_BYTES is not read at all (a merged archive or a data dump, not one document);
 * - Markdown whose shape makes the Markdown parser slow (its time grows with nesting depth × size, with table
 *   rows, and with the markers of one paragraph × its length) is linted as plain text, with a notice: every finding is still found and located, only the markup
 *   characters stay in the text.
 */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Characters of Markdown parsed as Markdown; remark needs about 1 s per million characters. */
export const MAX_MARKDOWN_CHARS = 500_000;
/** Leading container markup (indentation, `>`, list markers) on one line: about 40 nesting levels. */
export const MAX_MARKDOWN_LINE_PREFIX = 120;
/**
 * Table rows (lines holding a `|`, whatever their line ending); each costs the GFM table parser about half a
 * millisecond.
 */
export const MAX_MARKDOWN_TABLE_ROWS = 2_000;
/** Steps of inline parsing, bounded by inlineParseWork(): about a second at most. */
export const MAX_MARKDOWN_INLINE_WORK = 50_000_000;

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

/** A line (ended by LF, CR or CRLF, as Markdown allows) opening with more container markup than allowed. */
const DEEP_CONTAINER = new RegExp(`^[ \\t>*+\\-\\d.)]{${MAX_MARKDOWN_LINE_PREFIX + 1}}`, 'm');
/** A line holding a pipe, to its end: a table row, with or without its leading pipe. */
const PIPE_LINE = /^[^\r\n|]*\|[^\r\n]*/gm;
/**
 * What inline parsing may have to look back or ahead from: a run of emphasis markers or backticks, a `<` (HTML,
 * comments, autolinks) or a bracket (links, images); and the blank line that ends a paragraph.
 */
const INLINE_OPENER_OR_BLANK_LINE = /[*_`]+|[<[\]]|(?:\r\n?|\n)[ \t]*(?=\r|\n|$)/g;

/**
 * An upper bound of the steps inline parsing takes: for each paragraph, its openers times its length. A marker
 * that finds no partner makes micromark look back over the paragraph (emphasis) or ahead to its end (an unclosed
 * `<!--`, a code span, a link), so 80 KB of `*a` or a masked party list (`张*`, `4101**********`) written as one
 * paragraph took it 30–60 s.
 */
export function inlineParseWork(text: string): number {
  let work = 0;
  let openers = 0;
  let paragraphStart = 0;
  INLINE_OPENER_OR_BLANK_LINE.lastIndex = 0;
  for (let m = INLINE_OPENER_OR_BLANK_LINE.exec(text); m; m = INLINE_OPENER_OR_BLANK_LINE.exec(text)) {
    const first = m[0].charCodeAt(0);
    if (first !== 0x0a && first !== 0x0d) {
      openers++;
      continue;
    }
    work += openers * (m.index - paragraphStart);
    openers = 0;
    paragraphStart = m.index;
  }
  return work + openers * (text.length - paragraphStart);
}

/** Why this Markdown should be read as plain text, in Chinese, or undefined when it can be parsed. */
export function markdownFallbackReason(text: string): string | undefined {
  if (text.length > MAX_MARKDOWN_CHARS) {
    return `文件超过 ${MAX_MARKDOWN_CHARS / 10_000} 万字，已按纯文本检查（未解析 Markdown 格式）`;
  }
  if (DEEP_CONTAINER.test(text)) {
    return '文件中的列表或引用嵌套过深，已按纯文本检查（未解析 Markdown 格式）';
  }
  if (text.includes('|')) {
    PIPE_LINE.lastIndex = 0;
    let tableRows = 0;
    while (PIPE_LINE.test(text)) {
      if (++tableRows > MAX_MARKDOWN_TABLE_ROWS) {
        return `文件中的表格超过 ${MAX_MARKDOWN_TABLE_ROWS} 行，已按纯文本检查（未解析 Markdown 格式）`;
      }
    }
  }
  if (inlineParseWork(text) > MAX_MARKDOWN_INLINE_WORK) {
    return '文件中的强调符号（*、_）、尖括号或方括号过多且集中在同一段落，已按纯文本检查（未解析 Markdown 格式）';
  }
  return undefined;
}
