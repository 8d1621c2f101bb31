import type { ResolvedConfig } from '../config/types.js';
import type { ParseProblem } from '../model/types.js';
import type { Rule } from '../rules/types.js';
import type { LintRun } from '../engine/types.js';
import { RULES } from '../rules/index.js';
import { checkCorpus, failedOutcome, lintBytes, type FileOutcome } from '../engine/pipeline.js';
import { lintFiles } from '../engine/lint-files.js';
import { fileResult } from '../diagnostics/diagnostics.js';
import { indexingConfig } from '../app/corpus.js';

/** One file to lint from memory: its bytes (not the disk's), or why it could not be read. */
export interface Content {
  /** Absolute path: where the text belongs (its folder's template, its place in the corpus). */
  path: string;
  bytes: Uint8Array | ParseProblem;
}

export interface ContentsRequest {
  contents: Content[];
  /** Postmortems read from disk as the corpus context of cross-incident rules (absolute paths). */
  contextFiles: string[];
  config: ResolvedConfig;
  now: Date;
  rules?: readonly Rule[];
  jobs?: number;
}

/**
 * Lints texts that are not (or not yet) on disk, as `lintPostmortems` lints files: standard input
 * (`--stdin`) and the fixed texts of `--fix-dry-run`. The context files are only indexed (no rule
 * runs on them); the cross-incident rules then see the texts and the context together.
 */
export async function lintContents(request: ContentsRequest): Promise<LintRun> {
  const { config, now } = request;
  const registry = request.rules ?? RULES;
  const outcomes: FileOutcome[] = request.contents.map(({ path, bytes }) =>
    bytes instanceof Uint8Array
      ? lintBytes(path, bytes, config, now, registry)
      : failedOutcome(path, bytes),
  );
  const own = new Set(request.contents.map((content) => content.path));
  const context = [...new Set(request.contextFiles)].filter((path) => !own.has(path));
  const indexed =
    context.length === 0
      ? null
      : await lintFiles({
          files: context,
          config: indexingConfig(config),
          now,
          jobs: request.jobs,
        });
  const contextOutcomes: FileOutcome[] = (indexed?.index ?? []).map((entry) => ({
    path: entry.path,
    diagnostics: [],
    entry,
    controls: [],
  }));
  checkCorpus([...outcomes, ...contextOutcomes], config, now, registry);
  const results = outcomes.map((outcome) => fileResult(outcome.path, outcome.diagnostics));
  const run: LintRun = {
    results,
    index: [...outcomes, ...contextOutcomes].flatMap((outcome) =>
      outcome.entry ? [outcome.entry] : [],
    ),
    errorCount: results.reduce((sum, result) => sum + result.errorCount, 0),
    warningCount: results.reduce((sum, result) => sum + result.warningCount, 0),
  };
  if (indexed?.warnings) run.warnings = indexed.warnings;
  return run;
}
