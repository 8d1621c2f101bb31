// Benchmark (`npm run bench`): times what users run (the built bundle in dist/, rebuilt first when
// older than src/) on a generated corpus of 2,000 postmortems and checks the performance targets.
//   --files N    corpus size (default 2000)      --runs N   action start-up runs (default 7)
//   --only a,b   run only the named measurements
// Each measurement runs in a fresh Node process (same flags), so its memory high-water mark and
// its JIT warm-up are its own. Add one by appending { name, label, run, target? } to MEASUREMENTS.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';
import { generateCorpus } from './generate-corpus.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const NOW = new Date('2026-02-06T12:00:00Z');
const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '7' },
    only: { type: 'string' },
    // Internal: run one measurement on an existing corpus and print its result as JSON.
    measure: { type: 'string' },
    corpus: { type: 'string' },
  },
});

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The Rollup bundle users run, as a module namespace. */
function bundled(name) {
  return import(pathToFileURL(join(ROOT, 'dist', name)).href);
}

async function lintApi(corpus) {
  const api = await bundled('api.js');
  const files = readdirSync(join(corpus, 'postmortems'))
    .sort()
    .map((name) => join(corpus, 'postmortems', name));
  return { api, files, config: api.defaultConfig(corpus) };
}

/** Parses every file of the corpus, one AST at a time (as the linter holds them). */
function parseAll(corpus, processor) {
  const folder = join(corpus, 'postmortems');
  for (const name of readdirSync(folder).sort())
    processor.parse(readFileSync(join(folder, name), 'utf8'));
}

/**
 * Every measurement. `run(corpus)` does the timed work (in its own process) and may return extra
 * figures; `target(results)` gives [limit, passed].
 */
const MEASUREMENTS = [
  {
    name: 'parse',
    label: '(a) bare remark parse, 1 thread',
    async prepare(corpus) {
      const { createBareParser } = await import(
        pathToFileURL(join(corpus, 'bare', 'bare-parse.js')).href
      );
      return createBareParser();
    },
    run: (corpus, processor) => parseAll(corpus, processor),
  },
  {
    name: 'parse-unbundled',
    label: '    bare remark parse from node_modules (unbundled)',
    async prepare() {
      const { createBareParser } = await import('./bare-parse.js');
      return createBareParser();
    },
    run: (corpus, processor) => parseAll(corpus, processor),
  },
  {
    name: 'parse-project',
    label: "    bare parse with the linter's own parser (GFM minus bare-URL autolinks)",
    async prepare(corpus) {
      const { parseMarkdown } = await import(
        pathToFileURL(join(corpus, 'bare', 'project-parse.js')).href
      );
      return { parse: parseMarkdown };
    },
    run: (corpus, processor) => parseAll(corpus, processor),
  },
  {
    name: 'lint-serial',
    label: '(b) full lint, jobs: 1',
    prepare: lintApi,
    run: async (_, { api, files, config }) => {
      await api.lintFiles({ files, config, now: NOW, jobs: 1 });
    },
    target: (results) => ratioTarget(results, 'lint-serial', 1.15),
  },
  {
    name: 'lint-parallel',
    label: '(c) full lint, jobs: 2',
    prepare: lintApi,
    run: async (_, { api, files, config }) => {
      const run = await api.lintFiles({ files, config, now: NOW, jobs: 2 });
      return { findings: findingsOf(run, files, PR_CHANGED) };
    },
    target: (results) => ratioTarget(results, 'lint-parallel', 0.5),
  },
  {
    name: 'pr-check',
    label: '(g) PR check, 1 changed file + the rest as context, no cache, jobs: 2',
    prepare: lintApi,
    run: async (_, { api, files, config }) => {
      const changed = files[PR_CHANGED[0]];
      const run = await api.lintPostmortems({
        files: [changed],
        contextFiles: files,
        config,
        now: NOW,
        jobs: 2,
      });
      return { findings: { [PR_CHANGED[0]]: run.results[0] } };
    },
    target: (results) => prTarget(results, 'pr-check', 3),
  },
  {
    name: 'pr-cache-cold',
    label: '    PR check, cold cache (fills it)',
    prepare: lintApi,
    run: async (corpus, { api, files, config }) => {
      const cacheLocation = join(corpus, '.pr-check-cache');
      rmSync(cacheLocation, { force: true });
      const run = await api.lintPostmortems({
        files: [files[PR_CHANGED[0]]],
        contextFiles: files,
        config,
        now: NOW,
        jobs: 2,
        cache: true,
        cacheLocation,
      });
      return { findings: { [PR_CHANGED[0]]: run.results[0] } };
    },
    target: (results) => prTarget(results, 'pr-cache-cold', null),
  },
  {
    name: 'pr-cache-warm',
    label: '(h) PR check, warm cache, another changed file',
    prepare: lintApi,
    run: async (corpus, { api, files, config }) => {
      const run = await api.lintPostmortems({
        files: [files[PR_CHANGED[1]]],
        contextFiles: files,
        config,
        now: NOW,
        jobs: 2,
        cache: true,
        cacheLocation: join(corpus, '.pr-check-cache'),
      });
      if (run.warnings) throw new Error(run.warnings.join('\n'));
      return { findings: { [PR_CHANGED[1]]: run.results[0] } };
    },
    target: (results) => prTarget(results, 'pr-cache-warm', 1),
  },
  {
    name: 'cache-cold',
    label: '    cold cache (fills it)',
    prepare: lintApi,
    run: async (corpus, { api, files, config }) => {
      const cacheLocation = join(corpus, '.postmortem-lint-cache');
      rmSync(cacheLocation, { force: true });
      await api.lintFiles({ files, config, now: NOW, cache: true, cacheLocation });
      return { cacheMiB: statSync(cacheLocation).size / 2 ** 20 };
    },
  },
  {
    name: 'cache-warm',
    label: '(d) warm cache, 1 file changed: lint + index',
    async prepare(corpus) {
      const context = await lintApi(corpus);
      const changed = context.files[Math.floor(context.files.length / 2)];
      writeFileSync(changed, `${readFileSync(changed, 'utf8')}\nEdited after the review.\n`);
      return context;
    },
    run: async (corpus, { api, files, config }) => {
      const cacheLocation = join(corpus, '.postmortem-lint-cache');
      const run = await api.lintFiles({ files, config, now: NOW, cache: true, cacheLocation });
      if (run.warnings) throw new Error(run.warnings.join('\n'));
      if (run.index.length === 0) throw new Error('empty corpus index');
    },
    target: (results) => ['< 2 s', results.get('cache-warm').wall < 2],
  },
  {
    name: 'action-startup',
    label: `(e) action start-up, no files (median of ${values.runs})`,
    target: (results) => ['< 0.3 s', results.get('action-startup').wall < 0.3],
    spawned: true,
  },
  {
    name: 'index-report',
    label: '(f) index + trend report (Markdown + JSON), jobs: 1',
    prepare: lintApi,
    run: async (_, { api, files, config }) => {
      const run = await api.lintFiles({
        files,
        config: api.indexingConfig(config),
        now: NOW,
        jobs: 1,
      });
      const index = api.corpusIndexOf(run, NOW);
      const report = api.reportFromIndex(index, api.reportSettings(config), {
        now: NOW,
        since: null,
        until: null,
      });
      const markdown = api.renderMarkdown(report);
      const json = JSON.stringify(report);
      return {
        indexed: index.entries.length,
        incidents: report.current.incidents.total,
        patterns: report.patterns.length,
        reportKiB: (markdown.length + json.length) / 1024,
        // The Markdown report alone (TRENDS.md): bounded tables keep it under 1 MB.
        markdownKiB: Buffer.byteLength(markdown, 'utf8') / 1024,
      };
    },
    target: (results) => ratioTarget(results, 'index-report', 1.2),
  },
];

/** The files the PR checks change (indices in path order): the first cold, the second warm. */
const PR_CHANGED = [1000, 1400];

/** The findings of some files of a run, by index, to compare a PR check with the full run. */
function findingsOf(run, files, indices) {
  return Object.fromEntries(
    indices.map((index) => [index, run.results.find((result) => result.filePath === files[index])]),
  );
}

/** Under `limit` seconds (none: no time target), with the full run's findings for the file. */
function prTarget(results, name, limit) {
  const full = results.get('lint-parallel');
  const result = results.get(name);
  const same = full
    ? Object.entries(result.findings).every(
        ([index, findings]) => JSON.stringify(full.findings[index]) === JSON.stringify(findings),
      )
    : null;
  const fast = limit === null || result.wall < limit;
  const label = `${limit === null ? '' : `< ${limit} s, `}${same === null ? 'findings unchecked' : 'same findings'}`;
  return [label, same === false ? false : fast];
}

function ratioTarget(results, name, limit) {
  const parse = results.get('parse');
  return [`≤ ${limit}× (a)`, parse ? results.get(name).wall / parse.wall <= limit : null];
}

/** Child side: one measurement, its wall and CPU time (all threads) and memory, as JSON on stdout. */
async function measureOne(name, corpus) {
  const measurement = MEASUREMENTS.find((candidate) => candidate.name === name);
  const prepared = measurement.prepare ? await measurement.prepare(corpus) : undefined;
  let peakHeap = 0;
  const sampler = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 20);
  globalThis.gc?.();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const extra = await measurement.run(corpus, prepared);
  const wall = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  clearInterval(sampler);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const { findings, ...figures } = extra ?? {};
  const result = {
    wall,
    cpu: (used.user + used.system) / 1e6,
    rssMiB: process.resourceUsage().maxRSS / 1024,
    heapMiB: peakHeap / 2 ** 20,
    ...figures,
    ...(findings ? { findings } : {}),
  };
  process.stdout.write(JSON.stringify(result));
}

/** `node dist/index.js` as the runner starts it, with inputs that match no file and no network. */
function actionStartup() {
  const workspace = mkdtempSync(join(tmpdir(), 'postmortem-lint-bench-action-'));
  const file = (name, content = '') => {
    const path = join(workspace, name);
    writeFileSync(path, content);
    return path;
  };
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.startsWith('GITHUB_') && !key.startsWith('INPUT_'),
    ),
  );
  Object.assign(env, {
    INPUT_PATHS: 'no-such-folder/**/*.md',
    INPUT_MODE: 'lint',
    INPUT_COMMENT: 'false',
    'INPUT_CHANGED-ONLY': 'false',
    'INPUT_FAIL-ON': 'never',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: file('event.json', '{}'),
    GITHUB_STEP_SUMMARY: file('summary.md'),
    GITHUB_OUTPUT: file('output.txt'),
    GITHUB_REPOSITORY: 'example/postmortems',
    GITHUB_API_URL: 'http://127.0.0.1:9',
  });
  const walls = [];
  let exitCode = 0;
  for (let run = 0; run < Number(values.runs); run++) {
    const start = performance.now();
    const child = spawnSync(process.execPath, [join(ROOT, 'dist', 'index.js')], {
      cwd: workspace,
      env,
    });
    walls.push((performance.now() - start) / 1000);
    exitCode = child.status ?? -1;
  }
  rmSync(workspace, { recursive: true, force: true });
  return { wall: median(walls), cpu: null, rssMiB: null, heapMiB: null, exitCode };
}

function newestMtime(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** The bench measures the bundle: rebuild it when a source is newer than dist/. */
function ensureBundle() {
  const outputs = ['api.js', 'worker.js', 'index.js'].map((name) => join(ROOT, 'dist', name));
  const sources = Math.max(
    newestMtime(join(ROOT, 'src')),
    newestMtime(join(ROOT, 'rollup.config.js')),
  );
  if (outputs.every((path) => existsSync(path) && statSync(path).mtimeMs >= sources)) return;
  console.log('dist/ is missing or older than src/: running npm run bundle …');
  execFileSync('npm', ['run', 'bundle'], { cwd: ROOT, stdio: 'ignore' });
}

/**
 * scripts/bare-parse.js (the baseline, (a)) and the linter's own parser, bundled with the
 * project's Rollup configuration like dist/.
 */
async function bundleBareParser(outDir) {
  const [{ rollup }, { default: config }] = await Promise.all([
    import('rollup'),
    import(pathToFileURL(join(ROOT, 'rollup.config.js')).href),
  ]);
  const bundle = await rollup({
    ...config,
    input: {
      'bare-parse': join(ROOT, 'scripts', 'bare-parse.js'),
      'project-parse': join(ROOT, 'src', 'parse', 'markdown.ts'),
    },
  });
  await bundle.write({ ...config.output, dir: outDir });
  await bundle.close();
}

async function main() {
  ensureBundle();
  const corpus = mkdtempSync(join(tmpdir(), 'postmortem-lint-bench-'));
  await bundleBareParser(join(corpus, 'bare'));
  const files = generateCorpus(join(corpus, 'postmortems'), Number(values.files));
  const bytes = files.reduce((sum, path) => sum + statSync(path).size, 0);
  const loadBefore = loadavg()[0];
  console.log(
    `Corpus: ${files.length} postmortems, ${(bytes / 2 ** 20).toFixed(1)} MiB (seeded, scripts/generate-corpus.js)\n` +
      `Machine: ${availableParallelism()} cores, load average ${loadBefore.toFixed(2)}, Node ${process.version}\n`,
  );

  const only = values.only ? new Set(values.only.split(',')) : null;
  const results = new Map();
  for (const measurement of MEASUREMENTS) {
    if (only && !only.has(measurement.name)) continue;
    if (measurement.spawned) {
      results.set(measurement.name, actionStartup());
      continue;
    }
    const self = fileURLToPath(import.meta.url);
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, self, '--measure', measurement.name, '--corpus', corpus],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    if (child.status !== 0) throw new Error(`${measurement.name} failed:\n${child.stderr}`);
    results.set(measurement.name, JSON.parse(child.stdout));
  }
  rmSync(corpus, { recursive: true, force: true });
  report(results, loadBefore);
}

function report(results, loadBefore) {
  const parse = results.get('parse');
  const mib = (value) => (value === null || value === undefined ? '' : `${value.toFixed(0)} MiB`);
  const rows = [];
  for (const measurement of MEASUREMENTS) {
    const result = results.get(measurement.name);
    if (!result) continue;
    const [limit, passed] = measurement.target ? measurement.target(results) : ['', null];
    rows.push([
      measurement.label,
      `${result.wall.toFixed(2)} s`,
      result.cpu === null ? '' : `${result.cpu.toFixed(2)} s`,
      parse && result.cpu !== null ? `${(result.wall / parse.wall).toFixed(2)}×` : '',
      mib(result.rssMiB),
      mib(result.heapMiB),
      limit,
      passed === null ? '' : passed ? 'pass' : 'FAIL',
    ]);
  }
  const linted = [...results]
    .filter(([name]) => name !== 'action-startup')
    .map(([, result]) => result.rssMiB);
  const peak = Math.max(...linted);
  rows.push([
    'peak memory (RSS high-water of any run above)',
    mib(peak),
    '',
    '',
    '',
    '',
    '< 250 MiB',
    peak < 250 ? 'pass' : 'FAIL',
  ]);
  const header = [
    'measurement',
    'wall',
    'CPU (all threads)',
    'vs (a)',
    'RSS high-water',
    'heap peak',
    'target',
    '',
  ];
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => row[column].length)),
  );
  for (const row of [header, ...rows])
    console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '));
  const cold = results.get('cache-cold');
  if (cold) console.log(`\nCache file: ${cold.cacheMiB.toFixed(1)} MiB.`);
  console.log(
    `Load average: ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after (other processes skew wall times).`,
  );
  const trends = results.get('index-report');
  if (trends)
    console.log(
      `Index + report: ${trends.indexed} postmortems indexed, ${trends.incidents} incidents in the 12-month window, ` +
        `${trends.patterns} patterns, ${trends.reportKiB.toFixed(0)} KiB of Markdown + JSON.`,
    );
  const startup = results.get('action-startup');
  if (startup && startup.exitCode !== 0)
    console.log(`Note: the action exited with code ${startup.exitCode}.`);
}

if (values.measure) await measureOne(values.measure, values.corpus);
else await main();
