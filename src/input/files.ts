/**
 * Expands the command line's paths and globs into the list of files to lint, in a stable order. Directories are
 * searched for .md/.markdown/.txt/.docx files (in any letter case: A.MD, B.TXT), skipping node_modules and
 * dot-folders; a symbolic link to a file counts as the file, and links to folders are not followed (no loops).
 * Files matching .zhixinglintignore or --ignore-pattern (gitignore syntax, relative to the working folder) are left
 * out.
 */
import { type Dirent, readdir, statSync } from 'node:fs';
import { lstat, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import ignore from 'ignore';
import { type FileSystemAdapter, glob, isDynamicPattern } from 'tinyglobby';

export const LINTABLE_EXTENSIONS = ['md', 'markdown', 'txt', 'docx'];
const IGNORED = ['**/node_modules/**', '**/.*/**'];
export const IGNORE_FILE = '.zhixinglintignore';

export interface ExpandedFiles {
  files: string[];
  /** Patterns that matched nothing, with the reason in Chinese. */
  errors: { pattern: string; message: string }[];
  /** Files named on the command line but ignored (.zhixinglintignore, --ignore-pattern). */
  ignored: string[];
}

/** Which files to leave out: a test on a path relative to the working folder. */
export interface IgnoreRules {
  ignores(file: string): boolean;
}

export class IgnoreFileError extends Error {}

/**
 * The ignore rules of a run: `.zhixinglintignore` in the working folder (if any, unless `useFile` is false) and
 * the --ignore-pattern patterns, both in gitignore syntax.
 */
export async function loadIgnoreRules(
  cwd: string,
  patterns: readonly string[],
  useFile = true,
): Promise<IgnoreRules> {
  const rules = ignore();
  if (useFile) {
    const file = path.join(cwd, IGNORE_FILE);
    try {
      rules.add(await readFile(file, 'utf8'));
    } catch (error) {
      const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
      if (code !== 'ENOENT')
        throw new IgnoreFileError(`无法读取忽略文件“${IGNORE_FILE}”（${code || '未知错误'}）`);
    }
  }
  rules.add([...patterns]);
  return {
    ignores(file) {
      const relative = path.relative(cwd, path.resolve(cwd, file));
      // A file outside the working folder is matched by no rule (as git does).
      if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
      return rules.ignores(toPosix(relative));
    },
  };
}

const NO_RULES: IgnoreRules = { ignores: () => false };

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

function isLinkToFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * readdir as the glob sees it: a symbolic link to a regular file looks like that file, so that a glob or a folder
 * scan finds it; links to folders stay links, which the glob does not follow.
 */
function readdirSeeingLinkedFiles(
  dir: string,
  options: { withFileTypes: true },
  callback: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void,
): void {
  readdir(dir, options, (error, entries) => {
    if (error) {
      callback(error, []);
      return;
    }
    callback(
      null,
      entries.map((entry) =>
        entry.isSymbolicLink() && isLinkToFile(path.join(dir, entry.name))
          ? Object.assign(Object.create(entry) as Dirent, { isFile: () => true, isSymbolicLink: () => false })
          : entry,
      ),
    );
  });
}

const GLOB_FS = { readdir: readdirSeeingLinkedFiles } as unknown as FileSystemAdapter;

export async function expandPatterns(
  patterns: string[],
  cwd = process.cwd(),
  rules: IgnoreRules = NO_RULES,
): Promise<ExpandedFiles> {
  const seen = new Set<string>();
  const files: string[] = [];
  const errors: ExpandedFiles['errors'] = [];
  const ignored: string[] = [];
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
      if (rules.ignores(pattern)) ignored.push(pattern);
      else add(pattern);
      continue;
    }
    let matches: string[] = [];
    let left = 0;
    const keep = (found: string[]) => {
      const kept = found.filter((file) => !rules.ignores(file));
      left = found.length - kept.length;
      return kept;
    };
    if (kind === 'directory') {
      matches = await glob(extGlob, {
        cwd: path.resolve(cwd, pattern),
        ignore: IGNORED,
        followSymbolicLinks: false,
        caseSensitiveMatch: false,
        absolute: false,
        fs: GLOB_FS,
      });
      matches = keep(matches.map((m) => toPosix(path.join(pattern, m))));
      if (matches.length === 0) {
        const why = left > 0 ? `（${left} 个被忽略规则排除）` : '';
        errors.push({
          pattern,
          message: `文件夹“${pattern}”中没有可检查的 .md、.markdown、.txt 或 .docx 文件${why}`,
        });
      }
    } else if (isDynamicPattern(pattern)) {
      matches = keep(
        await glob(pattern, {
          cwd,
          ignore: IGNORED,
          followSymbolicLinks: false,
          onlyFiles: true,
          fs: GLOB_FS,
        }),
      );
      if (matches.length === 0) {
        const why = left > 0 ? `（${left} 个被忽略规则排除）` : '';
        errors.push({ pattern, message: `没有文件匹配“${pattern}”${why}` });
      }
    } else {
      errors.push({ pattern, message: `找不到文件或文件夹“${pattern}”` });
    }
    matches.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).forEach(add);
  }
  return { files, errors, ignored };
}
