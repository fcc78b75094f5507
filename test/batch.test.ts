/** Batch audits: worker pool order, progress bar, --summary, --report (HTML), --format csv. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml, renderHtmlReport } from '../src/output/html-report.js';
import { FILES_PER_WORKER, workerCount } from '../src/batch/pool.js';
import { createProgress, progressBar, progressWanted } from '../src/batch/progress.js';
import { formatSummary, summarize } from '../src/output/summary.js';
import type { Finding } from '../src/engine/finding.js';
import type { FileResult } from '../src/engine/lint.js';
import { csvField, formatCsv } from '../src/output/csv.js';
import { formatResults } from '../src/output/formatter.js';
import { ALL_RULES } from './support/all-rules.js';
import { ROOT, runCli } from './support/cli.js';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'zhixing-batch-'));

function finding(ruleId: string, severity: 'error' | 'warn', quote = '被告支付原告货款。'): Finding {
  return {
    ruleId,
    severity,
    category: 'money.deadline',
    message: '判令给付金钱，但未写明履行期限',
    quote,
    citation: '焦作山阳规定 第十八条第（一）项',
    suggestion: '写明给付时间，如“于本判决生效之日起十日内支付”',
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: 9,
    offset: 10,
  };
}

const RESULTS: FileResult[] = [
  {
    filePath: 'a.md',
    findings: [finding('money/deadline-missing', 'error'), finding('interest/rate-missing', 'warn')],
    notices: [],
    document: { category: '民事', form: '判决书', court: '豫0811', year: 2024 },
  },
  {
    filePath: 'b.md',
    findings: [],
    notices: [],
    document: { category: '民事', form: '判决书', court: '豫0811', year: 2023 },
  },
  {
    filePath: 'c.md',
    findings: [finding('money/deadline-missing', 'error')],
    notices: [],
    document: { category: '刑事', form: '判决书', court: '沪0106', year: 2024 },
  },
  { filePath: 'd.txt', findings: [], notices: [], fatal: '文件不是文本' },
];

describe('summary figures', () => {
  const summary = summarize(RESULTS);

  it('counts findings per rule, kind, court and year, and the share of documents without error', () => {
    expect(summary).toMatchObject({
      documents: 4,
      unreadable: 1,
      clean: 1,
      findings: 3,
      errors: 2,
      warnings: 1,
    });
    expect(summary.byRule.map((t) => [t.key, t.findings, t.documents])).toEqual([
      ['money/deadline-missing', 2, 2],
      ['interest/rate-missing', 1, 1],
    ]);
    expect(summary.byKind.map((t) => [t.key, t.documents, t.findings, t.clean])).toEqual([
      ['民事判决书', 2, 2, 1],
      ['刑事判决书', 1, 1, 0],
      ['（未识别）', 1, 0, 0],
    ]);
    expect(summary.byCourt.find((t) => t.key === '豫0811')).toMatchObject({ documents: 2, findings: 2 });
    expect(summary.byYear.map((t) => t.key)).toEqual(['（未识别）', '2023', '2024']);
  });

  it('prints aligned tables with the rules’ Chinese names', () => {
    const text = formatSummary(summary, ALL_RULES);
    expect(text).toContain('共检查文书 4 份，其中无法读取 1 份');
    expect(text).toContain('无错误的文书 1 份，占 25.0%');
    expect(text).toMatch(/money\/deadline-missing\s+给付金钱未写明履行期限\s+2\s+2/);
    expect(text).toMatch(/豫0811\s+2\s+2\s+1\s+50\.0%/);
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180 and starts with a byte-order mark for Excel', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说“好”"x"')).toBe('"他说“好”""x"""');
    expect(csvField('两行\n文字')).toBe('"两行\n文字"');
    expect(csvField(12)).toBe('12');
    const csv = formatResults(formatCsv, RESULTS, { color: false, cwd: ROOT, rules: ALL_RULES });
    expect(csv.startsWith('\uFEFF文件,行,列,级别,规则,类别,问题,原文,依据,建议\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(RESULTS.length + 2); // header, 3 findings, 1 unreadable file, final CRLF
    expect(lines[1]).toContain('a.md,3,1,错误,money/deadline-missing');
    expect(lines[4]).toBe('d.txt,1,1,错误,,,文件不是文本,,,');
  });
});

describe('HTML report', () => {
  const hostile: FileResult = {
    filePath: '<img src=x onerror=alert(1)>.md',
    findings: [finding('money/deadline-missing', 'error', '被告支付<script>alert("判决")</script>货款&利息')],
    notices: [],
  };
  const html = renderHtmlReport([hostile, ...RESULTS], summarize([hostile, ...RESULTS]), ALL_RULES, ROOT);

  it('escapes all document text, so a judgment cannot inject markup', () => {
    expect(escapeHtml('<a href="x">&\'')).toBe('&#60;a href=&#34;x&#34;&#62;&#38;&#39;');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&#60;script&#62;alert(&#34;判决&#34;)&#60;/script&#62;');
  });

  it('is self-contained: charts as inline SVG, no script, no external resource', () => {
    expect(html).not.toMatch(/\b(?:src|href)=["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(/);
    expect(html.match(/<svg class="chart"/g)?.length).toBeGreaterThanOrEqual(5);
    expect(html).toContain('问题最多的文书');
    expect(html).toContain('依据：焦作山阳规定 第十八条第（一）项');
  });
});

describe('progress bar', () => {
  it('shows only on a terminal and never in CI', () => {
    expect(progressWanted({ isTTY: true, write: () => true }, {})).toBe(true);
    expect(progressWanted({ isTTY: true, write: () => true }, { CI: 'true' })).toBe(false);
    expect(progressWanted({ isTTY: false, write: () => true }, {})).toBe(false);
    expect(createProgress({ write: () => true }, {})).toBeUndefined();
  });

  it('draws the share done and clears itself', () => {
    expect(progressBar(5, 10)).toContain('5/10（50%）');
    const written: string[] = [];
    const progress = createProgress({ isTTY: true, write: (t) => written.push(t) > 0 }, {});
    progress?.update(10, 10);
    progress?.clear();
    expect(written).toEqual([`\r${progressBar(10, 10)}`, '\r\x1b[2K']);
  });
});

describe('worker pool', () => {
  it('starts no worker for a small batch or --concurrency 1, and never more than asked', () => {
    expect(workerCount(8, 8)).toBe(0);
    expect(workerCount(FILES_PER_WORKER - 1, 8)).toBe(0);
    expect(workerCount(100 * FILES_PER_WORKER, 1)).toBe(0);
    expect(workerCount(100 * FILES_PER_WORKER, 4)).toBe(3);
    expect(workerCount(2 * FILES_PER_WORKER, 8)).toBe(2);
  });

  it('gives the same output, in input order, whatever the concurrency', () => {
    const dir = tempDir();
    const samples = [
      '01-民间借贷-有缺陷.md',
      '02-民间借贷-已修正.md',
      '03-买卖合同-违约金.md',
      '07-刑事-涉财.md',
    ];
    const names: string[] = [];
    // Enough files for two workers besides the main thread.
    for (let i = 0; i < 2 * FILES_PER_WORKER + 10; i++) {
      const name = `draft-${String(i).padStart(3, '0')}.md`;
      writeFileSync(
        path.join(dir, name),
        readFileSync(path.join(ROOT, 'samples', samples[i % samples.length] ?? '')),
      );
      names.push(name);
    }
    const runs = [1, 2, 4].map((n) =>
      runCli(['.', '--format', 'json', '--concurrency', String(n)], { cwd: dir }),
    );
    for (const run of runs) {
      // On a machine with fewer cores than asked for, the run says it uses fewer threads; nothing else.
      expect(run.stderr.replace(/^zhixing-lint：--concurrency \d+ 超过本机所能承受的线程数.*\n/, '')).toBe(
        '',
      );
      expect(run.stdout.length).toBeGreaterThan(0);
      expect(run.stdout === runs[0]?.stdout).toBe(true);
    }
    const order = (JSON.parse(runs[0]?.stdout ?? '[]') as { filePath: string }[]).map((r) =>
      path.basename(r.filePath),
    );
    expect(order).toEqual(names);
    expect(runs[0]?.stderr).not.toContain('检查中');
  });

  it('lets the process exit when the consumer takes every result but never asks for the end', () => {
    const dir = tempDir();
    for (let i = 0; i < 2 * FILES_PER_WORKER + 10; i++) {
      writeFileSync(
        path.join(dir, `d${i}.md`),
        readFileSync(path.join(ROOT, 'samples', '02-民间借贷-已修正.md')),
      );
    }
    const dist = path.join(ROOT, 'dist', 'src');
    const script = `
      import { readdirSync } from 'node:fs';
      const { lintFiles } = await import(${JSON.stringify(path.join(dist, 'batch', 'pool.js'))});
      const { settingsFor } = await import(${JSON.stringify(path.join(dist, 'batch', 'lint-file.js'))});
      const { loadRules } = await import(${JSON.stringify(path.join(dist, 'engine', 'registry.js'))});
      const rules = await loadRules();
      const lint = { rules: rules.map((rule) => ({ rule, severity: rule.severity })), template: false };
      const files = readdirSync(${JSON.stringify(dir)}).map((f) => ${JSON.stringify(dir)} + '/' + f);
      const results = lintFiles(files, lint, { concurrency: 3, settings: settingsFor(lint, []) })[Symbol.asyncIterator]();
      for (const _ of files) await results.next();
      console.log('done');`;
    const scriptFile = path.join(tempDir(), 'consumer.mjs');
    writeFileSync(scriptFile, script);
    const run = spawnSync(process.execPath, [scriptFile], { encoding: 'utf8', timeout: 240_000 }); // a hang guard only
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('done');
    expect(run.status).toBe(0);
  });
});

describe('batch outputs from the command line', () => {
  it('--summary prints the tables after the report, and to stderr when the report is JSON on stdout', () => {
    const stylish = runCli(['samples/', '--summary']);
    expect(stylish.stdout).toMatch(
      /problems[\s\S]*批量审查汇总[\s\S]*按规则[\s\S]*按文书种类[\s\S]*按法院[\s\S]*按年份/,
    );
    const json = runCli(['samples/', '--summary', '--format', 'json']);
    expect(() => JSON.parse(json.stdout) as unknown).not.toThrow();
    expect(json.stderr).toContain('批量审查汇总');
  });

  it('--report writes the HTML file and --format csv is accepted', () => {
    const dir = tempDir();
    const report = path.join(dir, 'audit.html');
    const run = runCli(['samples/', '--report', report, '--format', 'csv']);
    expect(run.stdout.startsWith('\uFEFF文件,行,列')).toBe(true);
    expect(readFileSync(report, 'utf8')).toContain('zhixing-lint 批量审查报告');
  });

  it('--report refuses to overwrite an input', () => {
    const dir = tempDir();
    const draft = path.join(dir, 'draft.md');
    writeFileSync(draft, readFileSync(path.join(ROOT, 'samples', '02-民间借贷-已修正.md')));
    const run = runCli([draft, '--report', draft]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('拒绝覆盖');
  });
});
