/**
 * Data safety: linting never changes what it reads, and --output-file never overwrites an input — under any name —
 * and writes atomically (a temporary file renamed into place, so a reader never sees half a report).
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  linkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFECTIVE_ITEM, judgment } from '../../bench/hostile-inputs.mjs';
import { quickHostileFiles, runMeasured, stackTraceLines, temporaryFolder, writeHostile } from './support.js';

let folder: string;
const INPUTS = ['a.md', 'b.txt', 'c.md'];

interface Snapshot {
  bytes: string;
  mtimeMs: number;
  ino: number;
  mode: number;
}

function snapshot(file: string): Snapshot {
  const info = statSync(file);
  return {
    bytes: readFileSync(file).toString('base64'),
    mtimeMs: info.mtimeMs,
    ino: info.ino,
    mode: info.mode,
  };
}

function snapshotAll(dir: string): Record<string, Snapshot> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => lstatSync(path.join(dir, name)).isFile())
      .map((name) => [name, snapshot(path.join(dir, name))]),
  );
}

beforeAll(() => {
  folder = temporaryFolder('safety');
  for (const name of INPUTS) writeFileSync(path.join(folder, name), judgment([`一、${DEFECTIVE_ITEM}`]));
  mkdirSync(path.join(folder, 'hostile'));
  for (const hostile of quickHostileFiles()) writeHostile(path.join(folder, 'hostile'), hostile);
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('inputs', () => {
  it('are left byte for byte as they were, with the same times, inode and mode', async () => {
    const before = snapshotAll(folder);
    const run = await runMeasured(['.', '--format', 'json'], folder);
    expect(run.code).toBe(1);
    expect(snapshotAll(folder)).toEqual(before);
  });
});

describe('--output-file', () => {
  it('writes the report and leaves no temporary file behind', async () => {
    const run = await runMeasured(
      ['a.md', '--format', 'json', '--output-file', 'out/report.json'],
      folder,
    ).catch(() => undefined);
    // The folder must exist: writing into a missing one is a clear error, not a crash.
    expect(run?.code).toBe(2);
    expect(run?.stderr).toContain('无法写入输出文件');
    expect(stackTraceLines(run?.stderr ?? '')).toEqual([]);
    mkdirSync(path.join(folder, 'out'));
    const ok = await runMeasured(['a.md', '--format', 'json', '--output-file', 'out/report.json'], folder);
    expect(ok.code).toBe(1);
    expect(JSON.parse(readFileSync(path.join(folder, 'out', 'report.json'), 'utf8'))).toHaveLength(1);
    expect(readdirSync(path.join(folder, 'out'))).toEqual(['report.json']);
  });

  it('replaces an existing report by renaming a new file over it (atomic), never by writing into it', async () => {
    const target = path.join(folder, 'out', 'replaced.json');
    writeFileSync(target, 'old report');
    const inodeBefore = statSync(target).ino;
    const run = await runMeasured(['a.md', '--format', 'json', '--output-file', 'out/replaced.json'], folder);
    expect(run.code).toBe(1);
    expect(statSync(target).ino).not.toBe(inodeBefore);
    expect(readFileSync(target, 'utf8')).toContain('"filePath"');
  });

  it('refuses to overwrite an input, whatever name the input goes by', async () => {
    symlinkSync('a.md', path.join(folder, 'link-to-a.md'));
    linkSync(path.join(folder, 'b.txt'), path.join(folder, 'hard-link-to-b.txt'));
    symlinkSync('.', path.join(folder, 'same-folder'));
    const before = snapshotAll(folder);
    for (const [inputs, output] of [
      [['a.md'], 'a.md'],
      [['a.md'], './a.md'],
      [['a.md'], 'link-to-a.md'],
      [['b.txt'], 'hard-link-to-b.txt'],
      [['c.md'], 'same-folder/c.md'],
      [['hostile'], 'hostile/widths.md'],
    ] as const) {
      const run = await runMeasured([...inputs, '--output-file', output], folder);
      expect(run.code, `${inputs.join(' ')} -o ${output}`).toBe(2);
      expect(run.stderr).toContain('拒绝覆盖');
      expect(stackTraceLines(run.stderr)).toEqual([]);
    }
    expect(snapshotAll(folder)).toEqual(before);
    expect(existsSync(path.join(folder, 'out', 'report.json'))).toBe(true);
  });
});
