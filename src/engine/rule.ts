/**
 * What a rule file in lint-rules/ declares: its id, severity, the article it cites, its message and suggested
 * wording, its examples (run as tests), and a check that reads the analysed document and reports.
 */
import type { RuleContext } from './context.js';

export type Severity = 'error' | 'warn';
export type SeveritySetting = Severity | 'off';

export interface Citation {
  /** 焦作山阳规定 or 绵阳办法. */
  source: string;
  /** e.g. 第十八条第（一）项. */
  article: string;
  /** The words of the article the rule enforces. */
  quote: string;
}

/** The kind of document an item-only example is wrapped into by the rule tester. */
export type ExampleKind = 'civil' | 'criminal' | 'administrative' | 'mediation';

/**
 * An example is operative items (a string: wrapped into a civil judgment by the rule tester; or items with the
 * kind of document to wrap them in) or a whole document.
 */
export type ExampleText =
  string | { items: string; kind: ExampleKind } | { document: string; filename?: string };

export interface InvalidExample {
  code: ExampleText;
  /** Text the finding must point at (its first occurrence in the document); defaults to the item's start. */
  at?: string;
  /** Number of findings of this rule; defaults to 1. */
  count?: number;
}

export interface RuleExamples {
  valid: ExampleText[];
  invalid: InvalidExample[];
}

export interface Rule {
  id: string;
  /** Short Chinese name, shown in --list-rules and SARIF. */
  name: string;
  /** Evaluation category, e.g. money.amount. */
  category: string;
  severity: Severity;
  citation: Citation;
  /** Names the missing element, in Chinese; the item's number is put before it. */
  message: string;
  /** How a compliant sentence would read. */
  suggestion: string;
  /** Why the missing element matters for enforcement, in Chinese (shown on the rule's docs page). */
  rationale?: string;
  examples: RuleExamples;
  check(context: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** "焦作山阳规定 第十八条第（一）项". */
export function citationText(citation: Citation): string {
  return `${citation.source} ${citation.article}`;
}
