/** A formatter turns the results of a run into text; one module per output format. */
import type { FileResult } from '../engine/lint.js';
import type { Rule } from '../engine/rule.js';

export interface FormatContext {
  /** Colours on or off (NO_COLOR, --no-color, or output to a file). */
  color: boolean;
  cwd: string;
  rules: readonly Rule[];
}

export type Formatter = (results: FileResult[], context: FormatContext) => string;
