/**
 * The README's generated sections: the rule table, and the readings and frames a rule declaration can name, made
 * from the rule files and the language stage so that documentation and code never drift apart.
 */
import { type Rule, citationText } from '../engine/rule.js';
import { FRAMES } from '../language/frames.js';
import { READINGS } from '../language/readings.js';

/** A generated section of the README, between `<!-- name:start -->` and `<!-- name:end -->`. */
export interface ReadmeSection {
  start: string;
  end: string;
  markdown: string;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function section(name: string, header: string[], rows: string[][]): ReadmeSection {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return {
    start: `<!-- ${name}:start -->`,
    end: `<!-- ${name}:end -->`,
    markdown: [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n'),
  };
}

export function ruleTable(rules: readonly Rule[]): ReadmeSection {
  const rows = [...rules]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((r) => [
      `\`${r.id}\``,
      cell(r.name),
      r.severity,
      cell(citationText(r.citation)),
      cell(r.citation.quote),
    ]);
  return section('rules', ['规则', '检查内容', '默认级别', '依据', '条文原文'], rows);
}

/** What a declaration can start from (when.frame) and look for (readings), with what each finds. */
export function readingTable(): ReadmeSection {
  const frames = Object.entries(FRAMES).map(([name, frame]) => [
    `\`frame: ${name}\``,
    cell(frame.description),
  ]);
  const readings = Object.entries(READINGS).map(([name, reading]) => [
    `\`readings: [${name}]\``,
    cell(reading.description),
  ]);
  return section('readings', ['写法', '语言层读出的内容'], [...frames, ...readings]);
}

/** Replaces a section between its markers in a README. */
export function replaceSection(readme: string, { start, end, markdown }: ReadmeSection): string {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README 中缺少 ${start} … ${end} 标记`);
  return `${readme.slice(0, from + start.length)}\n${markdown}\n${readme.slice(to)}`;
}
