/**
 * Most of a converted draft is paragraphs of plain Chinese text and `#` headings, for which a Markdown parser only
 * gives back the line itself. This module finds those lines, so that only the blocks with markup (bold item numbers,
 * lists, tables, quotes) are handed to remark — three quarters of the time of linting a Markdown draft was parsing.
 */

/** Text copied as it stands (a paragraph or a heading's content), or a stretch of blocks remark has to read. */
export interface MarkdownSegment {
  kind: 'text' | 'markup';
  start: number;
  end: number;
  /** Where the block begins (a heading's `#`): the place a line break before the segment stands for. */
  blockStart: number;
}

/**
 * Constructs that may run across a blank line (fenced code, HTML comments and other HTML blocks of types 1–5) or
 * act at a distance (link reference definitions): a file holding one is parsed whole.
 */
const SPANS_BLANK_LINES = /```|~~~|<[!?]|<\/?(?:script|pre|style|textarea)\b|^ {0,3}\[[^\]\n]*\]:/im;

/**
 * Characters that may begin inline markup (escapes, code, emphasis, links, raw HTML, entities, tables) or that
 * micromark rewrites (NUL).
 */
const INLINE_MARKUP = /[\\`*_[\]<>&|~\0]/;

/** A line's start that may open a block: indentation, quote, list, setext underline, heading, ordered list. */
const BLOCK_START = /^(?:[ \t>+\-=#]|\d{1,9}[.)])/;

/** `# 标题`: an ATX heading whose text holds no `#` (so no closing sequence) and no surrounding spaces. */
const PLAIN_HEADING = /^#{1,6}[ \t]+(?=[^ \t])/;

const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/gy;

interface Line {
  start: number;
  /** Where the line's text ends, before its line ending. */
  end: number;
  /** For a text line, where its text starts (after a heading's `#`s); -1 for a line needing the parser. */
  textStart: number;
  heading: boolean;
}

function isPlainText(text: string): boolean {
  return text !== '' && !INLINE_MARKUP.test(text) && !/^[ \t]|[ \t]$/.test(text) && !BLOCK_START.test(text);
}

function classify(text: string, start: number): Line {
  const end = start + text.length;
  const heading = PLAIN_HEADING.exec(text);
  if (heading) {
    const content = text.slice(heading[0].length);
    const plain = !content.includes('#') && isPlainText(content);
    return { start, end, textStart: plain ? start + heading[0].length : -1, heading: true };
  }
  return { start, end, textStart: isPlainText(text) ? start : -1, heading: false };
}

/** The file's lines, each with its line ending dropped; blank lines are `null`. */
function* lines(text: string): Generator<Line | null> {
  LINE.lastIndex = 0;
  while (LINE.lastIndex < text.length) {
    const start = LINE.lastIndex;
    const withEnding = LINE.exec(text)?.[0] ?? '';
    const body = withEnding.replace(/(?:\r\n|\r|\n)$/, '');
    // A blank line separates blocks; one of four columns or more may still be a line of indented code.
    yield /^ {0,3}$/.test(body) ? null : classify(body, start);
  }
}

/**
 * The file as segments in order: plain paragraphs and headings to copy, and stretches of blocks with markup to parse.
 * Consecutive blocks with markup form one stretch (a list may continue after a blank line); a plain paragraph after
 * a blank line closes any list, quote or table before it, so parsing stretches apart gives what parsing the whole
 * file gives. Null when the file holds a construct that can span a blank line.
 */
export function markdownSegments(text: string): MarkdownSegment[] | null {
  if (SPANS_BLANK_LINES.test(text)) return null;
  const segments: MarkdownSegment[] = [];
  let block: Line[] = [];
  const closeBlock = (): void => {
    if (block.length > 0) segments.push(...blockSegments(block));
    block = [];
  };
  for (const line of lines(text)) {
    if (line) block.push(line);
    else closeBlock();
  }
  closeBlock();
  return mergeMarkup(segments);
}

/** A block (lines between blank lines): its paragraphs and headings, or one markup segment if any line needs it. */
function blockSegments(block: Line[]): MarkdownSegment[] {
  const first = block[0];
  const last = block[block.length - 1];
  if (!first || !last) return [];
  if (block.some((line) => line.textStart === -1))
    return [{ kind: 'markup', start: first.start, end: last.end, blockStart: first.start }];
  const segments: MarkdownSegment[] = [];
  let paragraph: MarkdownSegment | undefined;
  for (const line of block) {
    if (line.heading) {
      paragraph = undefined;
      segments.push({ kind: 'text', start: line.textStart, end: line.end, blockStart: line.start });
    } else if (paragraph) {
      // A soft line break stays in the paragraph's text, line ending and all, as remark keeps it.
      paragraph.end = line.end;
    } else {
      paragraph = { kind: 'text', start: line.start, end: line.end, blockStart: line.start };
      segments.push(paragraph);
    }
  }
  return segments;
}

function mergeMarkup(segments: MarkdownSegment[]): MarkdownSegment[] {
  const merged: MarkdownSegment[] = [];
  for (const segment of segments) {
    const previous = merged[merged.length - 1];
    if (previous?.kind === 'markup' && segment.kind === 'markup') previous.end = segment.end;
    else merged.push(segment);
  }
  return merged;
}
