/**
 * --cache: like ESLint's .eslintcache, a file remembering each linted file's content hash and result. A file whose
 * content is unchanged is not read into a document again, as long as the cache was written by the same build of
 * zhixing-lint with the same effective configuration (rules and severities, template mode, dictionary …); any
 * difference there throws the whole cache away. Files that could not be linted are never cached.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileResult } from '../engine/lint.js';
import { packageRoot } from '../util/package-root.js';
import { describeWriteError, trackTemporary, untrackTemporary } from './temp-files.js';

export const DEFAULT_CACHE_FILE = '.zhixing-lint-cache';

export class CacheError extends Error {}

interface CachedResult {
  hash: string;
  result: FileResult;
}

interface CacheFile {
  key: string;
  files: Record<string, CachedResult>;
}

/** Sizes and times of the compiled program and dictionary: a rebuild, even of the same version, is a new key. */
function buildFingerprint(): string {
  const dist = path.join(packageRoot(import.meta.url), 'dist');
  const hash = createHash('sha256');
  try {
    const entries = readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.endsWith('.map'))
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
    for (const file of entries) {
      const info = statSync(file);
      hash.update(`${path.relative(dist, file)}:${info.size}:${info.mtimeMs}\n`);
    }
  } catch {
    hash.update('no-dist');
  }
  return hash.digest('hex');
}

/** The cache key: the tool's version and build, and the effective configuration as plain data. */
export function cacheKey(version: string, settings: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify({ version, build: buildFingerprint(), settings }))
    .digest('hex');
}

/** --cache-location may name a file or a folder (then the file is .zhixing-lint-cache inside it). */
export async function resolveCacheLocation(location: string | undefined, cwd: string): Promise<string> {
  const target = path.resolve(cwd, location ?? DEFAULT_CACHE_FILE);
  const info = await stat(target).catch(() => null);
  if (info?.isDirectory() || /[\\/]$/.test(location ?? '')) return path.join(target, DEFAULT_CACHE_FILE);
  return target;
}

async function hashFile(filePath: string): Promise<string | null> {
  try {
    return createHash('sha256')
      .update(await readFile(filePath))
      .digest('hex');
  } catch {
    return null;
  }
}

/** What can be kept of a result: plain data, without the per-run timings. */
function storable(result: FileResult): FileResult {
  const kept = { ...result };
  delete kept.timings;
  delete kept.stages;
  return kept;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A finding with every field the formatters read, of the right type. */
function isStoredFinding(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const { severity, ruleId, category, message, quote, citation, suggestion } = value;
  const { line, column, endLine, endColumn, offset } = value;
  return (
    [line, column, endLine, endColumn, offset].every(isNumber) &&
    (severity === 'error' || severity === 'warn') &&
    [ruleId, category, message, quote, citation, suggestion].every(isString)
  );
}

/**
 * An entry as this build writes it. The file is plain JSON that anyone can edit or damage: an entry of another
 * shape is a miss (the file is linted again), never a crash in a formatter.
 */
function isCachedResult(value: unknown): value is CachedResult {
  if (!isRecord(value) || !isString(value.hash) || !isRecord(value.result)) return false;
  const { findings, notices, fatal, document } = value.result;
  return (
    (document === undefined ||
      (isRecord(document) && isString(document.category) && isString(document.form))) &&
    Array.isArray(findings) &&
    findings.every(isStoredFinding) &&
    Array.isArray(notices) &&
    notices.every(isString) &&
    (fatal === undefined || isString(fatal))
  );
}

function isCacheFile(data: unknown): data is CacheFile {
  if (typeof data !== 'object' || data === null) return false;
  const { key, files } = data as Record<string, unknown>;
  return typeof key === 'string' && typeof files === 'object' && files !== null;
}

export class LintCache {
  private readonly files: Record<string, CachedResult>;
  hits = 0;
  misses = 0;

  private constructor(
    readonly location: string,
    private readonly key: string,
    files: Record<string, CachedResult>,
  ) {
    this.files = files;
  }

  /** Opens the cache at `location`; a missing, unreadable or outdated cache is an empty one. */
  static async open(location: string, key: string): Promise<LintCache> {
    try {
      const data = JSON.parse(await readFile(location, 'utf8')) as unknown;
      if (isCacheFile(data) && data.key === key) {
        return new LintCache(location, key, data.files);
      }
    } catch {
      // No cache yet, or a damaged one: start afresh.
    }
    return new LintCache(location, key, Object.create(null) as Record<string, CachedResult>);
  }

  /** The file's entry, if it has one of the right shape. */
  private entry(file: string): CachedResult | undefined {
    const entry: unknown = this.files[path.resolve(file)];
    return isCachedResult(entry) ? entry : undefined;
  }

  /**
   * Yields a result for every file, in the order given: from the cache when the content is unchanged, else from
   * `lintMany`, which is given only the files that need linting.
   */
  async *lint(
    files: readonly string[],
    lintMany: (files: readonly string[]) => AsyncIterable<FileResult>,
  ): AsyncGenerator<FileResult> {
    const hashes: (string | null)[] = [];
    const stale: string[] = [];
    for (const file of files) {
      const hash = await hashFile(file);
      hashes.push(hash);
      const entry = this.entry(file);
      if (hash === null || entry?.hash !== hash) stale.push(file);
    }
    const linted = lintMany(stale)[Symbol.asyncIterator]();
    for (const [i, file] of files.entries()) {
      const hash = hashes[i] ?? null;
      const entry = this.entry(file);
      if (hash !== null && entry?.hash === hash) {
        this.hits++;
        yield { ...entry.result, filePath: file };
        continue;
      }
      const next = await linted.next();
      if (next.done) throw new Error('缓存：检查结果少于待检查的文件');
      this.misses++;
      const result = next.value;
      if (hash !== null && result.fatal === undefined) {
        this.files[path.resolve(file)] = { hash, result: storable(result) };
      }
      yield result;
    }
    // Let the linter finish (a worker pool shuts down only when its generator completes).
    if (!(await linted.next()).done) throw new Error('缓存：检查结果多于待检查的文件');
  }

  /** Writes the cache atomically (a temporary file renamed over the old one). */
  async save(): Promise<void> {
    const data: CacheFile = { key: this.key, files: this.files };
    const temp = `${this.location}.${randomBytes(4).toString('hex')}.tmp`;
    trackTemporary(temp);
    try {
      await writeFile(temp, JSON.stringify(data), { flag: 'wx' });
      await rename(temp, this.location);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw new CacheError(`无法写入缓存文件“${this.location}”：${describeWriteError(error)}`);
    } finally {
      untrackTemporary(temp);
    }
  }
}

/** Opens the cache for a run, refusing a location that is one of the files being linted. */
export async function openCache(
  location: string | undefined,
  cwd: string,
  key: string,
  inputs: readonly string[],
): Promise<LintCache> {
  const resolved = await resolveCacheLocation(location, cwd);
  if (inputs.some((input) => path.resolve(cwd, input) === resolved)) {
    throw new CacheError(`缓存文件“${resolved}”是被检查的文件之一，拒绝覆盖`);
  }
  return LintCache.open(resolved, key);
}
