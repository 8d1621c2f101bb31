import type { ResolvedConfig } from '../config/types.js';
import type { LintRun } from './types.js';
import type { Rule } from '../rules/types.js';
import { invalidFile } from '../parse/decode.js';
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
export declare const POOL_MIN_FILES = 24;
/** The `invalid-file` finding of a file that took longer than the budget. */
export declare function overBudgetProblem(seconds: number): ReturnType<typeof invalidFile>;
/**
 * Lints files, then runs the corpus rules on them. Files are read one at a time and modelled in
 * a pool of worker threads (in-process only without a worker entry, with custom rules, or for a
 * small run without a time budget); only outcomes (findings and index entries) are kept, never all
 * models at once. Results come back in input order whatever the scheduling, identical to an
 * in-process run.
 */
export declare function lintFiles(options: LintFilesOptions): Promise<LintRun>;
