/** The README's rule table, generated from the rule files so that documentation and rules never drift apart. */
import { type Rule, citationText } from '../engine/rule.js';

export const TABLE_START = '<!-- rules:start -->';
export const TABLE_END = '<!-- rules:end -->';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function ruleTableMarkdown(rules: readonly Rule[]): string {
  const rows = [...rules]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(
      (r) =>
        `| \`${r.id}\` | ${cell(r.name)} | ${r.severity} | ${cell(citationText(r.citation))} | ${cell(r.citation.quote)} |`,
    );
  return [
    '| 规则 | 检查内容 | 默认级别 | 依据 | 条文原文 |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** Replaces the table between the markers in a README. */
export function replaceRuleTable(readme: string, rules: readonly Rule[]): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README 中缺少 ${TABLE_START} … ${TABLE_END} 标记`);
  return `${readme.slice(0, start + TABLE_START.length)}\n${ruleTableMarkdown(rules)}\n${readme.slice(end)}`;
}
