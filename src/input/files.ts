/**
 * Expands the command line's paths and globs into the list of files to lint, in a stable order. Directories are
 * searched for .md/.markdown/.txt/.docx files, skipping node_modules and dot-folders, and symlink loops are not followed.
 */
import { lstat, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export const LINTABLE_EXTENSIONS = ['md', 'markdown', 'txt', 'docx'];
const IGNORED = ['**/node_modules/**', '**/.*/**'];

export interface ExpandedFiles {
  files: string[];
  /** Patterns that matched nothing, with the reason in Chinese. */
  errors: { pattern: string; message: string }[];
}

async function kindOf(target: string): Promise<'file' | 'directory' | null> {
  try {
    const info = await stat(target);
    return info.isDirectory() ? 'directory' : 'file';
  } catch {
    // A dangling or looping symbolic link exists but cannot be followed: it is listed as a file, so that the
    // batch goes on and reports it among the files it could not read.
    return (await lstat(target).catch(() => null))?.isSymbolicLink() ? 'file' : null;
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

export async function expandPatterns(patterns: string[], cwd = process.cwd()): Promise<ExpandedFiles> {
  const seen = new Set<string>();
  const files: string[] = [];
  const errors: ExpandedFiles['errors'] = [];
  const add = (file: string) => {
    const key = path.resolve(cwd, file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };
  const extGlob = `**/*.{${LINTABLE_EXTENSIONS.join(',')}}`;
  for (const pattern of patterns) {
    const kind = await kindOf(path.resolve(cwd, pattern));
    if (kind === 'file') {
      add(pattern);
      continue;
    }
    let matches: string[] = [];
    if (kind === 'directory') {
      matches = await glob(extGlob, {
        cwd: path.resolve(cwd, pattern),
        ignore: IGNORED,
        followSymbolicLinks: false,
        absolute: false,
      });
      matches = matches.map((m) => toPosix(path.join(pattern, m)));
      if (matches.length === 0) {
        errors.push({ pattern, message: `文件夹“${pattern}”中没有可检查的 .md、.txt 或 .docx 文件` });
      }
    } else if (isDynamicPattern(pattern)) {
      matches = await glob(pattern, { cwd, ignore: IGNORED, followSymbolicLinks: false, onlyFiles: true });
      if (matches.length === 0) errors.push({ pattern, message: `没有文件匹配“${pattern}”` });
    } else {
      errors.push({ pattern, message: `找不到文件或文件夹“${pattern}”` });
    }
    matches.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).forEach(add);
  }
  return { files, errors };
}
