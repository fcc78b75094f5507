// Rewrites the generated sections of README.md (the rule table; the readings and frames rule declarations can
// name) from the built code: `npm run docs` (after `npm run build`).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadRules } from '../dist/src/engine/registry.js';
import { readingTable, replaceSection, ruleTable } from '../dist/src/output/rule-table.js';

const readmePath = path.join(import.meta.dirname, '..', 'README.md');
const rules = await loadRules();
let readme = readFileSync(readmePath, 'utf8');
for (const section of [ruleTable(rules), readingTable()]) readme = replaceSection(readme, section);
writeFileSync(readmePath, readme);
console.log(`README.md: ${rules.length} rules`);
