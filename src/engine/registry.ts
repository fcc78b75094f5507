/**
 * Finds the rules: every module under lint-rules/ (compiled to dist/lint-rules/) whose default export is a rule.
 * A rule's id is its path there, so `lint-rules/money/amount-missing.ts` is `money/amount-missing`.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Rule } from './rule.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** dist/src/engine → dist/lint-rules. */
export const RULES_DIR = path.resolve(here, '..', '..', 'lint-rules');

function ruleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function isRule(value: unknown): value is Rule {
  return typeof value === 'object' && value !== null && 'id' in value && 'check' in value;
}

let cached: Promise<Rule[]> | undefined;

export function loadRules(): Promise<Rule[]> {
  cached ??= (async () => {
    const rules: Rule[] = [];
    for (const file of ruleFiles(RULES_DIR)) {
      const module = (await import(pathToFileURL(file).href)) as { default?: unknown };
      const expectedId = path.relative(RULES_DIR, file).replace(/\\/g, '/').replace(/\.js$/, '');
      if (!isRule(module.default)) continue;
      if (module.default.id !== expectedId) {
        throw new Error(`规则文件 ${expectedId} 声明的 id 是 ${module.default.id}，二者应一致`);
      }
      rules.push(module.default);
    }
    return rules.sort((a, b) => a.id.localeCompare(b.id));
  })();
  return cached;
}
