/**
 * `zhixing-lint serve` from the outside: it listens on 127.0.0.1 only and stops cleanly on SIGTERM; its API
 * answers byte for byte what `--format json` prints for the same file (every sample, the Word fixture, files the
 * command line refuses); a body over the size limit gets 413; the Word copy carries the same comments as
 * --annotate-docx; every rule has its page; nothing is written to disk.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, fileTooLargeMessage } from '../src/input/limits.js';
import { ALL_RULES } from './support/all-rules.js';
import { ROOT, runCli } from './support/cli.js';
import { type RunningServer, request, startServer } from './support/server.js';

const SAMPLES = path.join(ROOT, 'samples');
const DOCX = path.join(ROOT, 'test', 'fixtures', '民间借贷-有缺陷.docx');

function post(server: RunningServer, route: string, filename: string, body: Uint8Array): Promise<Response> {
  const url = new URL(route, server.url);
  url.searchParams.set('filename', filename);
  return request(url, { method: 'POST', body });
}

/** What a connection attempt to host:port ends in: 'connected' or the error code. */
function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 5000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      resolve(error.code ?? error.message);
    });
  });
}

/** The listening TCP sockets on `port` as "address:port" in /proc/net/tcp's hex form, or undefined off Linux. */
function listeningSockets(port: number): string[] | undefined {
  const tables = ['/proc/net/tcp', '/proc/net/tcp6'].filter((file) => existsSync(file));
  if (tables.length === 0) return undefined;
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return tables.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      // st 0A is LISTEN.
      .filter((fields) => fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A')
      .map((fields) => fields[1] ?? ''),
  );
}

describe('zhixing-lint serve', () => {
  let server: RunningServer;
  // Started in a folder of its own: after every request the folder must still be empty.
  const cwd = mkdtempSync(path.join(tmpdir(), 'zhixing-serve-'));

  beforeAll(async () => {
    server = await startServer([], cwd);
  });
  afterAll(async () => {
    await server.stop();
  });

  it('binds 127.0.0.1 only and refuses connections to any other address of this machine', async () => {
    expect(server.url.hostname).toBe('127.0.0.1');
    const port = Number(server.url.port);
    const sockets = listeningSockets(port);
    // 0100007F is 127.0.0.1 in /proc/net/tcp's byte order; nothing listens on 0.0.0.0 or on IPv6.
    if (sockets) expect(sockets).toEqual([`0100007F:${port.toString(16).toUpperCase().padStart(4, '0')}`]);
    expect(await tryConnect('127.0.0.1', port)).toBe('connected');
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a !== undefined && !a.internal && a.family === 'IPv4')
      .map((a) => a?.address ?? '');
    if (others.length === 0) console.log('本机没有非回环地址，跳过从其他地址连接的检查');
    for (const address of others) expect(await tryConnect(address, port)).toBe('ECONNREFUSED');
  });

  it('refuses a request naming another host (DNS rebinding)', async () => {
    const response = await request(new URL('/api/info', server.url), { headers: { Host: 'evil.example' } });
    expect(response.status).toBe(403);
  });

  it('answers exactly what --format json prints, for every sample and the Word fixture', async () => {
    const files = [
      ...readdirSync(SAMPLES)
        .filter((name) => /\.(md|txt)$/.test(name))
        .map((name) => path.join(SAMPLES, name)),
      DOCX,
    ];
    for (const file of files) {
      const name = path.basename(file);
      const cli = runCli([name, '--format', 'json'], { cwd: path.dirname(file) });
      const response = await post(server, '/api/lint', name, readFileSync(file));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.text(), name).toBe(cli.stdout);
    }
  }, 120_000);

  it('answers files the command line refuses with its Chinese message', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhixing-serve-bad-'));
    const bad: [string, Uint8Array][] = [
      ['旧判决.doc', Buffer.from('not really a doc')],
      ['损坏.docx', Buffer.from('PK not a zip')],
      ['二进制.txt', Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7])],
      ['空白.md', Buffer.from('  \n\n')],
    ];
    for (const [name, bytes] of bad) {
      writeFileSync(path.join(dir, name), bytes);
      const cli = runCli([name, '--format', 'json'], { cwd: dir });
      const response = await post(server, '/api/lint', name, bytes);
      const text = await response.text();
      expect(text, name).toBe(cli.stdout);
      const [result] = JSON.parse(text) as { messages: { fatal?: boolean; message: string }[] }[];
      expect(result?.messages[0]?.fatal).toBe(true);
      expect(result?.messages[0]?.message).toMatch(/[\u4e00-\u9fff]/);
      expect(text).not.toMatch(/at .*\.js:\d+/);
    }
  }, 120_000);

  it('refuses a body over the command line’s size limit with 413 and its message', async () => {
    const body = Buffer.alloc(MAX_FILE_BYTES + 1, 0x41);
    const response = await post(server, '/api/lint', '合并.txt', body);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: fileTooLargeMessage(body.length) });
  });

  it('asks for a file name', async () => {
    const response = await request(new URL('/api/lint', server.url), { method: 'POST', body: 'x' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toContain('filename');
  });

  it('gives the page the JSON result and the text its lines count in', async () => {
    const response = await post(server, '/api/check', path.basename(DOCX), readFileSync(DOCX));
    const body = (await response.json()) as { report: { messages: { line: number }[] }; text: string };
    const cli = JSON.parse(runCli([DOCX, '--format', 'json'], { cwd: ROOT }).stdout) as {
      messages: unknown[];
    }[];
    expect(body.report.messages).toEqual(cli[0]?.messages);
    const lines = body.text.split('\n');
    expect(lines[(body.report.messages[0]?.line ?? 0) - 1]).toContain('按借款合同约定');
  });

  it('makes the same Word copy with review comments as --annotate-docx', async () => {
    const response = await post(server, '/api/annotate', path.basename(DOCX), readFileSync(DOCX));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(
      encodeURIComponent('民间借贷-有缺陷-批注.docx'),
    );
    const served = await JSZip.loadAsync(await response.arrayBuffer());
    const dir = mkdtempSync(path.join(tmpdir(), 'zhixing-serve-annotate-'));
    const copy = path.join(dir, 'copy.docx');
    runCli([DOCX, '--annotate-docx', copy], { cwd: ROOT });
    const written = await JSZip.loadAsync(readFileSync(copy));
    const withoutDates = (xml: string) => xml.replace(/w:date="[^"]*"/g, '');
    for (const part of ['word/comments.xml', 'word/document.xml']) {
      const a = await served.file(part)?.async('string');
      const b = await written.file(part)?.async('string');
      expect(a && withoutDates(a), part).toBe(b && withoutDates(b));
    }
    expect(response.headers.get('x-comments')).toBe('3');
    const notWord = await post(server, '/api/annotate', '判决.md', Buffer.from('一、被告支付原告。'));
    expect(notWord.status).toBe(422);
  }, 120_000);

  it('serves a page per rule, generated from the rule', async () => {
    for (const rule of ALL_RULES) {
      const response = await request(new URL(`/rules/${rule.id}`, server.url));
      expect(response.status, rule.id).toBe(200);
      const html = await response.text();
      expect(html).toContain(rule.citation.quote.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;'));
      expect(html).toContain(`--rule ${rule.id}:off`);
    }
    expect((await request(new URL('/rules/no/such-rule', server.url))).status).toBe(404);
  });

  it('shows the configuration it found and writes nothing to disk', async () => {
    const info = (await (await request(new URL('/api/info', server.url))).json()) as {
      run: [string, string][];
    };
    expect(Object.fromEntries(info.run)).toMatchObject({ 配置文件: '未找到配置文件（使用默认设置）' });
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe('zhixing-lint serve with a configuration', () => {
  it('uses the configuration found from its folder, as the command line does, and stops on SIGTERM', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhixing-serve-config-'));
    writeFileSync(
      path.join(dir, '.zhixinglintrc.json'),
      JSON.stringify({ rules: { 'interest/per-contract': 'off' } }),
    );
    const sample = path.join(dir, 'draft.md');
    copyFileSync(path.join(SAMPLES, '01-民间借贷-有缺陷.md'), sample);
    const server = await startServer([], dir);
    const info = (await (await request(new URL('/api/info', server.url))).json()) as {
      run: [string, string][];
    };
    expect(Object.fromEntries(info.run)['配置文件']).toBe(path.join(dir, '.zhixinglintrc.json'));
    const response = await post(server, '/api/lint', 'draft.md', readFileSync(sample));
    const text = await response.text();
    expect(text).toBe(runCli(['draft.md', '--format', 'json'], { cwd: dir }).stdout);
    expect(text).not.toContain('interest/per-contract');
    expect(await server.stop()).toBe(0);
    expect(server.stdout()).toContain('已停止（SIGTERM）');
    expect(server.stderr()).toBe('');
    expect(await tryConnect('127.0.0.1', Number(server.url.port))).toBe('ECONNREFUSED');
  });

  it('refuses file arguments and bad ports in Chinese', () => {
    const files = runCli(['serve', '判决书.md']);
    expect(files.code).toBe(2);
    expect(files.stderr).toContain('serve 不接受文件参数（“判决书.md”）');
    const port = runCli(['serve', '--port', '70000']);
    expect(port.code).toBe(2);
    expect(port.stderr).toContain('“70000”不是 0–65535 的端口号');
  });

  it('says in Chinese when the port is taken', async () => {
    const first = await startServer();
    const second = runCli(['serve', '--port', first.url.port]);
    await first.stop();
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(`端口 ${first.url.port} 已被占用`);
  });
});
