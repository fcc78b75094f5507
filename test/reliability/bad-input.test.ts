/**
 * The bad-input matrix, end to end through the built CLI: every broken file court archives hold gives a Chinese
 * message naming the file and the right exit code (2 only when nothing could be linted), never a stack trace. Time
 * and memory are not asserted here (a loaded machine would break any bound): `node bench/hostile.mjs` measures both
 * and flags a file over its bound.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_FILES, DEFECTIVE_ITEM, judgment } from '../../bench/hostile-inputs.mjs';
import { quickHostileFiles, runMeasured, stackTraceLines, temporaryFolder, writeHostile } from './support.js';

let folder: string;

beforeAll(() => {
  folder = temporaryFolder('hostile');
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('each hostile file alone', () => {
  for (const hostile of HOSTILE_FILES) {
    it(`${hostile.name}: ${hostile.expect === 'fatal' ? 'refused with a reason, exit 2' : 'linted'}`, async () => {
      writeHostile(folder, hostile);
      const run = await runMeasured([hostile.file], folder);
      expect(stackTraceLines(run.stdout + run.stderr)).toEqual([]);
      if (hostile.expect === 'fatal') {
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(`无法检查 ${hostile.file}：`);
        expect(run.stderr).toContain(hostile.message);
      } else {
        expect(run.stderr).not.toContain('无法检查');
        expect(run.code).toBe(hostile.findings ? 1 : 0);
        expect(run.stdout).toContain(hostile.file);
        if (hostile.notice) expect(run.stdout).toContain(hostile.notice);
      }
    });
  }
});

describe('a batch with unreadable files', () => {
  it('finishes, exits 1, and lists every file it could not read', async () => {
    const batch = path.join(folder, 'batch');
    mkdirSync(batch);
    const files = quickHostileFiles();
    for (const hostile of files) writeHostile(batch, hostile);
    writeFileSync(path.join(batch, 'good.md'), judgment([`一、${DEFECTIVE_ITEM}`]));
    symlinkSync('.', path.join(batch, 'loop')); // a directory symlink loop: batch/loop/loop/… is never entered
    const run = await runMeasured(['batch', '--format', 'json'], folder);
    expect(stackTraceLines(run.stdout + run.stderr)).toEqual([]);
    expect(run.code).toBe(1);
    for (const hostile of files) {
      const refused = `无法检查 batch/${hostile.file}：`;
      if (hostile.expect === 'fatal') expect(run.stderr).toContain(refused);
      else expect(run.stderr).not.toContain(refused);
    }
    expect(run.stdout).toContain('batch/good.md');
    expect(run.stdout).toContain('money/amount-missing');
    expect(run.stdout).not.toContain('batch/loop/');
  });

  it('names a dangling symlink, a self-referencing symlink and a FIFO given on the command line, and goes on', async () => {
    // CI runs as root, where chmod 000 does not stop reading: these are the files that cannot be read there. A
    // FIFO is the dangerous one: reading it would wait forever for a writer.
    const odd = path.join(folder, 'odd');
    mkdirSync(odd);
    writeFileSync(path.join(odd, 'good.md'), judgment([`一、${DEFECTIVE_ITEM}`]));
    symlinkSync('missing.md', path.join(odd, 'dangling.md'));
    symlinkSync('self.md', path.join(odd, 'self.md'));
    execFileSync('mkfifo', [path.join(odd, 'pipe.md')]);
    const run = await runMeasured(['odd/dangling.md', 'odd/self.md', 'odd/pipe.md', 'odd/good.md'], folder);
    expect(stackTraceLines(run.stdout + run.stderr)).toEqual([]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('无法检查 odd/dangling.md：文件不存在');
    expect(run.stderr).toContain('无法检查 odd/self.md：符号链接');
    expect(run.stderr).toContain('无法检查 odd/pipe.md：这不是普通文件');
    expect(run.stdout).toContain('odd/good.md');
  });

  it('exits 2 when nothing at all could be linted', async () => {
    const run = await runMeasured(['empty.md', 'noise.md', 'scan.md'], folder);
    expect(run.code).toBe(2);
    expect(stackTraceLines(run.stderr)).toEqual([]);
  });
});
