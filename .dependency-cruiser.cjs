/**
 * The pipeline's layering, checked by `npm run lint`: each stage imports only the stages below it —
 * util and lexicon (what words and codes mean) → input → document → language → engine → lint-rules → output →
 * cli / batch / serve — and nothing imports in a cycle. Test code stays under test/.
 */
const STAGES = ['input', 'document', 'language', 'engine', 'output'];
const TOP = '^src/(cli|batch|serve)/';

/** A rule forbidding `from` to import any of `to`. */
const forbid = (name, from, to, extra = {}) => ({
  name,
  severity: 'error',
  from: { path: from, ...extra.from },
  to: { path: to, ...extra.to },
});

const above = (stage) => STAGES.slice(STAGES.indexOf(stage) + 1);

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    forbid('util-lexicon-are-the-base', '^src/(util|lexicon)/', '^(src/(?!util/|lexicon/)|lint-rules/)'),
    ...STAGES.map((stage) =>
      forbid(
        `${stage}-imports-downward-only`,
        `^src/${stage}/`,
        `^(src/(${above(stage).join('|') || 'none'}|cli|batch|serve)/${stage === 'engine' || stage === 'output' ? '' : '|lint-rules/'})`,
        // The engine's generated index is where the rules are plugged in.
        stage === 'engine' ? { from: { pathNot: 'rule-index\\.generated\\.ts$' } } : {},
      ),
    ),
    forbid(
      'engine-plugs-in-rules-through-its-index-only',
      '^src/engine/(?!rule-index\\.generated\\.ts$)',
      '^lint-rules/',
    ),
    forbid('output-reads-no-rule-file', '^src/output/', '^lint-rules/'),
    forbid('rules-read-the-model-not-the-outputs', '^lint-rules/', `^src/(output/|cli/|batch/|serve/)`),
    forbid('no-test-code-in-the-product', '^(src|lint-rules)/', '^test/'),
    forbid('top-level-imports-nothing-from-tests', TOP, '^test/'),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|node_modules)/' },
  },
};
