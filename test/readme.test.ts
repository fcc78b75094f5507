/**
 * The README documents every rule with its citation, and every reading a rule declaration can name: its generated
 * sections must be what the rule files and the language stage generate.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ReadmeSection, readingTable, ruleTable } from '../src/output/rule-table.js';
import { ALL_RULES } from './support/all-rules.js';

const readme = readFileSync(path.join(import.meta.dirname, '..', 'README.md'), 'utf8');

function sectionIn(text: string, { start, end }: ReadmeSection): string {
  return text.slice(text.indexOf(start) + start.length, text.indexOf(end)).trim();
}

describe('README', () => {
  it('has the rule table of the current rules (run `npm run docs` after adding a rule)', () => {
    const table = ruleTable(ALL_RULES);
    expect(sectionIn(readme, table)).toBe(table.markdown);
  });

  it('lists every reading and frame a declaration can name (run `npm run docs` after adding one)', () => {
    const table = readingTable();
    expect(sectionIn(readme, table)).toBe(table.markdown);
    expect(table.markdown).toContain('`readings: [visitation-time]`');
  });

  it('starts with the two quick-start commands', () => {
    expect(readme).toContain('npm install && npx zhixing-lint samples/');
    expect(readme).toContain('npm test');
  });
});
