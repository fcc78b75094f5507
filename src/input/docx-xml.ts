/** What the Word readers share: the WordprocessingML namespace, the main part's path, and an XML parser. */
import { DOMParser, type Document } from '@xmldom/xmldom';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const DOCUMENT_PART = 'word/document.xml';

/**
 * A part of the package as XML, or undefined when it is not well-formed. The parser's own reports go nowhere (by
 * default xmldom prints `[xmldom error]` lines on stderr, ahead of the Chinese message the user is given): a fatal
 * error still throws, and what it merely warns about (an unknown entity) is what Word itself tolerates.
 */
export function parseXml(xml: string): Document | undefined {
  try {
    return new DOMParser({ onError: () => undefined }).parseFromString(xml, 'text/xml');
  } catch {
    return undefined;
  }
}
