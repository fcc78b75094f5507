/**
 * Reads a Word .docx with mammoth. The text linted is one body paragraph per line (empty paragraphs included,
 * table cells in reading order), so a finding's line is the number of the paragraph it is in, and its column the
 * character within that paragraph. --annotate-docx relies on the same numbering to put comments back.
 * Automatic numbering is added at the start of its paragraph (docx-numbering.ts) without changing either. A package
 * over the limits of docx-package.ts (a zip bomb) is refused before anything in it is inflated.
 */
import mammoth from 'mammoth';
import { labelParagraphs, numberedSource, paragraphNumbers, withParagraphNumbers } from './docx-numbering.js';
import { docxPackageRefusal } from './docx-package.js';
import type { FailedInput, LoadedInput } from './loaded.js';
import { SourceText } from './source-text.js';
import { collectGarbage } from '../util/collect-garbage.js';

export const DOCX_ENCODING = 'Word（.docx）';
/** Paragraphs above which a document is large: the longest real judgments have about 1,000. */
const LARGE_DOCUMENT_PARAGRAPHS = 5_000;

/** The body's paragraphs as mammoth reads them: deleted revisions left out, automatic numbering not included. */
export async function docxParagraphs(bytes: Buffer): Promise<string[]> {
  const { value } = await mammoth.extractRawText({ buffer: bytes });
  // mammoth ends every paragraph with a blank line and turns line breaks into nothing, so this split is exact.
  const paragraphs = value.split('\n\n');
  if (paragraphs.at(-1) === '') paragraphs.pop();
  return paragraphs;
}

/**
 * The paragraphs, and when some are numbered automatically, the text with each number marked (numberedSource). The
 * numbers are read in one pass of their own while mammoth reads the original; only a document whose paragraphs
 * mammoth does not read in order gets them written into a copy that mammoth then reads (withParagraphNumbers).
 */
async function readParagraphs(bytes: Buffer): Promise<{ paragraphs: string[]; marked?: string }> {
  const numbers = await paragraphNumbers(bytes);
  if (numbers !== 'in-copy') {
    const paragraphs = await docxParagraphs(bytes);
    if (numbers === undefined) return { paragraphs };
    const marked = labelParagraphs(paragraphs, numbers);
    if (marked !== undefined) return { paragraphs, marked };
  }
  const numbered = await withParagraphNumbers(bytes);
  const paragraphs = await docxParagraphs(numbered ?? bytes);
  return numbered ? { paragraphs, marked: paragraphs.join('\n') } : { paragraphs };
}

export async function loadDocx(filePath: string, bytes: Buffer): Promise<LoadedInput | FailedInput> {
  let read: { paragraphs: string[]; marked?: string };
  const refusal = await docxPackageRefusal(bytes);
  if (refusal !== undefined) return { ok: false, filePath, message: refusal };
  try {
    read = await readParagraphs(bytes);
  } catch {
    return {
      ok: false,
      filePath,
      message: '无法读取该 Word 文件：文件已损坏，或并非 .docx 格式（可在 Word 中重新“另存为” .docx）',
    };
  }
  // The garbage of mammoth's XML tree, which a document of thousands of paragraphs makes large, goes before linting.
  if (read.paragraphs.length >= LARGE_DOCUMENT_PARAGRAPHS) collectGarbage();
  const source =
    read.marked !== undefined
      ? numberedSource(filePath, read.marked, DOCX_ENCODING)
      : SourceText.identity(filePath, read.paragraphs.join('\n'), DOCX_ENCODING);
  if (source.original.trim() === '') return { ok: false, filePath, message: '该 Word 文件没有正文文字' };
  return { ok: true, source, comments: [], warnings: [] };
}
