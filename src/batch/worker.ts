/**
 * A lint worker: loads the rules and the segmenter dictionary once, says 'ready', then lints the files the pool
 * sends it, one message per file, answering with the file's findings only (never its text).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadRules } from '../engine/registry.js';
import { segment } from '../language/segmenter.js';
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
segment('预热'); // loads the dictionary before the first file, so that 'ready' means ready
port.postMessage('ready');

port.on('message', (request: WorkRequest) => {
  void lintFile(request.filePath, lint).then((result) => {
    const reply: WorkReply = { index: request.index, result };
    port.postMessage(reply);
  });
});
