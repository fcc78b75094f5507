/**
 * Configuration through cosmiconfig: a `zhixing-lint` key in package.json, `.zhixinglintrc` (JSON or YAML),
 * `.zhixinglintrc.json|yaml|yml`, or `zhixing-lint.config.js|mjs|cjs` (JavaScript runs code: see README).
 */
import path from 'node:path';
import { cosmiconfig } from 'cosmiconfig';
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
  const known = new Set(knownRules.map((r) => r.id));
  if (raw.rules !== undefined) {
    if (!isRecord(raw.rules)) throw new ConfigError(`${where}：rules 应为“规则 id: 严重程度”的对象`);
    for (const [id, value] of Object.entries(raw.rules)) {
      if (!known.has(id))
        throw new ConfigError(`${where}：未知规则“${id}”（可用 --list-rules 查看全部规则）`);
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
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ConfigError(
      `无法读取配置文件${options.configFile ? `“${options.configFile}”` : ''}：${detail ?? ''}`,
    );
  }
  if (!result) return { config: emptyConfig() };
  return { config: normalizeConfig(result.config, result.filepath, knownRules), filepath: result.filepath };
}
