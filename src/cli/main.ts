/**
 * The command: expands the inputs, lints each file, prints the report, and exits 0 (no errors), 1 (errors, or
 * more warnings than --max-warnings) or 2 (usage error, unreadable configuration, or nothing could be linted).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CommanderError } from 'commander';
import { type FileResult, type LintOptions, countBySeverity, lintLoaded } from '../engine/lint.js';
import { loadRules } from '../engine/registry.js';
import { settingsFor } from '../batch/lint-file.js';
import { writeBatchOutputs } from '../batch/outputs.js';
import { SummaryBuilder } from '../output/summary.js';
import { lintFiles, maxConcurrency } from '../batch/pool.js';
import { createProgress } from '../batch/progress.js';
import { IgnoreFileError, expandPatterns, loadIgnoreRules } from '../input/files.js';
import { STDIN_NAME, isDocxPath, loadBytes, readStream } from '../input/load.js';
import { FORMATTERS } from '../output/index.js';
import { packageRoot } from '../util/package-root.js';
import { CacheError, type LintCache, cacheKey, openCache, resolveCacheLocation } from './cache.js';
import { type Config, ConfigError } from './config.js';
import { type LintSetup, runInfoOf, setUpLint } from './lint-setup.js';
import type { LocalRuleSource } from '../engine/local-rules.js';
import { listRules } from './list-rules.js';
import { explainFiles } from './explain-command.js';
import {
  OutputError,
  type ReportSink,
  checkOutputTarget,
  openOutputFile,
  sameOutputTwice,
  stdoutSink,
} from './output.js';
import { type CliOptions, createProgram, readOptions } from './program.js';
import { TimingTally } from './timing-table.js';
import { removeTemporariesOnSignal } from './temp-files.js';
import type { Rule } from '../engine/rule.js';

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FATAL = 2;

const STDIN = '-';

function packageVersion(): string {
  const root = packageRoot(import.meta.url);
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function useColor(options: CliOptions): boolean {
  if (options.outputFile) return false;
  if (options.color === false) return false;
  if (process.env.NO_COLOR) return false;
  const forced = process.env.FORCE_COLOR;
  if (
    options.color === true ||
    (forced !== undefined && forced !== '' && forced !== '0' && forced !== 'false')
  ) {
    return true;
  }
  return process.stdout.isTTY;
}

function fail(message: string): number {
  process.stderr.write(`zhixing-lint：${message}\n`);
  return EXIT_FATAL;
}

/** What the exit code and the closing messages need from the results, added up as they stream past. */
class RunTotals {
  files = 0;
  unreadable: string[] = [];
  errors = 0;
  warnings = 0;

  add(result: FileResult): void {
    this.files++;
    const counts = countBySeverity(result.findings);
    this.errors += counts.errors;
    this.warnings += counts.warnings;
    if (result.fatal !== undefined) {
      this.errors++;
      this.unreadable.push(`zhixing-lint：无法检查 ${result.filePath}：${result.fatal}\n`);
    }
  }

  exitCode(options: CliOptions): number {
    if (this.files > 0 && this.unreadable.length === this.files) return EXIT_FATAL;
    if (this.errors > 0) return EXIT_PROBLEMS;
    if (options.maxWarnings >= 0 && this.warnings > options.maxWarnings) {
      process.stderr.write(
        `zhixing-lint 发现的警告过多（${this.warnings} 条，上限 ${options.maxWarnings} 条）。\n`,
      );
      return EXIT_PROBLEMS;
    }
    return EXIT_OK;
  }
}

/** Standard input as it was read, kept for --annotate-docx when it is the Word draft. */
export interface StdinInput {
  name: string;
  bytes?: Buffer;
}

/**
 * Lints the standard input (if asked) and the files, handing each result to `report` in input order as soon as it
 * is due; returns the cache used, or an exit code if the cache cannot be used.
 */
async function lintInputs(
  inputs: { files: readonly string[]; stdin?: StdinInput },
  options: CliOptions,
  lint: LintOptions,
  dictionary: readonly string[],
  localRules: readonly LocalRuleSource[],
  report: (result: FileResult) => Promise<void>,
): Promise<{ cache?: LintCache } | number> {
  const { files, stdin } = inputs;
  if (stdin) {
    const bytes = await readStream(stdin.name, process.stdin as AsyncIterable<Buffer>);
    if (Buffer.isBuffer(bytes)) stdin.bytes = bytes;
    await report(lintLoaded(Buffer.isBuffer(bytes) ? await loadBytes(stdin.name, bytes) : bytes, lint));
  }
  const progress = createProgress();
  const settings = settingsFor(lint, dictionary, localRules);
  const lintMany = (list: readonly string[]) =>
    lintFiles(list, lint, { concurrency: options.concurrency, settings, onProgress: progress?.update });
  // --cache: files whose content is unchanged come from the cache; only the others are linted.
  let cache: LintCache | undefined;
  try {
    if (options.cache) {
      // --timing changes what is measured, not what is found: the same cache serves runs with and without it.
      const key = cacheKey(packageVersion(), {
        ...settings,
        ruleOptions: { ...settings.ruleOptions, timing: undefined },
      });
      cache = await openCache(options.cacheLocation, process.cwd(), key, files);
    }
    const batch = cache ? cache.lint(files, lintMany) : lintMany(files);
    try {
      for await (const result of batch) await report(result);
    } finally {
      progress?.clear();
    }
    await cache?.save();
  } catch (error) {
    if (error instanceof CacheError) return fail(error.message);
    throw error;
  }
  return { cache };
}

/** --print-config: the effective configuration (every rule's severity included) and whether the file is ignored. */
function printConfig(
  file: string,
  loaded: { config: Config; filepath?: string },
  lint: LintOptions,
  rules: readonly Rule[],
  ignored: boolean,
): string {
  const severities = new Map(lint.rules.map(({ rule, severity }) => [rule.id, severity]));
  const effective = {
    file,
    ignored,
    configFile: loaded.filepath ?? null,
    rules: Object.fromEntries(rules.map((rule) => [rule.id, severities.get(rule.id) ?? 'off'])),
    dictionary: loaded.config.dictionary,
    template: lint.template,
    vague: loaded.config.vague,
    partyIds: loaded.config.partyIds,
  };
  return `${JSON.stringify(effective, null, 2)}\n`;
}

/**
 * Every output of the run checked before anything is linted: none is an input, a folder or in a missing folder,
 * and no two are the same file. Returns the message in Chinese, or nothing.
 */
async function checkOutputs(
  options: CliOptions,
  inputs: readonly string[],
  docxInputs: number,
): Promise<string | undefined> {
  const outputs: [string, string][] = [];
  if (options.outputFile) outputs.push(['--output-file', options.outputFile]);
  if (options.report) outputs.push(['--report', options.report]);
  if (options.annotateDocx) outputs.push(['--annotate-docx', options.annotateDocx]);
  if (options.cache) {
    outputs.push(['--cache-location', await resolveCacheLocation(options.cacheLocation, process.cwd())]);
  }
  const twice = await sameOutputTwice(outputs);
  if (twice) return twice;
  try {
    if (options.report) await checkOutputTarget(options.report, inputs, 'HTML 报告');
    if (options.annotateDocx) {
      if (!isDocxPath(options.annotateDocx)) {
        return `--annotate-docx 的输出文件应以 .docx 结尾：“${options.annotateDocx}”`;
      }
      if (docxInputs !== 1) return `--annotate-docx 需要恰好一个 .docx 输入文件（本次有 ${docxInputs} 个）`;
      await checkOutputTarget(options.annotateDocx, inputs, '带批注的副本');
    }
  } catch (error) {
    if (error instanceof OutputError) return error.message;
    throw error;
  }
  return undefined;
}

function errorsOnly(result: FileResult): FileResult {
  return { ...result, findings: result.findings.filter((f) => f.severity === 'error') };
}

export async function main(argv: string[]): Promise<number> {
  // `zhixing-lint serve`: the local page; its server loads only when asked for (lint ./serve for a file so named).
  if (argv[2] === 'serve')
    return (await import('../serve/command.js')).serve(argv.slice(3), packageVersion());
  const program = createProgram(packageVersion());
  try {
    program.parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_FATAL;
    }
    throw error;
  }
  const options = readOptions(program);
  const builtIn = await loadRules();
  // The configuration is read first: its own rules (localRules) are listed and run with the built-in ones.
  let setup: LintSetup;
  try {
    setup = await setUpLint(options, builtIn, process.cwd());
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }
  const { rules, lint, dictionary } = setup;
  if (options.listRules) {
    process.stdout.write(listRules(rules));
    return EXIT_OK;
  }
  const patterns = program.args;
  if (patterns.length === 0 && options.printConfig === undefined)
    return fail('请指定要检查的文件或文件夹，如 zhixing-lint 判决书.md（用 --help 查看用法）');

  let ignoreRules;
  try {
    ignoreRules = await loadIgnoreRules(
      process.cwd(),
      options.ignore ? options.ignorePattern : [],
      options.ignore,
    );
  } catch (error) {
    if (error instanceof IgnoreFileError) return fail(error.message);
    throw error;
  }
  if (options.printConfig !== undefined) {
    const ignored = ignoreRules.ignores(options.printConfig);
    const loaded = { config: setup.config, ...(setup.configPath ? { filepath: setup.configPath } : {}) };
    process.stdout.write(printConfig(options.printConfig, loaded, lint, rules, ignored));
    return EXIT_OK;
  }

  const formatter = FORMATTERS[options.format];
  if (!formatter) return fail(`未知的输出格式“${options.format}”`);
  // From here on files may be written: an interrupted run removes its temporary files.
  removeTemporariesOnSignal();
  const cap = maxConcurrency();
  if (options.concurrency > cap) {
    process.stderr.write(
      `zhixing-lint：--concurrency ${options.concurrency} 超过本机所能承受的线程数，改为 ${cap}（CPU 核数与内存的上限）\n`,
    );
    options.concurrency = cap;
  }
  const expanded = await expandPatterns(
    patterns.filter((p) => p !== STDIN),
    process.cwd(),
    ignoreRules,
  );
  if (expanded.errors.length > 0) return fail(expanded.errors.map((e) => e.message).join('\n'));
  for (const file of expanded.ignored) {
    process.stderr.write(
      `zhixing-lint：已跳过 ${file}（匹配 .zhixinglintignore 或 --ignore-pattern；用 --no-ignore 可检查它）\n`,
    );
  }
  const { files } = expanded;
  const stdin: StdinInput | undefined = patterns.includes(STDIN)
    ? { name: options.stdinFilename ?? STDIN_NAME }
    : undefined;
  if (files.length === 0 && !stdin) return fail('没有要检查的文件（指定的文件都被忽略规则排除）');
  if (options.explain) {
    if (stdin) return fail('--explain 只读取文件，不读取标准输入');
    const unreadable = await explainFiles(files, options.format === 'json');
    return unreadable === files.length ? EXIT_FATAL : EXIT_OK;
  }
  // Standard input under a file's name is that file for the outputs: never overwritten either.
  const inputs = stdin && options.stdinFilename ? [...files, options.stdinFilename] : files;
  const docxInputs = files.filter(isDocxPath).length + (stdin && isDocxPath(stdin.name) ? 1 : 0);
  const outputProblem = await checkOutputs(options, inputs, docxInputs);
  if (outputProblem) return fail(outputProblem);
  let sink: ReportSink;
  try {
    sink = options.outputFile ? await openOutputFile(options.outputFile, inputs) : stdoutSink();
  } catch (error) {
    if (error instanceof OutputError) return fail(error.message);
    throw error;
  }

  // Each result is counted, summed and written as it comes; only --report and --annotate-docx keep them all.
  const started = performance.now();
  const writer = formatter({ color: useColor(options), cwd: process.cwd(), rules });
  const totals = new RunTotals();
  const summary = options.summary || options.report ? new SummaryBuilder() : undefined;
  const timing = options.timing ? new TimingTally() : undefined;
  const kept: FileResult[] = [];
  const keep = options.report !== undefined || options.annotateDocx !== undefined;
  let outcome: Awaited<ReturnType<typeof lintInputs>>;
  try {
    await sink.write(writer.begin);
    const report = async (linted: FileResult): Promise<void> => {
      const result = options.quiet ? errorsOnly(linted) : linted;
      totals.add(result);
      summary?.add(result);
      timing?.add(result);
      if (keep) kept.push(result);
      await sink.write(writer.file(result));
    };
    outcome = await lintInputs({ files, stdin }, options, lint, dictionary, setup.config.localRules, report);
    if (typeof outcome === 'number') {
      await sink.abort();
      return outcome;
    }
    await sink.write(writer.end());
    await sink.close();
  } catch (error) {
    await sink.abort();
    if (error instanceof OutputError) return fail(error.message);
    throw error;
  }
  if (timing) process.stderr.write(timing.format(performance.now() - started, outcome.cache));
  const outputError = await writeBatchOutputs(kept, summary?.finish(), rules, {
    run: runInfoOf(setup, options, rules.length, packageVersion()),
    inputs,
    stdin,
    summary: options.summary,
    report: options.report,
    annotateDocx: options.annotateDocx,
    summaryStream: options.outputFile || options.format === 'stylish' ? process.stdout : process.stderr,
  });
  if (outputError) return fail(outputError);
  for (const line of totals.unreadable) process.stderr.write(line);
  return totals.exitCode(options);
}
