/** Lints one loaded input: builds the document model and runs the enabled rules. */
import type { DocumentKind } from '../document/kind.js';
import { buildDocument } from '../document/model.js';
import type { FailedInput, LoadedInput } from '../input/load.js';
import type { RuleOptions } from './context.js';
import type { Finding } from './finding.js';
import { type EnabledRule, lintDocument } from './run.js';

export interface FileResult {
  filePath: string;
  findings: Finding[];
  /** Why the file could not be linted at all (unreadable, binary, unsupported format), in Chinese. */
  fatal?: string;
  /** Notes about reading the file (encoding repaired …). */
  notices: string[];
  encoding?: string;
  timings?: Map<string, number>;
  /** What the document is, for batch summaries (--summary, --report). */
  document?: DocumentFacts;
}

/** The document's kind and, from its case number, court code and year. */
export interface DocumentFacts {
  category: string;
  form: string;
  court?: string;
  year?: number;
}

function factsOf(kind: DocumentKind): DocumentFacts {
  const facts: DocumentFacts = { category: kind.category, form: kind.form };
  if (kind.caseNumber) {
    if (kind.caseNumber.court) facts.court = kind.caseNumber.court;
    facts.year = kind.caseNumber.year;
  }
  return facts;
}

export interface LintOptions extends RuleOptions {
  rules: EnabledRule[];
}

export function countBySeverity(findings: Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}

export function lintLoaded(input: LoadedInput | FailedInput, options: LintOptions): FileResult {
  if (!input.ok) return { filePath: input.filePath, findings: [], fatal: input.message, notices: [] };
  const model = buildDocument(input.source);
  const { findings, internalErrors, timings } = lintDocument(model, options.rules, options);
  for (const error of internalErrors) {
    findings.push({
      ruleId: error.ruleId,
      severity: 'error',
      category: 'internal',
      message: `内部错误：规则 ${error.ruleId} 在本文件上运行失败（${error.message}），其他规则的结果不受影响`,
      quote: '',
      citation: '',
      suggestion: '请将该文件与此信息一并反馈给维护者',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      offset: 0,
    });
  }
  return {
    filePath: input.source.filePath,
    findings,
    notices: input.warnings,
    encoding: input.source.encoding,
    timings,
    document: factsOf(model.kind),
  };
}
