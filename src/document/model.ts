/** The document model every rule reads: kind, parties, reasoning, operative part and its items, tail. */
import type { SourceText } from '../input/source-text.js';
import { type DocumentKind, detectKind } from './kind.js';
import { type OperativeItem, splitItems } from './items.js';
import { identifierGaps, layoutGaps, tailGaps } from './layout.js';
import { type Party, findPartiesEnd, parseParties } from './parties.js';
import {
  type DocumentDate,
  findDocumentDate,
  findLateWarnings,
  findOperativeEnd,
  findOperativeHeading,
  findReasoning,
} from './sections.js';
import type { Span, TextSpan } from './span.js';
import { findAppendedSample, looksLikeCourtDocument } from './provenance.js';

export interface OperativePart extends Span {
  /** "判决如下：", "达成如下协议：" … */
  heading: TextSpan;
  items: OperativeItem[];
  sharedDeadlines: TextSpan[];
  accountNotices: TextSpan[];
}

export interface DocumentModel {
  source: SourceText;
  /** source.plain, the text all offsets refer to. */
  text: string;
  kind: DocumentKind;
  parties: Party[];
  partiesBlock: Span | null;
  reasoning: Span | null;
  operative: OperativePart | null;
  /** Late-performance warnings anywhere after the operative heading (some sit after the appeal notice). */
  lateWarnings: TextSpan[];
  /** Everything after the operative part: appeal notice, signatures, date (not an appended sample). */
  tail: Span | null;
  date: DocumentDate | null;
  /** A blank format sample appended after the signature (××××人民法院 …): not part of the document, not read. */
  appended: Span | null;
  /** Whether the text shows any sign of a court document (case number, title line, signature, the court's voice). */
  courtDocument: boolean;
  /** In a text that is no court document, the operative heading it quotes: its items are not read as orders. */
  quotedHeading: TextSpan | null;
}

/**
 * Page furniture and wrapped lines to leave out of the operative part. A copy from PDF can wrap the heading itself
 * (判决如\n下：); when no heading is found, the lines are joined from the end of the parties block (the titles
 * above it would read as running headers) and the heading is looked for in the joined text.
 */
/** Where a PDF copy's wrapping is undone: inside the head's party numbers, and throughout the operative part. */
function operativeGaps(plain: string): Span[] {
  const operativeStart = findOperativeHeading(plain)?.end;
  const from = operativeStart ?? findPartiesEnd(plain, plain.length);
  const to = findOperativeEnd(plain, from);
  return [...identifierGaps(plain, 0, from), ...layoutGaps(plain, from, to), ...tailGaps(plain, to)];
}

export function buildDocument(written: SourceText): DocumentModel {
  // A sample appended after the signature is left out of every part of the model; offsets before it are unchanged.
  const writtenSample = findAppendedSample(written.plain);
  const writtenEnd = writtenSample ?? written.plain.length;
  const gaps = operativeGaps(written.plain.slice(0, writtenEnd));
  const source = gaps.length > 0 ? written.without(gaps) : written;
  const whole = source.plain;
  // Without gaps the text is the one just searched.
  const properEnd = source === written ? writtenSample : findAppendedSample(whole);
  const text = properEnd === null ? whole : whole.slice(0, properEnd);
  const kind = detectKind(text);
  const found = findOperativeHeading(text);
  const courtDocument = looksLikeCourtDocument(text, found);
  const heading = courtDocument ? found : null;
  const headerEnd = heading ? heading.start : text.length;
  const partiesStart = kind.caseNumber ? kind.caseNumber.start + kind.caseNumber.text.length : 0;
  const partiesEnd = Math.max(partiesStart, findPartiesEnd(text, headerEnd));
  const parties = parseParties(text, partiesStart, partiesEnd);
  const reasoning = findReasoning(text, headerEnd);
  const date = findDocumentDate(text, heading ? heading.end : 0);

  const common = {
    source,
    text: whole,
    kind,
    parties,
    partiesBlock: { start: partiesStart, end: partiesEnd },
    reasoning,
    date,
    appended: properEnd === null ? null : { start: properEnd, end: whole.length },
    courtDocument,
    quotedHeading: courtDocument ? null : found,
  };
  if (!heading) {
    return { ...common, operative: null, lateWarnings: findLateWarnings(text, 0, text.length), tail: null };
  }
  const end = findOperativeEnd(text, heading.end);
  const lateWarnings = findLateWarnings(text, heading.end, text.length);
  const inside = lateWarnings.filter((w) => w.start < end);
  const split = splitItems(text, heading.end, end, inside);
  return {
    ...common,
    operative: { start: heading.start, end, heading, ...split },
    lateWarnings,
    tail: end < text.length ? { start: end, end: text.length } : null,
  };
}
