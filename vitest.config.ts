import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (the rules, the document model, the readers and formatters, in-process; seconds) and
 * `integration` (the built command line spawned as a user runs it, hostile files, property runs; minutes).
 * `npm test` runs both with coverage; `npm run test:unit` only the first, for development. No test has a
 * wall-clock budget: speed and memory are measured by `npm run bench`. The timeouts below only stop a hung test.
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
        },
      },
      {
        extends: true,
        test: { name: 'integration', include: INTEGRATION, testTimeout: 300_000, hookTimeout: 300_000 },
      },
    ],
  },
});
