/**
 * --timing: where the time went, printed to stderr as two tables like ESLint's TIMING=1 — the stages of the
 * pipeline (summed over files and threads, so with workers they can exceed the wall time) and the slowest rules.
 */
import stringWidth from 'string-width';
import type { FileResult } from '../engine/lint.js';
import { STAGES, type Stage } from '../util/timing.js';
import { maxOf } from '../util/arrays.js';

const STAGE_NAMES: Record<Stage, string> = {
  read: '读取文件（异步 I/O，含等待，不计入占比）',
  parse: '解码与 Markdown 解析',
  model: '文书结构（当事人、主文、判项）',
  recognisers: '要素识别（金额、期限、利率…）',
  segmenter: '分词',
  rules: '规则（不含其触发的识别与分词）',
  directives: '注释指令',
};

const RULES_SHOWN = 10;

function pad(text: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return right ? fill + text : text + fill;
}

/** Rows are [name, milliseconds, counted in the share?]. */
function table(title: string, rows: [string, number, boolean][], total: number): string {
  const header: [string, string, string] = [title, '时间（毫秒）', '占比'];
  const cells = rows.map(([name, ms, counted]): [string, string, string] => [
    name,
    ms.toFixed(1),
    counted && total > 0 ? `${((100 * ms) / total).toFixed(1)}%` : '—',
  ]);
  const widths = [0, 1, 2].map((i) =>
    maxOf(
      [header, ...cells].map((row) => stringWidth(row[i] ?? '')),
      0,
    ),
  );
  const line = (row: [string, string, string]) =>
    `${pad(row[0], widths[0] ?? 0)} | ${pad(row[1], widths[1] ?? 0, true)} | ${pad(row[2], widths[2] ?? 0, true)}`;
  const rule = `${':'.padEnd(widths[0] ?? 0, '-')}-|-${'-'.repeat((widths[1] ?? 1) - 1)}:|-${'-'.repeat((widths[2] ?? 1) - 1)}:`;
  return [line(header), rule, ...cells.map(line)].join('\n');
}

/** Sums the stage and rule times of a batch as its results come in. */
export class TimingTally {
  private files = 0;
  private readonly stages = new Map<Stage, number>();
  private readonly rules = new Map<string, number>();

  add(result: FileResult): void {
    this.files++;
    for (const stage of STAGES) {
      this.stages.set(stage, (this.stages.get(stage) ?? 0) + (result.stages?.[stage] ?? 0));
    }
    for (const [id, ms] of result.timings ?? []) this.rules.set(id, (this.rules.get(id) ?? 0) + ms);
  }

  format(wallMs: number, cache?: { hits: number; misses: number }): string {
    // Reading is asynchronous: its time includes waiting while other files are checked, so it has no share.
    const computing = STAGES.filter((s) => s !== 'read');
    const stageTotal = computing.reduce((sum, s) => sum + (this.stages.get(s) ?? 0), 0);
    const ruleTotal = [...this.rules.values()].reduce((a, b) => a + b, 0);
    const slowest = [...this.rules.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, RULES_SHOWN);
    const cached = cache ? `，其中 ${cache.hits} 个取自缓存` : '';
    return [
      `zhixing-lint 用时：${this.files} 个文件${cached}，总耗时 ${wallMs.toFixed(0)} 毫秒`,
      '',
      table(
        '阶段',
        STAGES.map((s) => [STAGE_NAMES[s], this.stages.get(s) ?? 0, s !== 'read']),
        stageTotal,
      ),
      '',
      table(
        '规则',
        slowest.map(([id, ms]) => [id, ms, true]),
        ruleTotal,
      ),
      '',
    ].join('\n');
  }
}
