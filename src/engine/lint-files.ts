import { availableParallelism } from 'node:os';
import type { ResolvedConfig } from '../config/types.js';
import type { LintRun } from './types.js';
import type { Rule } from '../rules/types.js';
import { RULES } from '../rules/index.js';
import { checkCorpus, failedOutcome, readPostmortem, type FileOutcome } from './pipeline.js';
import { fileResult } from '../diagnostics/diagnostics.js';
import { runFileTask, type FileTask, type TaskResult } from './file-task.js';
import { BATCH_SIZE, findWorkerUrl, WorkerPool } from './pool/pool.js';
import { LintCache } from './cache/cache.js';
import { cacheFilePath } from './cache/file.js';
import { contentHash } from './cache/record.js';
import { VERSION } from '../version.js';

export interface LintFilesOptions {
  /** Files whose findings are reported (paths as the user should see them). */
  files: string[];
  /**
   * More files that are only read for the corpus view (cross-incident rules), e.g. the rest of
   * the repository when a pull request changes a few postmortems. Their findings are not reported.
   */
  contextFiles?: string[];
  config: ResolvedConfig;
  now: Date;
  /** Worker threads to parse with (CLI `--jobs`); default: the available cores; 1 runs in-process. */
  jobs?: number;
  /** Reuse models of unchanged files from the previous run (CLI `--cache`). */
  cache?: boolean;
  /** Cache file, or a directory to keep `.postmortem-lint-cache` in (CLI `--cache-location`). */
  cacheLocation?: string;
  /**
   * The compiled worker entry (`worker.js`); found beside the bundle by default. For tests, and for
   * embedders whose bundler moves it.
   */
  workerUrl?: URL;
  /**
   * The rules to run (default: the built-in registry). Another set runs in-process only, since a
   * worker thread knows the built-in rules alone; tests use it to run a rule that throws.
   */
  rules?: readonly Rule[];
}

/**
 * Workers start once there is this much work (files to parse; a cache hit counts a tenth); less
 * is linted in-process. Measured here: a worker takes ~220 ms to start (loading the bundle, cold
 * JIT), a 4–20 KB postmortem ~18 ms to lint, so two workers only pay off past ~24 files.
 */
export const POOL_MIN_FILES = 24;
/** What a cache hit weighs against a file to parse, in that threshold. */
const HIT_WORK = 0.1;

/**
 * Lints files, then runs the corpus rules. Files are read one at a time and modelled in a pool of
 * worker threads (or in-process for few files or `jobs: 1`); only outcomes (findings and index
 * entries) are kept, never all models at once. Results come back in input order whatever the
 * scheduling, identical to an in-process run.
 */
export async function lintFiles(options: LintFilesOptions): Promise<LintRun> {
  const { config, now } = options;
  const registry = options.rules ?? RULES;
  const reported = [...new Set(options.files)];
  const reportedSet = new Set(reported);
  const context = [...new Set(options.contextFiles ?? [])].filter((path) => !reportedSet.has(path));
  const paths = [...reported, ...context];
  const warnings: string[] = [];
  const cache = options.cache
    ? await LintCache.open(
        await cacheFilePath(options.cacheLocation),
        { toolVersion: VERSION, configHash: config.hash },
        (message) => warnings.push(message),
      )
    : null;

  const outcomes: FileOutcome[] = new Array<FileOutcome>(paths.length);
  const hashes: string[] = new Array<string>(paths.length);
  const accept = (result: TaskResult): void => {
    outcomes[result.index] = result.outcome;
    if (cache && result.record !== null)
      cache.store(paths[result.index], hashes[result.index], result.record);
  };
  // The copy flattens strings sliced from the file's text, which would otherwise keep every
  // source alive until the run ends (measured on 1,000 files: live heap 43 → 20 MB). Results from
  // workers arrive copied already.
  const runHere = (task: FileTask): TaskResult => {
    const result = runFileTask(task, config, now, cache !== null, registry);
    return { ...result, outcome: structuredClone(result.outcome) };
  };

  const jobs = Math.max(1, Math.floor(options.jobs ?? availableParallelism()));
  const pooled = jobs > 1 && paths.length >= POOL_MIN_FILES && registry === RULES;
  const workerUrl = pooled ? (options.workerUrl ?? findWorkerUrl()) : null;
  // Tasks wait here until there is enough work to be worth starting workers: a cache hit (decode
  // the stored model, run the rules) counts as a tenth of a file to parse (measured ~1 ms vs ~10 ms).
  const waiting: FileTask[] = [];
  let waitingWork = 0;
  let pool: WorkerPool | null = null;
  try {
    for (const [index, path] of paths.entries()) {
      const read = readPostmortem(path, config);
      if (!(read instanceof Uint8Array)) {
        outcomes[index] = failedOutcome(path, read);
        continue;
      }
      let cached: string | null = null;
      if (cache) {
        hashes[index] = contentHash(read);
        cached = cache.lookup(path, hashes[index]);
      }
      const task: FileTask = { index, path, bytes: read, cached };
      if (!workerUrl) accept(runHere(task));
      else if (pool) await pool.submit(task);
      else {
        waiting.push(task);
        waitingWork += cached === null ? 1 : HIT_WORK;
        if (waitingWork >= POOL_MIN_FILES) {
          const size = Math.min(
            jobs,
            Math.ceil((paths.length - index + waiting.length) / BATCH_SIZE),
          );
          const init = { config, now: now.getTime(), recordWanted: cache !== null };
          pool = new WorkerPool({ workerUrl, size, init, onResult: accept, runHere });
          for (const queued of waiting.splice(0)) await pool.submit(queued);
        }
      }
    }
    for (const queued of waiting) accept(runHere(queued));
    await pool?.finish();
  } catch (error) {
    cache?.abandon();
    throw error;
  } finally {
    await pool?.close();
  }
  await cache?.save();

  checkCorpus(outcomes, config, now, registry);
  const results = outcomes
    .slice(0, reported.length)
    .map((outcome) => fileResult(outcome.path, outcome.diagnostics));
  const run: LintRun = {
    results,
    index: outcomes.flatMap((outcome) => (outcome.entry ? [outcome.entry] : [])),
    errorCount: results.reduce((sum, result) => sum + result.errorCount, 0),
    warningCount: results.reduce((sum, result) => sum + result.warningCount, 0),
  };
  if (warnings.length > 0) run.warnings = warnings;
  return run;
}
