/**
 * One cold lint of one draft inside this fresh process, timed by stage: loading the program's modules, the rules,
 * the segmenter dictionary, and linting. Prints the figures as JSON for run.mjs.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'src');
const at = () => performance.now(); // milliseconds since this process started
const started = at();
const { loadRules } = await import(path.join(dist, 'engine', 'registry.js'));
const { lintFile } = await import(path.join(dist, 'batch', 'lint-file.js'));
const { segment, dictionaryLoadMilliseconds } = await import(path.join(dist, 'language', 'segmenter.js'));
const modulesLoaded = at();
const rules = await loadRules();
const rulesLoaded = at();
segment('预热');
const dictionaryLoaded = at();
const result = await lintFile(process.argv[2], {
  rules: rules.map((rule) => ({ rule, severity: rule.severity })),
  template: false,
});
const linted = at();
console.log(
  JSON.stringify({
    nodeStartup: started,
    modules: modulesLoaded - started,
    rules: rulesLoaded - modulesLoaded,
    dictionary: dictionaryLoadMilliseconds() || dictionaryLoaded - rulesLoaded,
    lint: linted - dictionaryLoaded,
    total: linted,
    findings: result.findings.length,
  }),
);
