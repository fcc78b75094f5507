/**
 * Whether a text is a court document at all, and where it stops being one. A project's README may quote
 * "判决如下" and an example item; a draft may carry a blank format sample (××××人民法院 … 判决如下 …) after its
 * signature. Neither is a judgment: the sample must not be read as the operative part of the real document before
 * it, and a text with no sign of a court document must not pass as a clean one.
 */
import type { Span } from './span.js';
import { alternation, wordPattern, words } from '../lexicon/index.js';
import { isChineseDateLine } from './sections.js';
import { spacedAlternation } from '../lexicon/patterns.js';
import { hasCaseNumber } from './kind.js';
import { chineseCharacters } from './characters.js';

/** A line that signs a court document: the judges, the clerk, the mediator. */
const SIGNATURE_LINE = new RegExp(String.raw`^[ \t　#>*]*${spacedAlternation('signature-title')}`, 'm');

/** A line of the signature block that certifies the copy or marks the seal (本件与原本核对无异, （院印）). */
const CERTIFICATION: ReadonlySet<string> = new Set(words('certification-line'));

/** Words that announce a sample or template rather than a document (格式样本, 文书样式, 印发时删除). */
const SAMPLE_NOTICE = wordPattern('template-notice');

/** A court or case number left blank: ××××人民法院, （××××）……民初……号. */
const BLANK_HEADING =
  /(?:^|\n)[ \t　#*]*(?:[×XＸ]{2,}|……)[ \t　]*(?:市|县|区)?人民法院[ \t　*]*(?:\n|$)|[（(][ \t　]*[×XＸ]{2,}[ \t　]*[）)][^\n]{0,12}号/;

/** A court document's own title on a line: 民事判决书, 刑事裁定书, 调解书, 人民调解协议书, 支付令. */
const TITLE_LINE = new RegExp(
  String.raw`^[ \t　#*]*[^\n。，]{0,30}(?:${spacedAlternation('court-document-title', String.raw`\s?`)}|${alternation('agreement-title')})[ \t　*]*$`,
  'm',
);

/**
 * Where a blank sample appended after the document's signature starts, or null: the first line after the last
 * signature line of the document proper, when what follows announces a sample or leaves its court blank.
 */
export function findAppendedSample(plain: string): number | null {
  // What follows the signature is a suffix of the text: without a notice or a blank heading anywhere there is no
  // sample, and the line-by-line search for the signature (the costlier test) is not needed.
  if (!SAMPLE_NOTICE.test(plain) && !BLANK_HEADING.test(plain)) return null;
  const signature = SIGNATURE_LINE.exec(plain);
  if (!signature) return null;
  // The signature block: signature lines, the date and blank lines after the first signature line.
  let at = plain.indexOf('\n', signature.index);
  while (at >= 0) {
    const next = plain.indexOf('\n', at + 1);
    const line = plain.slice(at + 1, next < 0 ? plain.length : next);
    const signing =
      line.trim() === '' ||
      SIGNATURE_LINE.test(line) ||
      isChineseDateLine(line) ||
      CERTIFICATION.has(line.trim());
    if (!signing) break;
    at = next;
  }
  if (at < 0) return null;
  const rest = plain.slice(at + 1);
  const heading = BLANK_HEADING.exec(rest);
  const notice = SAMPLE_NOTICE.exec(rest.slice(0, 200));
  if (!heading && !notice) return null;
  return at + 1 + rest.length - rest.trimStart().length;
}

/** The court speaking of itself or its proceedings (本院, 经审理查明, 合议庭), as a judgment's every part does. */
const COURT_VOICE = wordPattern('court-voice');

/** A line that holds an operative heading, which a text may quote with the reasoning before it. */
const HEADING_LINE = wordPattern('operative-heading');

/**
 * Whether a text with an operative heading is a court document. Its signs: a case number, its title on a line of its
 * own, a signature, or the court's own voice in a line other than one holding an operative heading (notes may quote
 * "本院认为……判决如下："). A text that starts at or near its heading (a draft's operative part alone) is given the
 * benefit of the doubt; one that says other things first and none of them as a court is not a court document.
 */
export function looksLikeCourtDocument(plain: string, heading: Span | null): boolean {
  if (!heading) return true;
  // Any one sign will do. The court's voice comes before the title line and the signature, which are looked for
  // line by line through the whole text: most copies without a case number speak as the court early on.
  if (hasCaseNumber(plain) || speaksAsCourt(plain)) return true;
  if (TITLE_LINE.test(plain) || SIGNATURE_LINE.test(plain)) return true;
  const before = plain.slice(0, plain.lastIndexOf('\n', heading.start) + 1);
  // Twenty Chinese characters say other things first.
  return chineseCharacters(before, 20) < 20;
}

/** The court's voice in a line that holds no operative heading (its words never span a line break). */
function speaksAsCourt(plain: string): boolean {
  // Most texts without the court's voice are told apart by one search of the whole text.
  if (!COURT_VOICE.test(plain)) return false;
  for (let start = 0; ;) {
    const lineEnd = plain.indexOf('\n', start);
    const line = plain.slice(start, lineEnd < 0 ? plain.length : lineEnd);
    if (COURT_VOICE.test(line) && !HEADING_LINE.test(line)) return true;
    if (lineEnd < 0) return false;
    start = lineEnd + 1;
  }
}

/** The text a document model is built on: everything before an appended sample. */
export function documentProper(plain: string): Span {
  return { start: 0, end: findAppendedSample(plain) ?? plain.length };
}
