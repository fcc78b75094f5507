/**
 * The workspace's shared folder (`../shared` beside the repository, or ZHIXING_SHARED): the whole development corpus
 * and the labelled drafts. A clone has only the committed fixtures (test/fixtures/corpus), so every test that reads
 * the shared folder is an addition that skips, saying why, when it is absent.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './cli.js';

const SHARED = path.resolve(process.env.ZHIXING_SHARED ?? path.join(ROOT, '..', 'shared'));

/** The path under the shared folder, or undefined when the folder (or that path in it) is not there. */
export function sharedPath(...parts: string[]): string | undefined {
  const target = path.join(SHARED, ...parts);
  return existsSync(target) ? target : undefined;
}

/** A skipped test's title says what it would have read. */
export function skippedWithoutShared(title: string, parts: string[]): string {
  return `${title} (skipped: ${path.join(SHARED, ...parts)} is absent; set ZHIXING_SHARED to run it)`;
}

/** The committed real judgments (see test/fixtures/corpus/README.md). */
export const FIXTURE_CORPUS = path.join(ROOT, 'test', 'fixtures', 'corpus');
