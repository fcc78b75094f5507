/**
 * Markdown (as a .docx→Markdown converter writes it) becomes plain text, one block per line: headings, paragraphs,
 * table rows and list items. Markup characters are dropped but every kept character remembers its offset in the
 * file, including inside emphasis, tables and lists.
 */
import type { Root as HastRoot, RootContent as HastNode } from 'hast';
import type { Nodes, Parent, Root } from 'mdast';
import { markdownSegments } from './markdown-blocks.js';
import { type Run, SourceText } from './source-text.js';

/** Blocks whose phrasing content becomes one line of plain text. */
const LINE_BLOCKS = new Set(['paragraph', 'heading', 'tableRow', 'code', 'html']);

/**
 * What keeps a table row's cells apart in its line: the row's own pipe, so that "1 | 电器 | 一批" does not read as
 * "1电器一批" (a row number taken for a quantity). A line holding it is a table row (src/language/lists.ts).
 */
export const CELL_SEPARATOR = '|';

export interface HtmlComment {
  /** Offset in the original file. */
  start: number;
  end: number;
  value: string;
}

export interface MarkdownText {
  source: SourceText;
  /** HTML comments, where inline directives (`<!-- zhixing-lint-disable … -->`) live. */
  comments: HtmlComment[];
}

/** How far ahead of the last aligned character the next one is looked for (escapes, entities, indentation). */
const ALIGN_WINDOW = 64;
/** What a continuation line may start with before its text: indentation and block-quote markers. */
const LINE_PREFIX = /[ \t>]/;

/**
 * Collects plain text in chunks (never char by char into one string, which on a 50 MB file costs gigabytes of
 * intermediate strings) and the runs that map it back to the file.
 */
class PlainBuilder {
  private chunks: string[] = [];
  private length = 0;
  private lastChar = '';
  /** Characters mapped but not yet appended. */
  private pending = 0;
  runs: Run[] = [];

  get plain(): string {
    return this.chunks.join('');
  }

  get atLineStart(): boolean {
    return this.lastChar === '\n';
  }

  /**
   * Appends `value`, aligning it with `original[from, to)` character by character. Each character is looked for
   * only a short way ahead, so text the parser rewrote (entities, escapes) costs a bounded search, not a scan of
   * the rest of the file; after a line break the continuation line's indentation and `>` markers are skipped.
   */
  appendAligned(value: string, original: string, from: number, to: number): void {
    // Most text is copied unchanged from the file: one run, no search.
    if (from + value.length <= to && original.startsWith(value, from)) {
      this.map(value.length, from);
      this.append(value);
      return;
    }
    let cursor = from;
    for (const ch of value) {
      const at = findNear(original, ch, cursor, Math.min(to, cursor + ALIGN_WINDOW));
      this.map(ch.length, at === -1 ? Math.min(cursor, Math.max(from, to - 1)) : at);
      if (at === -1) continue;
      cursor = at + ch.length;
      if (ch === '\n') while (cursor < to && LINE_PREFIX.test(original[cursor] ?? '')) cursor++;
    }
    this.append(value);
  }

  newline(originalOffset: number): void {
    if (this.length === 0 || this.lastChar === '\n') return;
    this.map(1, originalOffset);
    this.append('\n');
  }

  /** Records that the next `length` plain characters come from `original[originalStart…]`. */
  private map(length: number, originalStart: number): void {
    const last = this.runs[this.runs.length - 1];
    const plainStart = this.length + this.pending;
    if (
      last &&
      last.plainStart + last.length === plainStart &&
      last.originalStart + last.length === originalStart
    ) {
      last.length += length;
    } else {
      this.runs.push({ plainStart, originalStart, length });
    }
    this.pending += length;
  }

  private append(text: string): void {
    if (text === '') return;
    this.chunks.push(text);
    this.length += text.length;
    this.pending = 0;
    this.lastChar = text[text.length - 1] ?? '';
  }
}

/** `text.indexOf(ch, from)` that gives up at `to` instead of scanning the rest of the file. */
function findNear(text: string, ch: string, from: number, to: number): number {
  if (from >= to) return -1;
  const at = text.slice(from, to).indexOf(ch);
  return at === -1 ? -1 : from + at;
}

/** A node's span in the file, for a tree parsed from the file's text at `base` onwards. */
function offsets(node: Nodes, base: number): [number, number] | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? null : [base + start, base + end];
}

function hasChildren(node: Nodes): node is Nodes & Parent {
  return 'children' in node && Array.isArray(node.children);
}

let remark: ((text: string) => Root) | undefined;
let parseHtml: ((html: string) => HastRoot) | undefined;

/** Thrown by parseMarkdown on a file that needs remark (or, for raw HTML, the HTML parser) not yet loaded. */
export class MarkdownParserNotLoaded extends Error {
  constructor(readonly needsHtml: boolean) {
    super('loadMarkdownParser() must run before parsing this Markdown');
  }
}

/** Raw HTML in Markdown begins with a tag: `<p`, `</p`, `<br`. */
const HTML_TAG_START = /<\/?[A-Za-z]/;

/**
 * Loads remark (about 0.07 s, a quarter of a cold run) only when a Markdown file is read, and the HTML parser only
 * when one holds raw HTML: a batch of plain-text archives never pays for either. load.ts retries a file after
 * loading what it needs; code that calls parseMarkdown directly awaits this first.
 */
export async function loadMarkdownParser({ html = true }: { html?: boolean } = {}): Promise<void> {
  if (html && !parseHtml) {
    const { fromHtml } = await import('hast-util-from-html');
    parseHtml = (fragment) => fromHtml(fragment, { fragment: true });
  }
  if (remark) return;
  const [
    { unified },
    { default: remarkParse },
    { default: remarkCjkFriendly },
    { gfmTable },
    { gfmTableFromMarkdown },
  ] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-cjk-friendly'),
    import('micromark-extension-gfm-table'),
    import('mdast-util-gfm-table'),
  ]);
  // Of GFM only tables: converters write Word tables (property lists, instalment schedules) as pipe tables.
  // Registered the way remark plugins register syntax extensions. Built once: configuring the parser costs more
  // than parsing a short draft.
  // remark-cjk-friendly lets bold close after Chinese punctuation: a converter's "**一、**被告…" is bold, not
  // literal asterisks that would hide the item number.
  const plain = unified().use(remarkParse).use(remarkCjkFriendly).freeze();
  const withTables = unified()
    .use(remarkParse)
    .use(remarkCjkFriendly)
    .use(function remarkTables() {
      const data = this.data();
      (data.micromarkExtensions ??= []).push(gfmTable());
      (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
    })
    .freeze();
  // The table construct is tried at the start of every line and makes parsing about 40 % slower; a file with no
  // "|" cannot hold a table (its delimiter row needs one), so it is parsed without it.
  remark = (text) => {
    const processor = text.includes('|') ? withTables : plain;
    return processor.runSync(processor.parse(text)) as Root;
  };
}

/**
 * Markdown to plain text, block by block along remark's syntax tree. Paragraphs without markup are copied as they
 * stand; remark reads only the stretches with markup (see markdown-blocks.ts), and is not even loaded for a file
 * without any.
 */
export function parseMarkdown(filePath: string, original: string, encoding?: string): MarkdownText {
  const needsHtml = !parseHtml && HTML_TAG_START.test(original);
  const segments = markdownSegments(original) ?? [{ kind: 'markup', start: 0, end: original.length }];
  const parse = remark;
  if ((!parse && segments.some((segment) => segment.kind === 'markup')) || needsHtml)
    throw new MarkdownParserNotLoaded(needsHtml);
  const markup = boldUnderscoresAsAsterisks(original);
  const out = new PlainBuilder();
  const comments: HtmlComment[] = [];
  for (const { kind, start, end } of segments) {
    if (kind === 'text') {
      out.newline(start);
      out.appendAligned(original.slice(start, end), original, start, end);
    } else if (parse) {
      appendTree(parse(markup.slice(start, end)), start, original, out, comments);
    }
  }
  return { source: new SourceText(filePath, original, out.plain, out.runs, encoding), comments };
}

/** Appends the text of a tree parsed from the file's text at `base` onwards. */
function appendTree(
  tree: Root,
  base: number,
  original: string,
  out: PlainBuilder,
  comments: HtmlComment[],
): void {
  const appendLeaf = (node: Nodes): void => {
    const span = offsets(node, base);
    if (!span) return;
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      // "；<br>\n二、…": the <br> already broke the line, the source line end after it adds no empty line.
      const value = out.atLineStart && node.value.startsWith('\n') ? node.value.slice(1) : node.value;
      out.appendAligned(value, original, span[0], span[1]);
    } else if (node.type === 'break') {
      out.newline(span[0]);
    } else if (node.type === 'html') {
      if (node.value.startsWith('<!--')) comments.push({ start: span[0], end: span[1], value: node.value });
      else appendHtmlText(node.value, original, span[0], span[1], out);
    }
  };

  // An explicit stack instead of recursion: archives contain lists and quotes nested a thousand levels deep.
  const stack: { node: Nodes; lineStart: boolean; afterCell?: boolean }[] = [
    { node: tree, lineStart: false },
  ];
  while (stack.length > 0) {
    const entry = stack.pop();
    if (!entry) break;
    const { node } = entry;
    const span = offsets(node, base);
    if (entry.lineStart && span) out.newline(span[0]);
    // A cell after the first opens with the pipe that separates it from the one before.
    if (entry.afterCell && span) out.appendAligned(CELL_SEPARATOR, original, span[0], span[1]);
    const numbered =
      node.type === 'listItem' && span !== null && appendListMarker(node, base, original, span[0], out);
    if (hasChildren(node)) {
      const block = LINE_BLOCKS.has(node.type);
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i];
        const continuesMarker = numbered && i === 0;
        if (!child) continue;
        const lineStart = !block && !isInline(child) && !continuesMarker;
        stack.push({ node: child, lineStart, afterCell: child.type === 'tableCell' && i > 0 });
      }
    } else {
      appendLeaf(node);
    }
  }
}

const INLINE_TYPES = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'link',
  'break',
  'image',
]);

function isInline(node: Nodes): boolean {
  return INLINE_TYPES.has(node.type);
}

/** Ordered-list numbers ("1.") are item numbers in a judgment; Markdown drops them, so put them back. */
function appendListMarker(
  node: Nodes,
  base: number,
  original: string,
  start: number,
  out: PlainBuilder,
): boolean {
  const first = hasChildren(node) ? (node.children[0] as Nodes | undefined) : undefined;
  const firstStart = first ? offsets(first, base)?.[0] : undefined;
  if (firstStart === undefined) return false;
  const marker = original.slice(start, firstStart).trim();
  if (!/^\d{1,3}[.)]$/.test(marker)) return false;
  out.newline(start);
  out.appendAligned(marker, original, start, firstStart);
  return true;
}

/** Elements after which the text goes on in a new line: a paragraph, heading, cell or row (and `<br>` itself). */
const HTML_LINE_END = new Set([
  'br',
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'td',
  'th',
  'tr',
  'center',
]);

/**
 * The text of raw HTML: converters centre titles and right-align the signature and date in `<p align="…">`, and
 * write Word's line breaks as `<br>`. Dropping the HTML would lose the court, the case number or the date. The
 * fragment is parsed by hast-util-from-html (parse5: tags, entities), whose offsets map each text back to the file.
 */
function appendHtmlText(html: string, original: string, from: number, to: number, out: PlainBuilder): void {
  // Not loaded only for a file without tags, whose raw HTML (<!DOCTYPE …>, <?…?>) holds no text.
  if (!parseHtml) return;
  const tree = parseHtml(html);
  /** Where a line-ending element ended; the break is written only if text follows in this block. */
  let lineEnd: number | null = null;
  // An explicit stack, as for the Markdown tree; a `closes` entry marks where an element's children end.
  const stack: (HastNode | { closes: string; at: number })[] = [...tree.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    if ('closes' in node) {
      if (HTML_LINE_END.has(node.closes)) lineEnd ??= node.at;
      continue;
    }
    const start = from + (node.position?.start.offset ?? 0);
    if (node.type === 'text') {
      if (node.value.trim() === '') continue;
      if (lineEnd !== null) out.newline(lineEnd);
      lineEnd = null;
      out.appendAligned(node.value, original, start, to);
    } else if (node.type === 'element') {
      stack.push({ closes: node.tagName, at: from + (node.position?.end.offset ?? html.length) });
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i];
        if (child) stack.push(child);
      }
    }
  }
  // An inline <br> is a node of its own: the text after it comes in the next node.
  if (lineEnd !== null && /^<br\b/i.test(html.trim())) out.newline(lineEnd);
}

/**
 * Bold written with underscores (mammoth writes `__一、__被告…`): CommonMark lets `__` close only before a space or
 * punctuation, so after a Chinese item number it stays literal and hides the number. Such a pair becomes `**`
 * (same length, so offsets hold). Only a pair opening a line or after a space: blanks (`于__年__月`, `（大写：__）元`)
 * sit inside the text.
 */
function boldUnderscoresAsAsterisks(text: string): string {
  if (!text.includes('__')) return text;
  return text.replace(
    /(^|\s)__(?![_\s])([^\n_]*?\p{P})(?<!_)__(?=[^\s\p{P}_])/gmu,
    (_match, before: string, inner: string) => `${before}**${inner}**`,
  );
}
