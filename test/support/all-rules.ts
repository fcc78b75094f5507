/** Every rule in lint-rules/, loaded from source, keyed by the path that must equal its id. */
import type { Rule } from '../../src/engine/rule.js';

const modules = import.meta.glob<{ default: Rule }>('../../lint-rules/**/*.ts', { eager: true });

export const RULE_MODULES: [string, Rule][] = Object.entries(modules)
  .map(([file, module]): [string, Rule] => [
    file.replace(/^.*lint-rules\//, '').replace(/\.ts$/, ''),
    module.default,
  ])
  .sort((a, b) => a[0].localeCompare(b[0]));

export const ALL_RULES: Rule[] = RULE_MODULES.map(([, rule]) => rule);
