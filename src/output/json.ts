/**
 * ESLint's JSON shape (one object per file with messages, errorCount, warningCount …), each message carrying the
 * finding's category, citation, suggestion and quoted text as well.
 */
import { type FileResult, countBySeverity } from '../engine/lint.js';
import type { Formatter } from './formatter.js';

export interface JsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
  category?: string;
  citation?: string;
  suggestion?: string;
  quote?: string;
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: 0;
  fixableWarningCount: 0;
  encoding?: string;
}

function toJsonResult(result: FileResult): JsonResult {
  if (result.fatal !== undefined) {
    return {
      filePath: result.filePath,
      messages: [{ ruleId: null, severity: 2, fatal: true, message: result.fatal, line: 1, column: 1 }],
      errorCount: 1,
      warningCount: 0,
      fatalErrorCount: 1,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    };
  }
  const { errors, warnings } = countBySeverity(result.findings);
  return {
    filePath: result.filePath,
    messages: result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity === 'error' ? 2 : 1,
      message: f.message,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      category: f.category,
      citation: f.citation,
      suggestion: f.suggestion,
      quote: f.quote,
    })),
    errorCount: errors,
    warningCount: warnings,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    ...(result.encoding ? { encoding: result.encoding } : {}),
  };
}

/** One JSON array, written element by element. */
export const formatJson: Formatter = () => {
  let files = 0;
  return {
    begin: '[',
    file: (result) => (files++ === 0 ? '' : ',') + JSON.stringify(toJsonResult(result)),
    end: () => ']',
  };
};
