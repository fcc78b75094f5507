/**
 * Reads a rule declaration from YAML (a court's local rule, or a built-in one under lint-rules/): checked against
 * declaration.schema.json, every problem named with its file and line, so that a court's IT staff can mend the file
 * without reading TypeScript.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as AjvModule from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type * as YamlModule from 'yaml';
import schema from './declaration.schema.json' with { type: 'json' };
import { DeclarationError, type RuleDeclaration, declaredRule } from './declaration.js';
import type { Rule } from './rule.js';

/**
 * The YAML parser and the schema validator are loaded when the first declaration is read: most runs read none, and
 * evaluating both libraries cost every start (and every worker thread) tens of milliseconds.
 */
const load = createRequire(import.meta.url);
let yaml: typeof YamlModule | undefined;
const yamlParser = (): typeof YamlModule => (yaml ??= load('yaml') as typeof YamlModule);

/** The schema's validator, compiled when the first declaration is read. */
let compiled: ValidateFunction<RuleDeclaration> | undefined;
const validator = (): ValidateFunction<RuleDeclaration> =>
  (compiled ??= new (load('ajv') as typeof AjvModule).Ajv({
    allErrors: true,
    strict: false,
  }).compile<RuleDeclaration>(schema));

/** The path of a schema error inside the document: /require/0/element → ['require', 0, 'element']. */
function pathOf(error: ErrorObject): (string | number)[] {
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
  // An unknown field is pointed at itself, not at the start of the map that holds it.
  return error.keyword === 'additionalProperties'
    ? [...segments, String(error.params.additionalProperty)]
    : segments;
}

function describe(error: ErrorObject): string {
  const field = error.instancePath.slice(1).replaceAll('/', '.') || '（顶层）';
  switch (error.keyword) {
    case 'required':
      return `${field} 缺少字段“${String(error.params.missingProperty)}”`;
    case 'additionalProperties':
      return `${field} 中有未知字段“${String(error.params.additionalProperty)}”`;
    case 'enum':
      return `${field} 的值应为 ${(error.params.allowedValues as unknown[]).map(String).join('、')} 之一`;
    case 'type':
      return `${field} 的类型应为 ${String(error.params.type)}`;
    case 'pattern':
      return `${field} 的格式不对（应符合 ${String(error.params.pattern)}）`;
    case 'minItems':
    case 'minLength':
      return `${field} 不能为空`;
    default:
      return `${field} ${error.message ?? '无效'}`;
  }
}

/** Parses and checks one declaration; throws a DeclarationError naming `file:line` for each problem. */
export function parseDeclaration(text: string, file: string): Rule {
  const { LineCounter, parseDocument } = yamlParser();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineOf = (offset: number | undefined): number =>
    offset === undefined ? 1 : lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    const problems = doc.errors.map(
      (e) => `${file}:${lineOf(e.pos[0])}：YAML 语法错误：${e.message.split('\n')[0] ?? ''}`,
    );
    throw new DeclarationError(problems.join('\n'));
  }
  const value: unknown = doc.toJS();
  const validate = validator();
  if (!validate(value)) {
    const problems = (validate.errors ?? [])
      // oneOf and anyOf report that no branch matched; the branches' own errors say more.
      .filter((error) => error.keyword !== 'oneOf' && error.keyword !== 'anyOf')
      .map((error) => {
        const node: unknown = doc.getIn(pathOf(error), true);
        const range = (node as { range?: [number, number, number] } | undefined)?.range;
        return `${file}:${lineOf(range?.[0])}：${describe(error)}`;
      });
    throw new DeclarationError([...new Set(problems)].join('\n'));
  }
  try {
    return declaredRule(value);
  } catch (error) {
    if (error instanceof DeclarationError) throw new DeclarationError(`${file}:1：${error.message}`);
    throw error;
  }
}

export function readDeclarationFile(file: string): Rule {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new DeclarationError(`${file}：无法读取规则文件${code ? `（${code}）` : ''}`);
  }
  return parseDeclaration(text, file);
}
