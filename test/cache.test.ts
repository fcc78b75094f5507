/** --cache: unchanged files come from the cache file; content, configuration or build changes relint. */
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CacheError, LintCache, cacheKey, openCache, resolveCacheLocation } from '../src/cli/cache.js';
import type { FileResult } from '../src/engine/lint.js';
import { runCli } from './support/cli.js';

function folder(): string {
  return mkdtempSync(path.join(tmpdir(), 'zhixing-cache-'));
}

/** A stand-in linter that records which files it was asked to lint. */
function recorder() {
  const linted: string[] = [];
  const lintMany = async function* (files: readonly string[]): AsyncGenerator<FileResult> {
    for (const filePath of files) {
      await Promise.resolve();
      linted.push(path.basename(filePath));
      yield {
        filePath,
        findings: [],
        notices: [`linted ${path.basename(filePath)}`],
        timings: new Map([['r', 1]]),
      };
    }
  };
  return { linted, lintMany };
}

async function collect(results: AsyncIterable<FileResult>): Promise<FileResult[]> {
  const out: FileResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

describe('LintCache', () => {
  it('lints only new or changed files, and yields results in input order', async () => {
    const dir = folder();
    const files = ['a.md', 'b.md', 'c.md'].map((f) => path.join(dir, f));
    for (const f of files) writeFileSync(f, `内容 ${f}`);
    const location = path.join(dir, '.zhixing-lint-cache');

    const first = recorder();
    const cache1 = await LintCache.open(location, 'k1');
    const results1 = await collect(cache1.lint(files, first.lintMany));
    await cache1.save();
    expect(first.linted).toEqual(['a.md', 'b.md', 'c.md']);
    expect(results1.map((r) => path.basename(r.filePath))).toEqual(['a.md', 'b.md', 'c.md']);

    writeFileSync(files[1] ?? '', '改过的内容');
    const second = recorder();
    const cache2 = await LintCache.open(location, 'k1');
    const results2 = await collect(cache2.lint(files, second.lintMany));
    await cache2.save();
    expect(second.linted).toEqual(['b.md']);
    expect([cache2.hits, cache2.misses]).toEqual([2, 1]);
    expect(results2.map((r) => r.notices[0])).toEqual(['linted a.md', 'linted b.md', 'linted c.md']);
    expect(results2[0]?.timings).toBeUndefined();
  });

  it('throws the whole cache away when the key (version, build, configuration) differs', async () => {
    const dir = folder();
    const file = path.join(dir, 'a.md');
    writeFileSync(file, '内容');
    const location = path.join(dir, 'cache.json');
    const cache = await LintCache.open(location, 'k1');
    await collect(cache.lint([file], recorder().lintMany));
    await cache.save();
    const again = recorder();
    await collect((await LintCache.open(location, 'k2')).lint([file], again.lintMany));
    expect(again.linted).toEqual(['a.md']);
  });

  it('never caches a file that could not be linted, and survives a damaged cache file', async () => {
    const dir = folder();
    const file = path.join(dir, 'a.md');
    writeFileSync(file, '内容');
    const location = path.join(dir, 'cache.json');
    writeFileSync(location, '{ not json');
    const failing = async function* (files: readonly string[]): AsyncGenerator<FileResult> {
      for (const filePath of files)
        yield await Promise.resolve({ filePath, findings: [], notices: [], fatal: '无法读取' });
    };
    const cache = await LintCache.open(location, 'k');
    await collect(cache.lint([file], failing));
    await cache.save();
    const again = recorder();
    await collect((await LintCache.open(location, 'k')).lint([file], again.lintMany));
    expect(again.linted).toEqual(['a.md']);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keys on the configuration', () => {
    expect(cacheKey('0.1.0', { template: false })).not.toBe(cacheKey('0.1.0', { template: true }));
    expect(cacheKey('0.1.0', { template: false })).not.toBe(cacheKey('0.2.0', { template: false }));
    expect(cacheKey('0.1.0', { template: false })).toBe(cacheKey('0.1.0', { template: false }));
  });

  it('puts the cache file in a folder named by --cache-location, and refuses to overwrite an input', async () => {
    const dir = folder();
    expect(await resolveCacheLocation(dir, '/')).toBe(path.join(dir, '.zhixing-lint-cache'));
    expect(await resolveCacheLocation(undefined, dir)).toBe(path.join(dir, '.zhixing-lint-cache'));
    const input = path.join(dir, 'a.md');
    await expect(openCache(input, dir, 'k', [input])).rejects.toBeInstanceOf(CacheError);
  });
});

describe('zhixing-lint --cache', () => {
  it('gives the same report from the cache, and relints a changed file', () => {
    const dir = folder();
    const samples = path.resolve(import.meta.dirname, '..', 'samples');
    for (const name of ['01-民间借贷-有缺陷.md', '02-民间借贷-已修正.md']) {
      writeFileSync(path.join(dir, name), readFileSync(path.join(samples, name)));
    }
    const run = () => runCli(['--cache', '--format', 'json', '--no-config', '--timing', '.'], { cwd: dir });
    const first = run();
    expect(existsSync(path.join(dir, '.zhixing-lint-cache'))).toBe(true);
    const second = run();
    expect(second.stdout).toBe(first.stdout);
    expect(second.code).toBe(first.code);
    expect(second.stderr).toContain('其中 2 个取自缓存');
    writeFileSync(path.join(dir, '02-民间借贷-已修正.md'), '一、被告支付原告货款。\n');
    const third = run();
    expect(third.stderr).toContain('其中 1 个取自缓存');
    expect(third.stdout).not.toBe(first.stdout);
  });
});
