/**
 * `node bench/hostile.mjs` (after `npm run build`): how long linting each hostile file takes and how much memory
 * it needs, and how long the worst runs of repeated characters take through the recognisers, the document model
 * and every rule; and the inputs that made a parser slow or overflowed the stack (`--slow-inputs`: only those). The
 * reliability tests only guard against hangs (test/reliability/); these are the figures.
 */
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import {
  DEFECTIVE_ITEM,
  HOSTILE_FILES,
  REPEATED_UNITS,
  RUN_LENGTH,
  docxBomb,
  judgment,
  numberedDocx,
  repeatedRun,
} from './hostile-inputs.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'zhixing-lint');
/** Bounds for one CLI run on one hostile file (start-up included); a file over either is flagged. */
const MAX_SECONDS = 20;
const MAX_MEGABYTES = 1024;
const dist = (module) => import(path.join(ROOT, 'dist', 'src', module));
/** Preloaded into the CLI's process: writes its peak resident memory (KB) and CPU time (µs) on exit. */
const REPORT_RSS = `data:text/javascript,${encodeURIComponent(
  "import { writeFileSync } from 'node:fs'; process.on('exit', () => { const u = process.resourceUsage(); writeFileSync(process.env.RSS_FILE, `${u.maxRSS} ${u.userCPUTime + u.systemCPUTime}`); });",
)}`;

function cli(file, folder, extra = []) {
  const rssFile = path.join(folder, '.rss');
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', REPORT_RSS, BIN, file, '--format', 'json', ...extra], {
    cwd: folder,
    env: { ...process.env, RSS_FILE: rssFile },
    maxBuffer: 1024 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const [kilobytes, microseconds] = readFileSync(rssFile, 'utf8').split(' ').map(Number);
  rmSync(rssFile, { force: true });
  const megabytes = kilobytes / 1024;
  const cpu = microseconds / 1e6;
  const findings = run.status === 2 ? 0 : JSON.parse(run.stdout.toString())[0].messages.length;
  return { seconds, cpu, megabytes, code: run.status, findings };
}

function milliseconds(work) {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/** A party as published judgments mask it. */
function maskedParty(i) {
  return `被告${i}：张*，男，公民身份号码4101**********${String(i % 10_000).padStart(4, '0')}，住河南省焦作市山阳区。`;
}

/** The inputs of issue 14 that took tens of seconds, gigabytes, or the stack. */
async function slowInputs() {
  const item = `一、${DEFECTIVE_ITEM}`;
  const rows = (count, separator) =>
    Array.from({ length: count }, (_, i) => `${i + 1}${separator}手机${separator}一部`).join('\n');
  return [
    { name: '.docx zip bomb, 1 GB of XML', file: 'bomb.docx', bytes: await docxBomb(1024) },
    {
      name: '.docx of 100,000 numbered paragraphs',
      file: 'numbered.docx',
      bytes: await numberedDocx(100_000),
    },
    {
      name: '.docx of 15,000 numbered paragraphs',
      file: 'numbered-15k.docx',
      bytes: await numberedDocx(15_000),
      // Within the package limits: numbers read as a stream beside mammoth (src/input/docx-numbering.ts).
      bound: { cpu: 5, megabytes: 400 },
    },
    { name: 'Markdown: 80 KB of *a', file: 'stars.md', bytes: judgment(['*a'.repeat(40_000), item]) },
    {
      name: 'Markdown: a <!-- × 20,000',
      file: 'comments.md',
      bytes: judgment(['a <!--'.repeat(20_000), item]),
    },
    {
      name: 'Markdown: masked parties, 640 KB, one paragraph',
      file: 'masked.md',
      bytes: judgment([
        Array.from({ length: 6_000 }, (_, i) => maskedParty(i))
          .join('\n')
          .slice(0, 640_000 / 3),
        item,
      ]),
    },
    {
      name: 'Markdown: table, 20,000 rows, no leading pipe',
      file: 'table.md',
      bytes: judgment([`序号 | 物品 | 数量\n--- | --- | ---\n${rows(20_000, ' | ')}`, item]),
    },
    {
      name: 'Markdown: table, 20,000 rows, CR line ends',
      file: 'table-cr.md',
      bytes: judgment([`| 序号 | 物品 | 数量 |\n|---|---|---|\n${rows(20_000, ' | ')}`, item]).replace(
        /\n/g,
        '\r',
      ),
    },
    {
      name: 'a dictionary of 150,000 words in the config',
      file: 'draft.md',
      bytes: judgment([item]),
      config: { dictionary: Array.from({ length: 150_000 }, (_, i) => `焦作${i}号商贸有限公司`) },
    },
    {
      name: '200,000 page-number lines in one file',
      file: 'pages.txt',
      bytes: judgment([
        `${item}\n${Array.from({ length: 200_000 }, (_, i) => `-${(i % 90) + 2}-`).join('\n')}`,
      ]),
    },
  ];
}

function hostileFiles(folder) {
  console.log('\nOne CLI run per file (start-up included; peak memory of the process):\n');
  console.log('file                    |      size | exit | findings |  wall s |  CPU s | peak MB |');
  console.log(':-----------------------|----------:|-----:|---------:|--------:|-------:|-------:|:--');
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
      `${hostile.file.padEnd(23)} | ${String(size).padStart(9)} | ${String(r.code).padStart(4)} | ${String(r.findings).padStart(8)} | ${r.seconds.toFixed(2).padStart(7)} | ${r.cpu.toFixed(2).padStart(6)} | ${r.megabytes.toFixed(0).padStart(6)} | ${over}`,
    );
    rmSync(path.join(folder, hostile.file));
  }
  if (overBound > 0) {
    console.log(`\n${overBound} file(s) over the bound of ${MAX_SECONDS} s or ${MAX_MEGABYTES} MB.`);
    process.exitCode = 1;
  }
}

async function repeatedRuns() {
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
}

const folder = mkdtempSync(path.join(tmpdir(), 'zhixing-hostile-bench-'));
try {
  console.log(`zhixing-lint on hostile input — ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores`);
  if (!process.argv.includes('--slow-inputs')) hostileFiles(folder);

  console.log(
    '\nInputs that made a parser slow or overflowed the stack, one CLI run each (CPU: user + system):\n',
  );
  console.log('input                                         |     size | exit |  wall s |  CPU s | peak MB');
  console.log(':---------------------------------------------|---------:|-----:|--------:|-------:|-------:');
  for (const slow of await slowInputs()) {
    writeFileSync(path.join(folder, slow.file), slow.bytes);
    if (slow.config) writeFileSync(path.join(folder, 'config.json'), JSON.stringify(slow.config));
    const r = cli(slow.file, folder, slow.config ? ['--config', 'config.json'] : []);
    const over =
      slow.bound && (r.cpu > slow.bound.cpu || r.megabytes > slow.bound.megabytes)
        ? ` ⚠ over ${slow.bound.cpu} CPU s or ${slow.bound.megabytes} MB`
        : '';
    console.log(
      `${slow.name.padEnd(45)} | ${String(Buffer.from(slow.bytes).length).padStart(8)} | ${String(r.code).padStart(4)} | ${r.seconds.toFixed(2).padStart(7)} | ${r.cpu.toFixed(2).padStart(6)} | ${r.megabytes.toFixed(0).padStart(6)}${over}`,
    );
    rmSync(path.join(folder, slow.file));
    rmSync(path.join(folder, 'config.json'), { force: true });
  }

  if (!process.argv.includes('--slow-inputs')) await repeatedRuns();
} finally {
  rmSync(folder, { recursive: true, force: true });
}
