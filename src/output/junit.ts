/**
 * JUnit XML for CI servers (Jenkins, GitLab, Azure DevOps): one <testsuite> per file, one failing <testcase> per
 * finding (a clean file is one passing test case), and an <error> for a file that could not be linted. All text is
 * XML-escaped, and characters XML 1.0 cannot carry are dropped.
 */
import type { FileResult } from '../engine/lint.js';
import type { Formatter } from './formatter.js';
import { relativePath } from './paths.js';

// Control characters other than tab, LF and CR, lone surrogates, U+FFFE and U+FFFF are not allowed in XML 1.0.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;');
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
}

function suite(
  result: FileResult,
  cwd: string,
): { xml: string; tests: number; failures: number; errors: number } {
  const name = relativePath(result.filePath, cwd);
  if (result.fatal !== undefined) {
    const xml =
      `  <testsuite${attributes({ name, tests: 1, failures: 0, errors: 1 })}>\n` +
      `    <testcase${attributes({ classname: name, name: 'zhixing-lint' })}>\n` +
      `      <error${attributes({ message: `无法检查：${result.fatal}` })}/>\n` +
      `    </testcase>\n  </testsuite>\n`;
    return { xml, tests: 1, failures: 0, errors: 1 };
  }
  if (result.findings.length === 0) {
    const xml =
      `  <testsuite${attributes({ name, tests: 1, failures: 0, errors: 0 })}>\n` +
      `    <testcase${attributes({ classname: name, name: 'zhixing-lint' })}/>\n  </testsuite>\n`;
    return { xml, tests: 1, failures: 0, errors: 0 };
  }
  let cases = '';
  for (const f of result.findings) {
    const body = [
      `${f.line}:${f.column} ${f.severity === 'error' ? '错误' : '警告'} ${f.message}`,
      f.quote ? `原文：“${f.quote}”` : '',
      f.citation ? `依据：${f.citation}` : '',
      f.suggestion ? `建议：${f.suggestion}` : '',
    ]
      .filter(Boolean)
      .join('\n');
    cases +=
      `    <testcase${attributes({ classname: name, name: `${f.ruleId} (${f.line}:${f.column})` })}>\n` +
      `      <failure${attributes({ message: f.message, type: f.severity === 'error' ? 'error' : 'warning' })}>` +
      `${escapeXml(body)}</failure>\n    </testcase>\n`;
  }
  const n = result.findings.length;
  const xml = `  <testsuite${attributes({ name, tests: n, failures: n, errors: 0 })}>\n${cases}  </testsuite>\n`;
  return { xml, tests: n, failures: n, errors: 0 };
}

/**
 * The root element carries the totals, so the suites are kept (as text, a small part of what the results weigh)
 * until the last file is in.
 */
export const formatJunit: Formatter = (context) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  return {
    begin: '',
    file(result) {
      const s = suite(result, context.cwd);
      suites.push(s.xml);
      tests += s.tests;
      failures += s.failures;
      errors += s.errors;
      return '';
    },
    end: () =>
      `<?xml version="1.0" encoding="UTF-8"?>\n` +
      `<testsuites${attributes({ name: 'zhixing-lint', tests, failures, errors })}>\n${suites.join('')}</testsuites>\n`,
  };
};
