/**
 * A .docx is a zip package whose XML parts inflate to many times the file's size: a judgment's 30 KB file holds
 * about 300 KB of XML, while a zip bomb of 1.5 MB inflates to a gigabyte, and a 50 KB file can hold a hundred
 * thousand paragraphs. Before mammoth or the numbering reader inflate anything, the package's directory (read with
 * yauzl) must declare parts within the limits below; then the XML parts are inflated once as a stream, never held
 * whole, which checks that no part inflates to more than its declared size (a bomb may lie in its directory) and
 * counts the XML tags, of which the readers' memory is a multiple (measured by bench/hostile.mjs).
 */
import yauzl from 'yauzl';

/** Inflated size of all the XML parts (document, styles, numbering, notes, relationships) together. */
export const MAX_DOCX_XML_BYTES = 32 * 1024 * 1024;
/**
 * XML tags (`<`) in those parts. A paragraph of a real judgment takes 20–100 (paragraph, run and character
 * properties): the largest judgments, of about 1,000 paragraphs, hold some 50,000–100,000. mammoth builds an XML
 * DOM of about 1–2 KB per tag; the numbers are read as a stream (docx-numbering.ts), and only a document with text
 * boxes or alternate content gets a second DOM for them.
 */
export const MAX_DOCX_XML_TAGS = 200_000;

/** The parts the readers inflate: XML and relationships. Images and other media are never read. */
const XML_PART = /\.(?:xml|rels)$/i;
const LESS_THAN = 0x3c;
const MEGABYTE = 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / MEGABYTE).toFixed(1)} MB`;
}

const BOMB_ADVICE =
  '（可能是压缩炸弹或自动生成的文件；真实的文书远小于此，请在 Word 中打开核对后另存再检查）';

/** Why the package cannot be read within the limits, in Chinese, or undefined when it can. */
export async function docxPackageRefusal(bytes: Buffer): Promise<string | undefined> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true });
  } catch {
    // Not a zip at all: mammoth says so in its own words (loadDocx).
    return undefined;
  }
  try {
    const parts: yauzl.Entry[] = [];
    let declared = 0;
    for await (const entry of zip.eachEntry()) {
      if (!XML_PART.test(entry.fileName)) continue;
      parts.push(entry);
      declared += entry.uncompressedSize;
    }
    if (declared > MAX_DOCX_XML_BYTES) {
      return `Word 文件解压后的内容有 ${megabytes(declared)}，超过 ${megabytes(MAX_DOCX_XML_BYTES)} 的上限，未检查${BOMB_ADVICE}`;
    }
    let tags = 0;
    for (const part of parts) {
      const stream = await zip.openReadStreamPromise(part);
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        for (let at = chunk.indexOf(LESS_THAN); at !== -1; at = chunk.indexOf(LESS_THAN, at + 1)) tags++;
      }
      if (tags > MAX_DOCX_XML_TAGS) {
        return `Word 文件中的段落和格式元素超过 ${MAX_DOCX_XML_TAGS / 10_000} 万个，超过单份文书的上限，未检查${BOMB_ADVICE}`;
      }
    }
    return undefined;
  } catch {
    // A part that inflates to more (or less) than its directory says, or a damaged stream.
    return '无法读取该 Word 文件：压缩包中的内容与其目录不符，文件已损坏或被篡改（可在 Word 中重新“另存为” .docx）';
  }
}
