/**
 * `npm run bench`: zhixing-lint against textlint (two trivial rules from bench/textlint-rules) on the same files,
 * printed side by side: the cold wall time of linting one draft (median of fresh processes), documents per second
 * and peak memory over ../shared/corpus and over 10,000 generated drafts, where a cold run's time goes, and the warm
 * latency of `zhixing-lint serve` (bench/serve.mjs).
 * Peak memory is the maximum resident set of the process (worker threads included) from GNU time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import { generateDrafts } from './drafts.mjs';
import { formatWarmLatency, warmLatency } from './serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ZHIXING = path.join(ROOT, 'bin', 'zhixing-lint');
const TEXTLINT = path.join(ROOT, 'node_modules', 'textlint', 'bin', 'textlint.js');
const TEXTLINT_ARGS = [
  '--no-textlintrc',
  '--rulesdir',
  path.join(ROOT, 'bench', 'textlint-rules'),
  '--format',
  'json',
];
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
/** A draft of headings and paragraphs, and one whose item numbers are bold. */
const DRAFT = path.join(ROOT, 'samples', '02-民间借贷-已修正.md');
const DRAFT_WITH_MARKUP = path.join(ROOT, 'samples', '01-民间借贷-有缺陷.md');
const GENERATED = Number(process.env.BENCH_DRAFTS ?? 10_000);
const COLD_RUNS = 9;
const GNU_TIME = '/usr/bin/time';

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Runs a command with its output discarded; returns wall seconds, CPU seconds (user + system, all threads) and
 * peak RSS in MB. CPU time is the steadier figure on a shared machine, where other work stretches wall time.
 */
function measure(command, args) {
  const timed = existsSync(GNU_TIME);
  const started = process.hrtime.bigint();
  const options = { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 };
  const run = timed
    ? spawnSync(GNU_TIME, ['-f', '%M %U %S', command, ...args], options)
    : spawnSync(command, args, options);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`${args[0] ?? command} failed: ${run.stderr.slice(-500)}`);
  const [kb, user, system] = timed
    ? run.stderr.trim().split('\n').at(-1).split(' ').map(Number)
    : [NaN, NaN, NaN];
  return { seconds, cpu: user + system, rssMb: kb / 1024 };
}

/** `copies` folders of hard links to the drafts: the same files again under other names, at no disk cost. */
function linkCopies(draftsDir, targetDir, copies) {
  let files = 0;
  for (let copy = 0; copy < copies; copy++) {
    for (const entry of readdirSync(draftsDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const relative = path.relative(draftsDir, path.join(entry.parentPath, entry.name));
      const target = path.join(targetDir, `copy-${copy}`, relative);
      mkdirSync(path.dirname(target), { recursive: true });
      linkSync(path.join(entry.parentPath, entry.name), target);
      files++;
    }
  }
  return files;
}

function cold(command, args) {
  return median(Array.from({ length: COLD_RUNS }, () => measure(command, args).seconds));
}

function stages() {
  const runs = Array.from({ length: COLD_RUNS }, () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bench', 'stages.mjs'), DRAFT], {
      encoding: 'utf8',
    });
    return JSON.parse(run.stdout);
  });
  const pick = (key) => median(runs.map((r) => r[key]));
  return {
    node: pick('nodeStartup'),
    modules: pick('modules'),
    rules: pick('rules'),
    dictionary: pick('dictionary'),
    lint: pick('lint'),
    total: pick('total'),
  };
}

const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const pad = (text, width) => text + ' '.repeat(Math.max(0, width - [...text].length));
const padLeft = (text, width) => ' '.repeat(Math.max(0, width - [...text].length)) + text;

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? pad(String(c), widths[i]) : padLeft(String(c), widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `Machine: ${availableParallelism()} cores (nproc), ${cpu}, Node ${process.version}; load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')} (other work on the machine stretches wall times; CPU seconds are steadier)`,
);

const workDir = mkdtempSync(path.join(tmpdir(), 'zhixing-bench-'));
try {
  process.stdout.write(`Generating ${GENERATED} drafts … `);
  const draftsDir = path.join(workDir, 'drafts');
  const bytes = generateDrafts(draftsDir, GENERATED);
  console.log(`${(bytes / GENERATED / 1024).toFixed(1)} KB on average.`);

  const corpusGlob = `${CORPUS}/**/*.txt`;
  const sets = [
    { name: 'corpus', pattern: corpusGlob, count: globSync(corpusGlob).length },
    { name: `${GENERATED} drafts`, pattern: `${draftsDir}/**/*.md`, count: GENERATED },
  ];

  console.log(`\nCold runs (median of ${COLD_RUNS} fresh processes, one draft) …`);
  const coldZhixing = cold(ZHIXING, [DRAFT, '--format', 'json']);
  const coldZhixingMarkup = cold(ZHIXING, [DRAFT_WITH_MARKUP, '--format', 'json']);
  const coldTextlint = cold(process.execPath, [TEXTLINT, ...TEXTLINT_ARGS, DRAFT]);
  const coldTextlintMarkup = cold(process.execPath, [TEXTLINT, ...TEXTLINT_ARGS, DRAFT_WITH_MARKUP]);
  const where = stages();
  console.log('Warm requests to zhixing-lint serve …');
  const warm = await warmLatency();

  const rows = [];
  const batches = {};
  for (const set of sets) {
    console.log(`Linting ${set.name} (${set.count} files) …`);
    const parallel = measure(ZHIXING, [set.pattern, '--format', 'json']);
    // The command itself, as npx runs it: its first line sets the heap limit.
    const single = measure(ZHIXING, [set.pattern, '--format', 'json', '--concurrency', '1']);
    const textlint = measure(process.execPath, [TEXTLINT, ...TEXTLINT_ARGS, set.pattern]);
    batches[set.name] = { parallel, textlint };
    const row = (label, m) => [
      label,
      fmt(set.count / m.seconds),
      fmt(m.seconds, 2),
      fmt(m.cpu, 2),
      fmt(set.count / m.cpu),
      fmt(m.rssMb),
    ];
    rows.push(row(`${set.name}: zhixing-lint (${availableParallelism()} threads)`, parallel));
    rows.push(row(`${set.name}: zhixing-lint --concurrency 1`, single));
    rows.push(row(`${set.name}: textlint (2 trivial rules)`, textlint));
  }

  // Memory must not grow with the number of files: the same drafts three times over, linted in one run.
  const manyDir = path.join(workDir, 'many');
  const manyFiles = linkCopies(draftsDir, manyDir, 3);
  console.log(`Linting the drafts three times over (${manyFiles} files) …`);
  const many = measure(ZHIXING, [manyDir, '--format', 'json']);

  console.log('\nCold wall time, one draft');
  console.log(
    table(
      ['tool', 'seconds', 'goal'],
      [
        ['zhixing-lint, headings and paragraphs', fmt(coldZhixing, 3), '< 0.300'],
        ['zhixing-lint, with bold items', fmt(coldZhixingMarkup, 3), '< 0.300'],
        ['textlint, headings and paragraphs', fmt(coldTextlint, 3), ''],
        ['textlint, with bold', fmt(coldTextlintMarkup, 3), ''],
      ],
    ),
  );
  console.log(
    `Where a cold zhixing-lint run goes (ms, median): Node start ${fmt(where.node)}, modules ${fmt(where.modules)}, ` +
      `rules ${fmt(where.rules)}, dictionary ${fmt(where.dictionary)}, lint ${fmt(where.lint)}; ` +
      `dictionary = ${fmt((where.dictionary / (coldZhixing * 1000)) * 100, 1)}% of the cold wall time.`,
  );

  console.log(`\n${formatWarmLatency(warm)}`);

  console.log('\nBatches (goals: ≥ 500 docs/s, < 400 MB, ≥ 3× textlint)');
  console.log(table(['run', 'docs/s', 'wall s', 'CPU s', 'docs/CPU-s', 'peak RSS MB'], rows));
  for (const set of sets) {
    const { parallel, textlint } = batches[set.name];
    const threads = availableParallelism();
    console.log(
      `${set.name}: zhixing-lint is ${fmt(textlint.seconds / parallel.seconds, 1)}× textlint by wall time, ` +
        `${fmt(textlint.cpu / parallel.cpu, 1)}× by CPU time; dictionary loading ` +
        `(${threads} × ${fmt(where.dictionary)} ms) is ${fmt(((threads * where.dictionary) / 1000 / parallel.seconds) * 100, 1)}% of the batch's thread time.`,
    );
  }
  console.log(
    `Peak memory by number of files (2 threads, JSON report): ${GENERATED} drafts ${fmt(batches[sets[1].name].parallel.rssMb)} MB, ` +
      `${manyFiles} files ${fmt(many.rssMb)} MB (${fmt(manyFiles / many.seconds)} docs/s).`,
  );
  console.log(
    `Load average at the end: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
