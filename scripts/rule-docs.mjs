// Writes one page per rule to docs/rules/<id>.md from the built rules: `npm run docs` (after `npm run build`).
// The folder holds generated pages only: it is rebuilt, so a removed rule leaves no page behind.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadRules } from '../dist/src/engine/registry.js';
import { RULE_DOCS_DIR, ruleDocMarkdown, ruleDocPath } from '../dist/src/output/rule-docs.js';

const root = path.join(import.meta.dirname, '..');
const rules = await loadRules();
rmSync(path.join(root, RULE_DOCS_DIR), { recursive: true, force: true });
for (const rule of rules) {
  const file = path.join(root, ruleDocPath(rule.id));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, ruleDocMarkdown(rule));
}
console.log(`${RULE_DOCS_DIR}: ${rules.length} pages`);
