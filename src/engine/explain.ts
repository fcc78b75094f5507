/** --explain: what the language stage reads in each operative item of a document, without running the rules. */
import type { DocumentModel } from '../document/model.js';
import { type DocumentReading, readDocument } from '../language/item-reading.js';
import { itemViewsOf, sharesDeadline } from './run.js';

export function explainDocument(model: DocumentModel): DocumentReading {
  const items = itemViewsOf(model);
  return readDocument(model, items, sharesDeadline(model, items));
}
