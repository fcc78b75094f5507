import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../src/engine/lint.js';
import type { Finding } from '../src/engine/finding.js';
import { type Formatter, formatResults } from '../src/output/formatter.js';
import { formatJson } from '../src/output/json.js';
import { formatStylish } from '../src/output/stylish.js';

function finding(line: number, message: string, severity: Finding['severity'] = 'error'): Finding {
  return {
    ruleId: 'money/amount-missing',
    severity,
    category: 'money.amount',
    message,
    quote: '一、被告支付原告赔偿款；',
    citation: '焦作山阳规定 第十八条第（一）项',
    suggestion: '写明具体金额',
    line,
    column: 5,
    endLine: line,
    endColumn: 9,
    offset: 0,
  };
}

const results: FileResult[] = [
  {
    filePath: '/courts/draft.md',
    notices: [],
    findings: [finding(3, '短'), finding(12, '第一项：判令给付金钱，但未写明给付数额', 'warn')],
  },
];
const context = { color: false, cwd: '/courts', rules: [] };
const format = (formatter: Formatter, list: FileResult[]) => formatResults(formatter, list, context);

describe('stylish', () => {
  it('aligns the rule column by display width, so Chinese messages line up', () => {
    const rows = format(formatStylish, results)
      .split('\n')
      .filter((l) => l.endsWith('money/amount-missing'));
    expect(rows).toHaveLength(2);
    const columns = rows.map((row) => stringWidth(row.slice(0, row.lastIndexOf('money/amount-missing'))));
    expect(columns[0]).toBe(columns[1]);
  });

  it('lines up plain Chinese messages with ones holding emoji, combining marks and half-width kana', () => {
    const messages = ['第一万二千项：未写明给付数额（ABC）', '原文含“😀”与“é”', '全角ＡＢＣ与半角ｱｲｳ'];
    const out = format(formatStylish, [
      { filePath: '/courts/mixed.md', notices: [], findings: messages.map((m, i) => finding(i + 1, m)) },
    ]);
    const rows = out.split('\n').filter((l) => l.endsWith('money/amount-missing'));
    expect(rows).toHaveLength(3);
    const columns = rows.map((row) => stringWidth(row.slice(0, row.lastIndexOf('money/amount-missing'))));
    expect(new Set(columns).size).toBe(1);
  });

  it('prints the path relative to the working folder and counts errors and warnings', () => {
    const out = format(formatStylish, results);
    expect(out).toContain('\ndraft.md\n');
    expect(out).toContain('✖ 2 problems (1 error, 1 warning)');
  });
});

describe('json', () => {
  it("uses ESLint's shape with severities 2/1 and the finding's extra fields", () => {
    const [result] = JSON.parse(format(formatJson, results)) as Record<string, unknown>[];
    expect(result).toMatchObject({
      filePath: '/courts/draft.md',
      errorCount: 1,
      warningCount: 1,
      fatalErrorCount: 0,
    });
    expect((result?.messages as Record<string, unknown>[])[1]).toMatchObject({
      ruleId: 'money/amount-missing',
      severity: 1,
      line: 12,
      column: 5,
      category: 'money.amount',
      citation: '焦作山阳规定 第十八条第（一）项',
    });
  });

  it('reports an unreadable file as a fatal message', () => {
    const [result] = JSON.parse(
      format(formatJson, [
        { filePath: 'scan.md', findings: [], notices: [], fatal: '这是 PNG 图片，不是文书文本' },
      ]),
    ) as Record<string, unknown>[];
    expect(result).toMatchObject({ errorCount: 1, fatalErrorCount: 1 });
  });
});
