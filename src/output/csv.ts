/**
 * CSV for spreadsheets: one row per finding (and one per file that could not be read), RFC 4180 quoting and
 * CRLF line ends, UTF-8 with a byte-order mark so that Excel opens the Chinese text correctly. A text cell that a
 * spreadsheet would take for a formula (=, +, -, @, tab or carriage return first) gets a leading apostrophe, as
 * OWASP advises against CSV injection: a document quoting `=HYPERLINK(…)` is shown, never run.
 */
import type { FileResult } from '../engine/lint.js';
import type { Formatter } from './formatter.js';

const BOM = '\uFEFF';
const HEADER = ['文件', '行', '列', '级别', '规则', '类别', '问题', '原文', '依据', '建议'];

/** A text that a spreadsheet would evaluate, made plain text. */
export function notFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : notFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record and its CRLF line end. */
function row(fields: (string | number)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

function rowsOf(result: FileResult): string {
  if (result.fatal !== undefined)
    return row([result.filePath, 1, 1, '错误', '', '', result.fatal, '', '', '']);
  return result.findings
    .map((f) =>
      row([
        result.filePath,
        f.line,
        f.column,
        f.severity === 'error' ? '错误' : '警告',
        f.ruleId,
        f.category,
        f.message,
        f.quote,
        f.citation,
        f.suggestion,
      ]),
    )
    .join('');
}

export const formatCsv: Formatter = () => ({
  begin: BOM + row(HEADER),
  file: rowsOf,
  end: () => '',
});
