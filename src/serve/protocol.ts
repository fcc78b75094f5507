/** What the page and the server exchange as JSON (the page imports these types only). */
import type { Citation, Severity } from '../engine/rule.js';
import type { JsonResult } from '../output/json.js';

export interface RuleSummary {
  id: string;
  name: string;
  /** The part of the id before the slash (money, interest …): the page filters by it. */
  family: string;
  /** Severity in this run (after the configuration and --rule), or off. */
  severity: Severity | 'off';
  citation: Citation;
}

/** GET /api/info. */
export interface ServerInfo {
  version: string;
  /** The configuration found from the folder the server was started in, as label / value rows. */
  run: [string, string][];
  rules: RuleSummary[];
  /** The largest file accepted, in bytes (the command line's limit). */
  maxBytes: number;
}

/** POST /api/check: the --format json result for the file, and the text its lines and columns count in. */
export interface CheckResponse {
  report: JsonResult;
  /** The document's text as linted (for a Word file, one paragraph per line); absent when it could not be read. */
  text?: string;
}

/** Any refusal (400, 413, 422, 404). */
export interface ErrorResponse {
  error: string;
}
