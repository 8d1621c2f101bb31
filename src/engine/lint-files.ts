import { availableParallelism } from 'node:os';
import type { ResolvedConfig } from '../config/types.js';
import type { LintRun } from './types.js';
import type { Rule } from '../rules/types.js';
import { RULES } from '../rules/index.js';
import { checkCorpus, failedOutcome, readPostmortem, type FileOutcome } from './pipeline.js';
import { fileResult } from '../diagnostics/diagnostics.js';
import { invalidFile } from '../parse/decode.js';
import { contextOutcome, runFileTask, type FileTask, type TaskResult } from './file-task.js';
import { findWorkerUrl, WorkerPool } from './pool/pool.js';
import { LintCache } from './cache/cache.js';
import { cacheFilePath } from './cache/file.js';
import { contentHash, decodeContextRecord } from './cache/record.js';
import { VERSION } from '../version.js';

export interface LintFilesOptions {
  /** Files whose findings are reported (paths as the user should see them). */
  files: string[];
  /**
   * More files that are only read for the corpus view (cross-incident rules), e.g. the rest of
   * the repository when a pull request changes a few postmortems. They are indexed, not checked
   * (`indexContext`: mostly from their header alone), and their entries in the run's index are
   * projections (`contextProjection`).
   */
  contextFiles?: string[];
  config: ResolvedConfig;
  now: Date;
  /**
   * Worker threads to parse with (CLI `--jobs`); default: the available cores. With a time budget
   * (`fileTimeBudget`) even 1 means a worker thread, as only a thread can be stopped mid-file.
   */
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
 * Without a time budget, workers start once a run has this many files; fewer are linted
 * in-process. Measured here: a worker takes ~220 ms to start (loading the bundle, cold JIT), a
 * 4–20 KB postmortem ~18 ms to lint, so two workers only pay off past ~24 files.
 */
export const POOL_MIN_FILES = 24;

/** The `invalid-file` finding of a file that took longer than the budget. */
export function overBudgetProblem(seconds: number): ReturnType<typeof invalidFile> {
  return invalidFile(
    `File took longer than ${seconds} s to read: not linted (the other files are). ` +
      'Markdown the parser reads slowly (thousands of unmatched brackets, emphasis markers or ' +
      'underline lines) is the usual cause: simplify that part, or raise "fileTimeBudget" in ' +
      'the configuration.',
  );
}

/**
 * Lints files, then runs the corpus rules on them. Files are read one at a time and modelled in
 * a pool of worker threads (in-process only without a worker entry, with custom rules, or for a
 * small run without a time budget); only outcomes (findings and index entries) are kept, never all
 * models at once. Results come back in input order whatever the scheduling, identical to an
 * in-process run.
 */
export async function lintFiles(options: LintFilesOptions): Promise<LintRun> {
  const { config, now } = options;
  const registry = options.rules ?? RULES;
  const reported = [...new Set(options.files)];
  const reportedSet = new Set(reported);
  const context = [...new Set(options.contextFiles ?? [])].filter((path) => !reportedSet.has(path));
  const paths = [...reported, ...context];
  const warnings: string[] = [];
  // Opened once the pool is there: its first worker starts up while the cache is read.
  let cache: LintCache | null = null;

  const outcomes: FileOutcome[] = new Array<FileOutcome>(paths.length);
  const hashes: string[] = new Array<string>(paths.length);
  const accept = (result: TaskResult): void => {
    outcomes[result.index] = result.outcome;
    if (cache && result.record !== null) {
      const kind = result.index < reported.length ? 'model' : 'context';
      cache.store(paths[result.index], hashes[result.index], result.record, kind);
    }
  };
  // The copy flattens strings sliced from the file's text, which would otherwise keep every
  // source alive until the run ends (measured on 1,000 files: live heap 43 → 20 MB). Results from
  // workers arrive copied already.
  const runHere = (task: FileTask): TaskResult => {
    const result = runFileTask(task, config, now, cache !== null, registry);
    return { ...result, outcome: structuredClone(result.outcome) };
  };
  const overBudget = (task: FileTask): TaskResult => ({
    index: task.index,
    outcome: failedOutcome(task.path, overBudgetProblem(config.fileTimeBudget)),
    record: null,
  });

  const jobs = Math.max(1, Math.floor(options.jobs ?? availableParallelism()));
  const budgetMs = config.fileTimeBudget * 1000;
  const pooled =
    registry === RULES && (budgetMs > 0 || (jobs > 1 && paths.length >= POOL_MIN_FILES));
  const workerUrl = pooled ? (options.workerUrl ?? findWorkerUrl()) : null;
  const pool = workerUrl
    ? new WorkerPool({
        workerUrl,
        size: jobs,
        init: {
          config,
          now: now.getTime(),
          recordWanted: options.cache === true,
          lints: reported.length > 0,
        },
        budgetMs,
        onResult: accept,
        runHere,
        overBudget,
      })
    : null;
  if (options.cache) {
    try {
      cache = await LintCache.open(
        await cacheFilePath(options.cacheLocation),
        { toolVersion: VERSION, configHash: config.hash },
        (message) => warnings.push(message),
      );
    } catch (error) {
      await pool?.close();
      throw error;
    }
  }
  try {
    for (const [index, path] of paths.entries()) {
      const read = readPostmortem(path, config);
      if (!(read instanceof Uint8Array)) {
        outcomes[index] = failedOutcome(path, read);
        continue;
      }
      const kind = index < reported.length ? 'lint' : 'context';
      let cached: string | null = null;
      if (cache) {
        hashes[index] = contentHash(read);
        cached = cache.lookup(path, hashes[index], kind === 'lint' ? 'model' : 'context');
      }
      // A context file's record is its entry: nothing left to run, no worker needed.
      if (kind === 'context' && cached !== null) {
        try {
          outcomes[index] = contextOutcome(path, decodeContextRecord(cached, path));
          continue;
        } catch {
          cached = null;
        }
      }
      const task: FileTask = { index, path, bytes: read, kind, cached };
      if (pool) await pool.submit(task);
      else accept(runHere(task));
    }
    await pool?.finish();
  } catch (error) {
    cache?.abandon();
    throw error;
  } finally {
    await pool?.close();
  }
  await cache?.save();

  checkCorpus(outcomes, config, now, registry, reported.length);
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
