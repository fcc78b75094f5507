/**
 * Inline control in Markdown, as ESLint's comments work in code:
 *   <!-- zhixing-lint-disable-next-line money/amount-missing -- 金额见附表 -->   the next non-blank line
 *   <!-- zhixing-lint-disable-line -->                                        the comment's own line
 *   <!-- zhixing-lint-disable money/amount-missing, interest/rate-missing -->  until the matching enable
 *   <!-- zhixing-lint-enable -->                                              (or the end of the file)
 * No rule ids means every rule; several are separated by commas; text after ` -- ` is the reason and is ignored.
 * A directive that suppressed nothing can itself be reported (--report-unused-disable-directives).
 */
import type { HtmlComment } from '../input/markdown.js';
import type { SourceText } from '../input/source-text.js';
import type { Finding } from './finding.js';

/** The id under which unused directives are reported (no rule of that name exists). */
export const UNUSED_DIRECTIVE_ID = 'unused-disable-directive';

type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty = all rules. */
  ruleIds: string[];
  /** The comment, in original offsets. */
  start: number;
  end: number;
}

const DIRECTIVE =
  /^<!--\s*zhixing-lint-(disable-next-line|disable-line|disable|enable)(?=\s|-->)([\s\S]*?)-->\s*$/;

export function parseDirective(comment: HtmlComment): Directive | null {
  const m = DIRECTIVE.exec(comment.value.trim());
  if (!m) return null;
  const body = (m[2] ?? '').split(/\s--\s|\s--$/)[0] ?? '';
  const ruleIds = body
    .split(/[,，\s]+/)
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
  return { kind: m[1] as DirectiveKind, ruleIds, start: comment.start, end: comment.end };
}

/** Where a directive is in force, for one rule (or all), in original offsets [from, to). */
interface Region {
  directive: Directive;
  ruleId: string | null;
  /** Rules re-enabled inside an all-rules region. */
  except: Set<string>;
  from: number;
  to: number;
  used: boolean;
}

function lineBounds(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  return { start, end: newline === -1 ? text.length : newline };
}

/** The line after the one where `offset` lies that has any text on it. */
function nextNonBlankLine(text: string, offset: number): { start: number; end: number } | null {
  let { end } = lineBounds(text, offset);
  while (end < text.length) {
    const line = lineBounds(text, end + 1);
    if (text.slice(line.start, line.end).trim().length > 0) return line;
    end = line.end;
  }
  return null;
}

function regionsOf(directives: Directive[], text: string): Region[] {
  const regions: Region[] = [];
  const open: Region[] = [];
  const region = (directive: Directive, ruleId: string | null, from: number, to: number): Region => ({
    directive,
    ruleId,
    except: new Set(),
    from,
    to,
    used: false,
  });
  const forEachRule = (d: Directive, make: (ruleId: string | null) => Region): void => {
    for (const ruleId of d.ruleIds.length > 0 ? d.ruleIds : [null]) regions.push(make(ruleId));
  };
  for (const d of [...directives].sort((a, b) => a.start - b.start)) {
    if (d.kind === 'disable-line') {
      const line = lineBounds(text, d.start);
      forEachRule(d, (ruleId) => region(d, ruleId, line.start, line.end));
    } else if (d.kind === 'disable-next-line') {
      const line = nextNonBlankLine(text, d.end);
      if (line) forEachRule(d, (ruleId) => region(d, ruleId, line.start, line.end));
    } else if (d.kind === 'disable') {
      forEachRule(d, (ruleId) => {
        const r = region(d, ruleId, d.end, text.length);
        open.push(r);
        return r;
      });
    } else {
      for (const r of [...open]) {
        const all = d.ruleIds.length === 0;
        if (all || (r.ruleId !== null && d.ruleIds.includes(r.ruleId))) {
          r.to = d.start;
          open.splice(open.indexOf(r), 1);
        } else if (r.ruleId === null) {
          for (const id of d.ruleIds) r.except.add(id);
        }
      }
    }
  }
  return regions;
}

function covers(r: Region, f: Finding): boolean {
  if (f.offset < r.from || f.offset >= r.to) return false;
  return r.ruleId === null ? !r.except.has(f.ruleId) : r.ruleId === f.ruleId;
}

export interface DirectiveOutcome {
  findings: Finding[];
  /** One warning per disable directive that suppressed nothing (only when asked for). */
  unused: Finding[];
}

export function applyDirectives(
  findings: Finding[],
  comments: readonly HtmlComment[],
  source: SourceText,
  reportUnused: boolean,
): DirectiveOutcome {
  const directives = comments.map(parseDirective).filter((d): d is Directive => d !== null);
  if (directives.length === 0) return { findings, unused: [] };
  const regions = regionsOf(directives, source.original);
  const kept = findings.filter((f) => {
    const matching = regions.filter((r) => covers(r, f));
    for (const r of matching) r.used = true;
    return matching.length === 0;
  });
  return { findings: kept, unused: reportUnused ? unusedFindings(regions, source) : [] };
}

function unusedFindings(regions: Region[], source: SourceText): Finding[] {
  const byDirective = new Map<Directive, Region[]>();
  for (const r of regions) byDirective.set(r.directive, [...(byDirective.get(r.directive) ?? []), r]);
  const unused: Finding[] = [];
  for (const [directive, parts] of byDirective) {
    const idle = parts.filter((r) => !r.used);
    if (idle.length === 0) continue;
    const names = idle.some((r) => r.ruleId === null)
      ? '任何规则'
      : idle.map((r) => r.ruleId ?? '').join('、');
    const start = source.positionOf(directive.start);
    const end = source.positionOf(directive.end);
    unused.push({
      ruleId: UNUSED_DIRECTIVE_ID,
      severity: 'warn',
      category: 'directive.unused',
      message: `未使用的 zhixing-lint-${directive.kind} 注释：此处没有${names}报告的问题`,
      quote: source.original.slice(directive.start, directive.end),
      citation: '',
      suggestion: '删除这条注释，或改正其中的规则 id',
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      offset: directive.start,
    });
  }
  return unused;
}
