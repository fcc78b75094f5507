/**
 * Fault isolation: a rule that throws on one document is reported as an internal error for that document and
 * rule; every other rule on that document, and every other document of the batch, still runs. Files that vanish
 * or change kind between the listing of a batch and their reading cost only themselves.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFECTIVE_ITEM, judgment } from '../../bench/hostile-inputs.mjs';
import { settingsFor } from '../../src/batch/lint-file.js';
import { lintFiles } from '../../src/batch/pool.js';
import type { FileResult, LintOptions } from '../../src/engine/lint.js';
import { type Rule, defineRule } from '../../src/engine/rule.js';
import { expandPatterns } from '../../src/input/files.js';
import { ALL_RULES } from '../support/all-rules.js';
import { lintText } from '../support/lint-text.js';
import { temporaryFolder } from './support.js';

/** Throws on any document that mentions 借款, after reporting once (the throw must not lose other rules' findings). */
function throwingRule(thrown: unknown): Rule {
  return defineRule({
    id: 'test/throws',
    name: '测试：抛出异常的规则',
    category: 'test',
    severity: 'error',
    citation: { source: '测试', article: '无', quote: '无' },
    message: '测试规则',
    suggestion: '无',
    examples: { valid: [], invalid: [] },
    check({ document, reading: { items }, report }) {
      if (!document.text.includes('借款')) return;
      const first = items[0];
      if (first) report({ at: first });
      throw thrown;
    },
  });
}

const FAULTY = judgment([`一、${DEFECTIVE_ITEM}`]);
const HEALTHY = judgment(['一、被告李强于本判决生效之日起十日内向原告张明支付货款5000元。']);

/** Lints files as a batch does, in this thread (workers load the real rules, not a test's). */
async function lintBatch(files: string[], rules: Rule[]): Promise<FileResult[]> {
  const lint: LintOptions = {
    rules: rules.map((rule) => ({ rule, severity: rule.severity })),
    template: false,
  };
  const results: FileResult[] = [];
  for await (const r of lintFiles(files, lint, { concurrency: 1, settings: settingsFor(lint, []) }))
    results.push(r);
  return results;
}

function withoutInternal(result: FileResult) {
  return result.findings.filter((f) => f.ruleId !== 'test/throws');
}

describe('a rule that throws', () => {
  for (const [what, thrown] of [
    ['an Error', new TypeError("Cannot read properties of undefined (reading 'text')")],
    ['a string', 'boom'],
    ['undefined', undefined],
  ] as const) {
    it(`(${what}) is one internal error for that document and rule; the other rules still run`, () => {
      const rules = [throwingRule(thrown), ...ALL_RULES];
      const faulty = lintText(FAULTY, rules);
      const internal = faulty.findings.filter((f) => f.category === 'internal');
      expect(internal).toHaveLength(1);
      expect(internal[0]).toMatchObject({ ruleId: 'test/throws', severity: 'error' });
      expect(internal[0]?.message).toContain('内部错误：规则 test/throws');
      // Every other rule found exactly what it finds without the faulty rule.
      expect(withoutInternal(faulty)).toEqual(lintText(FAULTY, ALL_RULES).findings);
      expect(withoutInternal(faulty).length).toBeGreaterThan(0);
      // A document it does not throw on is untouched.
      expect(lintText(HEALTHY, rules).findings).toEqual(lintText(HEALTHY, ALL_RULES).findings);
    });
  }

  it('costs only the documents it throws on in a batch', async () => {
    const folder = temporaryFolder('faults');
    try {
      const files = ['a.md', 'b.md', 'c.md'].map((name) => path.join(folder, name));
      writeFileSync(files[0] ?? '', HEALTHY);
      writeFileSync(files[1] ?? '', FAULTY);
      writeFileSync(files[2] ?? '', HEALTHY);
      const results = await lintBatch(files, [throwingRule(new Error('boom')), ...ALL_RULES]);
      expect(results.map((r) => r.findings.some((f) => f.category === 'internal'))).toEqual([
        false,
        true,
        false,
      ]);
      expect(results.every((r) => r.fatal === undefined)).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('files that change between the listing of a batch and their reading', () => {
  const folder = temporaryFolder('vanish');
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('are reported one by one, and the rest of the batch is linted', async () => {
    const names = [
      '1-kept.md',
      '2-deleted.md',
      '3-now-a-folder.md',
      '4-now-a-fifo.md',
      '5-now-dangling.md',
      '6-kept.md',
    ];
    for (const name of names) writeFileSync(path.join(folder, name), judgment([`一、${DEFECTIVE_ITEM}`]));
    const { files, errors } = await expandPatterns([folder]);
    expect(errors).toEqual([]);
    expect(files.map((f) => path.basename(f))).toEqual(names);

    // CI runs as root, where chmod 000 does not stop reading: the file is instead deleted, replaced by a folder,
    // by a FIFO (which would block a plain read forever) and by a link to nowhere.
    const at = (name: string) => path.join(folder, name);
    unlinkSync(at('2-deleted.md'));
    unlinkSync(at('3-now-a-folder.md'));
    mkdirSync(at('3-now-a-folder.md'));
    unlinkSync(at('4-now-a-fifo.md'));
    execFileSync('mkfifo', [at('4-now-a-fifo.md')]);
    unlinkSync(at('5-now-dangling.md'));
    symlinkSync('nowhere.md', at('5-now-dangling.md'));

    const results = await lintBatch(files, ALL_RULES);
    expect(results.map((r) => [path.basename(r.filePath), r.fatal])).toEqual([
      ['1-kept.md', undefined],
      ['2-deleted.md', expect.stringContaining('文件不存在')],
      ['3-now-a-folder.md', expect.stringContaining('文件夹')],
      ['4-now-a-fifo.md', expect.stringContaining('不是普通文件')],
      ['5-now-dangling.md', expect.stringContaining('文件不存在')],
      ['6-kept.md', undefined],
    ]);
    expect(results[0]?.findings.length).toBeGreaterThan(0);
    expect(results[5]?.findings).toEqual(results[0]?.findings);
  });
});
