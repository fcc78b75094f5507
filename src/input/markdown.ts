/**
 * Markdown (as a .docx→Markdown converter writes it) becomes plain text, one block per line: headings, paragraphs,
 * table cells and list items. Markup characters are dropped but every kept character remembers its offset in the
 * file, including inside emphasis, tables and lists.
 */
import type { Nodes, Parent, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { type Run, SourceText } from './source-text.js';

/** Blocks whose phrasing content becomes one line of plain text. */
const LINE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'code', 'html']);

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

class PlainBuilder {
  plain = '';
  runs: Run[] = [];

  /** Appends `value`, aligning it with `original[from, to)` character by character. */
  appendAligned(value: string, original: string, from: number, to: number): void {
    let cursor = from;
    for (const ch of value) {
      const at = original.indexOf(ch, cursor);
      const mapped = at !== -1 && at < to ? at : Math.min(cursor, Math.max(from, to - 1));
      this.push(ch, mapped);
      if (at !== -1 && at < to) cursor = at + ch.length;
    }
  }

  newline(originalOffset: number): void {
    if (this.plain.length > 0 && !this.plain.endsWith('\n')) this.push('\n', originalOffset);
  }

  private push(ch: string, originalStart: number): void {
    const last = this.runs[this.runs.length - 1];
    if (
      last &&
      last.plainStart + last.length === this.plain.length &&
      last.originalStart + last.length === originalStart
    ) {
      last.length += ch.length;
    } else {
      this.runs.push({ plainStart: this.plain.length, originalStart, length: ch.length });
    }
    this.plain += ch;
  }
}

function offsets(node: Nodes): [number, number] | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? null : [start, end];
}

function hasChildren(node: Nodes): node is Nodes & Parent {
  return 'children' in node && Array.isArray(node.children);
}

export function parseMarkdown(filePath: string, original: string, encoding?: string): MarkdownText {
  // GFM for tables: converters write Word tables (property lists, instalment schedules) as pipe tables.
  const processor = unified().use(remarkParse).use(remarkGfm);
  const tree = processor.runSync(processor.parse(original)) as Root;
  const out = new PlainBuilder();
  const comments: HtmlComment[] = [];

  const appendLeaf = (node: Nodes): void => {
    const span = offsets(node);
    if (!span) return;
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      out.appendAligned(node.value, original, span[0], span[1]);
    } else if (node.type === 'break') {
      out.newline(span[0]);
    } else if (node.type === 'html') {
      if (node.value.startsWith('<!--')) comments.push({ start: span[0], end: span[1], value: node.value });
    }
  };

  // An explicit stack instead of recursion: archives contain lists and quotes nested a thousand levels deep.
  const stack: { node: Nodes; lineStart: boolean }[] = [{ node: tree, lineStart: false }];
  while (stack.length > 0) {
    const entry = stack.pop();
    if (!entry) break;
    const { node } = entry;
    const span = offsets(node);
    if (entry.lineStart && span) out.newline(span[0]);
    const numbered =
      node.type === 'listItem' && span !== null && appendListMarker(node, original, span[0], out);
    if (hasChildren(node)) {
      const block = LINE_BLOCKS.has(node.type);
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i];
        const continuesMarker = numbered && i === 0;
        if (child) stack.push({ node: child, lineStart: !block && !isInline(child) && !continuesMarker });
      }
    } else {
      appendLeaf(node);
    }
  }
  return { source: new SourceText(filePath, original, out.plain, out.runs, encoding), comments };
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
function appendListMarker(node: Nodes, original: string, start: number, out: PlainBuilder): boolean {
  const first = hasChildren(node) ? (node.children[0] as Nodes | undefined) : undefined;
  const firstStart = first ? offsets(first)?.[0] : undefined;
  if (firstStart === undefined) return false;
  const marker = original.slice(start, firstStart).trim();
  if (!/^\d{1,3}[.)]$/.test(marker)) return false;
  out.newline(start);
  out.appendAligned(marker, original, start, firstStart);
  return true;
}
