/**
 * Word's automatic numbering ("一、", "（二）", "3.") is not paragraph text: Word draws it from word/numbering.xml
 * (ECMA-376 Part 1 §17.9). mammoth reads only the text, so this module renders each numbered paragraph's number
 * and writes it, between two marker characters, as a run at the start of that paragraph in a copy of the
 * package. mammoth then reads the copy with the numbers where Word shows them, in exactly its own paragraph
 * order; numberedSource() takes the markers out again and keeps positions pointing at the paragraph's own text.
 */
import { XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { formatListNumber } from './docx-number-formats.js';
import { DOCUMENT_PART, W, parseXml } from './docx-xml.js';
import { type Run, SourceText } from './source-text.js';

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
/** Unicode noncharacters, reserved for internal use: never in a Word document's text. */
export const NUMBER_START = '\uFDD0';
export const NUMBER_END = '\uFDD1';
const LEVELS = 9;
/** How deep a chain of styles (basedOn) or style-linked numbering is followed before it is taken as a cycle. */
const MAX_CHAIN = 16;

interface Level {
  start: number;
  format: string;
  /** w:lvlText: "%1、", "（%1）", "%1.%2"; null when the level shows no number. */
  text: string | null;
  /** w:lvlRestart: the level restarts when a level above this one (1-based) is used; 0 = never. */
  restartAfter: number | undefined;
  /** w:isLgl: every level's number shown in Arabic numerals. */
  legal: boolean;
  /** What follows the number (w:suff): a tab unless the level says a space or nothing. */
  suffix: string;
}

interface AbstractNumbering {
  levels: (Level | undefined)[];
  /** w:numStyleLink: the levels are those of the numbering style of this name. */
  styleLink: string | undefined;
  /** Level index of each paragraph style linked to a level (w:lvl/w:pStyle). */
  styleLevels: Map<string, number>;
}

interface NumberingInstance {
  abstractId: string;
  /** w:lvlOverride/w:lvl: levels this list defines itself. */
  levels: Map<number, Level>;
  /** w:lvlOverride/w:startOverride: levels that start again, at this number, where this list is first used. */
  starts: Map<number, number>;
}

interface StyleNumbering {
  basedOn: string | undefined;
  numId: string | undefined;
  ilvl: number | undefined;
}

interface Definitions {
  abstracts: Map<string, AbstractNumbering>;
  instances: Map<string, NumberingInstance>;
  styles: Map<string, StyleNumbering>;
  defaultStyle: string | undefined;
}

function child(element: Element, name: string): Element | undefined {
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (isElement(node) && node.namespaceURI === W && node.localName === name) return node;
  }
  return undefined;
}

function children(element: Element, name: string): Element[] {
  const found: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (isElement(node) && node.namespaceURI === W && node.localName === name) found.push(node);
  }
  return found;
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function attribute(element: Element | undefined, name: string): string | undefined {
  return element?.getAttributeNS(W, name) ?? undefined;
}

function valueOf(element: Element, name: string): string | undefined {
  return attribute(child(element, name), 'val');
}

function integer(text: string | undefined): number | undefined {
  const n = text === undefined ? NaN : Number.parseInt(text, 10);
  return Number.isFinite(n) ? n : undefined;
}

const SUFFIXES: Record<string, string> = { tab: '\t', space: ' ', nothing: '' };

function readLevel(lvl: Element): Level {
  const text = child(lvl, 'lvlText');
  const legal = child(lvl, 'isLgl');
  return {
    // ECMA-376 §17.9.25: a level without w:start starts at 0.
    start: integer(valueOf(lvl, 'start')) ?? 0,
    format: valueOf(lvl, 'numFmt') ?? 'decimal',
    text: text ? (attribute(text, 'val') ?? null) : null,
    restartAfter: integer(valueOf(lvl, 'lvlRestart')),
    legal: legal !== undefined && !['0', 'false', 'off'].includes(attribute(legal, 'val') ?? ''),
    suffix: SUFFIXES[valueOf(lvl, 'suff') ?? 'tab'] ?? '\t',
  };
}

function levelIndex(text: string | undefined): number | undefined {
  const index = integer(text);
  return index !== undefined && index >= 0 && index < LEVELS ? index : undefined;
}

function readAbstract(element: Element): AbstractNumbering {
  const levels: (Level | undefined)[] = [];
  const styleLevels = new Map<string, number>();
  for (const lvl of children(element, 'lvl')) {
    const index = levelIndex(attribute(lvl, 'ilvl')) ?? 0;
    levels[index] = readLevel(lvl);
    const style = valueOf(lvl, 'pStyle');
    if (style !== undefined) styleLevels.set(style, index);
  }
  return { levels, styleLink: valueOf(element, 'numStyleLink'), styleLevels };
}

function readInstance(element: Element, abstractId: string): NumberingInstance {
  const levels = new Map<number, Level>();
  const starts = new Map<number, number>();
  for (const override of children(element, 'lvlOverride')) {
    const index = levelIndex(attribute(override, 'ilvl'));
    if (index === undefined) continue;
    const lvl = child(override, 'lvl');
    if (lvl) levels.set(index, readLevel(lvl));
    const start = integer(valueOf(override, 'startOverride'));
    if (start !== undefined) starts.set(index, start);
  }
  return { abstractId, levels, starts };
}

function readStyles(doc: Document | undefined): Pick<Definitions, 'styles' | 'defaultStyle'> {
  const styles = new Map<string, StyleNumbering>();
  let defaultStyle: string | undefined;
  for (const style of doc ? Array.from(doc.getElementsByTagNameNS(W, 'style')) : []) {
    const id = attribute(style, 'styleId');
    if (id === undefined) continue;
    const type = attribute(style, 'type');
    if (type === 'paragraph' && ['1', 'true', 'on'].includes(attribute(style, 'default') ?? ''))
      defaultStyle = id;
    const numPr = numberingProperties(style);
    styles.set(id, { basedOn: valueOf(style, 'basedOn'), ...numPr });
  }
  return { styles, defaultStyle };
}

function numberingProperties(owner: Element): { numId: string | undefined; ilvl: number | undefined } {
  const pPr = child(owner, 'pPr');
  const numPr = pPr && child(pPr, 'numPr');
  if (!numPr) return { numId: undefined, ilvl: undefined };
  return { numId: valueOf(numPr, 'numId'), ilvl: levelIndex(valueOf(numPr, 'ilvl')) };
}

function readDefinitions(numbering: Document, styles: Document | undefined): Definitions {
  const abstracts = new Map<string, AbstractNumbering>();
  for (const element of Array.from(numbering.getElementsByTagNameNS(W, 'abstractNum'))) {
    const id = attribute(element, 'abstractNumId');
    if (id !== undefined) abstracts.set(id, readAbstract(element));
  }
  const instances = new Map<string, NumberingInstance>();
  for (const element of Array.from(numbering.getElementsByTagNameNS(W, 'num'))) {
    const id = attribute(element, 'numId');
    const abstractId = valueOf(element, 'abstractNumId');
    if (id !== undefined && abstractId !== undefined) instances.set(id, readInstance(element, abstractId));
  }
  return { abstracts, instances, ...readStyles(styles) };
}

/** The abstract numbering whose levels an instance shows, following numbering-style links. */
function resolveAbstract(defs: Definitions, abstractId: string): string | undefined {
  let id = abstractId;
  for (let depth = 0; depth < MAX_CHAIN; depth++) {
    const link = defs.abstracts.get(id)?.styleLink;
    if (link === undefined) return defs.abstracts.has(id) ? id : undefined;
    const numId = defs.styles.get(link)?.numId;
    const next = numId === undefined ? undefined : defs.instances.get(numId)?.abstractId;
    if (next === undefined) return undefined;
    id = next;
  }
  return undefined;
}

/** What a paragraph's own properties say about its numbering: w:pPr/w:numPr and w:pPr/w:pStyle. */
interface OwnNumbering {
  numId: string | undefined;
  ilvl: number | undefined;
  pStyle: string | undefined;
}

function ownNumbering(p: Element): OwnNumbering {
  const pPr = child(p, 'pPr');
  return { ...numberingProperties(p), pStyle: pPr && valueOf(pPr, 'pStyle') };
}

/** The paragraph's numbering: its own w:numPr, else its style's (through basedOn); numId 0 removes numbering. */
function paragraphNumbering(
  defs: Definitions,
  own: OwnNumbering,
): { numId: string; ilvl: number; styleId: string | undefined } | undefined {
  const styleId = own.pStyle ?? defs.defaultStyle;
  let numId = own.numId;
  let ilvl = own.ilvl;
  let style = styleId;
  for (let depth = 0; style !== undefined && depth < MAX_CHAIN; depth++) {
    const found = defs.styles.get(style);
    numId ??= found?.numId;
    ilvl ??= found?.ilvl;
    style = found?.basedOn;
  }
  if (numId === undefined || numId === '0') return undefined;
  return { numId, ilvl: ilvl ?? -1, styleId };
}

interface ResolvedList {
  instance: NumberingInstance;
  abstractId: string;
  abstract: AbstractNumbering;
  levels: (Level | undefined)[];
}

/** Counts each list as Word does: per abstract numbering and level, lower levels restarting under higher ones. */
class ListCounters {
  private readonly counts = new Map<string, (number | undefined)[]>();
  private readonly startedInstances = new Set<string>();
  /** Each list's abstract numbering and levels, resolved once: a document may number 100,000 paragraphs. */
  private readonly lists = new Map<string, ResolvedList | undefined>();

  constructor(private readonly defs: Definitions) {}

  private list(numId: string): ResolvedList | undefined {
    if (this.lists.has(numId)) return this.lists.get(numId);
    const instance = this.defs.instances.get(numId);
    const abstractId = instance && resolveAbstract(this.defs, instance.abstractId);
    const abstract = abstractId === undefined ? undefined : this.defs.abstracts.get(abstractId);
    const list =
      instance && abstractId !== undefined && abstract
        ? {
            instance,
            abstractId,
            abstract,
            levels: Array.from({ length: LEVELS }, (_, i) => levelOf(instance, abstract, i)),
          }
        : undefined;
    this.lists.set(numId, list);
    return list;
  }

  /** The number shown before a paragraph in list `numId` at level `ilvl` (-1: the level its style links to). */
  next(numId: string, requestedLevel: number, styleId: string | undefined): string | undefined {
    const list = this.list(numId);
    if (!list) return undefined;
    const { instance, abstractId, abstract, levels } = list;
    const linked = styleId === undefined ? undefined : abstract.styleLevels.get(styleId);
    const ilvl = requestedLevel >= 0 ? requestedLevel : (linked ?? 0);
    const level = levels[ilvl];
    if (!level) return undefined;
    const counts = this.countsOf(abstractId, numId, instance);
    counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl] + 1;
    for (let deeper = ilvl + 1; deeper < LEVELS; deeper++) {
      if (ilvl < (levels[deeper]?.restartAfter ?? deeper)) counts[deeper] = undefined;
    }
    if (level.format === 'bullet' || level.text === null) return undefined;
    const text = level.text.replace(/%([1-9])/g, (_, n: string) => {
      const shown = levels[Number(n) - 1];
      const value = counts[Number(n) - 1] ?? shown?.start ?? 0;
      return formatListNumber(value, level.legal ? 'decimal' : (shown?.format ?? 'decimal'));
    });
    return text === '' ? undefined : text + level.suffix;
  }

  private countsOf(abstractId: string, numId: string, instance: NumberingInstance): (number | undefined)[] {
    const counts = this.counts.get(abstractId) ?? [];
    this.counts.set(abstractId, counts);
    if (!this.startedInstances.has(numId)) {
      this.startedInstances.add(numId);
      for (const restarted of instance.starts.keys()) counts[restarted] = undefined;
    }
    return counts;
  }
}

function levelOf(instance: NumberingInstance, abstract: AbstractNumbering, index: number): Level | undefined {
  const level = instance.levels.get(index) ?? abstract.levels[index];
  const start = instance.starts.get(index);
  return level && start !== undefined ? { ...level, start } : level;
}

function hasAncestor(node: Element, test: (element: Element) => boolean): boolean {
  for (let parent = node.parentNode; parent && isElement(parent); parent = parent.parentNode) {
    if (test(parent)) return true;
  }
  return false;
}

/** Paragraphs mammoth does not read: in a deleted table row, or in the alternate content it skips (mc:Choice). */
function unread(p: Element): boolean {
  return hasAncestor(
    p,
    (e) =>
      (e.namespaceURI === MC && e.localName === 'Choice') ||
      (e.namespaceURI === W && e.localName === 'tr' && deletedMark(e, 'trPr')),
  );
}

/** A deleted paragraph mark (w:pPr/w:rPr/w:del) or table row (w:trPr/w:del). */
function deletedMark(element: Element, properties: 'pPr' | 'trPr'): boolean {
  const props = child(element, properties);
  const holder = props && (properties === 'pPr' ? child(props, 'rPr') : props);
  return holder !== undefined && child(holder, 'del') !== undefined;
}

/** The run a number is written in, `<w:r><w:t xml:space="preserve"/></w:r>`, to copy for each paragraph. */
function numberRun(doc: Document): Element {
  const run = doc.createElementNS(W, 'w:r');
  const t = doc.createElementNS(W, 'w:t');
  t.setAttribute('xml:space', 'preserve');
  run.appendChild(t);
  return run;
}

/** Puts a copy of `template` (numberRun) holding `text` first in `p`, after its properties. */
function insertNumber(doc: Document, template: Element, p: Element, text: string): void {
  // A copy, not a new element: creating one validates its name, which took a tenth of the time on long lists.
  const run = template.cloneNode(true);
  run.firstChild?.appendChild(doc.createTextNode(`${NUMBER_START}${text}${NUMBER_END}`));
  const first = p.firstChild;
  const afterProperties = first && isElement(first) && first.localName === 'pPr' ? first.nextSibling : first;
  p.insertBefore(run, afterProperties);
}

function numberOf(counters: ListCounters, defs: Definitions, own: OwnNumbering): string | undefined {
  const numbering = paragraphNumbering(defs, own);
  return numbering && counters.next(numbering.numId, numbering.ilvl, numbering.styleId);
}

/** Writes each numbered paragraph's number into it; returns how many were numbered. */
function numberParagraphs(doc: Document, defs: Definitions): number {
  const counters = new ListCounters(defs);
  const template = numberRun(doc);
  let numbered = 0;
  // A paragraph whose mark was deleted is joined to the next one, which keeps its own numbering: mammoth puts
  // the deleted-mark paragraph's text first, so the number goes there.
  let joinedStart: Element | undefined;
  for (const p of Array.from(doc.getElementsByTagNameNS(W, 'p'))) {
    if (unread(p)) continue;
    if (deletedMark(p, 'pPr')) {
      joinedStart ??= p;
      continue;
    }
    const target = joinedStart ?? p;
    joinedStart = undefined;
    const text = numberOf(counters, defs, ownNumbering(p));
    if (text === undefined) continue;
    insertNumber(doc, template, target, text);
    numbered++;
  }
  return numbered;
}

/** The parts numbering needs, when the document may have any; undefined when it has none (or is unreadable here). */
async function numberingParts(
  bytes: Buffer,
): Promise<{ zip: JSZip; documentXml: string; defs: Definitions } | undefined> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return undefined;
  }
  const read = (part: string): Promise<string | undefined> =>
    zip.file(part)?.async('string') ?? Promise.resolve(undefined);
  const [documentXml, numberingXml, stylesXml] = await Promise.all(
    [DOCUMENT_PART, 'word/numbering.xml', 'word/styles.xml'].map(read),
  );
  if (documentXml === undefined || numberingXml === undefined) return undefined;
  if (!documentXml.includes('numPr') && !stylesXml?.includes('numPr')) return undefined;
  if (documentXml.includes(NUMBER_START) || documentXml.includes(NUMBER_END)) return undefined;
  const numbering = parseXml(numberingXml);
  if (!numbering) return undefined;
  const defs = readDefinitions(numbering, stylesXml === undefined ? undefined : parseXml(stylesXml));
  return { zip, documentXml, defs };
}

/**
 * A copy of the package whose automatically numbered paragraphs begin with their number between NUMBER_START and
 * NUMBER_END; undefined when the document has no numbering or cannot be read here (mammoth then reports what is
 * wrong with it). This edits the document as a DOM and packs it again: paragraphNumbers() is the fast way, and
 * this the way for the documents whose paragraphs it cannot count as mammoth reads them.
 */
export async function withParagraphNumbers(bytes: Buffer): Promise<Buffer | undefined> {
  const parts = await numberingParts(bytes);
  if (!parts) return undefined;
  const doc = parseXml(parts.documentXml);
  if (!doc || numberParagraphs(doc, parts.defs) === 0) return undefined;
  parts.zip.file(DOCUMENT_PART, new XMLSerializer().serializeToString(doc));
  return parts.zip.generateAsync({ type: 'nodebuffer' });
}

/**
 * Body elements mammoth reads paragraphs from in document order, one line each. A paragraph anywhere else (a text
 * box, alternate content, a deleted paragraph or table row, an element mammoth ignores) is read out of order or
 * not at all: for such a document paragraphNumbers() leaves the numbers to withParagraphNumbers().
 */
const IN_ORDER = new Set([
  'document',
  'body',
  'tbl',
  'tr',
  'tc',
  'sdt',
  'sdtContent',
  'customXml',
  'ins',
  'moveTo',
]);

/** Thrown to stop reading a document whose paragraphs are not all in order. */
class NotInOrder extends Error {}

/** The automatic number of each paragraph mammoth reads, by its index among them (undefined: no number). */
export interface ParagraphLabels {
  labels: readonly (string | undefined)[];
}

/** A paragraph's properties as the stream passes them: the first w:pPr, its w:pStyle, w:numPr and w:rPr/w:del. */
class ParagraphProperties implements OwnNumbering {
  numId: string | undefined;
  ilvl: number | undefined;
  pStyle: string | undefined;
  deleted = false;
  private readonly seen = new Set<string>();

  /** The first element of each name is the one Word (and withParagraphNumbers) reads. */
  first(path: string): boolean {
    if (this.seen.has(path)) return false;
    this.seen.add(path);
    return true;
  }
}

function wordValue(tag: SaxesTagNS): string | undefined {
  for (const name in tag.attributes) {
    const attribute = tag.attributes[name];
    if (attribute?.uri === W && attribute.local === 'val') return attribute.value;
  }
  return undefined;
}

/**
 * Reads the numbers of the paragraphs in one pass over word/document.xml, as a stream of tags (no DOM, nothing
 * written back), by the same rules as withParagraphNumbers(); mammoth reads the original package and
 * labelParagraphs() puts each number before its paragraph. Undefined when no paragraph is numbered; 'in-copy' when
 * a paragraph is where mammoth does not read it in order, or the XML is one the stream parser refuses.
 */
export async function paragraphNumbers(bytes: Buffer): Promise<ParagraphLabels | 'in-copy' | undefined> {
  const parts = await numberingParts(bytes);
  if (!parts) return undefined;
  const counters = new ListCounters(parts.defs);
  const labels: (string | undefined)[] = [];
  let numbered = 0;
  const open: SaxesTagNS[] = [];
  let paragraph: ParagraphProperties | undefined;
  let paragraphDepth = 0;
  /** For each open element inside the paragraph, its path from it; '!' below an element that is not read. */
  const paths: string[] = [];
  const parser = new SaxesParser({ xmlns: true, position: false });
  parser.on('error', () => {
    throw new NotInOrder();
  });
  parser.on('opentag', (tag) => {
    const depth = open.length;
    open.push(tag);
    if (tag.uri === W && tag.local === 'p') {
      if (!open.every((t, i) => i === depth || (t.uri === W && IN_ORDER.has(t.local))))
        throw new NotInOrder();
      paragraph = new ParagraphProperties();
      paragraphDepth = depth;
      paths[depth] = '';
      return;
    }
    if (
      tag.uri === W &&
      tag.local === 'del' &&
      open[depth - 1]?.local === 'trPr' &&
      open[depth - 2]?.local === 'tr'
    ) {
      throw new NotInOrder();
    }
    if (!paragraph) return;
    // The path from the paragraph, through the first child of each name only (as withParagraphNumbers reads it),
    // and only into the paragraph's properties: runs and their text are passed over.
    const parent = paths[depth - 1] ?? '!';
    const inProperties = parent === '' ? tag.local === 'pPr' : parent !== '!';
    const path = inProperties && tag.uri === W ? `${parent}/${tag.local}` : '!';
    paths[depth] = path !== '!' && paragraph.first(path) ? path : '!';
    if (paths[depth] === '/pPr/pStyle') paragraph.pStyle = wordValue(tag);
    else if (paths[depth] === '/pPr/numPr/numId') paragraph.numId = wordValue(tag);
    else if (paths[depth] === '/pPr/numPr/ilvl') paragraph.ilvl = levelIndex(wordValue(tag));
    else if (paths[depth] === '/pPr/rPr/del') paragraph.deleted = true;
  });
  parser.on('closetag', () => {
    open.pop();
    if (!paragraph || open.length !== paragraphDepth) return;
    // A paragraph whose mark was deleted is joined to the next one: mammoth reads them as one, numbered as the next.
    if (!paragraph.deleted) {
      const label = numberOf(counters, parts.defs, paragraph);
      labels.push(label);
      if (label !== undefined) numbered++;
    }
    paragraph = undefined;
  });
  try {
    parser.write(parts.documentXml).close();
  } catch (error) {
    if (error instanceof NotInOrder) return 'in-copy';
    throw error;
  }
  return numbered === 0 ? undefined : { labels };
}

/**
 * mammoth's paragraphs with the numbers of paragraphNumbers() in front, marked as withParagraphNumbers() marks
 * them, for numberedSource(); undefined when mammoth read a different number of paragraphs than were counted.
 */
export function labelParagraphs(paragraphs: readonly string[], numbers: ParagraphLabels): string | undefined {
  if (paragraphs.length !== numbers.labels.length) return undefined;
  return paragraphs
    .map((text, i) => {
      const label = numbers.labels[i];
      return label === undefined ? text : `${NUMBER_START}${label}${NUMBER_END}${text}`;
    })
    .join('\n');
}

/**
 * The text to lint from mammoth's reading of withParagraphNumbers(): the numbers stay in the text, while the
 * original (what line and column count) is the paragraphs' own text, so a number's characters point at the first
 * character of its paragraph and every other column is the one inside the paragraph as before.
 */
export function numberedSource(filePath: string, marked: string, encoding: string): SourceText {
  const plain: string[] = [];
  const original: string[] = [];
  const runs: Run[] = [];
  let plainLength = 0;
  let originalLength = 0;
  const copy = (text: string): void => {
    if (text === '') return;
    runs.push({ plainStart: plainLength, originalStart: originalLength, length: text.length });
    plain.push(text);
    original.push(text);
    plainLength += text.length;
    originalLength += text.length;
  };
  let from = 0;
  for (let start = marked.indexOf(NUMBER_START); start !== -1; start = marked.indexOf(NUMBER_START, from)) {
    const end = marked.indexOf(NUMBER_END, start);
    if (end === -1) break;
    copy(marked.slice(from, start));
    const number = marked.slice(start + 1, end);
    plain.push(number);
    plainLength += number.length;
    from = end + 1;
  }
  copy(marked.slice(from));
  return new SourceText(filePath, original.join(''), plain.join(''), runs, encoding);
}
