/** Lints one loaded input: builds the document model and runs the enabled rules. */
import type { DocumentKind } from '../document/kind.js';
import { buildDocument } from '../document/model.js';
import type { FailedInput, LoadedInput } from '../input/load.js';
import { pushAll } from '../util/arrays.js';
import type { RuleOptions } from './context.js';
import { applyDirectives } from './directives.js';
import { type Finding, compareFindings } from './finding.js';
import { type EnabledRule, lintDocument } from './run.js';
import { type StageTimes, addTime, takeStageTimes, timed } from '../util/timing.js';

export interface FileResult {
  filePath: string;
  findings: Finding[];
  /** Why the file could not be linted at all (unreadable, binary, unsupported format), in Chinese. */
  fatal?: string;
  /** Notes about reading the file (encoding repaired …). */
  notices: string[];
  encoding?: string;
  timings?: Map<string, number>;
  /** Milliseconds per stage, with --timing. */
  stages?: StageTimes;
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
  /** Report disable comments that suppressed nothing (--report-unused-disable-directives). */
  reportUnusedDisableDirectives?: boolean;
  /** Attach the stage times to each result (--timing). */
  timing?: boolean;
}

export function countBySeverity(findings: Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}

export function lintLoaded(input: LoadedInput | FailedInput, options: LintOptions): FileResult {
  if (!input.ok) {
    const stages = takeStageTimes();
    return {
      filePath: input.filePath,
      findings: [],
      fatal: input.message,
      notices: [],
      ...(options.timing ? { stages } : {}),
    };
  }
  const model = timed('model', () => buildDocument(input.source));
  const checked = lintDocument(model, options.rules, options);
  const { internalErrors, timings } = checked;
  let ruleTime = 0;
  for (const ms of timings.values()) ruleTime += ms;
  addTime('rules', ruleTime);
  const { findings, unused } = timed('directives', () =>
    applyDirectives(
      checked.findings,
      input.comments,
      input.source,
      options.reportUnusedDisableDirectives ?? false,
    ),
  );
  pushAll(findings, unused);
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
  findings.sort(compareFindings);
  const stages = takeStageTimes();
  return {
    filePath: input.source.filePath,
    findings,
    notices: input.warnings,
    encoding: input.source.encoding,
    timings,
    document: factsOf(model.kind),
    ...(options.timing ? { stages } : {}),
  };
}
