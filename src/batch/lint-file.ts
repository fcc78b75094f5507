/**
 * What a batch needs to lint files anywhere: the same function runs in the main thread and in each worker, and
 * the settings that choose the rules travel to workers as plain data (rules themselves are code and cannot).
 */
import { type LocalRuleSource, compileLocalRules } from '../engine/local-rules.js';
import { type FileResult, type LintOptions, lintLoaded } from '../engine/lint.js';
import type { RuleOptions } from '../engine/context.js';
import type { Rule, Severity } from '../engine/rule.js';
import { loadFile } from '../input/load.js';
import { addWords } from '../language/segmenter.js';

export interface BatchSettings {
  /** The enabled rules' ids and severities, in the order they run. */
  severities: [string, Severity][];
  ruleOptions: RuleOptions;
  /** Extra words for the segmenter (the configuration's `dictionary`). */
  dictionary: string[];
  /** The court's own rule declarations, compiled again in each worker (and part of the cache key). */
  localRules: LocalRuleSource[];
}

export function settingsFor(
  lint: LintOptions,
  dictionary: readonly string[],
  localRules: readonly LocalRuleSource[] = [],
): BatchSettings {
  const { rules, ...ruleOptions } = lint;
  return {
    severities: rules.map(({ rule, severity }) => [rule.id, severity]),
    ruleOptions,
    dictionary: [...dictionary],
    localRules: [...localRules],
  };
}

/** Rebuilds the lint options from the settings, inside a worker that has loaded the rules itself. */
export function lintOptionsFrom(settings: BatchSettings, builtIn: readonly Rule[]): LintOptions {
  addWords(settings.dictionary);
  const rules = [...builtIn, ...compileLocalRules(settings.localRules, builtIn)];
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const enabled = settings.severities.flatMap(([id, severity]) => {
    const rule = byId.get(id);
    return rule ? [{ rule, severity }] : [];
  });
  return { ...settings.ruleOptions, rules: enabled };
}

export async function lintFile(filePath: string, lint: LintOptions): Promise<FileResult> {
  try {
    return lintLoaded(await loadFile(filePath), lint);
  } catch (error) {
    // A crash in the document model must cost one file, not the batch.
    const detail = error instanceof Error ? error.message : String(error);
    return { filePath, findings: [], notices: [], fatal: `内部错误：检查该文件时程序出错（${detail}）` };
  }
}
