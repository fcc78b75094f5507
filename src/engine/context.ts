/**
 * What a rule sees: the document model and the language stage's one reading of it (its operative items, the frames
 * of what each orders, their payments and interest awards). Rules report against an item, clause or span; the
 * engine turns that into a located finding.
 */
import type { DocumentModel } from '../document/model.js';
import type { Span } from '../document/span.js';
import type { DocumentReading } from '../language/document-reading.js';
import type { ItemView, TextView } from '../language/item-view.js';

export interface Report {
  /** Where the finding points: a clause, a trigger phrase, or a whole item. */
  at: Span;
  /** The item the finding belongs to (quoted in the output); defaults to the item containing `at`. */
  item?: ItemView;
  /** Specifics appended to the rule's message, e.g. which phrase stands in for the rate. */
  detail?: string;
  /** Overrides the rule's message for this finding. */
  message?: string;
}

export interface RuleOptions {
  /** Template mode: placeholder slots count as the element being present. */
  template: boolean;
  /** Phrases the vague-wording rule accepts besides its built-in allow-list (等额, 相关规定 …). */
  vague?: { allow: readonly string[] };
  /** false for archives whose party numbers were removed: the party rules skip the presence check. */
  partyIds?: boolean;
}

export interface RuleContext {
  document: DocumentModel;
  /** The one reading of the document, built once and shared by every rule. */
  reading: DocumentReading;
  options: RuleOptions;
  report: (report: Report) => void;
  /** A view of any span of the document (the reasoning, the tail, the parties block). */
  view: (span: Span) => TextView;
}
