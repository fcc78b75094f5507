/** Lints a text in memory, as the CLI would lint a file of that name. */
import { type FileResult, lintLoaded } from '../../src/engine/lint.js';
import type { EnabledRule } from '../../src/engine/run.js';
import type { Rule } from '../../src/engine/rule.js';
import { isMarkdownPath, loadText } from '../../src/input/load.js';

export function lintText(
  text: string,
  rules: readonly Rule[],
  filename = 'draft.md',
  template = false,
): FileResult {
  const enabled: EnabledRule[] = rules.map((rule) => ({ rule, severity: rule.severity }));
  const bytes = new TextEncoder().encode(text);
  return lintLoaded(loadText(filename, bytes, isMarkdownPath(filename)), { rules: enabled, template });
}
