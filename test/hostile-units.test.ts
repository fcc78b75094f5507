/**
 * The pieces behind the command line's defences, in-process: CSV cells that cannot become formulas, terminal text
 * without escape sequences, configuration keys checked with a guess, cache entries checked for their shape,
 * Markdown recognised on unnamed input, and where a file that cannot be read is placed. End-to-end runs are in
 * test/reliability/hostile-cli.test.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LintCache } from '../src/cli/cache.js';
import { CONFIG_KEYS, ConfigError, didYouMean, normalizeConfig } from '../src/cli/config.js';
import type { FileResult } from '../src/engine/lint.js';
import { looksLikeMarkdown } from '../src/input/load.js';
import { csvField, formatCsv } from '../src/output/csv.js';
import { formatResults } from '../src/output/formatter.js';
import { formatStylish, terminalSafe } from '../src/output/stylish.js';
import { ALL_RULES } from './support/all-rules.js';
import { lintText } from './support/lint-text.js';
import { exampleDocument } from './support/documents.js';

const context = { color: false, cwd: '/', rules: ALL_RULES };

describe('CSV cells', () => {
  it('start no formula: =, +, -, @, tab and carriage return get an apostrophe', () => {
    expect(csvField('=HYPERLINK("http://example.com")')).toBe(`"'=HYPERLINK(""http://example.com"")"`);
    expect(csvField('+86 391 1234567')).toBe("'+86 391 1234567");
    expect(csvField('-1+1')).toBe("'-1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('一、被告支付借款。')).toBe('一、被告支付借款。');
    expect(csvField(-1)).toBe('-1'); // numbers are numbers
  });

  it('carry a finding whose quote starts with = as text', () => {
    const result = lintText(
      exampleDocument('一、被告于本判决生效之日起十日内向原告支付赔偿款；').text,
      ALL_RULES,
    );
    const quoted: FileResult = {
      ...result,
      findings: result.findings.map((f) => ({ ...f, quote: `=${f.quote}` })),
    };
    const rows = formatResults(formatCsv, [quoted], context).split('\r\n').slice(1, -1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toContain(",'=");
  });
});

describe('terminal text', () => {
  it('loses escape sequences and control characters, keeping the words', () => {
    expect(terminalSafe('支付\u001b[2J\u001b[H\u001b]0;标题\u0007借款\r\u0008\u009b31m')).toBe('支付借款');
    expect(terminalSafe('第一项：判令给付金钱')).toBe('第一项：判令给付金钱');
  });

  it('in stylish: file name, quote, notice and reason', () => {
    const result = lintText(
      exampleDocument('一、被告于本判决生效之日起十日内向原告支付赔偿款；').text,
      ALL_RULES,
    );
    const hostile: FileResult[] = [
      {
        ...result,
        filePath: 'a\u001b[2J.md',
        notices: ['编码\u001b[31m修复'],
        findings: result.findings.map((f) => ({ ...f, quote: `\u001b[H✔ 0 problems${f.quote}` })),
      },
      { filePath: 'b\u001b[1A.md', findings: [], notices: [], fatal: '文件没有文字\u001b[2K' },
    ];
    const out = formatResults(formatStylish, hostile, context);
    expect(out).not.toContain('\u001b');
    expect(out).toContain('\na.md\n');
    expect(out).toContain('✔ 0 problems'); // the text stays, in the quote line, without moving the cursor
    // A file that cannot be read is at 1:1, as in every other format.
    expect(out).toContain('  1:1  error  无法检查：文件没有文字\n');
  });
});

describe('configuration keys', () => {
  it('are listed in one place, and a misspelt one gets a guess', () => {
    expect(CONFIG_KEYS).toEqual(
      expect.arrayContaining(['rules', 'dictionary', 'template', 'vague', 'partyIds']),
    );
    expect(didYouMean('rulez', CONFIG_KEYS)).toBe('rules');
    expect(didYouMean('partyids', CONFIG_KEYS)).toBe('partyIds');
    expect(didYouMean('dictonary', CONFIG_KEYS)).toBe('dictionary');
    expect(didYouMean('severity', CONFIG_KEYS)).toBeUndefined();
  });

  it('refuses an unknown key, naming the file, the key and the guess', () => {
    expect(() => normalizeConfig({ rulez: {} }, '.zhixinglintrc', ALL_RULES)).toThrow(ConfigError);
    expect(() => normalizeConfig({ rulez: {} }, '.zhixinglintrc', ALL_RULES)).toThrow(
      '.zhixinglintrc：未知的配置项“rulez”，是不是“rules”？',
    );
    expect(() => normalizeConfig({ colour: true }, 'package.json', ALL_RULES)).toThrow(
      /未知的配置项“colour”（可用：rules、dictionary/,
    );
    expect(normalizeConfig({ partyIds: false }, 'x', ALL_RULES).partyIds).toBe(false);
  });
});

async function drain(results: AsyncIterable<FileResult>): Promise<FileResult[]> {
  const all: FileResult[] = [];
  for await (const result of results) all.push(result);
  return all;
}

describe('cache entries', () => {
  it('of the wrong shape are misses, not crashes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhixing-cache-shape-'));
    const file = path.join(dir, 'a.md');
    writeFileSync(file, '原告张三');
    const location = path.join(dir, 'cache');
    const good = await LintCache.open(location, 'k');
    const lintMany = async function* (files: readonly string[]): AsyncGenerator<FileResult> {
      await Promise.resolve();
      for (const filePath of files) yield { filePath, findings: [], notices: ['linted'] };
    };
    await drain(good.lint([file], lintMany));
    await good.save();
    const hit = await LintCache.open(location, 'k');
    await drain(hit.lint([file], lintMany));
    expect(hit.hits).toBe(1);
    for (const damage of [null, 5, { hash: 1 }, { findings: [{ line: '1' }], notices: [] }]) {
      const saved = JSON.parse(readFileSync(location, 'utf8')) as {
        files: Record<string, { result: unknown; hash: string }>;
      };
      const [key] = Object.keys(saved.files);
      if (key === undefined) throw new Error('no entry');
      writeFileSync(
        location,
        JSON.stringify({ ...saved, files: { [key]: { ...saved.files[key], result: damage } } }),
      );
      const damaged = await LintCache.open(location, 'k');
      const results = await drain(damaged.lint([file], lintMany));
      expect(damaged.misses, JSON.stringify(damage)).toBe(1);
      expect(results[0]?.notices).toEqual(['linted']);
      writeFileSync(location, JSON.stringify(saved));
    }
  });
});

describe('unnamed standard input', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('is Markdown when it has headings, bold, lists, quotes, tables or comments', () => {
    for (const text of [
      '# 民事判决书\n原告张三',
      '原告张三\n\n**一、**被告支付借款。',
      '- 被告支付借款',
      '> 引用',
      '| 项目 | 金额 |',
      '<!-- zhixing-lint-disable -->\n一、被告支付借款。',
    ])
      expect(looksLikeMarkdown(bytes(text)), text).toBe(true);
  });

  it('is plain text when it reads like a judgment copied from a word processor', () => {
    const judgment =
      '河南省焦作市山阳区人民法院\n民事判决书\n（2024）豫0811民初1234号\n一、被告李强向原告张明支付借款本金100000元；\n1.利息按年利率3.85%计算。\n*注：见附表';
    expect(looksLikeMarkdown(bytes(judgment))).toBe(false);
  });
});
