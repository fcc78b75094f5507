/** Which rules run, at which severity: defaults, then the config file, then --rule on the command line. */
import type { EnabledRule } from '../engine/run.js';
import type { Rule, SeveritySetting } from '../engine/rule.js';
import { ConfigError, parseSeverity } from './config.js';

/** Parses `--rule money/amount-missing:off` (also `id=warn`). */
export function parseRuleOption(
  values: readonly string[],
  rules: readonly Rule[],
): Record<string, SeveritySetting> {
  const known = new Set(rules.map((r) => r.id));
  const settings: Record<string, SeveritySetting> = {};
  for (const value of values) {
    const at = Math.max(value.lastIndexOf(':'), value.lastIndexOf('='));
    if (at <= 0) throw new ConfigError(`--rule “${value}” 的格式应为“规则id:off|warn|error”`);
    const id = value.slice(0, at);
    if (!known.has(id)) throw new ConfigError(`--rule：未知规则“${id}”（可用 --list-rules 查看全部规则）`);
    settings[id] = parseSeverity(value.slice(at + 1), `--rule ${id}`);
  }
  return settings;
}

export function enableRules(
  rules: readonly Rule[],
  ...layers: Record<string, SeveritySetting>[]
): EnabledRule[] {
  const enabled: EnabledRule[] = [];
  for (const rule of rules) {
    let setting: SeveritySetting = rule.severity;
    for (const layer of layers) setting = layer[rule.id] ?? setting;
    if (setting !== 'off') enabled.push({ rule, severity: setting });
  }
  return enabled;
}
