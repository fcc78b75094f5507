/**
 * Builds a minimal but complete Word package (content types, package and document relationships, document.xml)
 * from paragraphs, as Word would store them: each paragraph's text may be split over several runs.
 */
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Paragraph properties Word writes for a list item: a style, and/or a list (w:numId) and level (w:ilvl). */
export interface DocxParagraphProperties {
  style?: string;
  numId?: number;
  ilvl?: number;
  /** The paragraph mark is a deleted revision: Word joins the paragraph to the next one. */
  deletedMark?: boolean;
}

/** A paragraph: one string, or its runs (a run split, as Word does at a change of formatting), or runs with properties. */
export type DocxParagraph = string | string[] | ({ text: string | string[] } & DocxParagraphProperties);

/** Parts besides the document: word/numbering.xml and word/styles.xml, as their XML inside the root element. */
export interface DocxParts {
  numbering?: string;
  styles?: string;
}

function propertiesXml({ style, numId, ilvl, deletedMark }: DocxParagraphProperties): string {
  const styleXml = style === undefined ? '' : `<w:pStyle w:val="${style}"/>`;
  const level = ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`;
  const numPr = numId === undefined ? '' : `<w:numPr>${level}<w:numId w:val="${numId}"/></w:numPr>`;
  const mark = deletedMark
    ? '<w:rPr><w:del w:id="90" w:author="审判员" w:date="2024-06-01T00:00:00Z"/></w:rPr>'
    : '';
  return `<w:pPr>${styleXml}${numPr}<w:jc w:val="both"/>${mark}</w:pPr>`;
}

function paragraphXml(paragraph: DocxParagraph): string {
  const { text, ...properties } =
    typeof paragraph === 'string' || Array.isArray(paragraph) ? { text: paragraph } : paragraph;
  const runs = typeof text === 'string' ? [text] : text;
  const body = runs.map((run) => `<w:r><w:t xml:space="preserve">${escapeXml(run)}</w:t></w:r>`).join('');
  return `<w:p>${propertiesXml(properties)}${body}</w:p>`;
}

const PART_TYPES = {
  numbering: 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml',
  styles: 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
};

export async function buildDocx(paragraphs: DocxParagraph[], parts: DocxParts = {}): Promise<Buffer> {
  const partNames = (['numbering', 'styles'] as const).filter((name) => parts[name] !== undefined);
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      partNames
        .map((name) => `<Override PartName="/word/${name}.xml" ContentType="${PART_TYPES[name]}"/>`)
        .join('') +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      partNames
        .map(
          (name, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${name}" Target="${name}.xml"/>`,
        )
        .join('') +
      '</Relationships>',
  );
  for (const name of partNames) {
    const root = name === 'numbering' ? 'numbering' : 'styles';
    zip.file(
      `word/${name}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${root} xmlns:w="${W}">${parts[name] ?? ''}</w:${root}>`,
    );
  }
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${paragraphs.map(paragraphXml).join('')}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}
