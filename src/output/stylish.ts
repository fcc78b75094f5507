/**
 * ESLint's "stylish" layout: the file, then `line:col  severity  message  rule-id` aligned in columns, then a
 * `✖ N problems` summary. Columns are aligned by display width, so Chinese text lines up. Under each message, a
 * dim line quotes the item and one gives the article and the suggested wording.
 */
import path from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';
import { eastAsianWidth } from 'get-east-asian-width';
import measureWidth from 'string-width';
import stripAnsi from 'strip-ansi';
import { type FileResult, countBySeverity } from '../engine/lint.js';
import type { Finding } from '../engine/finding.js';
import type { FormatContext, Formatter } from './formatter.js';

/**
 * Text in which every character is one grapheme whose width is its East Asian width: printable ASCII, CJK
 * punctuation, CJK ideographs and full-width forms (but U+FFA0, a filler of no width). string-width gives such
 * text the sum of its characters' widths, but segments it into graphemes first, which took most of the time of a
 * report with 15,000 distinct messages ("第一万二千项：…").
 */
const PLAIN_WIDTH = /^[\u0020-\u007e\u3000-\u303f\u4e00-\u9fff\uff00-\uff9f\uffa1-\uffef]*$/;

function plainWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) width += eastAsianWidth(text.charCodeAt(i));
  return width;
}

/** Display widths, remembered: a file can have 100,000 findings sharing a few dozen messages. */
const widths = new Map<string, number>();
function stringWidth(text: string): number {
  let width = widths.get(text);
  if (width === undefined) {
    width = PLAIN_WIDTH.test(text) ? plainWidth(text) : measureWidth(text);
    if (widths.size < 10_000) widths.set(text, width);
  }
  return width;
}

/**
 * Text from a document (or a file name) as the terminal may show it: escape sequences and other control characters
 * removed, so that a document cannot clear the screen, move the cursor or print a fake "0 problems".
 */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  return stripAnsi(text).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function displayPath(filePath: string, cwd: string): string {
  return filePath === '<stdin>' || !path.isAbsolute(filePath)
    ? filePath
    : path.relative(cwd, filePath) || filePath;
}

/** The largest width, or 0; not Math.max(...widths), which overflows the stack on a file with 100,000 findings. */
function widest(widths: number[]): number {
  return widths.reduce((max, width) => (width > max ? width : max), 0);
}

/** The block of one file: its name, then a row per notice and finding. */
function fileBlock(result: FileResult, context: FormatContext, chalk: ChalkInstance): string {
  let out = `\n${chalk.underline(terminalSafe(displayPath(result.filePath, context.cwd)))}\n`;
  // Line 1, column 1, as every other format puts a file that could not be read.
  if (result.fatal !== undefined)
    return `${out}  1:1  ${chalk.red('error')}  无法检查：${terminalSafe(result.fatal)}\n`;
  for (const notice of result.notices) out += `  ${chalk.yellow('提示')}  ${terminalSafe(notice)}\n`;
  const rows = result.findings.map((f: Finding) => ({
    place: `${f.line}:${f.column}`,
    severity: f.severity === 'error' ? 'error' : 'warning',
    finding: {
      ...f,
      message: terminalSafe(f.message),
      quote: terminalSafe(f.quote),
      suggestion: terminalSafe(f.suggestion),
    },
  }));
  const placeWidth = widest(rows.map((r) => r.place.length));
  const severityWidth = widest(rows.map((r) => r.severity.length));
  const messageWidth = widest(rows.map((r) => stringWidth(r.finding.message)));
  const indent = ' '.repeat(2 + placeWidth + 2 + severityWidth + 2);
  for (const { place, severity, finding } of rows) {
    const coloured = severity === 'error' ? chalk.red(severity) : chalk.yellow(severity);
    out += `  ${chalk.dim(pad(place, placeWidth))}  ${coloured}${' '.repeat(severityWidth - severity.length)}  `;
    out += `${pad(finding.message, messageWidth)}  ${chalk.dim(finding.ruleId)}\n`;
    if (finding.quote) out += `${indent}${chalk.dim(`原文：“${finding.quote}”`)}\n`;
    if (finding.citation)
      out += `${indent}${chalk.dim(`依据：${finding.citation}；建议：${finding.suggestion}`)}\n`;
  }
  return out;
}

export const formatStylish: Formatter = (context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  let errors = 0;
  let warnings = 0;
  return {
    begin: '',
    file(result) {
      if (result.fatal !== undefined) {
        errors++;
        return fileBlock(result, context, chalk);
      }
      if (result.findings.length === 0 && result.notices.length === 0) return '';
      const counts = countBySeverity(result.findings);
      errors += counts.errors;
      warnings += counts.warnings;
      return fileBlock(result, context, chalk);
    },
    end() {
      const total = errors + warnings;
      if (total === 0) return '';
      const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
      return `\n${errors > 0 ? chalk.red.bold(summary) : chalk.yellow.bold(summary)}\n`;
    },
  };
};
