/** The output formats, by the name given to --format. */
import { formatCsv } from './csv.js';
import type { Formatter } from './formatter.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export const FORMATTERS: Readonly<Record<string, Formatter>> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  csv: formatCsv,
};

export function formatterNames(): string[] {
  return Object.keys(FORMATTERS);
}
