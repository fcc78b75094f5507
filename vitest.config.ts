import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (the rules, the document model, the readers and formatters, in-process; seconds) and
 * `integration` (the built command line spawned as a user runs it, hostile files, property runs; minutes).
 * `npm test` runs both with coverage; `npm run test:unit` only the first, for development. No test has a
 * wall-clock budget: speed and memory are measured by `npm run bench`. The timeouts below only stop a hung test.
 *
 * Vitest runs one file at a time on a 2-core machine by default (cores - 1 workers): here one file per core, so
 * that a file waiting for the command line it spawned leaves its core to another file. The files of a project share
 * their worker process and its modules (isolate: false): the segmenter's dictionary and the rules are loaded once per
 * worker rather than once per file. No test changes global state another file could see (the one that adds 150,000
 * words to the dictionary adds names no other test uses).
 */
const INTEGRATION = [
  'test/reliability/**/*.test.ts',
  'test/batch.test.ts',
  'test/cache.test.ts',
  'test/ci.test.ts',
  'test/cli.test.ts',
  'test/docx.test.ts',
  'test/docx-numbering.test.ts',
  'test/report-browser.test.ts',
  'test/local-rules.test.ts',
  'test/serve.test.ts',
  'test/serve-browser.test.ts',
  'test/rule-docs.test.ts',
  'test/docx-package.test.ts',
];

export default defineConfig({
  test: {
    setupFiles: ['test/support/setup.ts'],
    pool: 'forks',
    maxWorkers: '100%',
    minWorkers: 1,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts', 'lint-rules/**/*.ts'],
      reporter: ['text-summary', 'text'],
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: INTEGRATION,
          testTimeout: 60_000,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: INTEGRATION,
          testTimeout: 300_000,
          hookTimeout: 300_000,
          isolate: false,
        },
      },
    ],
  },
});
