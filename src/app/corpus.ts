import type { ResolvedConfig } from '../config/types.js';
import type { CorpusIndex, FailedFile } from '../corpus/corpus-index.js';
import { lintFiles } from '../engine/lint-files.js';
import type { LintRun } from '../engine/types.js';

/**
 * The configuration to index with: the same parsing, no rules (the index needs models, not
 * findings, so indexing costs about a bare parse). Its own cache key, so an index run never stores
 * rule-less results where a lint run would read them. The rules keep their options: reports read
 * the practice's settings from them.
 */
export function indexingConfig(config: ResolvedConfig): ResolvedConfig {
  return {
    ...config,
    rules: config.rules.map((rule) => ({ ...rule, severity: 'off' })),
    hash: `${config.hash}:index`,
  };
}

/** The index of a lint run; `pathOf` maps the run's paths to the paths to show (relative ones). */
export function corpusIndexOf(
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

export interface IndexRequest {
  /** Absolute paths of the postmortems to index. */
  files: string[];
  config: ResolvedConfig;
  now: Date;
  /** How paths are shown in the index (relative to the working directory, the repository…). */
  pathOf: (path: string) => string;
}

/** The corpus index of some postmortems: one entry each, unreadable files listed under `failed`. */
export async function indexPostmortems(request: IndexRequest): Promise<CorpusIndex> {
  const run = await lintFiles({
    files: request.files,
    config: indexingConfig(request.config),
    now: request.now,
  });
  return corpusIndexOf(run, request.now, request.pathOf);
}
