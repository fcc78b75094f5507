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
import { lintFiles } from '../batch/pool.js';
import { createProgress } from '../batch/progress.js';
import { expandPatterns } from '../input/files.js';
import { isMarkdownPath, loadTextOnDemand } from '../input/load.js';
import { addWords } from '../language/segmenter.js';
import { FORMATTERS } from '../report/index.js';
import { packageRoot } from '../util/package-root.js';
import { CacheError, type LintCache, cacheKey, openCache } from './cache.js';
import { ConfigError, loadConfig } from './config.js';
import { listRules } from './list-rules.js';
import { OutputError, writeOutputFile } from './output.js';
import { type CliOptions, createProgram, readOptions } from './program.js';
import { formatTiming } from './timing-table.js';
import { enableRules, parseRuleOption } from './rules-setup.js';

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FATAL = 2;

const STDIN = '-';

function packageVersion(): string {
  const root = packageRoot(import.meta.url);
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
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

function exitCodeFor(results: FileResult[], options: CliOptions): number {
  if (results.length > 0 && results.every((r) => r.fatal !== undefined)) return EXIT_FATAL;
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    const counts = countBySeverity(r.findings);
    errors += counts.errors + (r.fatal === undefined ? 0 : 1);
    warnings += counts.warnings;
  }
  if (errors > 0) return EXIT_PROBLEMS;
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    process.stderr.write(`zhixing-lint 发现的警告过多（${warnings} 条，上限 ${options.maxWarnings} 条）。\n`);
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}

async function lintInputs(
  patterns: string[],
  options: CliOptions,
  lint: LintOptions,
  dictionary: readonly string[],
  session: { cache?: LintCache },
): Promise<FileResult[] | number> {
  const results: FileResult[] = [];
  const filePatterns = patterns.filter((p) => p !== STDIN);
  if (patterns.includes(STDIN)) {
    const name = options.stdinFilename ?? '<stdin>';
    results.push(lintLoaded(await loadTextOnDemand(name, await readStdin(), isMarkdownPath(name)), lint));
  }
  const { files, errors } = await expandPatterns(filePatterns);
  if (errors.length > 0) return fail(errors.map((e) => e.message).join('\n'));
  const progress = createProgress();
  const settings = settingsFor(lint, dictionary);
  const lintMany = (list: readonly string[]) =>
    lintFiles(list, lint, { concurrency: options.concurrency, settings, onProgress: progress?.update });
  // --cache: files whose content is unchanged come from the cache; only the others are linted.
  let cache: LintCache | undefined;
  try {
    if (options.cache) {
      const key = cacheKey(packageVersion(), settings);
      cache = await openCache(options.cacheLocation, process.cwd(), key, files);
    }
    const batch = cache ? cache.lint(files, lintMany) : lintMany(files);
    try {
      for await (const result of batch) results.push(result);
    } finally {
      progress?.clear();
    }
    await cache?.save();
  } catch (error) {
    if (error instanceof CacheError) return fail(error.message);
    throw error;
  }
  session.cache = cache;
  return results;
}

export async function main(argv: string[]): Promise<number> {
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
  const rules = await loadRules();
  if (options.listRules) {
    process.stdout.write(listRules(rules));
    return EXIT_OK;
  }
  const patterns = program.args;
  if (patterns.length === 0)
    return fail('请指定要检查的文件或文件夹，如 zhixing-lint 判决书.md（用 --help 查看用法）');

  let lint: LintOptions;
  let dictionary: string[];
  try {
    const { config } = await loadConfig(
      { configFile: options.config, useConfig: options.useConfig, cwd: process.cwd() },
      rules,
    );
    dictionary = config.dictionary;
    addWords(dictionary);
    lint = {
      rules: enableRules(rules, config.rules, parseRuleOption(options.rule, rules)),
      template: options.template || config.template,
      reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
      timing: options.timing,
      vague: config.vague,
      partyIds: config.partyIds,
    };
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }

  const started = performance.now();
  const session: { cache?: LintCache } = {};
  const outcome = await lintInputs(patterns, options, lint, dictionary, session);
  if (typeof outcome === 'number') return outcome;
  if (options.timing) process.stderr.write(formatTiming(outcome, performance.now() - started, session.cache));
  let results = outcome;
  if (options.quiet) {
    results = results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }));
  }
  const formatter = FORMATTERS[options.format];
  if (!formatter) return fail(`未知的输出格式“${options.format}”`);
  const report = formatter(results, { color: useColor(options), cwd: process.cwd(), rules });
  if (options.outputFile) {
    try {
      await writeOutputFile(
        options.outputFile,
        report,
        results.map((r) => r.filePath),
      );
    } catch (error) {
      if (error instanceof OutputError) return fail(error.message);
      throw error;
    }
  } else if (report) {
    process.stdout.write(report.endsWith('\n') ? report : `${report}\n`);
  }
  const outputError = await writeBatchOutputs(results, rules, {
    summary: options.summary,
    report: options.report,
    annotateDocx: options.annotateDocx,
    summaryStream: options.outputFile || options.format === 'stylish' ? process.stdout : process.stderr,
  });
  if (outputError) return fail(outputError);
  for (const r of results)
    if (r.fatal !== undefined) process.stderr.write(`zhixing-lint：无法检查 ${r.filePath}：${r.fatal}\n`);
  return exitCodeFor(results, options);
}
