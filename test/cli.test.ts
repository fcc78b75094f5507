/** End to end: the built CLI on the samples and on bad input, checking output and exit codes. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, lineOf, runCli } from './support/cli.js';

interface JsonMessage {
  ruleId: string | null;
  line: number;
  column: number;
  message: string;
  category?: string;
  citation?: string;
  suggestion?: string;
  quote?: string;
}
interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
}

const sample = (name: string) => path.join(ROOT, 'samples', name);
const json = (stdout: string) => JSON.parse(stdout) as JsonResult[];
const tempDir = () => mkdtempSync(path.join(tmpdir(), 'zhixing-lint-'));

describe('zhixing-lint on the samples', () => {
  const run = runCli(['samples/', '--format', 'json']);
  const results = json(run.stdout);
  const messages = (name: string) => results.find((r) => r.filePath.endsWith(name))?.messages ?? [];

  it('lints every sample and exits 1 because the flawed drafts have errors', () => {
    expect(run.code).toBe(1);
    expect(results.map((r) => path.basename(r.filePath))).toEqual(
      expect.arrayContaining(['01-民间借贷-有缺陷.md', '02-民间借贷-已修正.md', '06-GBK编码.txt']),
    );
  });

  it('finds each planted money gap at its line, with category, citation, suggestion and quote', () => {
    const text = readFileSync(sample('01-民间借贷-有缺陷.md'), 'utf8');
    const found = messages('01-民间借贷-有缺陷.md').map((m) => [m.ruleId, m.line]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['interest/per-contract', lineOf(text, '按借款合同约定的利率计算')],
        ['interest/base-missing', lineOf(text, '四、被告易国平')],
        ['money/deadline-missing', lineOf(text, '五、被告易国平支付原告邓雅琴律师代理费6000元')],
      ]),
    );
    const perContract = messages('01-民间借贷-有缺陷.md').find((m) => m.ruleId === 'interest/per-contract');
    expect(perContract).toMatchObject({
      category: 'interest.per-contract',
      citation: '焦作山阳规定 第十八条第（一）项',
      quote: expect.stringContaining('三、被告易国平'),
      suggestion: expect.stringContaining('年利率'),
    });
  });

  it('is silent on the corrected judgment', () => {
    expect(messages('02-民间借贷-已修正.md')).toEqual([]);
  });

  it('decodes the GBK text file and finds the payment with no amount', () => {
    const text = new TextDecoder('gb18030').decode(readFileSync(sample('06-GBK编码.txt')));
    expect(messages('06-GBK编码.txt').map((m) => [m.ruleId, m.line])).toContainEqual([
      'money/amount-missing',
      lineOf(text, '支付赔偿款'),
    ]);
  });

  it('says so once when a draft has no operative part', () => {
    expect(messages('05-无判决主文.md').map((m) => m.ruleId)).toEqual(['document/operative-missing']);
  });
});

describe('stylish output', () => {
  it('prints ESLint-style rows, the quoted item, the citation and the summary', () => {
    const run = runCli([sample('01-民间借贷-有缺陷.md')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^\s+\d+:\d+\s+error\s+第三项：.*interest\/per-contract$/m);
    expect(run.stdout).toContain('原文：“三、被告易国平');
    expect(run.stdout).toContain('依据：焦作山阳规定 第十八条第（一）项');
    expect(run.stdout).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings\)/);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('colours output when forced and not with --no-color or NO_COLOR', () => {
    const file = sample('01-民间借贷-有缺陷.md');
    expect(runCli([file], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(runCli([file, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(runCli([file], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('prints nothing and exits 0 for a compliant draft', () => {
    const run = runCli([sample('02-民间借贷-已修正.md')]);
    expect(run).toMatchObject({ code: 0, stdout: '' });
  });
});

describe('inputs', () => {
  it('reads standard input, parsed by the name given with --stdin-filename', () => {
    const draft = readFileSync(sample('01-民间借贷-有缺陷.md'));
    const run = runCli(['-', '--stdin-filename', 'draft.md', '--format', 'json'], { input: draft });
    const [result] = json(run.stdout);
    expect(result?.filePath).toBe('draft.md');
    expect(result?.messages.map((m) => m.ruleId)).toContain('interest/per-contract');
  });

  it('refuses standard input over the 2 MB limit without reading it all', () => {
    const dump = Buffer.alloc(3 * 1024 * 1024, '判决如下：一、被告支付原告借款本金十万元。\n');
    const run = runCli(['-', '--stdin-filename', 'dump.txt'], { input: dump });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('输入超过单份文书 2.0 MB 的上限，未检查');
  });

  it('expands globs', () => {
    const run = runCli(['samples/0[12]-*.md', '--format', 'json']);
    expect(json(run.stdout).map((r) => path.basename(r.filePath))).toEqual([
      '01-民间借贷-有缺陷.md',
      '02-民间借贷-已修正.md',
    ]);
  });

  it('exits 2 with a Chinese message, not a stack trace, for a missing path or an empty glob', () => {
    const missing = runCli(['no-such-draft.md']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('找不到文件或文件夹“no-such-draft.md”');
    const glob = runCli(['samples/*.docx.nothing']);
    expect(glob.code).toBe(2);
    expect(glob.stderr).toContain('没有文件匹配');
    expect(missing.stderr + glob.stderr).not.toMatch(/^\s+at /m);
  });

  it('refuses a binary file with a clear message and exit 2 when nothing could be linted', () => {
    const dir = tempDir();
    const file = path.join(dir, 'scan.md');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    const run = runCli([file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('PNG');
  });

  it('exits 2 for an unknown option or a bad value, with the message in Chinese', () => {
    const unknown = runCli(['--no-such-option', 'samples/']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('zhixing-lint：未知选项“--no-such-option”');
    const bad = runCli(['--format', 'xml', 'samples/']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('的值“xml”无效，可选：');
  });

  it('stops quietly when the reader closes the pipe early (zhixing-lint … | head)', async () => {
    // Enough drafts that the report is far larger than the pipe's buffer.
    const dir = tempDir();
    const draft = readFileSync(sample('01-民间借贷-有缺陷.md'));
    for (let i = 0; i < 150; i++) writeFileSync(path.join(dir, `draft-${String(i)}.md`), draft);
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'bin', 'zhixing-lint'), dir, '--concurrency', '1'],
      {
        cwd: ROOT,
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|^\s+at /m);
    expect(code).not.toBe(2);
  });

  it('prints its help in Chinese, aligned by display width', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^用法： zhixing-lint/);
    expect(help.stdout).toContain('\n选项：\n');
    expect(help.stdout).toContain('（可选：stylish、json');
    expect(help.stdout).not.toMatch(/default:|Options:|Usage:/);
  });
});

describe('rules and configuration', () => {
  it('lists every rule with its citation', () => {
    const run = runCli(['--list-rules']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^money\/amount-missing\s+error\s+给付金钱未写明数额\s+焦作山阳规定 第十八条第（一）项$/m,
    );
    expect(run.stdout).toMatch(/共 \d+ 条规则/);
  });

  it('turns a rule off with --rule', () => {
    const run = runCli([
      sample('01-民间借贷-有缺陷.md'),
      '--format',
      'json',
      '--rule',
      'interest/per-contract:off',
    ]);
    expect(json(run.stdout)[0]?.messages.map((m) => m.ruleId)).not.toContain('interest/per-contract');
  });

  it('reads .zhixinglintrc (YAML) from the working folder, and --no-config ignores it', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'draft.md'), readFileSync(sample('01-民间借贷-有缺陷.md')));
    writeFileSync(
      path.join(dir, '.zhixinglintrc'),
      'rules:\n  money/deadline-missing: warn\n  interest/per-contract: off\n',
    );
    const configured = json(runCli(['draft.md', '--format', 'json'], { cwd: dir }).stdout)[0]?.messages ?? [];
    expect(configured.map((m) => m.ruleId)).not.toContain('interest/per-contract');
    expect(configured.find((m) => m.ruleId === 'money/deadline-missing')).toMatchObject({ severity: 1 });
    const ignored =
      json(runCli(['draft.md', '--format', 'json', '--no-config'], { cwd: dir }).stdout)[0]?.messages ?? [];
    expect(ignored.map((m) => m.ruleId)).toContain('interest/per-contract');
  });

  it('reads the zhixing-lint key of package.json and rejects an unknown rule with exit 2', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'draft.md'), readFileSync(sample('01-民间借贷-有缺陷.md')));
    writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: 'templates', 'zhixing-lint': { rules: { 'money/no-such-rule': 'off' } } }),
    );
    const run = runCli(['draft.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('未知规则“money/no-such-rule”');
  });

  it('lets vague.allow silence a phrase the court uses with a fixed meaning, and rejects a malformed list', () => {
    const dir = tempDir();
    const draft = readFileSync(sample('01-民间借贷-有缺陷.md'), 'utf8').replace(
      /判决如下：\s*\n/,
      '判决如下：\n\n一、被告于本判决生效之日起十日内协助原告办理相关手续。\n\n',
    );
    writeFileSync(path.join(dir, 'draft.md'), draft);
    const vague = (args: string[]) =>
      (
        json(runCli(['draft.md', '--format', 'json', ...args], { cwd: dir }).stdout)[0]?.messages ?? []
      ).filter((m) => m.ruleId === 'vague/wording');
    expect(vague(['--no-config'])).toHaveLength(1);
    writeFileSync(path.join(dir, '.zhixinglintrc'), 'vague:\n  allow:\n    - 协助原告办理相关手续\n');
    expect(vague([])).toHaveLength(0);
    writeFileSync(path.join(dir, '.zhixinglintrc'), 'vague:\n  allow: 相关手续\n');
    const run = runCli(['draft.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('vague 应为');
  });

  it('uses the file named by --config', () => {
    const dir = tempDir();
    const config = path.join(dir, 'court.json');
    writeFileSync(config, JSON.stringify({ rules: { 'interest/base-missing': 'off' } }));
    const run = runCli([sample('01-民间借贷-有缺陷.md'), '--format', 'json', '--config', config]);
    expect(json(run.stdout)[0]?.messages.map((m) => m.ruleId)).not.toContain('interest/base-missing');
  });
});
