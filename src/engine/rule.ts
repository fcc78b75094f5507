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

/** A civil judgment whose parties, facts and reasoning an example supplies (the rest is an otherwise compliant
 * judgment): for checks that read beyond the items — the facts, the reasoning, a party's number. */
export interface JudgmentParts {
  /** 案由, e.g. 名誉权纠纷. */
  cause: string;
  plaintiff: string;
  defendant: string;
  /** 本院经审理认定事实如下：… (without the heading). */
  facts: string;
  /** 本院认为，… (without the heading and the 依照…判决如下). */
  reasoning: string;
  /** The operative items, one per paragraph. */
  items: string[];
}

/**
 * An example is operative items (a string: wrapped into a civil judgment by the rule tester; or items with the
 * kind of document to wrap them in — a string is split into paragraphs at line breaks, a list keeps each entry,
 * tables included, as one paragraph), a civil judgment built from its parts, or a whole document.
 */
export type ExampleText =
  | string
  | {
      items: string | string[];
      kind: ExampleKind;
      /** A list the items refer to (附表, 清单), attached after the signatures as a court attaches it. */
      attachment?: string;
    }
  | { judgment: JudgmentParts }
  | { document: string; filename?: string };

export interface InvalidExample {
  code: ExampleText;
  /** Text the finding must point at (its first occurrence in the document); defaults to the item's start. */
  at?: string;
  /** Number of findings of this rule; defaults to 1. */
  count?: number;
  /**
   * Other rules (by id) this example is expected to trigger as well when every rule is on: a hand-off declared,
   * not a comment in code. Each must be a distinct, correct finding about the same text; any other rule's finding
   * fails the all-rules example test.
   */
  alsoReports?: string[];
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
  /** Why the element matters for enforcement (for the rule's documentation page). */
  rationale?: string;
  examples: RuleExamples;
  /** Rules that report the cases this one leaves to them (a declaration's unless … reportedBy). */
  handsOffTo?: readonly string[];
  check(context: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** "焦作山阳规定 第十八条第（一）项". */
export function citationText(citation: Citation): string {
  return `${citation.source} ${citation.article}`;
}
