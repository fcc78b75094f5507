/**
 * `--explain`: for each file, what the linter reads in its operative items instead of what it reports. A file
 * that cannot be read is named on standard error and the others are still explained.
 */
import { buildDocument } from '../document/model.js';
import { explainDocument } from '../engine/explain.js';
import { loadFile } from '../input/load.js';
import { explainJson, explainText } from '../output/explain.js';

/** Writes the readings to standard output; returns how many files could not be read. */
export async function explainFiles(files: readonly string[], json: boolean): Promise<number> {
  let unreadable = 0;
  const readings: unknown[] = [];
  for (const filePath of files) {
    const input = await loadFile(filePath);
    if (!input.ok) {
      process.stderr.write(`zhixing-lint：无法读取 ${filePath}：${input.message}\n`);
      unreadable++;
      continue;
    }
    const model = buildDocument(input.source);
    const explained = { filePath, kind: model.kind, source: input.source, reading: explainDocument(model) };
    if (json) readings.push(explainJson(explained));
    else process.stdout.write(explainText(explained));
  }
  if (json) process.stdout.write(`${JSON.stringify(readings, null, 2)}\n`);
  return unreadable;
}
