/**
 * The command: expands the inputs, lints each file, prints the report, and exits 0 (no errors), 1 (errors, or
 * more warnings than --max-warnings) or 2 (usage error, unreadable configuration, or nothing could be linted).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CommanderError } from 'commander';
import { type FileResult, type LintOptions, countBySeverity, lintLoaded } from '../engine/lint.js';
import { loadRules } from '../engine/registry.js';
import { expandPatterns } from '../input/files.js';
import { isMarkdownPath, loadFile, loadText } from '../input/load.js';
import { addWords } from '../language/segmenter.js';
import { FORMATTERS } from '../report/index.js';
import { packageRoot } from '../util/package-root.js';
import { ConfigError, loadConfig } from './config.js';
import { listRules } from './list-rules.js';
import { OutputError, writeOutputFile } from './output.js';
import { type CliOptions, createProgram, readOptions } from './program.js';
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
  if (options.color === true || process.env.FORCE_COLOR) return true;
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
): Promise<FileResult[] | number> {
  const results: FileResult[] = [];
  const filePatterns = patterns.filter((p) => p !== STDIN);
  if (patterns.includes(STDIN)) {
    const name = options.stdinFilename ?? '<stdin>';
    results.push(lintLoaded(loadText(name, await readStdin(), isMarkdownPath(name)), lint));
  }
  const { files, errors } = await expandPatterns(filePatterns);
  if (errors.length > 0) return fail(errors.map((e) => e.message).join('\n'));
  for (const file of files) results.push(lintLoaded(await loadFile(file), lint));
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
  try {
    const { config } = await loadConfig(
      { configFile: options.config, useConfig: options.useConfig, cwd: process.cwd() },
      rules,
    );
    addWords(config.dictionary);
    lint = {
      rules: enableRules(rules, config.rules, parseRuleOption(options.rule, rules)),
      template: options.template || config.template,
    };
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }

  const outcome = await lintInputs(patterns, options, lint);
  if (typeof outcome === 'number') return outcome;
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
  for (const r of results)
    if (r.fatal !== undefined) process.stderr.write(`zhixing-lint：无法检查 ${r.filePath}：${r.fatal}\n`);
  return exitCodeFor(results, options);
}
