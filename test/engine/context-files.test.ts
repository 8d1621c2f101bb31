// A pull-request check (a few files linted, the rest of the repository as context) reports what a
// full run reports for those files, with and without the cache, in-process and in workers.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles, type LintFilesOptions } from '../../src/engine/lint-files.js';
import type { LintRun } from '../../src/engine/types.js';
import { config as configOf } from '../support/lint.js';
import { builtWorkerUrl } from './built-worker.js';
// @ts-expect-error: the bench's generator is plain JavaScript, without types.
import { generateCorpus } from '../../scripts/generate-corpus.js';

const now = new Date('2026-02-06T12:00:00Z');
const defaults = configOf();
const similar = configOf({ rules: { 'pattern-analysis': { similarity: { enabled: true } } } });
const folder = mkdtempSync(join(tmpdir(), 'pml-pr-'));
const files = (generateCorpus(folder, 40) as string[]).sort();
// Early, middle and late files: patterns before and after them.
const changed = [files[3], files[20], files[39]];

function fullResults(run: LintRun): unknown {
  return run.results.filter((result) => changed.includes(result.filePath));
}

function check(options: Partial<LintFilesOptions> = {}): Promise<LintRun> {
  return lintFiles({ files: changed, contextFiles: files, config: defaults, now, ...options });
}

describe('pull-request check with the rest as context', () => {
  let full: LintRun;
  beforeAll(async () => {
    full = await lintFiles({ files, config: defaults, now });
  }, 120_000);

  test('the corpus has cross-incident findings for the changed files', () => {
    const ids = (
      full.results as Array<{ filePath: string; diagnostics: Array<{ ruleId: string }> }>
    )
      .filter((result) => changed.includes(result.filePath))
      .flatMap((result) => result.diagnostics.map((d) => d.ruleId));
    expect(ids).toContain('pattern-analysis');
  });

  test('reports what a full run reports for those files, context entries projected', async () => {
    const run = await check();
    expect(run.results).toEqual(fullResults(full));
    const context = run.index.find((entry) => entry.path === files[0]);
    expect(context).toMatchObject({ id: expect.any(String), date: expect.any(String) });
    expect(context?.actionItems).toEqual([]);
  });

  test('with the cache: cold, warm, then a full run on the same cache file', async () => {
    const cacheLocation = join(mkdtempSync(join(tmpdir(), 'pml-pr-cache-')), 'cache');
    const cold = await check({ cache: true, cacheLocation });
    const warm = await check({ cache: true, cacheLocation });
    expect(cold.results).toEqual(fullResults(full));
    expect(warm.results).toEqual(fullResults(full));
    expect(warm.index).toEqual(cold.index);
    const fullCached = await lintFiles({
      files,
      config: defaults,
      now,
      cache: true,
      cacheLocation,
    });
    expect(fullCached.results).toEqual(full.results);
    // Both kinds of record stay: the next check still finds its context records.
    expect((await check({ cache: true, cacheLocation })).index).toEqual(cold.index);
  }, 120_000);

  test('in worker threads, with and without the cache', async () => {
    const workerUrl = await builtWorkerUrl();
    const cacheLocation = join(mkdtempSync(join(tmpdir(), 'pml-pr-cache-')), 'cache');
    const serial = await check();
    for (let run = 0; run < 2; run++) {
      const pooled = await check({ jobs: 2, workerUrl, cache: true, cacheLocation });
      expect(JSON.stringify(pooled)).toBe(JSON.stringify(serial));
    }
    expect(readdirSync(join(cacheLocation, '..'))).toEqual(['cache']);
  }, 180_000);

  test('with similarity on, too', async () => {
    const all = await lintFiles({ files, config: similar, now });
    const run = await check({ config: similar });
    expect(run.results).toEqual(all.results.filter((result) => changed.includes(result.filePath)));
  }, 120_000);
});
