/**
 * SARIF 2.1.0 (the format GitHub code scanning and most CI dashboards read): one run, the tool with every rule's
 * metadata (id, Chinese name, category, the article it cites and its words, the suggested wording), and one result
 * per finding located by line and column in UTF-16 code units. Files that could not be linted are tool execution
 * notifications, not results.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../engine/finding.js';
import { type Rule, citationText } from '../engine/rule.js';
import { packageRoot } from '../util/package-root.js';
import type { Formatter } from './formatter.js';
import { STDIN_NAME, relativePath } from './paths.js';
import { ruleDocFileUrl } from './rule-doc-paths.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(packageRoot(import.meta.url), 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** A relative URI reference for a file path: each segment percent-encoded (Chinese file names included). */
function fileUri(filePath: string, cwd: string): string {
  const relative = filePath === STDIN_NAME ? 'stdin' : relativePath(filePath, cwd);
  if (path.isAbsolute(relative))
    return new URL(`file://${encodeURI(relative.replace(/^([A-Za-z]):/, '/$1:'))}`).href;
  return relative.split('/').map(encodeURIComponent).join('/');
}

function level(severity: Finding['severity']): 'error' | 'warning' {
  return severity === 'error' ? 'error' : 'warning';
}

function ruleDescriptor(rule: Rule, root: string): Record<string, unknown> {
  const citation = citationText(rule.citation);
  const helpText = `${citation}：“${rule.citation.quote}”。\n建议写法：${rule.suggestion}`;
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.name },
    fullDescription: { text: `${rule.message}（${citation}）` },
    help: {
      text: helpText,
      markdown: `**${citation}**：“${rule.citation.quote}”。\n\n建议写法：${rule.suggestion}`,
    },
    // The rule's page in the installed package (docs/rules/<id>.md), written by `npm run docs`.
    helpUri: ruleDocFileUrl(rule.id, root),
    defaultConfiguration: { level: level(rule.severity) },
    properties: {
      category: rule.category,
      citation: { ...rule.citation },
      tags: [rule.category, rule.citation.source],
    },
  };
}

function region(f: Finding): Record<string, number> {
  return { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn };
}

/** JSON.stringify(value, null, 2) for a value written `depth` levels deep in the log. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/** `"key": value` members of an object `depth` levels deep, one per line. */
function members(entries: [string, unknown][], depth: number): string {
  return entries.map(([key, value]) => `${'  '.repeat(depth)}"${key}": ${nested(value, depth)}`).join(',\n');
}

function sarifResult(
  f: Finding,
  artifactLocation: Record<string, unknown>,
  index: number | undefined,
): unknown {
  return {
    ruleId: f.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: level(f.severity),
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation, region: region(f) } }],
    partialFingerprints: { 'zhixingLint/v1': `${f.ruleId}:${f.quote}` },
    properties: {
      category: f.category,
      ...(f.citation ? { citation: f.citation } : {}),
      ...(f.suggestion ? { suggestion: f.suggestion } : {}),
      ...(f.quote ? { quote: f.quote } : {}),
    },
  };
}

/**
 * One log with one run, written as it goes: the tool and its rules first, then a result per finding, then the
 * files (artifacts) and the files that could not be linted, which are known only at the end.
 */
export const formatSarif: Formatter = (context) => {
  const ruleIndex = new Map(context.rules.map((rule, i) => [rule.id, i]));
  const root = packageRoot(import.meta.url);
  const notifications: unknown[] = [];
  const artifacts: string[] = [];
  let written = 0;
  const tool = {
    driver: {
      name: 'zhixing-lint',
      fullName: 'zhixing-lint 执行 lint（判决主文、调解协议条款可执行性检查）',
      version: toolVersion(),
      language: 'zh-CN',
      rules: context.rules.map((rule) => ruleDescriptor(rule, root)),
    },
  };
  const head = members(
    [
      ['tool', tool],
      [
        'originalUriBaseIds',
        { [SRCROOT]: { uri: new URL(`file://${encodeURI(toPosixDir(context.cwd))}`).href } },
      ],
      ['columnKind', 'utf16CodeUnits'],
      ['language', 'zh-CN'],
    ],
    3,
  );
  return {
    begin: `{\n${members(
      [
        ['$schema', SCHEMA],
        ['version', '2.1.0'],
      ],
      1,
    )},\n  "runs": [\n    {\n${head},\n      "results": [`,
    file(result) {
      const uri = fileUri(result.filePath, context.cwd);
      artifacts.push(uri);
      const artifactLocation = { uri, uriBaseId: SRCROOT, index: artifacts.length - 1 };
      if (result.fatal !== undefined) {
        notifications.push({
          level: 'error',
          message: { text: `无法检查：${result.fatal}` },
          locations: [{ physicalLocation: { artifactLocation } }],
        });
        return '';
      }
      let out = '';
      for (const f of result.findings) {
        out += `${written++ === 0 ? '' : ','}\n        ${nested(sarifResult(f, artifactLocation, ruleIndex.get(f.ruleId)), 4)}`;
      }
      return out;
    },
    end() {
      const tail = members(
        [
          ['artifacts', artifacts.map((uri) => ({ location: { uri, uriBaseId: SRCROOT } }))],
          [
            'invocations',
            [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
          ],
        ],
        3,
      );
      return `${written === 0 ? '' : '\n      '}],\n${tail}\n    }\n  ]\n}`;
    },
  };
};

function toPosixDir(dir: string): string {
  const posix = dir.replace(/\\/g, '/').replace(/^([A-Za-z]):/, '/$1:');
  return posix.endsWith('/') ? posix : `${posix}/`;
}
