/**
 * The import graph's contract (run by `npm run lint`): data flows one way, so a folder imports only
 * folders of its own layer or below, never a higher one, and no import circle exists.
 * Layers, highest first: the faces users meet; the application layer they share; the services
 * (engine, trends, fixes, scaffold, reporters, file discovery); configuration; rules; the
 * cross-incident corpus and the practice's arithmetic; the model and diagnostics; parsing and
 * plain-text helpers.
 */
const LAYERS = [
  ['faces', '^src/(cli|github|remark|markdownlint)/|^src/index\\.ts$'],
  ['app', '^src/app/'],
  ['services', '^src/(engine|trends|fix|scaffold|reporters|files)/'],
  ['config', '^src/config/'],
  ['rules', '^src/rules/'],
  ['domain', '^src/(corpus|practice)/'],
  ['model', '^src/(model|diagnostics)/'],
  ['base', '^src/(parse|text)/|^src/version\\.ts$'],
];

const upward = LAYERS.flatMap(([name, path], level) =>
  level === 0
    ? []
    : [
        {
          name: `no-upward-from-${name}`,
          comment: `The ${name} layer imports only its own layer or lower ones.`,
          severity: 'error',
          from: { path },
          to: {
            path: LAYERS.slice(0, level)
              .map(([, higher]) => `(${higher})`)
              .join('|'),
          },
        },
      ],
);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import circle, between files or through folders.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...upward,
    {
      name: 'faces-share-the-app-layer',
      comment:
        'A face (CLI, Action, remark plugin, markdownlint rules) never imports another: what two faces share lives in src/app/.',
      severity: 'error',
      from: { path: '^src/(cli|github|remark|markdownlint)/' },
      to: { path: '^src/(cli|github|remark|markdownlint)/', pathNot: '^src/$1/' },
    },
    {
      name: 'rule-modules-stay-in-the-registry',
      comment:
        'A rule module is imported by the registry only: shared logic lives in the layer that owns it (practice, corpus, model).',
      severity: 'error',
      from: { pathNot: '^src/rules/index\\.ts$' },
      to: {
        path: '^src/rules/',
        pathNot: '^src/rules/(index|types|docs-url|helpers/.*|fixes/.*)\\.ts$',
      },
    },
    {
      name: 'actions-toolkit-only-in-github',
      comment:
        'GitHub-specific code lives in src/github/, the only folder that imports @actions/*.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/github/' },
      to: { path: '@actions/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
