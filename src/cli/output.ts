/**
 * Where a report goes: standard output, or a file. A regular file is written atomically (a temporary file renamed
 * into place at the end) and is never one of the inputs; a target that is not a regular file (/dev/null,
 * /dev/stdout, a FIFO, a terminal) is written directly and never replaced. Both take the report in pieces and wait
 * when the reader is slower than the linting, so that a batch's output never piles up in memory.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { type Stats, constants, createWriteStream } from 'node:fs';
import { access, realpath, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { describeWriteError, trackTemporary, untrackTemporary } from './temp-files.js';

export class OutputError extends Error {}

export interface ReportSink {
  write(chunk: string | Uint8Array): Promise<void>;
  /** Completes the output: the file takes its place under its name. */
  close(): Promise<void>;
  /** Gives up: a partly written file is removed and the target left as it was. */
  abort(): Promise<void>;
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

async function writeChunk(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  if (chunk.length > 0 && !stream.write(chunk)) await once(stream, 'drain');
}

/**
 * Standard output; a report that does not end its last line gets a line end, as a terminal expects. When the
 * reader goes away (`zhixing-lint … | head`, EPIPE) the rest of the report is dropped, but the run goes on, so
 * that the exit code still says whether errors were found.
 */
export function stdoutSink(stream: Writable = process.stdout): ReportSink {
  let last = '';
  let gone = false;
  const isGone = (error: unknown) => ['EPIPE', 'ERR_STREAM_DESTROYED'].includes(errorCode(error));
  stream.on('error', (error) => {
    if (isGone(error)) gone = true;
  });
  const write = async (chunk: string | Uint8Array): Promise<void> => {
    if (gone || stream.destroyed) return;
    try {
      await writeChunk(stream, chunk);
    } catch (error) {
      if (!isGone(error)) throw error;
      gone = true;
    }
  };
  return {
    async write(chunk) {
      if (chunk.length === 0) return;
      last = typeof chunk === 'string' ? chunk : '';
      await write(chunk);
    },
    async close() {
      if (last !== '' && !last.endsWith('\n')) await write('\n');
    },
    abort: () => Promise.resolve(),
  };
}

async function statOrNull(file: string): Promise<Stats | null> {
  return stat(file).catch(() => null);
}

/**
 * A target written directly, never replaced: anything but a regular file or a folder, and the names of a process's
 * own streams (/dev/stdout, /dev/fd/N, /proc/self/fd/N), which stand for whatever the shell redirected them to.
 */
function isWrittenDirectly(resolved: string, info: Stats | null): boolean {
  if (info && !info.isFile() && !info.isDirectory()) return true;
  return /^\/(?:dev\/(?:std(?:out|err)|fd\/)|proc\/)/.test(resolved);
}

/**
 * Checks, before any linting, that `target` can take an output: not one of the inputs, not a folder, in a folder
 * that exists and can be written. Returns where the file really is (a symbolic link's target) and how to write it.
 */
export async function checkOutputTarget(
  target: string,
  inputs: readonly string[],
  what = '输出文件',
): Promise<{ resolved: string; direct: boolean }> {
  const absolute = path.resolve(target);
  if (inputs.some((input) => path.resolve(input) === absolute) || (await isOneOf(absolute, inputs))) {
    throw new OutputError(`${what}“${target}”是被检查的文件之一，拒绝覆盖`);
  }
  const info = await statOrNull(absolute);
  if (info?.isDirectory()) throw new OutputError(`${what}“${target}”是一个文件夹，请指定文件名`);
  if (isWrittenDirectly(absolute, info)) return { resolved: absolute, direct: true };
  // A symbolic link to a report is kept: the file it points to is replaced.
  const resolved = info ? await realpath(absolute) : absolute;
  const folder = path.dirname(resolved);
  const folderInfo = await statOrNull(folder);
  if (!folderInfo) throw new OutputError(`无法写入${what}“${target}”：所在文件夹不存在`);
  if (!folderInfo.isDirectory())
    throw new OutputError(`无法写入${what}“${target}”：路径中有一部分不是文件夹`);
  try {
    await access(folder, constants.W_OK);
  } catch (error) {
    throw new OutputError(`无法写入${what}“${target}”：${describeWriteError(error)}`);
  }
  return { resolved, direct: false };
}

/** A sink writing straight into a device, FIFO or terminal: nothing to rename, nothing to remove. */
async function directSink(target: string, resolved: string, what: string): Promise<ReportSink> {
  const failure = (error: unknown) =>
    new OutputError(`无法写入${what}“${target}”：${describeWriteError(error)}`);
  const stream = createWriteStream(resolved, { flags: 'w' });
  let streamError: unknown;
  stream.on('error', (error) => {
    streamError ??= error;
  });
  try {
    await once(stream, 'open');
  } catch (error) {
    throw failure(error);
  }
  return {
    async write(chunk) {
      if (streamError !== undefined) throw failure(streamError);
      await writeChunk(stream, chunk).catch((error: unknown) => {
        throw failure(error);
      });
    },
    async close() {
      stream.end();
      await finished(stream).catch((error: unknown) => {
        throw failure(error);
      });
    },
    async abort() {
      stream.destroy();
      await finished(stream).catch(() => undefined);
    },
  };
}

/** Names of this process's standard output, which may be a socket that cannot be opened again by name. */
const STDOUT_NAMES = new Set(['/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/** Opens `target` for writing, refusing it if it is one of the inputs; fails before any linting is done. */
export async function openOutputFile(
  target: string,
  inputs: readonly string[],
  what = '输出文件',
): Promise<ReportSink> {
  const { resolved, direct } = await checkOutputTarget(target, inputs, what);
  if (STDOUT_NAMES.has(resolved)) return stdoutSink();
  if (direct) return directSink(target, resolved, what);
  const temp = path.join(
    path.dirname(resolved),
    `.${path.basename(resolved)}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const failed = async (error: unknown): Promise<never> => {
    await unlink(temp).catch(() => undefined);
    untrackTemporary(temp);
    throw new OutputError(`无法写入${what}“${target}”：${describeWriteError(error)}`);
  };
  trackTemporary(temp);
  const stream = createWriteStream(temp, { flags: 'wx' });
  // A write error can come between two writes, when nobody awaits the stream: keep it for the next call.
  let streamError: unknown;
  stream.on('error', (error) => {
    streamError ??= error;
  });
  await once(stream, 'open').catch(failed);
  return {
    write: (chunk) =>
      streamError === undefined ? writeChunk(stream, chunk).catch(failed) : failed(streamError),
    async close() {
      try {
        stream.end();
        await finished(stream);
        await rename(temp, resolved);
        untrackTemporary(temp);
      } catch (error) {
        await failed(error);
      }
    },
    async abort() {
      stream.destroy();
      await unlink(temp).catch(() => undefined);
      untrackTemporary(temp);
    },
  };
}

/** Writes a whole output (the HTML report, the annotated copy) the same way. */
export async function writeOutputFile(
  target: string,
  content: string | Uint8Array,
  inputs: readonly string[],
  what = '输出文件',
): Promise<void> {
  const sink = await openOutputFile(target, inputs, what);
  await sink.write(content);
  await sink.close();
}

async function fileIdentity(file: string): Promise<string | undefined> {
  try {
    const info = await stat(file);
    return `${info.dev}:${info.ino}`;
  } catch {
    return undefined;
  }
}

/** The same file under another name: a symbolic link to an input, a hard link, a path through a linked folder. */
async function isOneOf(target: string, inputs: readonly string[]): Promise<boolean> {
  const identity = await fileIdentity(target);
  if (identity === undefined) return false;
  // A device (/dev/null given as an input and as the output) is not a file that could be overwritten.
  const info = await statOrNull(target);
  if (info && !info.isFile()) return false;
  for (const input of inputs) if ((await fileIdentity(input)) === identity) return true;
  return false;
}

/**
 * Two outputs of one run on the same file would overwrite each other: returns the message naming both, or
 * nothing. `outputs` are the option names with their paths (absent ones left out).
 */
export async function sameOutputTwice(outputs: readonly [string, string][]): Promise<string | undefined> {
  const seen = new Map<string, string>();
  for (const [option, target] of outputs) {
    const absolute = path.resolve(target);
    const info = await statOrNull(absolute);
    if (info && !info.isFile()) continue; // /dev/null may take several outputs
    const key = info ? await realpath(absolute).catch(() => absolute) : absolute;
    const earlier = seen.get(key);
    if (earlier !== undefined)
      return `${earlier} 与 ${option} 指向同一个文件“${target}”，会互相覆盖；请分别指定文件名`;
    seen.set(key, option);
  }
  return undefined;
}
