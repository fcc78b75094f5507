/**
 * The CI formats: SARIF validated against the published SARIF 2.1.0 schema (test/fixtures, see its $comment),
 * GitHub workflow commands and JUnit XML, each fed document text that tries to break out of its format.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../src/engine/lint.js';
import type { Finding } from '../src/engine/finding.js';
import { formatResults } from '../src/output/formatter.js';
import { formatGithub } from '../src/output/github.js';
import { formatJunit } from '../src/output/junit.js';
import { formatSarif } from '../src/output/sarif.js';
import { escapeData, escapeProperty } from '../src/output/github.js';
import { ALL_RULES } from './support/all-rules.js';
import { lintText } from './support/lint-text.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const schema = JSON.parse(
  readFileSync(path.join(import.meta.dirname, 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'),
) as object;
const cwd = '/srv/法院/模板';
const context = { color: false, cwd, rules: ALL_RULES };

const HOSTILE = '被告支付<script>alert("x&y")</script>，\'甲,乙:丙\' 50%\r\n::error::注入';

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'money/amount-missing',
    severity: 'error',
    category: 'money.amount',
    message: `第一项：${HOSTILE}`,
    quote: `一、${HOSTILE}`,
    citation: '焦作山阳规定 第十八条第（一）项',
    suggestion: '写明具体金额',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 9,
    offset: 40,
    ...overrides,
  };
}

const RESULTS: FileResult[] = [
  {
    filePath: path.join(cwd, '判决书 草稿,第1稿.md'),
    findings: [finding(), finding({ severity: 'warn', ruleId: 'interest/rate-missing', line: 7 })],
    notices: [],
  },
  { filePath: path.join(cwd, 'clean.md'), findings: [], notices: [] },
  { filePath: path.join(cwd, 'old.doc'), findings: [], notices: [], fatal: '旧版 Word（.doc）<无法>读取' },
];

function validator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('--format sarif', () => {
  const validate = validator();

  it('is valid SARIF 2.1.0, with hostile text, a clean file and an unreadable one', () => {
    const log = JSON.parse(formatResults(formatSarif, RESULTS, context)) as unknown;
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is valid for a real lint run over the samples', () => {
    const files = ['01-民间借贷-有缺陷.md', '03-买卖合同-违约金.md', '08-调解协议-有缺陷.md'];
    const results = files.map((f) => {
      const text = readFileSync(path.join(import.meta.dirname, '..', 'samples', f), 'utf8');
      return lintText(text, ALL_RULES, path.join(cwd, f));
    });
    const log = JSON.parse(formatResults(formatSarif, results, context)) as {
      runs: {
        results: { ruleId: string; ruleIndex: number }[];
        tool: { driver: { rules: { id: string }[] } };
      }[];
    };
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const run = log.runs[0];
    expect(run?.results.length).toBeGreaterThan(0);
    for (const r of run?.results ?? []) expect(run?.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
  });

  it('describes every rule: id, Chinese name, citation, help text and category', () => {
    const log = JSON.parse(formatResults(formatSarif, [], context)) as {
      runs: { tool: { driver: { rules: Record<string, unknown>[] } } }[];
    };
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual(ALL_RULES.map((r) => r.id));
    const first = rules[0] as {
      name: string;
      help: { text: string };
      properties: { category: string; citation: { source: string; article: string; quote: string } };
    };
    const rule = ALL_RULES[0];
    expect(first.name).toBe(rule?.name);
    expect(first.help.text).toContain(rule?.citation.quote);
    expect(first.help.text).toContain(rule?.suggestion);
    expect(first.properties.category).toBe(rule?.category);
    expect(first.properties.citation.article).toBe(rule?.citation.article);
  });

  it('puts the unreadable file in a tool notification and percent-encodes file names', () => {
    const text = formatResults(formatSarif, RESULTS, context);
    const log = JSON.parse(text) as {
      runs: {
        invocations: {
          executionSuccessful: boolean;
          toolExecutionNotifications: { message: { text: string } }[];
        }[];
        results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
      }[];
    };
    const run = log.runs[0];
    expect(run?.invocations[0]?.executionSuccessful).toBe(false);
    expect(run?.invocations[0]?.toolExecutionNotifications[0]?.message.text).toContain('.doc');
    const uri = run?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri ?? '';
    expect(decodeURIComponent(uri)).toBe('判决书 草稿,第1稿.md');
    expect(uri).not.toMatch(/[\s\u4e00-\u9fa5]/);
  });
});

describe('--format github', () => {
  it('escapes data and properties as the Actions runner expects', () => {
    expect(escapeData('50%\r\nx')).toBe('50%25%0D%0Ax');
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
  });

  it('writes one command per finding, on one line each, nothing injected', () => {
    const out = formatResults(formatGithub, RESULTS, context);
    expect(out.endsWith('\n')).toBe(true);
    const lines = out.slice(0, -1).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^::error file=判决书 草稿%2C第1稿\.md,line=3,col=5,endLine=3,endColumn=9,title=money\/amount-missing::第一项：/,
    );
    expect(lines[1]).toMatch(/^::warning file=.*,line=7,/);
    expect(lines[2]).toBe('::error file=old.doc,title=zhixing-lint：无法检查::旧版 Word（.doc）<无法>读取');
    // A command is recognised only at the start of a line; the text's own "::error::" stays inside the message.
    for (const line of lines) expect(line).toMatch(/^::(error|warning) file=/);
    expect(lines[0]).toContain('50%25%0D%0A');
  });
});

function unescapeXml(text: string): string {
  return text
    .replace(/&#10;/g, '\n')
    .replace(/&#13;/g, '\r')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Tags nest properly, and no '<' or '&' stands outside a tag or an entity. */
function isWellFormed(xml: string): boolean {
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\n/, '');
  for (const m of body.matchAll(
    /<(\/?)([a-z]+)((?:\s+[a-zA-Z]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos|#\d+);[^"<&]*)*")*)\s*(\/?)>|([^<]+)/g,
  )) {
    if (m[5] !== undefined) {
      if (/&(?!(?:amp|lt|gt|quot|apos|#\d+);)/.test(m[5])) return false;
      continue;
    }
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else if (!m[4]) stack.push(m[2] ?? '');
  }
  return stack.length === 0 && !/<(?![/a-z?])/.test(body);
}

describe('--format junit', () => {
  const xml = formatResults(formatJunit, RESULTS, context);

  it('has a testsuite per file and a testcase per finding, with totals', () => {
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="zhixing-lint" tests="4" failures="2" errors="1">',
      ),
    ).toBe(true);
    expect(xml.match(/<testsuite /g)).toHaveLength(3);
    expect(xml.match(/<testcase /g)).toHaveLength(4);
    expect(xml).toContain('<failure message="第一项：');
    expect(xml).toContain('type="warning"');
    expect(xml).toContain('<error message="无法检查：旧版 Word（.doc）&lt;无法&gt;读取"/>');
  });

  it('escapes all document text: no raw markup, and it reads back unchanged', () => {
    expect(xml).not.toContain('<script>');
    const message = /<failure message="([^"]*)"/.exec(xml)?.[1] ?? '';
    expect(unescapeXml(message)).toBe(`第一项：${HOSTILE}`);
    const body = /<failure [^>]*>([^<]*)<\/failure>/.exec(xml)?.[1] ?? '';
    expect(unescapeXml(body)).toContain(`原文：“一、${HOSTILE}”`);
    expect(isWellFormed(xml)).toBe(true);
  });

  it('drops characters XML cannot carry', () => {
    const out = formatResults(
      formatJunit,
      [{ filePath: 'a.md', notices: [], findings: [finding({ message: 'a\u0001b\u001Fc' })] }],
      context,
    );
    expect(out).toContain('message="abc"');
  });
});
