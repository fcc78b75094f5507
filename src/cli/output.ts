/** Writes the report to a file without ever replacing an input, atomically (temp file, then rename). */
import { randomBytes } from 'node:crypto';
import { rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export class OutputError extends Error {}

export async function writeOutputFile(
  target: string,
  content: string | Uint8Array,
  inputs: readonly string[],
): Promise<void> {
  const resolved = path.resolve(target);
  if (inputs.some((input) => path.resolve(input) === resolved) || (await isOneOf(resolved, inputs))) {
    throw new OutputError(`输出文件“${target}”是被检查的文件之一，拒绝覆盖`);
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

async function fileIdentity(file: string): Promise<string | undefined> {
  try {
    const info = await stat(file);
    return `${info.dev}:${info.ino}`;
  } catch {
    return undefined;
  }
}

/** The same file under another name: a symbolic link to an input, a hard link, a path through a linked folder. */
async function isOneOf(target: string, inputs: readonly string[]): Promise<boolean> {
  const identity = await fileIdentity(target);
  if (identity === undefined) return false;
  for (const input of inputs) if ((await fileIdentity(input)) === identity) return true;
  return false;
}
