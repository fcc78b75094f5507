/**
 * A formatter writes a run's report one file at a time, in input order, so that a batch of any size is printed as
 * it is linted and never held in memory whole. One module per output format.
 */
import type { FileResult } from '../engine/lint.js';
import type { Rule } from '../engine/rule.js';

export interface FormatContext {
  /** Colours on or off (NO_COLOR, --no-color, or output to a file). */
  color: boolean;
  cwd: string;
  rules: readonly Rule[];
}

export interface ReportWriter {
  /** Text before the first file (opening brackets, a header row). */
  readonly begin: string;
  /** The report's text for one file. */
  file(result: FileResult): string;
  /** Text after the last file (totals, closing brackets). */
  end(): string;
}

export type Formatter = (context: FormatContext) => ReportWriter;

/** The whole report as one string, for callers that have all the results at hand. */
export function formatResults(
  formatter: Formatter,
  results: Iterable<FileResult>,
  context: FormatContext,
): string {
  const writer = formatter(context);
  let out = writer.begin;
  for (const result of results) out += writer.file(result);
  return out + writer.end();
}
