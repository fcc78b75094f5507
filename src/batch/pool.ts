/**
 * Lints many files on a pool of worker threads and yields the results in input order, whatever finishes first.
 * Files are handed out a few at a time and read by the worker, and results wait in a bounded window, so memory
 * stays flat however many files there are. Small batches are linted in this thread: starting a worker (its own
 * rules and dictionary) costs more than it saves for a handful of files.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileResult, LintOptions } from '../engine/lint.js';
import { type BatchSettings, lintFile } from './lint-file.js';
import type { WorkReply, WorkRequest } from './worker.js';

/** Below this many files, no worker is started. */
export const MIN_FILES_FOR_WORKERS = 8;
/** Files given to one worker at a time, so it never waits for the next message. */
const IN_FLIGHT_PER_WORKER = 2;
/** How far dispatch may run ahead of the next result due, in files per worker. */
const WINDOW_PER_WORKER = 32;

export interface BatchOptions {
  /** Worker threads; 1 lints in this thread. */
  concurrency: number;
  settings: BatchSettings;
  /** Called after each file, for the progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export function defaultConcurrency(): number {
  return availableParallelism();
}

export function workerCount(files: number, concurrency: number): number {
  if (concurrency <= 1 || files < MIN_FILES_FOR_WORKERS) return 0;
  return Math.min(concurrency, Math.ceil(files / MIN_FILES_FOR_WORKERS));
}

export async function* lintFiles(
  files: readonly string[],
  lint: LintOptions,
  options: BatchOptions,
): AsyncGenerator<FileResult> {
  const workers = workerCount(files.length, options.concurrency);
  if (workers === 0) {
    for (const [index, file] of files.entries()) {
      yield await lintFile(file, lint);
      options.onProgress?.(index + 1, files.length);
    }
    return;
  }
  yield* lintOnWorkers(files, workers, options);
}

async function* lintOnWorkers(
  files: readonly string[],
  count: number,
  options: BatchOptions,
): AsyncGenerator<FileResult> {
  const waiting = new Map<number, FileResult>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = () => {
    wake?.();
    wake = undefined;
  };
  let nextToSend = 0;
  let nextToYield = 0;
  const window = count * WINDOW_PER_WORKER;

  const pool = Array.from({ length: count }, () => {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: options.settings });
    const state = { worker, busy: 0 };
    worker.on('message', (reply: WorkReply) => {
      state.busy--;
      waiting.set(reply.index, reply.result);
      feed(state);
      signal();
    });
    worker.on('error', (error) => {
      failure ??= error;
      signal();
    });
    worker.on('exit', (code) => {
      if (code !== 0 && nextToYield < files.length)
        failure ??= new Error(`检查线程意外退出（退出码 ${code}）`);
      signal();
    });
    return state;
  });

  function feed(state: { worker: Worker; busy: number }): void {
    while (
      state.busy < IN_FLIGHT_PER_WORKER &&
      nextToSend < files.length &&
      nextToSend < nextToYield + window
    ) {
      const request: WorkRequest = { index: nextToSend, filePath: files[nextToSend] ?? '' };
      state.worker.postMessage(request);
      state.busy++;
      nextToSend++;
    }
  }

  try {
    pool.forEach(feed);
    while (nextToYield < files.length) {
      const result = waiting.get(nextToYield);
      if (result) {
        waiting.delete(nextToYield);
        nextToYield++;
        options.onProgress?.(nextToYield, files.length);
        pool.forEach(feed);
        yield result;
        continue;
      }
      if (failure) throw failure;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    await Promise.all(pool.map(({ worker }) => worker.terminate()));
  }
}
