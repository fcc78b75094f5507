/**
 * A full garbage collection, asked for once a large piece of work has left much garbage behind. V8 collects its old
 * generation only when the heap nears a limit that it raises as the heap grows: after mammoth has read a .docx of
 * 15,000 paragraphs, the garbage of its XML tree (some 150 MB) stays while the rules run, and the process peaks at
 * 400 MB where 290 MB would do. bin/zhixing-lint's heap limit bounds this when the command is run by name, but not
 * when it is run as `node bin/zhixing-lint` (as some package managers' shims do). The collector is V8's own `gc`,
 * made available at run time (--expose-gc); where it cannot be, this does nothing.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

let looked = false;
let collector: (() => void) | undefined;

function findCollector(): (() => void) | undefined {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

export function collectGarbage(): void {
  if (!looked) {
    looked = true;
    collector = findCollector();
  }
  collector?.();
}
