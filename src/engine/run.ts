/**
 * Runs the enabled rules over one document. A rule that throws is reported as an internal error for that
 * document and rule; every other rule still runs.
 */
import type { DocumentModel } from '../document/model.js';
import type { Span } from '../document/span.js';
import type { Report, RuleContext, RuleOptions } from './context.js';
import { DocumentReading } from '../language/document-reading.js';
import { type ItemView, TextView } from '../language/item-view.js';
import { type Finding, compareFindings } from './finding.js';
import { type Rule, type Severity, citationText } from './rule.js';
import { nestedTime } from '../util/timing.js';
import { quoteOf } from '../util/quote.js';

const QUOTE_LIMIT = 80;

export interface EnabledRule {
  rule: Rule;
  severity: Severity;
}

export interface InternalError {
  ruleId: string;
  message: string;
}

export interface DocumentResult {
  findings: Finding[];
  internalErrors: InternalError[];
  /** Milliseconds per rule, for --timing. */
  timings: Map<string, number>;
}

/** The item holding `at` (items are in document order and do not overlap): a binary search, since rules may
 * report on every one of thousands of items. */
function containing(items: readonly ItemView[], at: Span): ItemView | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid];
    if (item === undefined) return undefined;
    if (at.start < item.start) hi = mid - 1;
    else if (at.start >= item.end) lo = mid + 1;
    else return item;
  }
  return undefined;
}

export function lintDocument(
  model: DocumentModel,
  rules: EnabledRule[],
  options: RuleOptions,
): DocumentResult {
  const reading = new DocumentReading(model);
  const { items } = reading;
  const findings: Finding[] = [];
  const internalErrors: InternalError[] = [];
  const timings = new Map<string, number>();
  const seen = new Set<string>();
  const { source } = model;

  for (const { rule, severity } of rules) {
    const report = ({ at, item, detail, message }: Report): void => {
      const owner = item ?? containing(items, at);
      const startOffset = source.toOriginal(at.start);
      const endOffset = source.toOriginal(Math.max(at.start, at.end - 1)) + 1;
      const key = `${rule.id}@${startOffset}`;
      if (seen.has(key)) return;
      seen.add(key);
      const start = source.positionOf(startOffset);
      const end = source.positionOf(endOffset);
      const prefix = owner ? `${owner.ordinal}：` : '';
      const base = message ?? rule.message;
      findings.push({
        ruleId: rule.id,
        severity,
        category: rule.category,
        message: `${prefix}${base}${detail ? `（${detail}）` : ''}`,
        quote: quoteOf(owner ? owner.text : model.text.slice(at.start, at.end), QUOTE_LIMIT),
        citation: citationText(rule.citation),
        suggestion: rule.suggestion,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        offset: startOffset,
      });
    };
    const context: RuleContext = {
      document: model,
      reading,
      options,
      report,
      view: (span) => new TextView({ ...span, text: model.text.slice(span.start, span.end) }),
    };
    const started = performance.now();
    const nestedBefore = nestedTime();
    try {
      rule.check(context);
    } catch (error) {
      internalErrors.push({
        ruleId: rule.id,
        message: error instanceof Error ? error.message : String(error),
      });
    }
    // A rule's own time: recognisers and the segmenter it triggered are counted as their own stages.
    timings.set(rule.id, performance.now() - started - (nestedTime() - nestedBefore));
  }
  findings.sort(compareFindings);
  return { findings, internalErrors, timings };
}
