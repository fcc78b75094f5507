/** Runs the built CLI on hostile files and measures it: wall time and the peak memory of the process. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HOSTILE_FILES, type HostileFile } from '../../bench/hostile-inputs.mjs';
import { type CliRun, ROOT } from '../support/cli.js';

const BIN = path.join(ROOT, 'bin', 'zhixing-lint');
/** Preloaded into the CLI's process: writes its peak resident memory (KB) where RSS_FILE says, on exit. */
const REPORT_RSS = `data:text/javascript,${encodeURIComponent(
  "import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(process.env.RSS_FILE, String(process.resourceUsage().maxRSS)));",
)}`;

export interface MeasuredRun extends CliRun {
  seconds: number;
  peakMegabytes: number;
}

/** Runs the CLI without blocking the test runner (a hostile file may take seconds). */
export async function runMeasured(args: string[], cwd: string): Promise<MeasuredRun> {
  const rssFile = path.join(cwd, `.rss-${process.pid}-${Date.now()}`);
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', REPORT_RSS, BIN, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', RSS_FILE: rssFile },
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  const peakMegabytes = Number(readFileSync(rssFile, 'utf8')) / 1024;
  rmSync(rssFile, { force: true });
  return {
    code,
    stdout: Buffer.concat(stdout).toString('utf8'),
    stderr: Buffer.concat(stderr).toString('utf8'),
    seconds,
    peakMegabytes,
  };
}

export function temporaryFolder(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `zhixing-${prefix}-`));
}

export function writeHostile(folder: string, hostile: HostileFile): string {
  const file = path.join(folder, hostile.file);
  writeFileSync(file, hostile.bytes());
  return file;
}

/** Lines of a JavaScript stack trace ("    at main (file.js:1:2)"): never shown to a user. */
export function stackTraceLines(output: string): string[] {
  return output.split('\n').filter((line) => /^\s{4}at /.test(line));
}

/** The hostile files a batch test needs: every refused one, and the linted ones that take well under a second. */
export function quickHostileFiles(): HostileFile[] {
  return HOSTILE_FILES.filter((h) => h.expect === 'fatal' || Buffer.from(h.bytes()).length < 500_000);
}
