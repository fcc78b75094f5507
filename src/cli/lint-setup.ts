/**
 * From the options and the configuration found from the working folder to the lint options: the rules and
 * severities (defaults, then the config file, then --rule), template mode, the extra dictionary words. Shared by
 * the command line and `zhixing-lint serve`, so that both lint alike; throws ConfigError with a Chinese message.
 */
import type { LintOptions } from '../engine/lint.js';
import type { Rule } from '../engine/rule.js';
import { addWords } from '../language/segmenter.js';
import type { RunInfo } from '../output/run-info.js';
import { compileLocalRules } from '../engine/local-rules.js';
import { type Config, loadConfig } from './config.js';
import { enableRules, parseRuleOption } from './rules-setup.js';

export interface LintSetupOptions {
  config?: string;
  useConfig: boolean;
  rule: string[];
  template: boolean;
  reportUnusedDisableDirectives: boolean;
  timing: boolean;
}

export interface LintSetup {
  lint: LintOptions;
  /** The configuration's extra words, already given to the segmenter. */
  dictionary: string[];
  config: Config;
  /** The built-in rules and the configuration's own (localRules). */
  rules: Rule[];
  /** The configuration file used, if one was found or named. */
  configPath?: string;
}

export async function setUpLint(
  options: LintSetupOptions,
  builtIn: readonly Rule[],
  cwd: string,
): Promise<LintSetup> {
  const { config, filepath } = await loadConfig(
    { configFile: options.config, useConfig: options.useConfig, cwd },
    builtIn,
  );
  // The configuration's own rules were checked when it was read: compiling them again cannot fail.
  const rules = [...builtIn, ...compileLocalRules(config.localRules, builtIn)];
  addWords(config.dictionary);
  const lint: LintOptions = {
    rules: enableRules(rules, config.rules, parseRuleOption(options.rule, rules)),
    template: options.template || config.template,
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
    timing: options.timing,
    vague: config.vague,
    partyIds: config.partyIds,
  };
  return {
    lint,
    dictionary: config.dictionary,
    config,
    rules,
    ...(filepath ? { configPath: filepath } : {}),
  };
}

/** What the HTML report and the page say about the run: when, which version, which rules, which configuration. */
export function runInfoOf(
  setup: LintSetup,
  options: LintSetupOptions,
  totalRules: number,
  version: string,
  date = new Date(),
): RunInfo {
  return {
    date,
    version,
    useConfig: options.useConfig,
    ...(setup.configPath ? { configPath: setup.configPath } : {}),
    ruleOptions: [...options.rule],
    rules: setup.lint.rules.map(({ rule, severity }) => ({ id: rule.id, name: rule.name, severity })),
    totalRules,
    template: setup.lint.template,
    partyIds: setup.config.partyIds,
    dictionary: [...setup.config.dictionary],
    vagueAllow: [...setup.config.vague.allow],
  };
}
