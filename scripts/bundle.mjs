// Bundles the compiled command line and its worker (dist/src) into dist/bundle with esbuild: a cold run then
// reads a few files instead of some 250 modules, which took about a third of its time. The native segmenter and
// the Word libraries stay outside; code loaded on demand (remark, Word, the local server) goes to chunks of its own.
// The page of `zhixing-lint serve` is bundled for the browser into dist/bundle/page with its HTML and stylesheet.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.join(import.meta.dirname, '..');
const outdir = path.join(root, 'dist', 'bundle');
// Chunk names carry a content hash: without a clean start, every build would leave the previous chunks behind.
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    main: path.join(root, 'dist', 'src', 'cli', 'main.js'),
    worker: path.join(root, 'dist', 'src', 'batch', 'worker.js'),
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // typescript: cosmiconfig's loader for .ts config files, which zhixing-lint does not look for.
  // open: finds its xdg-open script next to its own module.
  external: ['nodejieba', 'mammoth', 'jszip', 'typescript', 'open'],
  // CommonJS packages inside an ES module bundle still call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
const pageDir = path.join(outdir, 'page');
await build({
  entryPoints: [path.join(root, 'dist', 'src', 'serve', 'page', 'app.js')],
  outfile: path.join(pageDir, 'app.js'),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  logLevel: 'warning',
});
mkdirSync(pageDir, { recursive: true });
for (const file of ['index.html', 'style.css']) {
  copyFileSync(path.join(root, 'src', 'serve', 'page', file), path.join(pageDir, file));
}
console.log('dist/bundle: main.js, worker.js, page/');
