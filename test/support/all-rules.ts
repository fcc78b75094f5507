/**
 * Every rule in lint-rules/, loaded from source — the TypeScript rules and the declarations, read by the same code
 * that reads a court's own rules — keyed by the path that must equal its id.
 */
import { parseDeclaration } from '../../src/engine/declaration-file.js';
import type { Rule } from '../../src/engine/rule.js';

const modules = import.meta.glob<{ default: Rule }>('../../lint-rules/**/*.ts', { eager: true });
const declarations = import.meta.glob<string>('../../lint-rules/**/*.yaml', {
  eager: true,
  query: '?raw',
  import: 'default',
});

const idOf = (file: string): string => file.replace(/^.*lint-rules\//, '').replace(/\.(ts|yaml)$/, '');

export const RULE_MODULES: [string, Rule][] = [
  ...Object.entries(modules).map(([file, module]): [string, Rule] => [idOf(file), module.default]),
  ...Object.entries(declarations).map(([file, text]): [string, Rule] => [
    idOf(file),
    parseDeclaration(text, file),
  ]),
].sort((a, b) => a[0].localeCompare(b[0]));

export const ALL_RULES: Rule[] = RULE_MODULES.map(([, rule]) => rule);
