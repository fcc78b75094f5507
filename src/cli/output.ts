/** Writes the report to a file without ever replacing an input, atomically (temp file, then rename). */
import { randomBytes } from 'node:crypto';
import { rename, writeFile, unlink } from 'node:fs/promises';
import path from 'node:path';

export class OutputError extends Error {}

export async function writeOutputFile(
  target: string,
  content: string,
  inputs: readonly string[],
): Promise<void> {
  const resolved = path.resolve(target);
  if (inputs.some((input) => path.resolve(input) === resolved)) {
    throw new OutputError(`--output-file “${target}” 是被检查的文件之一，拒绝覆盖`);
  }
  const temp = path.join(
    path.dirname(resolved),
    `.${path.basename(resolved)}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temp, content, { flag: 'wx' });
    await rename(temp, resolved);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    const detail = error instanceof Error ? error.message : String(error);
    throw new OutputError(`无法写入输出文件“${target}”：${detail}`);
  }
}
