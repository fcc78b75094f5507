/**
 * A progress bar on standard error, for a person watching a terminal: never in CI logs (env CI) and never when
 * standard error is piped or redirected, so that logs and captured output stay clean.
 */
const WIDTH = 30;
const REDRAW_MS = 100;

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): boolean;
}

export function progressWanted(stream: ProgressStream, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !env.CI;
}

export function progressBar(done: number, total: number): string {
  const share = total === 0 ? 1 : done / total;
  const filled = Math.round(share * WIDTH);
  return `检查中 [${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${done}/${total}（${Math.floor(share * 100)}%）`;
}

/** Returns the onProgress callback and a function that clears the bar, or nothing when no bar is wanted. */
export function createProgress(
  stream: ProgressStream = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): { update: (done: number, total: number) => void; clear: () => void } | undefined {
  if (!progressWanted(stream, env)) return undefined;
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (done < total && now - last < REDRAW_MS) return;
      last = now;
      shown = true;
      stream.write(`\r${progressBar(done, total)}`);
    },
    clear() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
