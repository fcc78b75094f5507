/**
 * The rules: every module under lint-rules/ whose default export is a rule, listed at build time by
 * scripts/generate-rule-index.mjs. A rule's id is its path there, so `lint-rules/money/amount-missing.ts` is
 * `money/amount-missing`.
 */
import { RULE_FILES } from './rule-index.generated.js';
import type { Rule } from './rule.js';

function isRule(value: unknown): value is Rule {
  return typeof value === 'object' && value !== null && 'id' in value && 'check' in value;
}

let cached: Rule[] | undefined;

function collectRules(): Rule[] {
  const rules: Rule[] = [];
  for (const [expectedId, module] of RULE_FILES) {
    if (!isRule(module)) continue;
    if (module.id !== expectedId)
      throw new Error(`规则文件 ${expectedId} 声明的 id 是 ${module.id}，二者应一致`);
    rules.push(module);
  }
  return rules.sort((a, b) => a.id.localeCompare(b.id));
}

/** Kept asynchronous for its callers; the rules are already loaded with this module. */
export function loadRules(): Promise<Rule[]> {
  cached ??= collectRules();
  return Promise.resolve(cached);
}
