/** What reading one input gives: its text with positions, or why it could not be read. */
import type { HtmlComment } from './markdown.js';
import type { SourceText } from './source-text.js';

export interface LoadedInput {
  ok: true;
  source: SourceText;
  comments: HtmlComment[];
  warnings: string[];
}

export interface FailedInput {
  ok: false;
  filePath: string;
  message: string;
}
