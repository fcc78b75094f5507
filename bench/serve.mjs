/**
 * Warm latency of `zhixing-lint serve`: starts the server, sends each sample (and the Word fixture) once to warm
 * it, then ROUNDS more times to POST /api/lint, and reports the median and the slowest answer per file, measured
 * at the client (HTTP included). Run alone (`node bench/serve.mjs`, after `npm run build`) or from run.mjs.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import stringWidth from 'string-width';

const { fetch } = globalThis;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ZHIXING = path.join(ROOT, 'bin', 'zhixing-lint');
const ROUNDS = Number(process.env.BENCH_SERVE_ROUNDS ?? 20);
const GOAL_MS = 100;

function startServer() {
  const child = spawn(process.execPath, [ZHIXING, 'serve', '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /http:\/\/[^\s：]+\//.exec(out);
      if (match) resolve({ child, url: match[0] });
    });
  });
}

/** User + system CPU milliseconds of a process so far, from /proc (Linux), or NaN. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 per second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function warmLatency() {
  const started = performance.now();
  const { child, url } = await startServer();
  const startup = performance.now() - started;
  const files = [
    ...readdirSync(path.join(ROOT, 'samples'))
      .filter((name) => /\.(md|txt)$/.test(name))
      .map((name) => path.join(ROOT, 'samples', name)),
    path.join(ROOT, 'test', 'fixtures', '民间借贷-有缺陷.docx'),
  ];
  const rows = [];
  try {
    for (const file of files) {
      const body = readFileSync(file);
      const target = new URL('api/lint', url);
      target.searchParams.set('filename', path.basename(file));
      const times = [];
      let cpuBefore = NaN;
      for (let i = 0; i <= ROUNDS; i++) {
        if (i === 1) cpuBefore = cpuMs(child.pid);
        const t = performance.now();
        const response = await fetch(target, { method: 'POST', body });
        await response.text();
        if (!response.ok) throw new Error(`${path.basename(file)}: HTTP ${response.status}`);
        if (i > 0) times.push(performance.now() - t);
      }
      rows.push({
        file: path.basename(file),
        kb: body.length / 1024,
        median: median(times),
        max: Math.max(...times),
        cpu: (cpuMs(child.pid) - cpuBefore) / ROUNDS,
      });
    }
  } finally {
    child.kill('SIGTERM');
  }
  return { startup, rows, rounds: ROUNDS, goal: GOAL_MS };
}

export function formatWarmLatency({ startup, rows, rounds, goal }) {
  const width = Math.max(...rows.map((r) => stringWidth(r.file)));
  const pad = (text, n) => text + ' '.repeat(Math.max(0, n - stringWidth(text)));
  const lines = [
    `Load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} (other work on the machine stretches these times).`,
    `zhixing-lint serve: ready after ${startup.toFixed(0)} ms (rules, configuration, dictionary loaded once); ` +
      `POST /api/lint, median and slowest wall time of ${rounds} warm requests at the client (goal < ${goal} ms), ` +
      `and the server's CPU time per request (steadier on a busy machine)`,
    ...rows.map(
      (r) =>
        `  ${pad(r.file, width)}  ${r.kb.toFixed(1).padStart(5)} KB  median ${r.median.toFixed(1).padStart(6)} ms  max ${r.max.toFixed(1).padStart(6)} ms  server CPU ${Number.isFinite(r.cpu) ? r.cpu.toFixed(1).padStart(5) : '    —'} ms`,
    ),
    `  worst median ${Math.max(...rows.map((r) => r.median)).toFixed(1)} ms`,
  ];
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(formatWarmLatency(await warmLatency()));
}
