/**
 * Configuration through cosmiconfig: a `zhixing-lint` key in package.json, `.zhixinglintrc` (JSON or YAML),
 * `.zhixinglintrc.json|yaml|yml`, or `zhixing-lint.config.js|mjs|cjs` (JavaScript runs code: see README).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cosmiconfig } from 'cosmiconfig';
import escapeRegExp from 'escape-string-regexp';
import { distance } from 'fastest-levenshtein';
import { DeclarationError } from '../engine/declaration.js';
import { type LocalRuleSource, compileLocalRules, readLocalRuleSources } from '../engine/local-rules.js';
import type { Rule, SeveritySetting } from '../engine/rule.js';

export interface Config {
  rules: Record<string, SeveritySetting>;
  /** Words the segmenter must never cut (court names, local terms). */
  dictionary: string[];
  /** Template mode: placeholder slots count as the element being present. */
  template: boolean;
  /** Phrases the vague-wording rule must accept (added to its built-in allow-list). */
  vague: { allow: string[] };
  /** false for archives: do not require a 公民身份号码 / 统一社会信用代码 for every party. */
  partyIds: boolean;
  /** The court's own rule declarations, read from the folders named by `localRules`. */
  localRules: LocalRuleSource[];
}

export class ConfigError extends Error {}

/**
 * Every key a configuration may have, in one place: a key not listed is refused (a misspelt `rulez:` would
 * otherwise be ignored in silence). A new option adds its key here and its reading in normalizeConfig.
 */
export const CONFIG_KEYS: readonly string[] = [
  'rules',
  'dictionary',
  'template',
  'vague',
  'partyIds',
  'localRules',
];
const VAGUE_KEYS: readonly string[] = ['allow'];

/** The candidate `word` was most likely meant to be: same letters in another case, or a typo or two away. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

function unknownKeyMessage(where: string, what: string, key: string, known: readonly string[]): string {
  const guess = didYouMean(key, known);
  return `${where}：未知的${what}“${key}”${guess ? `，是不是“${guess}”？` : ''}（可用：${known.join('、')}）`;
}

function refuseUnknownKeys(
  raw: Record<string, unknown>,
  known: readonly string[],
  where: string,
  what: string,
) {
  for (const key of Object.keys(raw)) {
    if (!known.includes(key)) throw new ConfigError(unknownKeyMessage(where, what, key, known));
  }
}

const MODULE_NAME = 'zhixing-lint';
const SEVERITIES: Record<string, SeveritySetting> = {
  off: 'off',
  warn: 'warn',
  warning: 'warn',
  error: 'error',
  '0': 'off',
  '1': 'warn',
  '2': 'error',
};

export function emptyConfig(): Config {
  return { rules: {}, dictionary: [], template: false, vague: { allow: [] }, partyIds: true, localRules: [] };
}

export function parseSeverity(value: unknown, where: string): SeveritySetting {
  const key = Array.isArray(value) ? String(value[0]) : String(value);
  const severity = SEVERITIES[key];
  if (!severity) throw new ConfigError(`${where}：严重程度“${key}”无效，应为 off、warn 或 error`);
  return severity;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The folders of `localRules`, relative to the configuration file. */
function localRuleFolders(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || value.some((folder) => typeof folder !== 'string' || folder === '')) {
    throw new ConfigError(`${where}：localRules 应为文件夹列表，如 [./本院规则]`);
  }
  return (value as string[]).map((folder) => path.resolve(path.dirname(where), folder));
}

export function normalizeConfig(raw: unknown, where: string, builtInRules: readonly Rule[]): Config {
  const config = emptyConfig();
  if (raw === null || raw === undefined) return config;
  if (!isRecord(raw)) throw new ConfigError(`${where}：配置应为对象`);
  refuseUnknownKeys(raw, CONFIG_KEYS, where, '配置项');
  let knownRules = builtInRules;
  if (raw.localRules !== undefined) {
    try {
      config.localRules = readLocalRuleSources(localRuleFolders(raw.localRules, where));
      knownRules = [...builtInRules, ...compileLocalRules(config.localRules, builtInRules)];
    } catch (error) {
      if (error instanceof DeclarationError) throw new ConfigError(`本院规则有误：\n${error.message}`);
      throw error;
    }
  }
  const ids = knownRules.map((r) => r.id);
  const known = new Set(ids);
  if (raw.rules !== undefined) {
    if (!isRecord(raw.rules)) throw new ConfigError(`${where}：rules 应为“规则 id: 严重程度”的对象`);
    for (const [id, value] of Object.entries(raw.rules)) {
      if (!known.has(id)) {
        const guess = didYouMean(id, ids);
        throw new ConfigError(
          `${where}：未知规则“${id}”${guess ? `，是不是“${guess}”？` : ''}（可用 --list-rules 查看全部规则）`,
        );
      }
      config.rules[id] = parseSeverity(value, `${where} 中的规则 ${id}`);
    }
  }
  if (raw.dictionary !== undefined) {
    if (!Array.isArray(raw.dictionary) || raw.dictionary.some((w) => typeof w !== 'string')) {
      throw new ConfigError(`${where}：dictionary 应为词语列表`);
    }
    config.dictionary = raw.dictionary as string[];
  }
  if (raw.template !== undefined) {
    if (typeof raw.template !== 'boolean') throw new ConfigError(`${where}：template 应为 true 或 false`);
    config.template = raw.template;
  }
  if (raw.partyIds !== undefined) {
    if (typeof raw.partyIds !== 'boolean') throw new ConfigError(`${where}：partyIds 应为 true 或 false`);
    config.partyIds = raw.partyIds;
  }
  if (raw.vague !== undefined) {
    if (isRecord(raw.vague)) refuseUnknownKeys(raw.vague, VAGUE_KEYS, `${where} 中的 vague`, '配置项');
    const allow = isRecord(raw.vague) ? raw.vague.allow : undefined;
    if (!Array.isArray(allow) || allow.some((w) => typeof w !== 'string' || w === '')) {
      throw new ConfigError(`${where}：vague 应为 { allow: [词语, …] }`);
    }
    config.vague = { allow: allow as string[] };
  }
  return config;
}

export async function loadConfig(
  options: { configFile?: string; useConfig: boolean; cwd: string },
  knownRules: readonly Rule[],
): Promise<{ config: Config; filepath?: string }> {
  if (!options.useConfig) return { config: emptyConfig() };
  const explorer = cosmiconfig(MODULE_NAME, {
    searchPlaces: [
      'package.json',
      '.zhixinglintrc',
      '.zhixinglintrc.json',
      '.zhixinglintrc.yaml',
      '.zhixinglintrc.yml',
      'zhixing-lint.config.js',
      'zhixing-lint.config.mjs',
      'zhixing-lint.config.cjs',
    ],
    searchStrategy: 'project',
  });
  let result;
  try {
    result = options.configFile
      ? await explorer.load(options.configFile)
      : await explorer.search(options.cwd);
  } catch (error) {
    const file = (error as { filepath?: unknown } | null)?.filepath;
    const where = typeof file === 'string' ? file : options.configFile;
    throw new ConfigError(
      `无法读取配置文件${where ? `“${where}”` : ''}：${describeSyntaxError(error, where)}`,
    );
  }
  if (!result) return { config: emptyConfig() };
  return { config: normalizeConfig(result.config, result.filepath, knownRules), filepath: result.filepath };
}

/** 1-based line and column of an offset in a file's text. */
function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Where the configuration file is broken and why: line, column, reason and the lines around it, for the YAML
 * reader (js-yaml), the JSON reader (parse-json) and a JavaScript file's syntax error.
 */
export function describeSyntaxError(error: unknown, file: string | undefined): string {
  if (!(error instanceof Error)) return String(error);
  const details = error as Error & {
    reason?: unknown;
    mark?: { line?: unknown; column?: unknown; snippet?: unknown };
    codeFrame?: unknown;
  };
  const frame = (snippet: unknown) => (typeof snippet === 'string' && snippet.trim() ? `\n${snippet}` : '');
  // YAML (and .zhixinglintrc, read as YAML): 0-based line and column.
  if (typeof details.reason === 'string' && typeof details.mark?.line === 'number') {
    const column = typeof details.mark.column === 'number' ? details.mark.column + 1 : 1;
    return `第 ${details.mark.line + 1} 行第 ${column} 列：${details.reason}${frame(details.mark.snippet)}`;
  }
  // JSON: the reason and the offset are in the message, after the code frame.
  const json = /^(?!\s*>?\s*\d+ \|)(.*?) in JSON at position (\d+)/m.exec(error.message);
  if (json && file) {
    try {
      const { line, column } = lineColumnAt(readFileSync(file, 'utf8'), Number(json[2]));
      return `第 ${line} 行第 ${column} 列：${json[1]?.trim()}${frame(details.codeFrame)}`;
    } catch {
      // The file went away: the reason alone.
    }
  }
  // JavaScript: Node puts "file:line" and the offending line with a caret on top of the stack.
  const place = file ? new RegExp(`^${escapeRegExp(file)}:(\\d+)$`, 'm').exec(error.stack ?? '') : null;
  const firstLine = error.message
    .split('\n')
    .find((line) => line.trim() !== '' && !/ Error in .*:\s*$/.test(line));
  const reason = firstLine ?? error.message;
  return place ? `第 ${place[1]} 行：${reason}` : reason;
}
