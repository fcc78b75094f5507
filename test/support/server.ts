/** Starts the built `zhixing-lint serve --port 0` as a user would, and reads the address it prints. */
import { type ChildProcess, spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { ROOT } from './cli.js';

const BIN = path.join(ROOT, 'bin', 'zhixing-lint');

export interface RunningServer {
  url: URL;
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Sends SIGTERM and waits for the exit code. */
  stop: () => Promise<number | null>;
}

export function startServer(args: string[] = [], cwd = ROOT): Promise<RunningServer> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      resolve(code);
    }),
  );
  return new Promise((resolve, reject) => {
    const early = (code: number | null) => {
      reject(new Error(`serve exited with ${String(code)}: ${err}`));
    };
    child.once('exit', early);
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const match = /http:\/\/[^\s：]+\//.exec(out);
      if (!match) return;
      child.off('exit', early);
      resolve({
        url: new URL(match[0]),
        child,
        stdout: () => out,
        stderr: () => err,
        stop: () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          return exited;
        },
      });
    });
  });
}

/**
 * One HTTP request on a connection of its own, answered as a fetch Response. The tests run the command line
 * synchronously between requests, which stops the event loop: a pooled keep-alive connection could then be reused
 * after the server has closed it.
 */
export function request(
  url: URL,
  options: { method?: string; body?: Uint8Array | string; headers?: Record<string, string> } = {},
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      url,
      { method: options.method ?? 'GET', headers: options.headers, agent: false },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.once('error', reject);
        incoming.once('end', () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(incoming.headers)) {
            if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
          }
          resolve(
            new Response(new Uint8Array(Buffer.concat(chunks)), { status: incoming.statusCode, headers }),
          );
        });
      },
    );
    outgoing.once('error', reject);
    outgoing.end(options.body);
  });
}
