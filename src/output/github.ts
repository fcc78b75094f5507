/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`, which
 * GitHub shows as annotations on the lines of the pull request. The message and the properties are escaped as the
 * runner expects (`%`, CR and LF everywhere; `:` and `,` in properties too), so document text cannot end a command
 * early or inject another one.
 */
import type { FileResult } from '../engine/lint.js';
import type { Formatter } from './formatter.js';
import { relativePath } from './paths.js';

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(
  kind: 'error' | 'warning',
  properties: Record<string, string | number>,
  message: string,
): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${kind} ${props}::${escapeData(message)}`;
}

function commandsFor(result: FileResult, cwd: string): string {
  const file = relativePath(result.filePath, cwd);
  if (result.fatal !== undefined) {
    return `${command('error', { file, title: 'zhixing-lint：无法检查' }, result.fatal)}\n`;
  }
  let out = '';
  for (const f of result.findings) {
    const details = [
      f.message,
      f.quote ? `原文：“${f.quote}”` : '',
      f.citation ? `依据：${f.citation}` : '',
      f.suggestion ? `建议：${f.suggestion}` : '',
    ].filter(Boolean);
    const properties = {
      file,
      line: f.line,
      col: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      title: f.ruleId,
    };
    out += `${command(f.severity === 'error' ? 'error' : 'warning', properties, details.join('\n'))}\n`;
  }
  return out;
}

/** One workflow command per line. */
export const formatGithub: Formatter = (context) => ({
  begin: '',
  file: (result) => commandsFor(result, context.cwd),
  end: () => '',
});
