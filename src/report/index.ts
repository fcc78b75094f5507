/** The output formats, by the name given to --format. */
import type { Formatter } from './formatter.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';

export const FORMATTERS: Readonly<Record<string, Formatter>> = {
  stylish: formatStylish,
  json: formatJson,
};

export function formatterNames(): string[] {
  return Object.keys(FORMATTERS);
}
