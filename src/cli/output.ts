/**
 * Where a report goes: standard output, or a file written atomically (a temporary file renamed into place at the
 * end) that is never one of the inputs. Both take the report in pieces and wait when the reader is slower than the
 * linting, so that a batch's output never piles up in memory.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

export class OutputError extends Error {}

export interface ReportSink {
  write(chunk: string | Uint8Array): Promise<void>;
  /** Completes the output: the file takes its place under its name. */
  close(): Promise<void>;
  /** Gives up: a partly written file is removed and the target left as it was. */
  abort(): Promise<void>;
}

async function writeChunk(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  if (chunk.length > 0 && !stream.write(chunk)) await once(stream, 'drain');
}

/** Standard output; a report that does not end its last line gets a line end, as a terminal expects. */
export function stdoutSink(stream: Writable = process.stdout): ReportSink {
  let last = '';
  return {
    async write(chunk) {
      if (chunk.length === 0) return;
      last = typeof chunk === 'string' ? chunk : '';
      await writeChunk(stream, chunk);
    },
    async close() {
      if (last !== '' && !last.endsWith('\n')) await writeChunk(stream, '\n');
    },
    abort: () => Promise.resolve(),
  };
}

/** Opens `target` for writing, refusing it if it is one of the inputs; fails before any linting is done. */
export async function openOutputFile(target: string, inputs: readonly string[]): Promise<ReportSink> {
  const resolved = path.resolve(target);
  if (inputs.some((input) => path.resolve(input) === resolved) || (await isOneOf(resolved, inputs))) {
    throw new OutputError(`输出文件“${target}”是被检查的文件之一，拒绝覆盖`);
  }
  const temp = path.join(
    path.dirname(resolved),
    `.${path.basename(resolved)}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const failed = async (error: unknown): Promise<never> => {
    await unlink(temp).catch(() => undefined);
    const detail = error instanceof Error ? error.message : String(error);
    throw new OutputError(`无法写入输出文件“${target}”：${detail}`);
  };
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
      } catch (error) {
        await failed(error);
      }
    },
    async abort() {
      stream.destroy();
      await unlink(temp).catch(() => undefined);
    },
  };
}

/** Writes a whole output (the HTML report, the annotated copy) the same way. */
export async function writeOutputFile(
  target: string,
  content: string | Uint8Array,
  inputs: readonly string[],
): Promise<void> {
  const sink = await openOutputFile(target, inputs);
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
  for (const input of inputs) if ((await fileIdentity(input)) === identity) return true;
  return false;
}
