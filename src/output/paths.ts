/** How a file is named in a report: relative to the working directory, with forward slashes. */
import path from 'node:path';

export const STDIN_NAME = '<stdin>';

export function relativePath(filePath: string, cwd: string): string {
  if (filePath === STDIN_NAME || !path.isAbsolute(filePath)) return filePath.replace(/\\/g, '/');
  const relative = path.relative(cwd, filePath);
  return (relative || filePath).replace(/\\/g, '/');
}
