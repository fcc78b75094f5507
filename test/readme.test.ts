/** The README documents every rule with its citation: its table must be what the rule files generate. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLE_END, TABLE_START, ruleTableMarkdown } from '../src/output/rule-table.js';
import { ALL_RULES } from './support/all-rules.js';

const readme = readFileSync(path.join(import.meta.dirname, '..', 'README.md'), 'utf8');

describe('README', () => {
  it('has the rule table of the current rules (run `npm run docs` after adding a rule)', () => {
    const table = readme
      .slice(readme.indexOf(TABLE_START) + TABLE_START.length, readme.indexOf(TABLE_END))
      .trim();
    expect(table).toBe(ruleTableMarkdown(ALL_RULES));
  });

  it('starts with the two quick-start commands', () => {
    expect(readme).toContain('npm install && npx zhixing-lint samples/');
    expect(readme).toContain('npm test');
  });
});
