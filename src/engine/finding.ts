/** One problem found in one file, located in the original file. */
import type { Severity } from './rule.js';

export interface Finding {
  ruleId: string;
  severity: Severity;
  category: string;
  message: string;
  /** The operative item (or sentence) the finding is about, as written. */
  quote: string;
  citation: string;
  suggestion: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Offset in the original file, for sorting and for editors. */
  offset: number;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
  );
}
