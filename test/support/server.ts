/** Starts the built `zhixing-lint serve --port 0` as a user would, and reads the address it prints. */
import { type ChildProcess, spawn } from 'node:child_process';
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
