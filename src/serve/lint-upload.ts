/**
 * Lints a file that arrived as bytes, exactly as the command line lints a file of that name (same reader, same
 * rules, same JSON formatter); nothing is written to disk, and the document lives only for the request.
 */
import { type FileResult, type LintOptions, lintLoaded } from '../engine/lint.js';
import type { Rule } from '../engine/rule.js';
import { loadBytes } from '../input/load.js';
import { formatResults } from '../output/formatter.js';
import { type JsonResult, formatJson } from '../output/json.js';

export interface LintedUpload {
  result: FileResult;
  /** The text the findings' lines and columns count in. */
  text?: string;
}

export async function lintUpload(name: string, bytes: Buffer, lint: LintOptions): Promise<LintedUpload> {
  try {
    const input = await loadBytes(name, bytes);
    const result = lintLoaded(input, lint);
    return input.ok ? { result, text: input.source.original } : { result };
  } catch (error) {
    // As the command line: a crash in the document model costs this file, with a message, never a stack trace.
    const detail = error instanceof Error ? error.message : String(error);
    return {
      result: {
        filePath: name,
        findings: [],
        notices: [],
        fatal: `内部错误：检查该文件时程序出错（${detail}）`,
      },
    };
  }
}

/** The command line's `--format json` output for this one result, as text. */
export function jsonReport(result: FileResult, rules: readonly Rule[], cwd: string): string {
  return formatResults(formatJson, [result], { color: false, cwd, rules });
}

/** The same, as the object the page reads. */
export function jsonResult(result: FileResult, rules: readonly Rule[], cwd: string): JsonResult {
  const [parsed] = JSON.parse(jsonReport(result, rules, cwd)) as JsonResult[];
  if (!parsed) throw new Error('JSON 报告为空');
  return parsed;
}
