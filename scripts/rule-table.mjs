// Rewrites the rule table in README.md from the built rules: `npm run docs` (after `npm run build`).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadRules } from '../dist/src/engine/registry.js';
import { replaceRuleTable } from '../dist/src/output/rule-table.js';

const readmePath = path.join(import.meta.dirname, '..', 'README.md');
const rules = await loadRules();
writeFileSync(readmePath, replaceRuleTable(readFileSync(readmePath, 'utf8'), rules));
console.log(`README.md: ${rules.length} rules`);
