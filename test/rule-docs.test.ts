/**
 * The rules' documentation pages: docs/rules/<id>.md is what the rule generates (`npm run docs` after changing a
 * rule), SARIF's helpUri and the HTML report's rule links lead to those files, and the HTML report states when it
 * was made, the tool's version, the rule set and the configuration.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RATIONALE, ruleDocMarkdown, ruleDocPath } from '../src/output/rule-docs.js';
import { ALL_RULES } from './support/all-rules.js';
import { ROOT, runCli } from './support/cli.js';

const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;

describe('docs/rules', () => {
  it('holds the page each rule generates, and no other (run `npm run docs` after changing a rule)', () => {
    for (const rule of ALL_RULES) {
      const file = path.join(ROOT, ruleDocPath(rule.id));
      expect(existsSync(file), rule.id).toBe(true);
      expect(readFileSync(file, 'utf8'), rule.id).toBe(ruleDocMarkdown(rule));
    }
    const pages = globSync('**/*.md', { cwd: path.join(ROOT, 'docs', 'rules') }).sort();
    expect(pages).toEqual(ALL_RULES.map((r) => `${r.id}.md`).sort());
  });

  it('states the article and its words, what must be stated, why, examples and how to turn the rule off', () => {
    const rule = ALL_RULES.find((r) => r.id === 'money/amount-missing');
    if (!rule) throw new Error('money/amount-missing missing');
    const page = ruleDocMarkdown(rule);
    expect(page).toContain(`> ${rule.citation.quote}`);
    expect(page).toContain(`${rule.citation.source} ${rule.citation.article}`);
    expect(page).toContain(rule.message);
    expect(page).toContain(rule.suggestion);
    expect(page).toContain(DEFAULT_RATIONALE);
    expect(page).toContain('一、被告林建成于本判决生效之日起十日内向原告黄素珍支付赔偿款；');
    expect(page).toContain('`zhixing-lint --rule money/amount-missing:off 文件`');
    expect(page).toContain('{"rules":{"money/amount-missing":"off"}}');
    const explained = ruleDocMarkdown({ ...rule, rationale: '没有数额，执行法院无从划扣。' });
    expect(explained).toContain('没有数额，执行法院无从划扣。');
    expect(explained).not.toContain(DEFAULT_RATIONALE);
  });
});

describe('links to the pages', () => {
  it('SARIF gives each rule the file of its page as helpUri', () => {
    const run = runCli(['--format', 'sarif', '--no-config', 'samples/01-民间借贷-有缺陷.md']);
    const log = JSON.parse(run.stdout) as {
      runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } } }[];
    };
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    expect(rules.length).toBe(ALL_RULES.length);
    for (const rule of rules) {
      expect(rule.helpUri.startsWith('file://'), rule.id).toBe(true);
      expect(fileURLToPath(rule.helpUri)).toBe(path.join(ROOT, ruleDocPath(rule.id)));
    }
  });

  it('the HTML report links rule ids to their pages and states date, version, rule set and configuration', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhixing-report-info-'));
    writeFileSync(
      path.join(dir, '.zhixinglintrc.json'),
      JSON.stringify({ rules: { 'party/id-missing': 'off' }, dictionary: ['芦淞区'] }),
    );
    writeFileSync(
      path.join(dir, 'draft.md'),
      readFileSync(path.join(ROOT, 'samples', '01-民间借贷-有缺陷.md'), 'utf8'),
    );
    mkdirSync(path.join(dir, 'out'));
    const before = new Date();
    const run = runCli(['draft.md', '--report', 'out/audit.html', '--rule', 'money/deadline-missing:warn'], {
      cwd: dir,
    });
    expect(run.stderr).toBe('');
    const html = readFileSync(path.join(dir, 'out', 'audit.html'), 'utf8');
    const day = `${before.getFullYear()}年${before.getMonth() + 1}月${before.getDate()}日`;
    expect(html).toContain(`生成时间：${day}`);
    expect(html).toContain(`程序版本：zhixing-lint ${VERSION}`);
    expect(html).toContain(`启用 ${ALL_RULES.length - 1} 条规则（共 ${ALL_RULES.length} 条`);
    expect(html).toContain(path.join(dir, '.zhixinglintrc.json'));
    expect(html).toContain('money/deadline-missing:warn');
    expect(html).toContain('<td class="name">芦淞区</td>');
    expect(html).not.toContain('<code>party/id-missing</code> ');
    const links = [...html.matchAll(/<a href="([^"#]+)"><code>([^<]+)<\/code><\/a>/g)];
    expect(links.length).toBeGreaterThan(2);
    for (const [, href = '', id = ''] of links) {
      expect(href.startsWith('/') || href.includes('://')).toBe(false);
      expect(path.resolve(dir, 'out', decodeURIComponent(href))).toBe(path.join(ROOT, ruleDocPath(id)));
    }
  });
});
