/**
 * --report: one self-contained HTML file for a supervisor — the batch's figures drawn as inline SVG bar charts
 * (no script, no network), the documents with the most problems, and every finding with its quoted text,
 * citation and suggested wording. Every piece of document text is HTML-escaped: a judgment may quote anything.
 */
import path from 'node:path';
import { countBySeverity, type FileResult } from '../engine/lint.js';
import type { Rule } from '../engine/rule.js';
import { maxOf } from '../util/arrays.js';
import { ruleDocRelativeLink } from './rule-doc-paths.js';
import { type RunInfo, runInfoRows } from './run-info.js';
import { packageRoot } from '../util/package-root.js';
import { kindLabel, percent, type Summary, type Tally } from './summary.js';

/** What the report states about its run, and where it is written (rule ids link to docs/rules/<id>.md from there). */
export interface ReportContext {
  run?: RunInfo;
  /** The folder the report is written to; without it, rule ids are not linked. */
  docsFrom?: string;
}

const CHART_ROWS = 15;
const WORST_DOCUMENTS = 20;
const BAR_WIDTH = 360;
const ROW_HEIGHT = 22;
const LABEL_WIDTH = 260;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function barChart(
  title: string,
  rows: Tally[],
  label: (t: Tally) => string,
  limit = CHART_ROWS,
  hint: (t: Tally) => string = label,
): string {
  const shown = rows.slice(0, limit);
  const max = maxOf(
    shown.map((t) => t.findings),
    1,
  );
  const height = shown.length * ROW_HEIGHT + 8;
  const bars = shown.map((t, i) => {
    const y = i * ROW_HEIGHT + 4;
    const width = Math.max(1, Math.round((t.findings / max) * BAR_WIDTH));
    return [
      `<text x="${LABEL_WIDTH - 6}" y="${y + 15}" text-anchor="end"><title>${escapeHtml(hint(t))}</title>${escapeHtml(label(t))}</text>`,
      `<rect class="bar" x="${LABEL_WIDTH}" y="${y + 3}" width="${width}" height="${ROW_HEIGHT - 6}"></rect>`,
      `<text x="${LABEL_WIDTH + width + 6}" y="${y + 15}">${t.findings}</text>`,
    ].join('');
  });
  const more =
    rows.length > shown.length ? `<p class="note">另有 ${rows.length - shown.length} 项未画出。</p>` : '';
  const body =
    shown.length === 0
      ? '<p class="note">没有问题。</p>'
      : `<svg class="chart" role="img" aria-label="${escapeHtml(title)}" width="${LABEL_WIDTH + BAR_WIDTH + 60}" height="${height}" xmlns="http://www.w3.org/2000/svg">${bars.join('')}</svg>`;
  return `<section class="figure"><h3>${escapeHtml(title)}</h3>${body}${more}</section>`;
}

function cleanShareChart(summary: Summary): string {
  const share = summary.documents === 0 ? 0 : summary.clean / summary.documents;
  const width = Math.round(share * BAR_WIDTH * 1.5);
  return `<section class="figure"><h3>无错误文书占比 ${percent(summary.clean, summary.documents)}</h3><svg class="chart" role="img" aria-label="无错误文书占比" width="${BAR_WIDTH * 1.5 + 2}" height="28" xmlns="http://www.w3.org/2000/svg"><rect class="track" x="1" y="4" width="${BAR_WIDTH * 1.5}" height="20"></rect><rect class="clean" x="1" y="4" width="${width}" height="20"></rect></svg></section>`;
}

function groupTable(title: string, rows: Tally[]): string {
  const body = rows
    .map(
      (t) =>
        `<tr><td>${escapeHtml(t.key)}</td><td>${t.documents}</td><td>${t.findings}</td><td>${t.errors}</td><td>${percent(t.clean, t.documents)}</td></tr>`,
    )
    .join('');
  return `<table><caption>${escapeHtml(title)}</caption><thead><tr><th></th><th>文书数</th><th>问题数</th><th>错误数</th><th>无错误占比</th></tr></thead><tbody>${body}</tbody></table>`;
}

function displayPath(filePath: string, cwd: string): string {
  return path.isAbsolute(filePath) ? path.relative(cwd, filePath) || filePath : filePath;
}

function anchorOf(index: number): string {
  return `doc-${index}`;
}

function worstDocuments(results: readonly FileResult[], cwd: string): string {
  const ranked = results
    .map((result, index) => ({ result, index, ...countBySeverity(result.findings) }))
    .filter((r) => r.result.findings.length > 0)
    .sort(
      (a, b) =>
        b.errors - a.errors || b.result.findings.length - a.result.findings.length || a.index - b.index,
    )
    .slice(0, WORST_DOCUMENTS);
  if (ranked.length === 0) return '<p class="note">所有文书均未发现问题。</p>';
  const rows = ranked
    .map(
      (r) =>
        `<tr><td><a href="#${anchorOf(r.index)}">${escapeHtml(displayPath(r.result.filePath, cwd))}</a></td><td>${escapeHtml(kindLabel(r.result))}</td><td>${r.errors}</td><td>${r.warnings}</td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th>文书</th><th>种类</th><th>错误</th><th>警告</th></tr></thead><tbody>${rows}</tbody></table>`;
}

type RuleLink = (id: string, inner: string) => string;

function ruleLinker(context: ReportContext, rules: readonly Rule[]): RuleLink {
  const { docsFrom } = context;
  if (docsFrom === undefined) return (_id, inner) => inner;
  const root = packageRoot(import.meta.url);
  const known = new Set(rules.map((r) => r.id));
  return (id, inner) =>
    known.has(id) ? `<a href="${escapeHtml(ruleDocRelativeLink(id, docsFrom, root))}">${inner}</a>` : inner;
}

function runSection(run: RunInfo | undefined): string {
  if (!run) return '';
  const rows = runInfoRows(run)
    .map(
      ([label, value]) => `<tr><th>${escapeHtml(label)}</th><td class="name">${escapeHtml(value)}</td></tr>`,
    )
    .join('');
  const rules = run.rules
    .map(
      (r) =>
        `<li><code>${escapeHtml(r.id)}</code> ${escapeHtml(r.name)}（${r.severity === 'error' ? '错误' : '警告'}）</li>`,
    )
    .join('');
  return `<h2>审查依据</h2><table class="run">${rows}</table><details class="ruleset"><summary>启用的规则（${run.rules.length} 条）</summary><ul>${rules}</ul></details>`;
}

function findingsOf(
  result: FileResult,
  index: number,
  cwd: string,
  names: Map<string, string>,
  link: RuleLink,
): string {
  const title = escapeHtml(displayPath(result.filePath, cwd));
  if (result.fatal !== undefined) {
    return `<details id="${anchorOf(index)}" class="doc"><summary>${title} — 无法检查</summary><p class="fatal">${escapeHtml(result.fatal)}</p></details>`;
  }
  const items = result.findings
    .map((f) => {
      const name = names.get(f.ruleId);
      return `<li class="${f.severity}"><div class="head"><span class="where">${f.line}:${f.column}</span> <span class="sev">${f.severity === 'error' ? '错误' : '警告'}</span> ${escapeHtml(f.message)} ${link(f.ruleId, `<code>${escapeHtml(f.ruleId)}</code>`)}${name ? ` ${escapeHtml(name)}` : ''}</div>${f.quote ? `<blockquote>${escapeHtml(f.quote)}</blockquote>` : ''}<div class="cite">依据：${escapeHtml(f.citation)}</div>${f.suggestion ? `<div class="suggest">建议：${escapeHtml(f.suggestion)}</div>` : ''}</li>`;
    })
    .join('');
  const { errors, warnings } = countBySeverity(result.findings);
  return `<details id="${anchorOf(index)}" class="doc"><summary>${title} — ${escapeHtml(kindLabel(result))}，错误 ${errors}，警告 ${warnings}</summary><ol>${items}</ol></details>`;
}

const STYLE = `
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ccc}
.figures{display:flex;flex-wrap:wrap;gap:1.5em}.figure h3{font-size:1em;margin:.5em 0}
.chart text{font-size:12px;fill:#333}.bar{fill:#c0392b}.track{fill:#eee}.clean{fill:#27ae60}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ddd;padding:.25em .6em}td:not(:first-child):not(.name){text-align:right}
caption{text-align:left;font-weight:bold}.note{color:#666}
details.doc{margin:.4em 0}details.doc summary{cursor:pointer}
li{margin:.6em 0}li.error .sev{color:#c0392b}li.warn .sev{color:#d68910}.where{color:#666;font-family:monospace}
blockquote{margin:.3em 0;padding:.2em .8em;border-left:3px solid #ccc;background:#fafafa}.cite,.suggest{font-size:.9em;color:#444}
.fatal{color:#c0392b}table.run th{text-align:left;font-weight:normal;color:#555;white-space:nowrap}.stamp{color:#555}
details.ruleset ul{columns:2;font-size:.9em}`;

export function renderHtmlReport(
  results: readonly FileResult[],
  summary: Summary,
  rules: readonly Rule[],
  cwd: string,
  context: ReportContext = {},
): string {
  const names = new Map(rules.map((rule) => [rule.id, rule.name]));
  const link = ruleLinker(context, rules);
  const ruleName = (t: Tally) => `${t.key} ${names.get(t.key) ?? ''}`;
  const own = (t: Tally) => t.key;
  const ruleRows = summary.byRule
    .map(
      (t) =>
        `<tr><td>${link(t.key, `<code>${escapeHtml(t.key)}</code>`)}</td><td class="name">${escapeHtml(names.get(t.key) ?? '')}</td><td>${t.findings}</td><td>${t.documents}</td></tr>`,
    )
    .join('');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>zhixing-lint 批量审查报告</title><style>${STYLE}</style></head><body>
<h1>zhixing-lint 批量审查报告</h1>
${
  context.run
    ? `<p class="stamp">${escapeHtml(
        runInfoRows(context.run)
          .slice(0, 2)
          .map(([l, v]) => `${l}：${v}`)
          .join('　'),
      )}</p>`
    : ''
}
<p>共检查文书 ${summary.documents} 份（无法读取 ${summary.unreadable} 份），发现问题 ${summary.findings} 个（错误 ${summary.errors} 个，警告 ${summary.warnings} 个），无错误的文书 ${summary.clean} 份，占 ${percent(summary.clean, summary.documents)}。</p>
${runSection(context.run)}
<h2>统计图</h2><div class="figures">
${cleanShareChart(summary)}
${barChart('各规则的问题数', summary.byRule, own, CHART_ROWS, ruleName)}
${barChart('各文书种类的问题数', summary.byKind, own)}
${barChart('各法院的问题数', summary.byCourt, own)}
${barChart('各年份的问题数', summary.byYear, own, Infinity)}
</div>
<h2>统计表</h2>
<table><caption>按规则</caption><thead><tr><th>规则</th><th>名称</th><th>问题数</th><th>涉及文书数</th></tr></thead><tbody>${ruleRows}</tbody></table>
${groupTable('按文书种类', summary.byKind)}
${groupTable('按法院', summary.byCourt)}
${groupTable('按年份', summary.byYear)}
<h2>问题最多的文书</h2>
${worstDocuments(results, cwd)}
<h2>全部问题</h2>
${results.map((r, i) => (r.findings.length > 0 || r.fatal !== undefined ? findingsOf(r, i, cwd, names, link) : '')).join('\n')}
</body></html>
`;
}
