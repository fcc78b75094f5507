/**
 * A court's own rules, written as declarations without TypeScript: the worked example in samples/local-rules/ runs
 * with the built-in rules, its message is the one its file says, and a broken file stops the run naming the file
 * and line.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeclaration } from '../src/engine/declaration-file.js';
import { DeclarationError } from '../src/engine/declaration.js';
import { ROOT, runCli } from './support/cli.js';
import { exampleDocument } from './support/documents.js';
import { lintText } from './support/lint-text.js';

const SAMPLE = path.join(ROOT, 'samples', 'local-rules');
const RULE_FILE = path.join(SAMPLE, '本院规则', 'house-number-missing.yaml');
const DRAFT = '交付房屋-草稿.md';

/** A copy of the worked example, to change without touching the sample. */
function copyOfSample(): string {
  const folder = path.join(mkdtempSync(path.join(tmpdir(), 'local-rules-')), 'court');
  cpSync(SAMPLE, folder, { recursive: true });
  return folder;
}

describe('the worked example in samples/local-rules', () => {
  const rule = parseDeclaration(readFileSync(RULE_FILE, 'utf8'), RULE_FILE);

  it.each(rule.examples.valid.map((code, i) => [i, code] as const))(
    'valid example %i stays silent',
    (_, code) => {
      const doc = exampleDocument(code);
      expect(lintText(doc.text, [rule], doc.filename).findings).toEqual([]);
    },
  );

  it.each(rule.examples.invalid.map((example, i) => [i, example] as const))(
    'invalid example %i is found where it says',
    (_, example) => {
      const doc = exampleDocument(example.code);
      const findings = lintText(doc.text, [rule], doc.filename).findings;
      expect(findings).toHaveLength(1);
      const at = doc.text.indexOf(example.at ?? '', doc.bodyStart);
      const before = doc.text.slice(0, at);
      expect(findings[0]?.line).toBe(before.split('\n').length);
      expect(findings[0]?.column).toBe(at - before.lastIndexOf('\n'));
    },
  );

  it('runs from the court folder with the built-in rules, listed by --list-rules', () => {
    const run = runCli([DRAFT, '--format', 'json'], { cwd: SAMPLE });
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout) as {
      messages: { ruleId: string; message: string; line: number }[];
    }[];
    const local = result?.messages.filter((m) => m.ruleId === 'local/house-number-missing') ?? [];
    expect(local.map((m) => [m.line, m.message])).toEqual([
      [17, '第一项：判令交付房屋，但未写明（门牌号或权属证号）'],
    ]);
    expect(result?.messages.some((m) => m.ruleId === 'property/terms-missing')).toBe(true);
    expect(runCli(['--list-rules'], { cwd: SAMPLE }).stdout).toContain('local/house-number-missing');
  });

  it('prints the message its file says, in worker threads too, and appears in SARIF', () => {
    const folder = copyOfSample();
    const file = path.join(folder, '本院规则', 'house-number-missing.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('message: 判令交付房屋，但未写明', 'message: 交房判项缺少'),
    );
    cpSync(path.join(folder, DRAFT), path.join(folder, '副本.md'));
    const run = runCli(['.', '--format', 'json', '--concurrency', '2'], { cwd: folder });
    const messages = (JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[])
      .flatMap((r) => r.messages)
      .filter((m) => m.ruleId === 'local/house-number-missing')
      .map((m) => m.message);
    expect(messages).toEqual([
      '第一项：交房判项缺少（门牌号或权属证号）',
      '第一项：交房判项缺少（门牌号或权属证号）',
    ]);
    const sarif = JSON.parse(runCli([DRAFT, '--format', 'sarif'], { cwd: folder }).stdout) as {
      runs: { tool: { driver: { rules: { id: string }[] } } }[];
    };
    expect(sarif.runs[0]?.tool.driver.rules.map((r) => r.id)).toContain('local/house-number-missing');
  });

  it('can be switched off like any rule', () => {
    const run = runCli([DRAFT, '--format', 'json', '--rule', 'local/house-number-missing:off'], {
      cwd: SAMPLE,
    });
    expect(run.stdout).not.toContain('local/house-number-missing');
  });
});

describe('a broken rule file', () => {
  function runWith(text: string): { code: number | null; stderr: string } {
    const folder = copyOfSample();
    writeFileSync(path.join(folder, '本院规则', 'house-number-missing.yaml'), text);
    return runCli([DRAFT], { cwd: folder });
  }
  const original = readFileSync(RULE_FILE, 'utf8');

  it('stops the run with exit 2, naming the file and the line of a misspelt field', () => {
    const run = runWith(original.replace('suggestion:', 'sugestion:'));
    expect(run.code).toBe(2);
    const line = original.split('\n').findIndex((l) => l.startsWith('suggestion:')) + 1;
    expect(run.stderr).toContain(`house-number-missing.yaml:${line}：（顶层） 中有未知字段“sugestion”`);
    expect(run.stderr).toContain('（顶层） 缺少字段“suggestion”');
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('names the line of a word class the lexicon does not have, and of a YAML syntax error', () => {
    expect(runWith(original.replace('classes: [house]', 'classes: [houses]')).stderr).toContain(
      '词库中没有词类“houses”',
    );
    const broken = runWith(original.replace('severity: error', 'severity: [error'));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/house-number-missing\.yaml:\d+：YAML 语法错误/);
  });

  it('refuses an id that a built-in rule already has', () => {
    expect(() =>
      parseDeclaration(original.replace('id: local/house-number-missing', 'id: x'), 'r.yaml'),
    ).toThrow(DeclarationError);
    const run = runWith(original.replace('id: local/house-number-missing', 'id: property/terms-missing'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('规则 id“property/terms-missing”已被内置规则使用');
  });
});
