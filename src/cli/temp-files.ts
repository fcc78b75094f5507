/**
 * The temporary files a run is writing (the report before it is renamed into place, the cache), so that an
 * interrupted run (Ctrl-C, SIGTERM, SIGHUP) removes them instead of leaving hidden `.…tmp` files behind.
 */
import { unlinkSync } from 'node:fs';

const pending = new Set<string>();

export function trackTemporary(file: string): void {
  pending.add(file);
}

export function untrackTemporary(file: string): void {
  pending.delete(file);
}

/** Removes every temporary file still being written; synchronous, for a signal handler. */
export function removeTemporaries(): void {
  for (const file of pending) {
    try {
      unlinkSync(file);
    } catch {
      // Already renamed into place or removed.
    }
  }
  pending.clear();
}

const SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

/** On an interrupting signal: remove the temporary files, then exit as the signal would (128 + its number). */
export function removeTemporariesOnSignal(): void {
  for (const [signal, number] of Object.entries(SIGNAL_NUMBERS)) {
    process.once(signal, () => {
      removeTemporaries();
      process.exit(128 + number);
    });
  }
}

/** A file-system error in Chinese, without the paths Node puts in its messages (temporary names among them). */
export function describeWriteError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return '所在文件夹不存在';
    case 'ENOTDIR':
      return '路径中有一部分不是文件夹';
    case 'EACCES':
    case 'EPERM':
      return '没有写入权限';
    case 'EISDIR':
      return '这是一个文件夹，不是文件';
    case 'ENOSPC':
      return '磁盘空间不足';
    case 'EDQUOT':
      return '超出磁盘配额';
    case 'EROFS':
      return '文件系统是只读的';
    case 'ENXIO':
      return '这是套接字或没有读取方的管道，无法写入';
    case 'EXDEV':
      return '临时文件与目标不在同一文件系统';
    default:
      return code ? `系统错误 ${code}` : '未知错误';
  }
}
