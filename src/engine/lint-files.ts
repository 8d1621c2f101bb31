import { open } from 'node:fs/promises';
import type { ResolvedConfig } from '../config/types.js';
import type { LintRun } from './types.js';
import { checkCorpus, type FileOutcome } from './check-model.js';
import { failedOutcome, lintBytes } from './lint-text.js';
import { tooLargeProblem } from '../parse/decode.js';
import { fileResult } from './diagnostics.js';

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
  /** Worker threads to parse with (CLI `--jobs`). */
  jobs?: number;
  /** Reuse results of unchanged files from the previous run (CLI `--cache`). */
  cache?: boolean;
  /** Cache file (CLI `--cache-location`). */
  cacheLocation?: string;
}

/** Reads one file without ever holding more than the size limit (plus one byte) in memory. */
async function readLimited(path: string, limit: number): Promise<{ bytes: Uint8Array } | { size: number }> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > limit) return { size };
    const bytes = new Uint8Array(size);
    let read = 0;
    while (read < size) {
      const chunk = await handle.read(bytes, read, size - read, read);
      if (chunk.bytesRead === 0) break;
      read += chunk.bytesRead;
    }
    return { bytes: bytes.subarray(0, read) };
  } finally {
    await handle.close();
  }
}

export async function lintFileAt(path: string, config: ResolvedConfig, now: Date): Promise<FileOutcome> {
  try {
    const read = await readLimited(path, config.maxFileSize);
    if ('size' in read) return failedOutcome(path, tooLargeProblem(read.size, config.maxFileSize));
    return lintBytes(path, read.bytes, config, now);
  } catch (error) {
    return failedOutcome(path, {
      ruleId: 'invalid-file',
      message: `File could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`,
      span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } },
      fatal: true,
    });
  }
}

/** Lints files one by one (one model in memory at a time), then runs the corpus rules. */
export async function lintFiles(options: LintFilesOptions): Promise<LintRun> {
  const reported = [...new Set(options.files)];
  const reportedSet = new Set(reported);
  const context = [...new Set(options.contextFiles ?? [])].filter((path) => !reportedSet.has(path));
  const outcomes: FileOutcome[] = [];
  for (const path of [...reported, ...context]) outcomes.push(await lintFileAt(path, options.config, options.now));
  checkCorpus(outcomes, options.config, options.now);
  const results = outcomes.slice(0, reported.length).map((outcome) => fileResult(outcome.path, outcome.diagnostics));
  return {
    results,
    index: outcomes.flatMap((outcome) => (outcome.entry ? [outcome.entry] : [])),
    errorCount: results.reduce((sum, result) => sum + result.errorCount, 0),
    warningCount: results.reduce((sum, result) => sum + result.warningCount, 0),
  };
}
