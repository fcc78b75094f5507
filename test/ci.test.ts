/**
 * The command line as a CI job runs it: the CI formats, --quiet, --max-warnings, --output-file, deterministic order
 * whatever the concurrency, inline directives, template mode, --timing. Spawns the built CLI (npx tsc -p . first).
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { exampleDocument } from './support/documents.js';
import { ROOT, runCli } from './support/cli.js';
import { FIXTURE_CORPUS, sharedPath, skippedWithoutShared } from './support/shared.js';
import { FILES_PER_WORKER } from '../src/batch/pool.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const SAMPLES = path.join(ROOT, 'samples');
const FLAWED = path.join(SAMPLES, '01-民间借贷-有缺陷.md');

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'zhixing-ci-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** A draft with one error (no amount) and nothing else; a warning comes from an unused directive. */
const ONE_ERROR = exampleDocument('一、被告于本判决生效之日起十日内向原告支付赔偿款；').text;

describe('CI formats from the command line', () => {
  it('--format sarif validates against the SARIF 2.1.0 schema', () => {
    const run = runCli(['--format', 'sarif', '--no-config', 'samples']);
    expect(run.code).toBe(1);
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    const schema = JSON.parse(
      readFileSync(path.join(ROOT, 'test', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'),
    ) as object;
    const validate = ajv.compile(schema);
    expect(validate(JSON.parse(run.stdout)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('--format github prints one annotation per finding', () => {
    const run = runCli(['--format', 'github', '--no-config', FLAWED]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines)
      expect(line).toMatch(
        /^::(error|warning) file=samples\/01-民间借贷-有缺陷\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+\/[a-z-]+::/,
      );
  });

  it('--format junit writes a testsuite per file', () => {
    const run = runCli([
      '--format',
      'junit',
      '--no-config',
      FLAWED,
      path.join(SAMPLES, '02-民间借贷-已修正.md'),
    ]);
    expect(run.stdout.match(/<testsuite /g)).toHaveLength(2);
  });
});

describe('exit codes and output for CI', () => {
  const dir = folderWith({
    'draft.md': `<!-- zhixing-lint-disable-next-line interest/rate-missing -->\n${ONE_ERROR}`,
  });

  it('--report-unused-disable-directives adds a warning; --quiet drops it', () => {
    const loud = runCli(
      ['--format', 'json', '--no-config', '--report-unused-disable-directives', 'draft.md'],
      { cwd: dir },
    );
    const ids = (
      JSON.parse(loud.stdout) as { messages: { ruleId: string; severity: number }[] }[]
    )[0]?.messages.map((m) => `${m.ruleId}:${m.severity}`);
    expect(ids).toEqual(['unused-disable-directive:1', 'money/amount-missing:2']);
    const quiet = runCli(
      ['--format', 'json', '--no-config', '--report-unused-disable-directives', '--quiet', 'draft.md'],
      { cwd: dir },
    );
    const quietIds = (JSON.parse(quiet.stdout) as { messages: { ruleId: string }[] }[])[0]?.messages.map(
      (m) => m.ruleId,
    );
    expect(quietIds).toEqual(['money/amount-missing']);
  });

  it('--max-warnings: more warnings than allowed exits 1, even with no error', () => {
    const warnOnly = folderWith({
      'ok.md': `<!-- zhixing-lint-disable money/amount-missing -->\n${ONE_ERROR.replace('赔偿款；', '赔偿款；')}`,
    });
    const args = [
      '--no-config',
      '--report-unused-disable-directives',
      '--rule',
      'money/amount-missing:off',
      'ok.md',
    ];
    const within = runCli(args, { cwd: warnOnly });
    expect(within.code, within.stdout).toBe(0);
    const over = runCli(['--max-warnings', '0', ...args], { cwd: warnOnly });
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('警告过多');
    expect(runCli(['--max-warnings', '1', ...args], { cwd: warnOnly }).code).toBe(0);
  });

  it('--output-file writes the report atomically and never over an input', () => {
    const out = runCli(['--no-config', '--format', 'json', '--output-file', 'report.json', 'draft.md'], {
      cwd: dir,
    });
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'))).toHaveLength(1);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const before = readFileSync(path.join(dir, 'draft.md'), 'utf8');
    const refused = runCli(['--no-config', '--output-file', 'draft.md', 'draft.md'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('拒绝覆盖');
    expect(readFileSync(path.join(dir, 'draft.md'), 'utf8')).toBe(before);
  });

  it('--output-file that cannot be written stops the run before anything is linted', () => {
    const run = runCli(['--no-config', '--output-file', 'no-such-folder/report.json', 'draft.md'], {
      cwd: dir,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('无法写入输出文件“no-such-folder/report.json”');
    expect(run.stdout).toBe('');
  });

  /** The same output with one thread and with two (a worker starts at FILES_PER_WORKER files). */
  function expectSameWhateverTheConcurrency(folder: string): void {
    const one = runCli(['--no-config', '--format', 'json', '--concurrency', '1', folder]);
    const two = runCli(['--no-config', '--format', 'json', '--concurrency', '2', folder]);
    expect(two.stdout).toBe(one.stdout);
    const files = (JSON.parse(one.stdout) as { filePath: string }[]).map((r) => r.filePath);
    expect(files.length).toBeGreaterThan(FILES_PER_WORKER);
    expect(files).toEqual([...files].sort());
  }

  it('gives the same output, in the same order, whatever the concurrency', () => {
    // The committed judgments, six copies each under other names: enough files for a worker thread.
    const batch = mkdtempSync(path.join(tmpdir(), 'zhixing-ci-batch-'));
    const judgments = readdirSync(FIXTURE_CORPUS, { recursive: true, encoding: 'utf8' }).filter((name) =>
      name.endsWith('.txt'),
    );
    for (const copy of ['a', 'b', 'c', 'd', 'e', 'f'])
      for (const name of judgments)
        copyFileSync(path.join(FIXTURE_CORPUS, name), path.join(batch, `${copy}-${path.basename(name)}`));
    expectSameWhateverTheConcurrency(batch);
  });

  const judge = sharedPath('corpus', 'judge');
  it.skipIf(!judge)(
    judge
      ? 'gives the same output whatever the concurrency on the 400 judgments of the shared corpus'
      : skippedWithoutShared('gives the same output whatever the concurrency on the shared corpus', [
          'corpus',
          'judge',
        ]),
    () => {
      expectSameWhateverTheConcurrency(judge ?? '');
    },
  );

  it('--timing prints the stage and rule tables to stderr, leaving stdout to the report', () => {
    const run = runCli(['--no-config', '--format', 'json', '--timing', FLAWED]);
    expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
    expect(run.stderr).toMatch(/阶段\s+\| 时间（毫秒）/);
    expect(run.stderr).toContain('要素识别');
    expect(run.stderr).toMatch(/money\/amount-missing|interest\//);
  });
});

describe('templates from the command line', () => {
  const template = exampleDocument(
    '一、被告于【履行期限】前向原告支付货款[金额]元。\n\n二、被告向原告支付律师代理费。',
  ).text;
  const dir = folderWith({ 'template.md': template });

  it('a draft: the slots are errors of their own', () => {
    const run = runCli(['--no-config', '--format', 'json', 'template.md'], { cwd: dir });
    const ids = (JSON.parse(run.stdout) as { messages: { ruleId: string }[] }[])[0]?.messages.map(
      (m) => m.ruleId,
    );
    expect(ids).toEqual([
      'draft/unfilled-placeholder',
      'draft/unfilled-placeholder',
      'money/amount-missing',
      'money/deadline-missing',
    ]);
  });

  it('--template and `template: true`: only the item with no slot for its amount and time limit', () => {
    const expected = ['money/amount-missing', 'money/deadline-missing'];
    const flag = runCli(['--no-config', '--format', 'json', '--template', 'template.md'], { cwd: dir });
    const ids = (r: { stdout: string }) =>
      (JSON.parse(r.stdout) as { messages: { ruleId: string }[] }[])[0]?.messages.map((m) => m.ruleId);
    expect(ids(flag)).toEqual(expected);
    writeFileSync(path.join(dir, '.zhixinglintrc.json'), '{ "template": true }');
    expect(ids(runCli(['--format', 'json', 'template.md'], { cwd: dir }))).toEqual(expected);
  });
});
