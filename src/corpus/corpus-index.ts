import type { IndexEntry } from './index-entry.js';
import type { LintRun } from '../engine/types.js';
import type { ResolvedConfig } from '../config/types.js';

/** A file that could not be modelled (unreadable, not text, too large): listed, never dropped. */
export interface FailedFile {
  path: string;
  message: string;
  line: number;
}

/** The corpus index document written by `postmortem-lint index`: the input of every analysis. */
export interface CorpusIndex {
  version: 1;
  /** The reference instant the index was built with (`--now`). */
  generatedAt: string;
  entries: IndexEntry[];
  failed: FailedFile[];
}

/**
 * The configuration to index with: the same parsing, no rules (the index needs models, not
 * findings, so indexing costs about a bare parse). Its own cache key, so an index run never stores
 * rule-less results where a lint run would read them.
 */
export function indexingConfig(config: ResolvedConfig): ResolvedConfig {
  return { ...config, rules: [], hash: `${config.hash}:index` };
}

/** The index of a lint run; `pathOf` maps the run's paths to the paths to show (relative ones). */
export function corpusIndex(
  run: LintRun,
  now: Date,
  pathOf: (path: string) => string = (path) => path,
): CorpusIndex {
  const failed: FailedFile[] = [];
  for (const result of run.results) {
    const fatal = result.diagnostics.find((diagnostic) => diagnostic.fatal);
    if (fatal)
      failed.push({ path: pathOf(result.filePath), message: fatal.message, line: fatal.line });
  }
  return {
    version: 1,
    generatedAt: now.toISOString(),
    entries: run.index.map((entry) => ({ ...entry, path: pathOf(entry.path) })),
    failed,
  };
}

/** Checks the outline of an index read back from disk; returns a problem or null. */
export function corpusIndexProblem(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return 'not a JSON object';
  const candidate = data as Partial<CorpusIndex>;
  if (candidate.version !== 1) return 'unsupported "version" (expected 1)';
  if (!Array.isArray(candidate.entries)) return '"entries" must be an array';
  if (!Array.isArray(candidate.failed)) return '"failed" must be an array';
  const bad = candidate.entries.findIndex(
    (entry: unknown) =>
      typeof entry !== 'object' || entry === null || typeof (entry as IndexEntry).path !== 'string',
  );
  return bad === -1 ? null : `entries[${bad}] has no "path"`;
}
