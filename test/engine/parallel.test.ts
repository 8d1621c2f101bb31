import { jest } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles, POOL_MIN_FILES, type LintFilesOptions } from '../../src/engine/lint-files.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { builtWorkerUrl, crashOnMarkerWorker, deadWorker } from './built-worker.js';
import { mixedCorpus } from './corpus.js';
import { tempTree } from '../support/lint.js';
import { referenceText } from '../support/reference.js';

// Each test lints the corpus two or three times, in worker threads that start cold.
jest.setTimeout(180_000);

const now = new Date('2026-02-06T12:00:00Z');
// Small enough that one grown file is over the limit: a fatal finding that never reaches a worker.
const config = resolveConfig({ maxFileSize: 40_000 }, null, process.cwd());
let workerUrl: URL;

beforeAll(async () => {
  workerUrl = await builtWorkerUrl();
}, 180_000);

function lint(
  paths: string[],
  options: Partial<LintFilesOptions> = {},
): ReturnType<typeof lintFiles> {
  const half = Math.floor(paths.length / 2);
  return lintFiles({
    files: paths.slice(0, half),
    contextFiles: paths.slice(half),
    config,
    now,
    workerUrl,
    ...options,
  });
}

describe('parallel lint', () => {
  const { paths } = mixedCorpus({ copies: 8 });

  test('the corpus is big enough to use the pool and varied enough to finish out of order', () => {
    expect(paths.length).toBeGreaterThanOrEqual(POOL_MIN_FILES * 2);
  });

  test.each([2, 3, 5])('jobs: %i gives the in-process results byte for byte', async (jobs) => {
    const serial = JSON.stringify(await lint(paths, { jobs: 1 }));
    expect(JSON.stringify(await lint(paths, { jobs }))).toBe(serial);
  });

  test('the serial run covers fatal, unreadable, too-large and context files', async () => {
    const run = await lint(paths, { jobs: 1 });
    const fatal = run.results.filter((result) => result.diagnostics.some((d) => d.fatal));
    expect(fatal.map((result) => result.filePath.replace(/.*[\\/]/, ''))).toEqual(
      expect.arrayContaining(['binary.md', 'grown-2.md', 'latin1.md']),
    );
    expect(run.results).toHaveLength(Math.floor(paths.length / 2));
    expect(run.index.length).toBeGreaterThan(run.results.length);
  });

  test('a worker that crashes on some batches loses no file', async () => {
    // One file in the third batch kills whichever worker gets it, with another batch still queued.
    const names = Array.from({ length: 40 }, (_, i) => `${i === 20 ? 'crash' : 'calm'}-${i}.md`);
    const root = tempTree(Object.fromEntries(names.map((name) => [name, referenceText()])));
    const files = names.map((name) => join(root, name));
    const serial = await lintFiles({ files, config, now, jobs: 1 });
    const crashing = await lintFiles({
      files,
      config,
      now,
      jobs: 2,
      workerUrl: crashOnMarkerWorker(workerUrl),
    });
    expect(JSON.stringify(crashing)).toBe(JSON.stringify(serial));
  });

  test('workers that die at start-up leave the whole run to the main thread', async () => {
    const serial = JSON.stringify(await lint(paths, { jobs: 1 }));
    expect(JSON.stringify(await lint(paths, { jobs: 2, workerUrl: deadWorker() }))).toBe(serial);
  });

  test('with the cache, workers return records that a warm run reuses', async () => {
    const cacheLocation = join(mkdtempSync(join(tmpdir(), 'pml-cache-')), 'cache.json');
    const serial = JSON.stringify(await lint(paths, { jobs: 1 }));
    expect(JSON.stringify(await lint(paths, { jobs: 2, cache: true, cacheLocation }))).toBe(serial);
    expect(JSON.stringify(await lint(paths, { jobs: 2, cache: true, cacheLocation }))).toBe(serial);
    expect(JSON.stringify(await lint(paths, { jobs: 1, cache: true, cacheLocation }))).toBe(serial);
  });
});
