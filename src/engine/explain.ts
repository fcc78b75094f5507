/** --explain: what the language stage reads in each operative item of a document, without running the rules. */
import type { DocumentModel } from '../document/model.js';
import { DocumentReading } from '../language/document-reading.js';
import { type ExplainedDocument, explainReading } from '../language/item-reading.js';

export function explainDocument(model: DocumentModel): ExplainedDocument {
  return explainReading(new DocumentReading(model));
}
