/**
 * Runs the enabled rules over one document. A rule that throws is reported as an internal error for that
 * document and rule; every other rule still runs.
 */
import type { DocumentModel } from '../document/model.js';
import type { Span } from '../document/span.js';
import { ItemView, type Report, type RuleContext, type RuleOptions, TextView } from './context.js';
import { type Finding, compareFindings } from './finding.js';
import { type Rule, type Severity, citationText } from './rule.js';
import { SHARED_REFERENCE } from '../language/lexicon.js';

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

function quoteOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_LIMIT ? `${flat.slice(0, QUOTE_LIMIT)}…` : flat;
}

function containing(items: ItemView[], at: Span): ItemView | undefined {
  return items.find((item) => item.start <= at.start && at.start < item.end);
}

export function lintDocument(
  model: DocumentModel,
  rules: EnabledRule[],
  options: RuleOptions,
): DocumentResult {
  const items = (model.operative?.items ?? []).map((item) => new ItemView(item));
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
        quote: quoteOf(owner ? owner.text : model.text.slice(at.start, at.end)),
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
      items,
      options,
      orders: () => items.filter((i) => i.kind === 'order'),
      hasSharedDeadline: () =>
        (model.operative?.sharedDeadlines.length ?? 0) > 0 ||
        items.some((item) => SHARED_REFERENCE.test(item.text) && item.has('deadline')),
      report,
      view: (span) => new TextView({ ...span, text: model.text.slice(span.start, span.end) }),
    };
    const started = performance.now();
    try {
      rule.check(context);
    } catch (error) {
      internalErrors.push({
        ruleId: rule.id,
        message: error instanceof Error ? error.message : String(error),
      });
    }
    timings.set(rule.id, performance.now() - started);
  }
  findings.sort(compareFindings);
  return { findings, internalErrors, timings };
}
