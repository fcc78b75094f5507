/**
 * `node bench/hostile.mjs` (after `npm run build`): how long linting each hostile file takes and how much memory
 * it needs, and how long the worst runs of repeated characters take through the recognisers, the document model
 * and every rule. The reliability tests only guard against hangs (test/reliability/); these are the figures.
 */
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { HOSTILE_FILES, REPEATED_UNITS, RUN_LENGTH, judgment, repeatedRun } from './hostile-inputs.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'zhixing-lint');
/** Bounds for one CLI run on one hostile file (start-up included); a file over either is flagged. */
const MAX_SECONDS = 20;
const MAX_MEGABYTES = 1024;
const dist = (module) => import(path.join(ROOT, 'dist', 'src', module));
const REPORT_RSS = `data:text/javascript,${encodeURIComponent(
  "import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(process.env.RSS_FILE, String(process.resourceUsage().maxRSS)));",
)}`;

function cli(file, folder) {
  const rssFile = path.join(folder, '.rss');
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', REPORT_RSS, BIN, file, '--format', 'json'], {
    cwd: folder,
    env: { ...process.env, RSS_FILE: rssFile },
    maxBuffer: 1024 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const megabytes = Number(readFileSync(rssFile, 'utf8')) / 1024;
  const findings = run.status === 2 ? 0 : JSON.parse(run.stdout.toString())[0].messages.length;
  return { seconds, megabytes, code: run.status, findings };
}

function milliseconds(work) {
  const started = performance.now();
  work();
  return performance.now() - started;
}

const folder = mkdtempSync(path.join(tmpdir(), 'zhixing-hostile-bench-'));
try {
  console.log(`zhixing-lint on hostile input — ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores`);
  console.log('\nOne CLI run per file (start-up included; peak memory of the process):\n');
  console.log('file                    |      size | exit | findings |  wall s | peak MB |');
  console.log(':-----------------------|----------:|-----:|---------:|--------:|-------:|:--');
  let overBound = 0;
  for (const hostile of HOSTILE_FILES) {
    const bytes = hostile.bytes();
    writeFileSync(path.join(folder, hostile.file), bytes);
    const r = cli(hostile.file, folder);
    const size = Buffer.from(bytes).length;
    const over =
      r.seconds > MAX_SECONDS || r.megabytes > MAX_MEGABYTES
        ? `⚠ over ${MAX_SECONDS} s or ${MAX_MEGABYTES} MB`
        : '';
    if (over) overBound++;
    console.log(
      `${hostile.file.padEnd(23)} | ${String(size).padStart(9)} | ${String(r.code).padStart(4)} | ${String(r.findings).padStart(8)} | ${r.seconds.toFixed(2).padStart(7)} | ${r.megabytes.toFixed(0).padStart(6)} | ${over}`,
    );
    rmSync(path.join(folder, hostile.file));
  }
  if (overBound > 0) {
    console.log(`\n${overBound} file(s) over the bound of ${MAX_SECONDS} s or ${MAX_MEGABYTES} MB.`);
    process.exitCode = 1;
  }

  const { recognizeEntities } = await dist('language/entities/index.js');
  const { buildDocument } = await dist('document/model.js');
  const { SourceText } = await dist('input/source-text.js');
  const { loadRules } = await dist('engine/registry.js');
  const { lintLoaded } = await dist('engine/lint.js');
  const { loadText } = await dist('input/load.js');
  const rules = (await loadRules()).map((rule) => ({ rule, severity: rule.severity }));
  lintLoaded(loadText('warm.txt', Buffer.from(judgment(['一、预热'])), false), { rules, template: false });

  console.log(
    `\nRuns of ${RUN_LENGTH.toLocaleString('en')} repeated characters, in milliseconds (slowest first):\n`,
  );
  const rows = REPEATED_UNITS.map((unit) => {
    const run = repeatedRun(unit);
    return {
      unit: JSON.stringify(unit),
      entities: milliseconds(() => recognizeEntities(run)),
      model: milliseconds(() => buildDocument(SourceText.identity('run.txt', judgment([run])))),
      rules: milliseconds(() =>
        lintLoaded(loadText('run.txt', Buffer.from(judgment([`一、${run}`])), false), {
          rules,
          template: false,
        }),
      ),
    };
  }).sort((a, b) => b.rules - a.rules);
  console.log('run of        | recognisers | document model | whole lint');
  console.log(':-------------|------------:|---------------:|-----------:');
  for (const r of rows) {
    console.log(
      `${r.unit.padEnd(13)} | ${r.entities.toFixed(0).padStart(11)} | ${r.model.toFixed(0).padStart(14)} | ${r.rules.toFixed(0).padStart(10)}`,
    );
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
