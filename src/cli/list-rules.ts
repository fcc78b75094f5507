/** `--list-rules`: every rule with its default severity, name and the article it cites. */
import stringWidth from 'string-width';
import { type Rule, citationText } from '../engine/rule.js';
import { maxOf } from '../util/arrays.js';

export function listRules(rules: readonly Rule[]): string {
  const idWidth = maxOf(
    rules.map((r) => r.id.length),
    0,
  );
  const nameWidth = maxOf(
    rules.map((r) => stringWidth(r.name)),
    0,
  );
  const lines = rules.map((r) => {
    const severity = r.severity === 'error' ? 'error' : 'warn ';
    const name = r.name + ' '.repeat(nameWidth - stringWidth(r.name));
    return `${r.id.padEnd(idWidth)}  ${severity}  ${name}  ${citationText(r.citation)}`;
  });
  return `${lines.join('\n')}\n\n共 ${rules.length} 条规则\n`;
}
