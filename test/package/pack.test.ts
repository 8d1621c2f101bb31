// The published package, as a user gets it: `npm pack` the project, install the tarball into an
// empty folder and into a copy of the template repository, then run the CLI, the library API, the
// remark plugin and the declarations from there. Offline, with an empty npm cache: the package has
// no dependencies, so nothing but the tarball is installed. What a user installs beside it (remark,
// unified, their types) is symlinked from the project's node_modules.
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { parseAst } from 'rollup/parseAst';
import { tempTree } from '../support/lint.js';

const ROOT = process.cwd();
const MANIFEST = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
};
const NOW = '2026-03-13';
const EXAMPLE = 'needs-work-cache-stampede.md';
/** Cross-incident rules run by the CLI only (the remark plugin and lintText see one file). */
const CORPUS_RULES = new Set(['pattern-analysis']);
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
/** Generous: each test runs npm, node or tsc in child processes (slow on a busy machine). */
const TIMEOUT = 120_000;

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

let work = '';
let tarball = '';
/** An empty folder where only the tarball was installed. */
let consumer = '';
/** A copy of examples/template-repo, the tarball installed into it. */
let template = '';
let env: NodeJS.ProcessEnv = {};

function run(command: string, args: string[], cwd: string): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs npm, failing with its output when it does not exit 0. */
async function npm(args: string[], cwd: string): Promise<string> {
  const result = await run('npm', args, cwd);
  if (result.status !== 0)
    throw new Error(
      `npm ${args.join(' ')} exited ${result.status}:\n${result.stdout}${result.stderr}`,
    );
  return result.stdout;
}

const installTarball = (cwd: string, ...flags: string[]): Promise<string> =>
  npm(
    ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', ...flags, tarball],
    cwd,
  );

/** Links a package of the project's node_modules into `root`'s, as if installed beside ours. */
function linkFromProject(root: string, name: string): void {
  const target = join(root, 'node_modules', name);
  if (existsSync(target)) return;
  mkdirSync(join(target, '..'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules', name), target, 'dir');
}

/** A strict ESM TypeScript project in `dir` that also checks the package's .d.ts files. */
function typedProject(dir: string, source: string): string {
  writeFileSync(join(dir, 'check.mts'), source);
  // Only Node's own types come from type roots: everything else must resolve from node_modules.
  mkdirSync(join(dir, 'type-roots'));
  symlinkSync(join(ROOT, 'node_modules', '@types', 'node'), join(dir, 'type-roots', 'node'), 'dir');
  const compilerOptions = {
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    target: 'ES2022',
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: ['node'],
    typeRoots: ['./type-roots'],
  };
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions, files: ['check.mts'] }),
  );
  return join(dir, 'tsconfig.json');
}

/** The JavaScript files under `dir`, recursively. */
function javascriptFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.js'))
    .map((path) => join(dir, path));
}

/** The module specifiers a file imports statically or with a literal dynamic import(). */
function importedSpecifiers(code: string): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const { type, source } = node as { type?: string; source?: { type: string; value: unknown } };
    const importing = /^(Import|ExportAll|ExportNamed)Declaration$|^ImportExpression$/.test(
      type ?? '',
    );
    if (importing && source?.type === 'Literal' && typeof source.value === 'string')
      found.push(source.value);
    for (const value of Object.values(node)) visit(value);
  };
  visit(parseAst(code));
  return found;
}

beforeAll(async () => {
  work = tempTree({});
  // Nothing of an enclosing `npm test` (npm_config_*, npm_package_*, INIT_CWD) reaches the npm runs.
  const inherited = Object.entries(process.env).filter(
    ([name]) => !/^npm_/i.test(name) && name !== 'INIT_CWD' && name !== 'FORCE_COLOR',
  );
  env = {
    ...Object.fromEntries(inherited),
    // A cache of our own, empty: an install that needed anything but the tarball would fail.
    npm_config_cache: join(work, 'npm-cache'),
    npm_config_offline: 'true',
    npm_config_update_notifier: 'false',
    NO_COLOR: '1',
  };
  mkdirSync(join(work, 'pack'));
  const packed = JSON.parse(
    await npm(
      ['pack', '--ignore-scripts', '--json', '--pack-destination', join(work, 'pack')],
      ROOT,
    ),
  ) as Array<{ filename: string }>;
  tarball = join(work, 'pack', packed[0].filename);

  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), '{ "name": "consumer", "private": true }\n');
  template = join(work, 'template');
  cpSync(join(ROOT, 'examples', 'template-repo'), template, { recursive: true });
  // The template's other devDependencies (remark-cli, …), there before the install: npm finds
  // them installed and only unpacks the tarball.
  const templateManifest = JSON.parse(readFileSync(join(template, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  for (const name of Object.keys(templateManifest.devDependencies))
    if (name !== 'postmortem-lint') linkFromProject(template, name);
  await Promise.all([installTarball(consumer), installTarball(template, '--no-save')]);

  cpSync(join(ROOT, 'examples', 'postmortems'), join(consumer, 'postmortems'), { recursive: true });
}, TIMEOUT);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the tarball', () => {
  test(
    'installs as one package: no dependencies',
    () => {
      const installed = readdirSync(join(consumer, 'node_modules')).filter(
        (name) => !name.startsWith('.'),
      );
      expect(installed).toEqual(['postmortem-lint']);
      const manifest = JSON.parse(
        readFileSync(join(consumer, 'node_modules', 'postmortem-lint', 'package.json'), 'utf8'),
      ) as Record<string, unknown>;
      expect([
        manifest.dependencies,
        manifest.peerDependencies,
        manifest.optionalDependencies,
      ]).toEqual([undefined, undefined, undefined]);
    },
    TIMEOUT,
  );

  test(
    'holds the bundle, its declarations and the licenses, not the sources',
    async () => {
      const listing = (await run('tar', ['-tzf', tarball], work)).stdout.split('\n');
      expect(listing).toEqual(
        expect.arrayContaining([
          'package/LICENSE',
          'package/README.md',
          'package/package.json',
          'package/bin/postmortem-lint.js',
          'package/dist/api.js',
          'package/dist/cli.js',
          'package/dist/remark.js',
          'package/dist/worker.js',
          'package/dist/licenses.txt',
          'package/dist/vendor/compromise-two.cjs',
          'package/dist/types/index.d.ts',
          'package/dist/types/remark/plugin.d.ts',
          'package/schemas/config.schema.json',
        ]),
      );
      expect(
        listing.filter((path) => /^package\/(src|test|scripts|node_modules)\//.test(path)),
      ).toEqual([]);
      const licenses = readFileSync(
        join(consumer, 'node_modules', 'postmortem-lint', 'dist', 'licenses.txt'),
        'utf8',
      );
      expect(licenses).toMatch(/^yaml@\d/m);
      // Copied whole to dist/vendor/ rather than bundled, and listed all the same.
      expect(licenses).toMatch(/^compromise@\d/m);
      expect(licenses).toContain('Permission is hereby granted');
    },
    TIMEOUT,
  );

  test(
    'its JavaScript imports nothing but its own files and Node built-ins',
    () => {
      const installed = join(consumer, 'node_modules', 'postmortem-lint');
      const builtins = new Set(builtinModules);
      const files = [
        ...javascriptFiles(join(installed, 'bin')),
        ...javascriptFiles(join(installed, 'dist')),
      ];
      expect(files.length).toBeGreaterThan(5);
      const external = files.flatMap((file) =>
        importedSpecifiers(readFileSync(file, 'utf8'))
          .filter((specifier) => !/^\.\.?\//.test(specifier))
          .filter((specifier) => !specifier.startsWith('node:') && !builtins.has(specifier))
          .map((specifier) => `${relative(installed, file)}: ${specifier}`),
      );
      expect(external).toEqual([]);
    },
    TIMEOUT,
  );
});

describe('installed in an empty folder', () => {
  test(
    'npx postmortem-lint --version',
    async () => {
      const result = await run('npx', ['--offline', 'postmortem-lint', '--version'], consumer);
      expect([result.status, result.stdout.trim()]).toEqual([0, MANIFEST.version]);
    },
    TIMEOUT,
  );

  test(
    'linting a copy of examples/postmortems finds the flawed ones: exit code 1',
    async () => {
      const result = await run(
        'npx',
        ['--offline', 'postmortem-lint', 'postmortems', '--now', NOW],
        consumer,
      );
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain(`postmortems/${EXAMPLE}`);
      expect(result.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?/);
      expect(result.stdout).not.toContain('sev1-checkout-certificate-expiry.md');
      expect(result.status).toBe(1);
    },
    TIMEOUT,
  );

  test(
    'the CLI, the library API and the remark plugin report the same findings',
    async () => {
      writeFileSync(
        join(consumer, 'library.mjs'),
        `import { readFileSync } from 'node:fs';
import { defaultConfig, lintText, RULES, VERSION } from 'postmortem-lint';

const path = 'postmortems/${EXAMPLE}';
const outcome = lintText(path, readFileSync(path, 'utf8'), defaultConfig(), new Date('${NOW}T12:00:00Z'));
console.log(JSON.stringify({
  resolved: import.meta.resolve('postmortem-lint'),
  version: VERSION,
  rules: RULES.length,
  findings: outcome.diagnostics.map((d) => \`\${d.line} \${d.ruleId}\`).sort(),
}));
`,
      );
      writeFileSync(
        join(consumer, 'remark.mjs'),
        `import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkPostmortemLint from 'postmortem-lint/remark';

const path = 'postmortems/${EXAMPLE}';
const value = readFileSync(path, 'utf8');
const processor = unified().use(remarkParse).use(remarkPostmortemLint, { now: '${NOW}' });
// run's callback receives the vfile the plugin wrote its messages on.
processor.run(processor.parse(value), { path, value }, (error, _tree, file) => {
  if (error) throw error;
  // Findings are errors (fatal) and warnings; info messages (fatal unset) are hints beside them.
  const findings = file.messages.filter((m) => typeof m.fatal === 'boolean');
  const messages = findings.map((m) => ({ finding: \`\${m.line} \${m.ruleId}\`, fatal: m.fatal, source: m.source }));
  console.log(JSON.stringify(messages));
});
`,
      );
      // The CLI and the library with nothing beside the package; then the plugin, with what a remark
      // user installs beside it.
      const [cli, library] = await Promise.all([
        run(
          join(consumer, 'node_modules', '.bin', 'postmortem-lint'),
          [`postmortems/${EXAMPLE}`, '--now', NOW, '--format', 'json'],
          consumer,
        ),
        run(process.execPath, ['library.mjs'], consumer),
      ]);
      linkFromProject(consumer, 'unified');
      linkFromProject(consumer, 'remark-parse');
      const remark = await run(process.execPath, ['remark.mjs'], consumer);

      expect(cli.status).toBe(1);
      const viaCli = (
        JSON.parse(cli.stdout) as Array<{ messages: Array<{ ruleId: string; line: number }> }>
      )[0].messages
        .filter((message) => !CORPUS_RULES.has(message.ruleId))
        .map((message) => `${message.line} ${message.ruleId}`)
        .sort();
      expect(viaCli.length).toBeGreaterThan(0);

      expect(library.stderr).toBe('');
      const api = JSON.parse(library.stdout) as {
        resolved: string;
        version: string;
        rules: number;
        findings: string[];
      };
      expect(realpathSync(new URL(api.resolved))).toBe(
        join(realpathSync(consumer), 'node_modules', 'postmortem-lint', 'dist', 'api.js'),
      );
      expect([api.version, api.rules > 0]).toEqual([MANIFEST.version, true]);
      expect(api.findings).toEqual(viaCli);

      expect(remark.stderr).toBe('');
      const messages = JSON.parse(remark.stdout) as Array<{
        finding: string;
        fatal: boolean;
        source: string;
      }>;
      expect(messages.map((message) => message.finding).sort()).toEqual(viaCli);
      expect(new Set(messages.map((message) => message.source))).toEqual(
        new Set(['postmortem-lint']),
      );
      expect(messages.some((message) => message.fatal)).toBe(true);
    },
    TIMEOUT,
  );
});

describe('installed in a copy of the template repository', () => {
  test(
    'postmortem-lint is the packed one',
    () => {
      const installed = join(template, 'node_modules', 'postmortem-lint');
      // Unpacked from the tarball, not linked to the project.
      expect(lstatSync(installed).isSymbolicLink()).toBe(false);
      expect(existsSync(join(installed, 'src'))).toBe(false);
      const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
        version: string;
      };
      expect(manifest.version).toBe(MANIFEST.version);
    },
    TIMEOUT,
  );

  test(
    'npm run lint, then npm run trends writes postmortems/TRENDS.md, which the lint skips',
    async () => {
      const lint = ['run', '--silent', 'lint', '--', '--max-warnings', '0'];
      const clean = await run('npm', lint, template);
      expect([clean.status, clean.stderr]).toEqual([0, '']);
      expect(clean.stdout).not.toMatch(/error|warning|✖/);
      const trends = await run('npm', ['run', '--silent', 'trends'], template);
      expect(trends.status).toBe(0);
      expect(readFileSync(join(template, 'postmortems', 'TRENDS.md'), 'utf8')).toContain(
        '1 postmortem indexed.',
      );
      expect(await run('npm', lint, template)).toEqual(clean);
    },
    TIMEOUT,
  );

  test(
    "remark with the template's .remarkrc.mjs loads postmortem-lint/remark from the install",
    async () => {
      const result = await run(
        'npx',
        ['--offline', 'remark', 'postmortems', '--no-stdout', '--no-color', '--frail'],
        template,
      );
      expect(result.stderr).toContain(
        '2026-01-14-order-emails-delayed-by-full-queue-disk.md: no issues found',
      );
      expect(result.status).toBe(0);
    },
    TIMEOUT,
  );
});

describe('the declarations, in strict TypeScript projects that check them (skipLibCheck off)', () => {
  test(
    'the library API needs nothing but @types/node; the remark plugin fits a unified pipeline',
    async () => {
      // The library API, in a folder of its own: postmortem-lint (as installed) and nothing else.
      const library = join(work, 'typed-library');
      mkdirSync(join(library, 'node_modules'), { recursive: true });
      cpSync(
        join(consumer, 'node_modules', 'postmortem-lint'),
        join(library, 'node_modules', 'postmortem-lint'),
        { recursive: true },
      );
      const libraryProject = typedProject(
        library,
        `import {
  defaultConfig,
  formatStylish,
  lintFiles,
  lintText,
  loadConfig,
  type Diagnostic,
  type LintRun,
  type ResolvedConfig,
} from 'postmortem-lint';

const config: ResolvedConfig = defaultConfig(process.cwd());
const findings: readonly Diagnostic[] = lintText('a.md', '# A', config, new Date()).diagnostics;
const run: Promise<LintRun> = lintFiles({ files: ['a.md'], config, now: new Date(), jobs: 1 });
export const report: Promise<string> = run.then((done) => formatStylish(done, { color: false }));
export const loaded: Promise<ResolvedConfig> = loadConfig({ searchFrom: process.cwd() });
export const ruleIds: string[] = findings.map((finding) => finding.ruleId);
// @ts-expect-error: the declarations are precise, not any
export const wrong: number = config.files;
`,
      );
      // The remark plugin, in the template: with what remark-cli and remark-gfm install (hoisted).
      for (const name of ['unified', 'remark-parse', 'vfile', '@types/mdast'])
        linkFromProject(template, name);
      const remarkProject = typedProject(
        template,
        `import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkPostmortemLint, { type RemarkPostmortemLintOptions } from 'postmortem-lint/remark';

const options: RemarkPostmortemLintOptions = { now: '2026-03-13', config: '.postmortemrc.yml' };
export const processor = unified().use(remarkParse).use(remarkPostmortemLint, options);
// @ts-expect-error: an unknown option
export const wrong: RemarkPostmortemLintOptions = { nwo: '2026-03-13' };
`,
      );
      const [typedLibrary, typedRemark] = await Promise.all([
        run(process.execPath, [TSC, '-p', libraryProject], library),
        run(process.execPath, [TSC, '-p', remarkProject], template),
      ]);
      expect([typedLibrary.status, typedLibrary.stdout + typedLibrary.stderr]).toEqual([0, '']);
      expect([typedRemark.status, typedRemark.stdout + typedRemark.stderr]).toEqual([0, '']);
    },
    TIMEOUT,
  );
});
