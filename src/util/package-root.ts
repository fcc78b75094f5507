/** The folder holding zhixing-lint's package.json, found from any module whether run from src/ or dist/. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRoot(moduleUrl: string): string {
  let dir = path.dirname(fileURLToPath(moduleUrl));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('找不到 zhixing-lint 的 package.json');
    dir = parent;
  }
  return dir;
}
