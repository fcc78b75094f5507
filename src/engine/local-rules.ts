/**
 * A court's own rules: the rule declarations (YAML) in the folders its configuration names as `localRules`. They run
 * with the built-in rules and appear wherever those do (--list-rules, SARIF, the reports).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseDeclaration } from './declaration-file.js';
import { DeclarationError } from './declaration.js';
import type { Rule } from './rule.js';

/** A declaration file's path and text: the text travels to the worker threads and into the cache key. */
export interface LocalRuleSource {
  file: string;
  text: string;
}

const DECLARATION_FILE = /\.ya?ml$/i;

function readOrFail(read: () => string, what: string, file: string): string {
  try {
    return read();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new DeclarationError(`${file}：无法读取${what}${code ? `（${code}）` : ''}`);
  }
}

/** The declaration files of each folder (its sub-folders too), in path order. */
export function readLocalRuleSources(folders: readonly string[]): LocalRuleSource[] {
  return folders.flatMap((folder) => {
    const names = readOrFail(
      () => readdirSync(folder, { recursive: true, encoding: 'utf8' }).join('\n'),
      '本院规则文件夹',
      folder,
    );
    return names
      .split('\n')
      .filter((name) => DECLARATION_FILE.test(name))
      .sort()
      .map((name) => {
        const file = path.join(folder, name);
        return { file, text: readOrFail(() => readFileSync(file, 'utf8'), '规则文件', file) };
      });
  });
}

/**
 * The rules the sources declare; an id that is already taken, or a hand-off to a rule that does not exist, is an
 * error naming the file.
 */
export function compileLocalRules(sources: readonly LocalRuleSource[], builtIn: readonly Rule[]): Rule[] {
  const taken = new Map(builtIn.map((rule) => [rule.id, '内置规则']));
  const rules = sources.map(({ file, text }) => {
    const rule = parseDeclaration(text, file);
    const owner = taken.get(rule.id);
    if (owner) throw new DeclarationError(`${file}:1：规则 id“${rule.id}”已被${owner}使用，请换一个`);
    taken.set(rule.id, file);
    return { file, rule };
  });
  for (const { file, rule } of rules) {
    const unknown = (rule.handsOffTo ?? []).find((id) => !taken.has(id));
    if (unknown) throw new DeclarationError(`${file}:1：reportedBy 指向的规则“${unknown}”不存在`);
  }
  return rules.map(({ rule }) => rule);
}
