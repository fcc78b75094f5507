/**
 * Lints many files in parallel and yields the results in input order, whatever finishes first. The main thread
 * lints too, alongside up to `concurrency - 1` worker threads, so a worker's start-up (its own rules and dictionary,
 * about a third of a second) never delays a batch: until a worker says it is ready, the main thread simply takes
 * the next file itself. Files are handed out a few at a time and read by whoever lints them, and finished results
 * wait in a bounded window, so memory stays flat however many files there are.
 */
import { availableParallelism, totalmem } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileResult, LintOptions } from '../engine/lint.js';
import { type BatchSettings, lintFile } from './lint-file.js';
import type { WorkReply, WorkRequest } from './worker.js';

/**
 * Files per extra thread. A worker needs about 0.3 s to load its rules and dictionary, the time this thread takes
 * to lint a few hundred drafts, so smaller batches are linted here alone (measured in bench/: on the 1,559-file
 * corpus a second thread barely breaks even on a 2-core machine).
 */
export const FILES_PER_WORKER = 200;
/**
 * Old-generation heap of each thread, in MB. Linting makes mostly short-lived garbage (remark's syntax trees), and
 * V8 would otherwise let each heap grow towards its default of several GB before collecting; this keeps a batch of
 * 10,000 drafts under 400 MB while a 2 MB file with 150,000 findings still fits. bin/zhixing-lint gives the main
 * thread the same limit.
 */
export const HEAP_LIMIT_MB = 384;
/** Files given to one worker at a time, so it never waits for the next message. */
const IN_FLIGHT_PER_WORKER = 2;
/** How far linting may run ahead of the next result due, in files per thread. */
const WINDOW_PER_THREAD = 32;

export interface BatchOptions {
  /** Threads that lint, the main thread included; 1 lints in the main thread only. */
  concurrency: number;
  settings: BatchSettings;
  /** Called after each file, for the progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Memory one linting thread may come to, in MB: its heap limit and what V8 and the dictionary need besides (a
 * thread measured 100 MB on ordinary drafts; the heap limit is the worst case).
 */
export const THREAD_MEMORY_MB = HEAP_LIMIT_MB + 64;

/**
 * The most threads worth starting: one per CPU core (more only share the cores), and no more than half the
 * memory (the machine's, or the container's limit when lower) can hold at THREAD_MEMORY_MB each.
 */
export function maxConcurrency(): number {
  const constrained = process.constrainedMemory();
  const memory = constrained > 0 ? Math.min(constrained, totalmem()) : totalmem();
  const byMemory = Math.floor(memory / 2 / (THREAD_MEMORY_MB * 1024 * 1024));
  return Math.max(1, Math.min(availableParallelism(), byMemory));
}

export function defaultConcurrency(): number {
  return maxConcurrency();
}

/** Worker threads to start besides the main thread. */
export function workerCount(files: number, concurrency: number): number {
  return Math.max(0, Math.min(concurrency - 1, Math.floor(files / FILES_PER_WORKER)));
}

/**
 * A result from a worker arrives with fresh copies of every string; the ones that come from the rule (id, category,
 * citation, suggestion) are replaced by one shared copy each, so that a batch's findings cost what they would had
 * they been found in this thread.
 */
function shareRuleStrings(result: FileResult, shared: Map<string, string>): FileResult {
  const one = (text: string): string => {
    const known = shared.get(text);
    if (known !== undefined) return known;
    shared.set(text, text);
    return text;
  };
  for (const finding of result.findings) {
    finding.ruleId = one(finding.ruleId);
    finding.category = one(finding.category);
    finding.citation = one(finding.citation);
    finding.suggestion = one(finding.suggestion);
  }
  return result;
}

interface PoolWorker {
  worker: Worker;
  ready: boolean;
  busy: number;
}

export async function* lintFiles(
  files: readonly string[],
  lint: LintOptions,
  options: BatchOptions,
): AsyncGenerator<FileResult> {
  const waiting = new Map<number, FileResult>();
  const shared = new Map<string, string>();
  let failure: Error | undefined;
  let stopping = false;
  let wake: (() => void) | undefined;
  const signal = () => {
    wake?.();
    wake = undefined;
  };
  let nextToSend = 0;
  let nextToYield = 0;
  const workers = workerCount(files.length, options.concurrency);
  const window = (workers + 1) * WINDOW_PER_THREAD;
  const canSend = () => nextToSend < files.length && nextToSend < nextToYield + window;

  const feed = (state: PoolWorker): void => {
    while (state.ready && state.busy < IN_FLIGHT_PER_WORKER && canSend()) {
      const request: WorkRequest = { index: nextToSend, filePath: files[nextToSend] ?? '' };
      state.worker.postMessage(request);
      state.busy++;
      nextToSend++;
    }
  };

  const pool = Array.from({ length: workers }, (): PoolWorker => {
    const worker = new Worker(new URL('./worker.js', import.meta.url), {
      workerData: options.settings,
      resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB },
    });
    const state: PoolWorker = { worker, ready: false, busy: 0 };
    worker.on('message', (reply: WorkReply | 'ready') => {
      if (reply === 'ready') state.ready = true;
      else {
        state.busy--;
        waiting.set(reply.index, shareRuleStrings(reply.result, shared));
        signal();
      }
      feed(state);
    });
    worker.on('error', (error) => {
      failure ??= error;
      signal();
    });
    worker.on('exit', (code) => {
      if (!stopping) failure ??= new Error(`检查线程意外退出（退出码 ${code}）`);
      signal();
    });
    return state;
  });

  const stopWorkers = () => {
    stopping = true;
    return Promise.all(pool.map(({ worker }) => worker.terminate()));
  };
  try {
    while (nextToYield < files.length) {
      const result = waiting.get(nextToYield);
      if (result) {
        waiting.delete(nextToYield);
        nextToYield++;
        options.onProgress?.(nextToYield, files.length);
        // Stop the workers before the last result: a consumer that stops asking once it has every result never
        // resumes this generator, and live workers would keep the process from exiting.
        if (nextToYield === files.length) await stopWorkers();
        else pool.forEach(feed);
        yield result;
      } else if (failure) {
        throw failure;
      } else if (canSend()) {
        // The main thread's share: the next file no worker has taken. Linting is synchronous, so a turn of the
        // event loop follows, letting workers' messages (ready, results) in before the next file.
        const index = nextToSend++;
        waiting.set(index, await lintFile(files[index] ?? '', lint));
        if (pool.length > 0) await new Promise(setImmediate);
        pool.forEach(feed);
      } else {
        await new Promise<void>((resolve) => (wake = resolve));
      }
    }
  } finally {
    await stopWorkers();
  }
}
