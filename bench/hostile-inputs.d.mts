/** Types of bench/hostile-inputs.mjs, for the reliability tests. */
export interface HostileFile {
  name: string;
  file: string;
  bytes: () => string | Uint8Array;
  expect: 'fatal' | 'linted';
  /** For 'fatal': words the refusal must contain. */
  message?: string;
  /** For 'linted': words of the notice printed with the file. */
  notice?: string;
  /** The defective item must still be reported. */
  findings?: boolean;
}

export const DEFECTIVE_ITEM: string;
export const HOSTILE_FILES: HostileFile[];
export const REPEATED_UNITS: string[];
export const RUN_LENGTH: number;
export function judgment(items: string[]): string;
export function encodeGb18030(text: string): Uint8Array;
export function repeatedRun(unit: string, length?: number): string;
export function numberedDocx(count: number): Promise<Buffer>;
export function docxBomb(megabytes: number): Promise<Buffer>;
