/**
 * A lint worker: loads the rules and (on first use) the segmenter dictionary once, then lints the files the pool
 * sends it, one message per file, answering with the file's findings only (never its text).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadRules } from '../engine/registry.js';
import { type BatchSettings, lintFile, lintOptionsFrom } from './lint-file.js';
import type { FileResult } from '../engine/lint.js';

export interface WorkRequest {
  index: number;
  filePath: string;
}

export interface WorkReply {
  index: number;
  result: FileResult;
}

const port = parentPort;
if (!port) throw new Error('worker.js 只能由检查线程池启动');

const settings = workerData as BatchSettings;
const lint = lintOptionsFrom(settings, await loadRules());

port.on('message', (request: WorkRequest) => {
  void lintFile(request.filePath, lint).then((result) => {
    const reply: WorkReply = { index: request.index, result };
    port.postMessage(reply);
  });
});
