/**
 * Most of a converted draft is paragraphs of plain Chinese text, which a Markdown parser gives back unchanged. This
 * module finds the paragraphs holding no character that Markdown gives a meaning to, so that only the other blocks
 * (headings, bold item numbers, lists, tables, quotes) are handed to remark: three quarters of the time of linting a
 * Markdown draft was parsing. Nothing here reads Markdown syntax; it only recognises its absence.
 */

/** A plain paragraph, copied as it stands, or a stretch of blocks for remark to read. */
export interface MarkdownSegment {
  kind: 'text' | 'markup';
  start: number;
  end: number;
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

/**
 * A line's start or end that may make it something other than paragraph text: indentation, a quote, list or
 * heading marker, a setext underline, an ordered-list number; trailing spaces (a hard break).
 */
const BLOCK_MARKUP = /^(?:[ \t>+\-=#]|\d{1,9}[.)])|[ \t]$/;

const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/gy;

interface Line {
  start: number;
  /** Where the line's text ends, before its line ending. */
  end: number;
  plain: boolean;
}

/** The file's lines, each with its line ending dropped; blank lines are `null`. */
function* lines(text: string): Generator<Line | null> {
  LINE.lastIndex = 0;
  while (LINE.lastIndex < text.length) {
    const start = LINE.lastIndex;
    const body = (LINE.exec(text)?.[0] ?? '').replace(/(?:\r\n|\r|\n)$/, '');
    // A blank line separates blocks; one of four columns or more may still be a line of indented code.
    if (/^ {0,3}$/.test(body)) yield null;
    else
      yield { start, end: start + body.length, plain: !INLINE_MARKUP.test(body) && !BLOCK_MARKUP.test(body) };
  }
}

/**
 * The file as segments in order: plain paragraphs to copy, and stretches of blocks with markup to parse.
 * Consecutive blocks with markup form one stretch (a list may go on after a blank line); a plain paragraph after a
 * blank line closes any list, quote or table before it, so parsing the stretches apart gives what parsing the whole
 * file gives. Null when the file holds a construct that can span a blank line.
 */
export function markdownSegments(text: string): MarkdownSegment[] | null {
  if (SPANS_BLANK_LINES.test(text)) return null;
  const segments: MarkdownSegment[] = [];
  let block: Line[] = [];
  const closeBlock = (): void => {
    const [first, last, kind] = [block[0], block[block.length - 1], blockKind(block)];
    block = [];
    if (!first || !last) return;
    const previous = segments[segments.length - 1];
    if (kind === 'markup' && previous?.kind === 'markup') previous.end = last.end;
    // A paragraph's soft line breaks stay in its text, line endings and all, as remark keeps them.
    else segments.push({ kind, start: first.start, end: last.end });
  };
  for (const line of lines(text)) {
    if (line) block.push(line);
    else closeBlock();
  }
  closeBlock();
  return segments;
}

function blockKind(block: Line[]): MarkdownSegment['kind'] {
  return block.every((line) => line.plain) ? 'text' : 'markup';
}
