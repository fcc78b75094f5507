/**
 * The figures of a batch audit: findings per rule, per document kind, per court and per year (court and year
 * from the case number), and the share of documents without any error. --summary prints them as tables and
 * --report draws them.
 */
import stringWidth from 'string-width';
import { countBySeverity, type FileResult } from '../engine/lint.js';
import type { Rule } from '../engine/rule.js';
import { maxOf } from '../util/arrays.js';

export const UNKNOWN = '（未识别）';
/** Courts listed in the terminal table; an archive can hold hundreds. */
const COURT_ROWS = 20;

export interface Tally {
  key: string;
  /** Documents in this group (for the rule table: documents with at least one finding of the rule). */
  documents: number;
  findings: number;
  errors: number;
  /** Documents of the group with no error (not counted for rules). */
  clean: number;
}

export interface Summary {
  documents: number;
  /** Documents that could not be read at all. */
  unreadable: number;
  /** Documents with no error (warnings allowed); unreadable ones count as not clean. */
  clean: number;
  findings: number;
  errors: number;
  warnings: number;
  byRule: Tally[];
  byKind: Tally[];
  byCourt: Tally[];
  byYear: Tally[];
}

function tallyIn(table: Map<string, Tally>, key: string): Tally {
  let tally = table.get(key);
  if (!tally) {
    tally = { key, documents: 0, findings: 0, errors: 0, clean: 0 };
    table.set(key, tally);
  }
  return tally;
}

function sorted(table: Map<string, Tally>, by: 'findings' | 'key'): Tally[] {
  const rows = [...table.values()];
  if (by === 'key') return rows.sort((a, b) => a.key.localeCompare(b.key));
  return rows.sort((a, b) => b.findings - a.findings || a.key.localeCompare(b.key));
}

export function kindLabel(result: FileResult): string {
  const facts = result.document;
  if (!facts) return UNKNOWN;
  const category = facts.category === '未知' ? '' : facts.category;
  const form = facts.form === '未知' ? '' : facts.form;
  return category + form || UNKNOWN;
}

/** Adds up a batch's figures one result at a time, so a batch of any size is summed without being kept. */
export class SummaryBuilder {
  private readonly totals = { documents: 0, unreadable: 0, clean: 0, findings: 0, errors: 0, warnings: 0 };
  private readonly rules = new Map<string, Tally>();
  private readonly groups = {
    kind: new Map<string, Tally>(),
    court: new Map<string, Tally>(),
    year: new Map<string, Tally>(),
  };

  add(result: FileResult): void {
    const totals = this.totals;
    totals.documents++;
    const { errors, warnings } = countBySeverity(result.findings);
    const clean = result.fatal === undefined && errors === 0;
    if (result.fatal !== undefined) totals.unreadable++;
    if (clean) totals.clean++;
    totals.findings += result.findings.length;
    totals.errors += errors;
    totals.warnings += warnings;

    const keys = {
      kind: kindLabel(result),
      court: result.document?.court ?? UNKNOWN,
      year: result.document?.year === undefined ? UNKNOWN : String(result.document.year),
    };
    for (const group of ['kind', 'court', 'year'] as const) {
      const tally = tallyIn(this.groups[group], keys[group]);
      tally.documents++;
      tally.findings += result.findings.length;
      tally.errors += errors;
      if (clean) tally.clean++;
    }
    const rulesHere = new Set<string>();
    for (const finding of result.findings) {
      const tally = tallyIn(this.rules, finding.ruleId);
      tally.findings++;
      if (finding.severity === 'error') tally.errors++;
      if (!rulesHere.has(finding.ruleId)) {
        rulesHere.add(finding.ruleId);
        tally.documents++;
      }
    }
  }

  finish(): Summary {
    return {
      ...this.totals,
      byRule: sorted(this.rules, 'findings'),
      byKind: sorted(this.groups.kind, 'findings'),
      byCourt: sorted(this.groups.court, 'findings'),
      byYear: sorted(this.groups.year, 'key'),
    };
  }
}

export function summarize(results: Iterable<FileResult>): Summary {
  const builder = new SummaryBuilder();
  for (const result of results) builder.add(result);
  return builder.finish();
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`;
}

function pad(text: string, width: number, right = false): string {
  const gap = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return right ? gap + text : text + gap;
}

/** A text table; columns from `firstNumeric` on hold numbers and are right-aligned. */
function table(title: string, header: string[], rows: string[][], firstNumeric: number): string {
  const widths = header.map((h, i) =>
    maxOf(
      rows.map((r) => stringWidth(r[i] ?? '')),
      stringWidth(h),
    ),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i] ?? 0, i >= firstNumeric))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [title, line(header), rule, ...rows.map(line)].join('\n');
}

function groupTable(title: string, tallies: Tally[], limit = Infinity): string {
  const rows = tallies
    .slice(0, limit)
    .map((t) => [
      t.key,
      String(t.documents),
      String(t.findings),
      String(t.errors),
      percent(t.clean, t.documents),
    ]);
  const rest = tallies.slice(limit);
  const text = table(
    title,
    [title.replace(/^按/, ''), '文书数', '问题数', '错误数', '无错误文书占比'],
    rows,
    1,
  );
  if (rest.length === 0) return text;
  const documents = rest.reduce((n, t) => n + t.documents, 0);
  const findings = rest.reduce((n, t) => n + t.findings, 0);
  return `${text}\n（另有 ${rest.length} 项，共 ${documents} 份文书、${findings} 个问题，见 --report 或 --format csv）`;
}

export function formatSummary(summary: Summary, rules: readonly Rule[]): string {
  const names = new Map(rules.map((rule) => [rule.id, rule.name]));
  const overview = [
    `共检查文书 ${summary.documents} 份，其中无法读取 ${summary.unreadable} 份；`,
    `发现问题 ${summary.findings} 个（错误 ${summary.errors} 个，警告 ${summary.warnings} 个）；`,
    `无错误的文书 ${summary.clean} 份，占 ${percent(summary.clean, summary.documents)}。`,
  ].join('');
  const byRule = table(
    '按规则',
    ['规则', '名称', '问题数', '涉及文书数'],
    summary.byRule.map((t) => [t.key, names.get(t.key) ?? '', String(t.findings), String(t.documents)]),
    2,
  );
  return [
    '批量审查汇总',
    overview,
    byRule,
    groupTable('按文书种类', summary.byKind),
    groupTable('按法院', summary.byCourt, COURT_ROWS),
    groupTable('按年份', summary.byYear),
  ].join('\n\n');
}
