/**
 * What a run writes besides the report: the --summary tables, the --report HTML file and the --annotate-docx
 * copy. Each file is written atomically and never over one of the inputs.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileResult } from '../engine/lint.js';
import type { Rule } from '../engine/rule.js';
import { AnnotateError } from '../output/docx-annotate-error.js';
import { isDocxPath } from '../input/load.js';
import { OutputError, writeOutputFile } from '../cli/output.js';
import { type Summary, formatSummary } from '../output/summary.js';
import type { RunInfo } from '../output/run-info.js';

export interface BatchOutputOptions {
  /** When, with which version, rules and configuration: stated in the HTML report. */
  run: RunInfo;
  /** Every file of the run: none of them may be overwritten. */
  inputs: readonly string[];
  /** Standard input, if it was read (its bytes are the draft when it is the .docx to annotate). */
  stdin?: { name: string; bytes?: Buffer };
  summary: boolean;
  /** --report: the HTML file. */
  report?: string;
  annotateDocx?: string;
  /** Where the summary table goes: stdout unless the main report is machine-readable and on stdout. */
  summaryStream: NodeJS.WritableStream;
}

/**
 * Writes the requested outputs; returns an error message in Chinese, or nothing. `results` are the run's results,
 * kept only when the HTML report or an annotated copy is asked for; `summary` is there when either table is.
 */
export async function writeBatchOutputs(
  results: readonly FileResult[],
  summary: Summary | undefined,
  rules: readonly Rule[],
  options: BatchOutputOptions,
): Promise<string | undefined> {
  const { inputs } = options;
  try {
    if (summary && options.summary) options.summaryStream.write(`${formatSummary(summary, rules)}\n`);
    if (summary && options.report) {
      const { renderHtmlReport } = await import('../output/html-report.js');
      const html = renderHtmlReport(results, summary, rules, process.cwd(), {
        run: options.run,
        docsFrom: path.dirname(path.resolve(options.report)),
      });
      await writeOutputFile(options.report, html, inputs, 'HTML 报告');
    }
    if (options.annotateDocx) await writeAnnotatedCopy(results, options.annotateDocx, inputs, options.stdin);
  } catch (error) {
    if (error instanceof OutputError || error instanceof AnnotateError) return error.message;
    throw error;
  }
  return undefined;
}

async function writeAnnotatedCopy(
  results: readonly FileResult[],
  target: string,
  inputs: readonly string[],
  stdin: BatchOutputOptions['stdin'],
): Promise<void> {
  const drafts = results.filter((r) => isDocxPath(r.filePath));
  const [draft] = drafts;
  if (drafts.length !== 1 || !draft) {
    throw new AnnotateError(`--annotate-docx 需要恰好一个 .docx 输入文件（本次有 ${drafts.length} 个）`);
  }
  if (!isDocxPath(target)) throw new AnnotateError(`--annotate-docx 的输出文件应以 .docx 结尾：“${target}”`);
  if (draft.fatal !== undefined) throw new AnnotateError(`无法为 ${draft.filePath} 添加批注：${draft.fatal}`);
  if (path.resolve(target) === path.resolve(draft.filePath)) {
    throw new AnnotateError(`--annotate-docx “${target}” 是被检查的原稿，拒绝覆盖；请另取一个文件名`);
  }
  // jszip and the XML parser load only when a copy is asked for.
  const { annotateDocx } = await import('../output/docx-annotate.js');
  // Standard input is linted first: when it is a .docx, it is the draft.
  const fromStdin = stdin?.bytes !== undefined && draft === results[0] && draft.filePath === stdin.name;
  const original = fromStdin && stdin.bytes ? stdin.bytes : await readFile(draft.filePath);
  const annotated = await annotateDocx(original, draft.findings);
  await writeOutputFile(target, annotated.bytes, inputs, '带批注的副本');
  const unplaced = annotated.unplaced > 0 ? `，${annotated.unplaced} 条未能定位到段落` : '';
  const replaced = annotated.replaced > 0 ? `（替换了上次检查留下的 ${annotated.replaced} 条批注）` : '';
  process.stderr.write(
    `zhixing-lint：已写入带 ${annotated.comments} 条批注的副本 ${target}${unplaced}${replaced}\n`,
  );
}
