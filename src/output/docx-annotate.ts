/**
 * --annotate-docx: a copy of the judge's Word draft with each finding as a review comment (批注) on the paragraph
 * it is about. The comments part is written by hand following OOXML (ECMA-376 Part 1, §17.13.4): word/comments.xml,
 * its relationship from document.xml, its content type, and commentRangeStart / commentRangeEnd /
 * commentReference around the paragraph's runs. The original file is only read.
 */
import { XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import type { Finding } from '../engine/finding.js';
import { maxOf } from '../util/arrays.js';
import { AnnotateError } from './docx-annotate-error.js';
import { docxParagraphs } from '../input/docx.js';
import { DOCUMENT_PART, W, parseXml as readXml } from '../input/docx-xml.js';

const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';
const COMMENTS_REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const AUTHOR = 'zhixing-lint';
/** How far ahead to look for a paragraph whose text matches the one mammoth read. */
const LOOKAHEAD = 40;

export { AnnotateError };

function parseXml(xml: string, part: string): Document {
  const doc = readXml(xml);
  if (!doc) throw new AnnotateError(`Word 文件中的 ${part} 无法解析`);
  return doc;
}

function elements(root: Document | Element, ns: string, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, name));
}

/** A paragraph's text as mammoth reads it: text runs and tabs, deleted revisions left out. */
function paragraphText(p: Element): string {
  let text = '';
  for (const node of elements(p, W, '*')) {
    if (node.localName === 't') text += node.textContent ?? '';
    else if (node.localName === 'tab' && node.parentNode?.localName === 'r') text += '\t';
  }
  return text;
}

function normalise(text: string): string {
  return text.replace(/\s/g, '');
}

/**
 * Pairs each paragraph mammoth read (a line of the linted text) with a w:p element, by text and in order, so that
 * elements mammoth skips (or reads differently) do not shift every comment after them.
 */
export function alignParagraphs(
  lines: readonly string[],
  xmlTexts: readonly string[],
): (number | undefined)[] {
  const wanted = xmlTexts.map(normalise);
  let cursor = 0;
  return lines.map((line) => {
    const target = normalise(line);
    const limit = Math.min(wanted.length, cursor + LOOKAHEAD);
    for (let j = cursor; j < limit; j++) {
      if (wanted[j] === target) {
        cursor = j + 1;
        return j;
      }
    }
    return undefined;
  });
}

function commentText(f: Finding): string[] {
  return [
    `【${f.severity === 'error' ? '错误' : '警告'}】${f.message}（${f.ruleId}）`,
    `依据：${f.citation}`,
    ...(f.suggestion ? [`建议：${f.suggestion}`] : []),
  ];
}

function wElement(doc: Document, name: string, attributes: Record<string, string> = {}): Element {
  const element = doc.createElementNS(W, `w:${name}`);
  for (const [key, value] of Object.entries(attributes)) element.setAttributeNS(W, `w:${key}`, value);
  return element;
}

function commentElement(doc: Document, id: number, finding: Finding, date: string): Element {
  const comment = wElement(doc, 'comment', { id: String(id), author: AUTHOR, initials: 'ZL', date });
  commentText(finding).forEach((line, index) => {
    const p = wElement(doc, 'p');
    if (index === 0) {
      const ref = wElement(doc, 'r');
      ref.appendChild(wElement(doc, 'annotationRef'));
      p.appendChild(ref);
    }
    const run = wElement(doc, 'r');
    const t = wElement(doc, 't');
    t.setAttribute('xml:space', 'preserve');
    t.appendChild(doc.createTextNode(line));
    run.appendChild(t);
    p.appendChild(run);
    comment.appendChild(p);
  });
  return comment;
}

/** Wraps the paragraph's content in the comment's range and puts the reference mark at its end. */
function markParagraph(doc: Document, p: Element, id: number): void {
  const start = wElement(doc, 'commentRangeStart', { id: String(id) });
  const first = p.firstChild;
  const afterProperties = first && (first as Element).localName === 'pPr' ? first.nextSibling : first;
  p.insertBefore(start, afterProperties);
  p.appendChild(wElement(doc, 'commentRangeEnd', { id: String(id) }));
  const run = wElement(doc, 'r');
  run.appendChild(wElement(doc, 'commentReference', { id: String(id) }));
  p.appendChild(run);
}

async function commentsPart(zip: JSZip): Promise<{ path: string; doc: Document; existing: boolean }> {
  const path = 'word/comments.xml';
  const file = zip.file(path);
  if (file) return { path, doc: parseXml(await file.async('string'), path), existing: true };
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}"></w:comments>`;
  return { path, doc: parseXml(xml, path), existing: false };
}

async function linkCommentsPart(zip: JSZip): Promise<void> {
  const relsPath = 'word/_rels/document.xml.rels';
  const relsFile = zip.file(relsPath);
  if (!relsFile) throw new AnnotateError('Word 文件缺少 word/_rels/document.xml.rels，无法添加批注');
  const rels = parseXml(await relsFile.async('string'), relsPath);
  const relations = elements(rels, REL, 'Relationship');
  if (!relations.some((r) => r.getAttribute('Type') === COMMENTS_REL_TYPE)) {
    const ids = new Set(relations.map((r) => r.getAttribute('Id')));
    let n = relations.length + 1;
    while (ids.has(`rId${n}`)) n++;
    const relation = rels.createElementNS(REL, 'Relationship');
    relation.setAttribute('Id', `rId${n}`);
    relation.setAttribute('Type', COMMENTS_REL_TYPE);
    relation.setAttribute('Target', 'comments.xml');
    rels.documentElement?.appendChild(relation);
    zip.file(relsPath, new XMLSerializer().serializeToString(rels));
  }
  const typesPath = '[Content_Types].xml';
  const typesFile = zip.file(typesPath);
  if (!typesFile) throw new AnnotateError('Word 文件缺少 [Content_Types].xml，无法添加批注');
  const types = parseXml(await typesFile.async('string'), typesPath);
  if (!elements(types, CT, 'Override').some((o) => o.getAttribute('PartName') === '/word/comments.xml')) {
    const override = types.createElementNS(CT, 'Override');
    override.setAttribute('PartName', '/word/comments.xml');
    override.setAttribute('ContentType', COMMENTS_CONTENT_TYPE);
    types.documentElement?.appendChild(override);
    zip.file(typesPath, new XMLSerializer().serializeToString(types));
  }
}

/**
 * Removes the comments an earlier run of zhixing-lint added (author zhixing-lint), with their ranges and reference
 * marks, so that annotating an annotated copy replaces its comments instead of doubling them. Returns how many.
 */
function removeOwnComments(doc: Document, comments: Document): number {
  const own = elements(comments, W, 'comment').filter((c) => c.getAttributeNS(W, 'author') === AUTHOR);
  const ids = new Set(own.map((c) => c.getAttributeNS(W, 'id')));
  for (const comment of own) comment.parentNode?.removeChild(comment);
  const marks = ['commentRangeStart', 'commentRangeEnd', 'commentReference'].flatMap((name) =>
    elements(doc, W, name).filter((mark) => ids.has(mark.getAttributeNS(W, 'id'))),
  );
  for (const mark of marks) {
    const parent = mark.parentNode;
    parent?.removeChild(mark);
    // The run that held only the reference mark (and perhaps its properties) goes with it.
    if (parent && (parent as Element).localName === 'r') {
      const left = Array.from(parent.childNodes).filter((n) => (n as Element).localName !== 'rPr');
      if (left.every((n) => n.nodeType !== 1 /* element */)) parent.parentNode?.removeChild(parent);
    }
  }
  return own.length;
}

export interface AnnotatedDocx {
  bytes: Buffer;
  comments: number;
  /** Findings whose paragraph could not be found in the Word file (none in an ordinary draft). */
  unplaced: number;
  /** Comments of an earlier zhixing-lint run that were removed (the draft was an annotated copy). */
  replaced: number;
}

/** Returns the annotated copy of `original`; findings are located by line = paragraph number (see docx.ts). */
export async function annotateDocx(
  original: Buffer,
  findings: readonly Finding[],
  now = new Date(),
): Promise<AnnotatedDocx> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(original);
  } catch {
    throw new AnnotateError('无法打开该 Word 文件（文件已损坏或不是 .docx）');
  }
  const documentFile = zip.file(DOCUMENT_PART);
  if (!documentFile) throw new AnnotateError('Word 文件缺少 word/document.xml');
  const doc = parseXml(await documentFile.async('string'), DOCUMENT_PART);
  const body = elements(doc, W, 'body')[0];
  if (!body) throw new AnnotateError('Word 文件没有正文');
  const paragraphs = elements(body, W, 'p');
  const placement = alignParagraphs(await docxParagraphs(original), paragraphs.map(paragraphText));

  const comments = await commentsPart(zip);
  const root = comments.doc.documentElement;
  if (!root) throw new AnnotateError('Word 文件中的批注部分无法解析');
  const replaced = removeOwnComments(doc, comments.doc);
  const usedIds = [...elements(doc, W, 'commentReference'), ...elements(comments.doc, W, 'comment')].map(
    (c) => Number(c.getAttributeNS(W, 'id')) || 0,
  );
  let nextId = maxOf(usedIds, -1) + 1;
  const date = now.toISOString().replace(/\.\d+Z$/, 'Z');
  let placed = 0;
  for (const finding of findings) {
    const index = placement[finding.line - 1];
    const p = index === undefined ? undefined : paragraphs[index];
    if (!p) continue;
    markParagraph(doc, p, nextId);
    root.appendChild(commentElement(comments.doc, nextId, finding, date));
    nextId++;
    placed++;
  }
  const serializer = new XMLSerializer();
  zip.file(DOCUMENT_PART, serializer.serializeToString(doc));
  zip.file(comments.path, serializer.serializeToString(comments.doc));
  if (!comments.existing) await linkCommentsPart(zip);
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { bytes, comments: placed, unplaced: findings.length - placed, replaced };
}
