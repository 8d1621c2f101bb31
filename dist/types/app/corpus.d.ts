import type { ResolvedConfig } from '../config/types.js';
import type { CorpusIndex } from '../corpus/corpus-index.js';
import type { LintRun } from '../engine/types.js';
/**
 * The configuration to index with: the same parsing, no rules (the index needs models, not
 * findings, so indexing costs about a bare parse). Its own cache key, so an index run never stores
 * rule-less results where a lint run would read them. The rules keep their options: reports read
 * the practice's settings from them.
 */
export declare function indexingConfig(config: ResolvedConfig): ResolvedConfig;
/** The index of a lint run; `pathOf` maps the run's paths to the paths to show (relative ones). */
export declare function corpusIndexOf(run: LintRun, now: Date, pathOf?: (path: string) => string): CorpusIndex;
export interface IndexRequest {
    /** Absolute paths of the postmortems to index. */
    files: string[];
    config: ResolvedConfig;
    now: Date;
    /** How paths are shown in the index (relative to the working directory, the repository…). */
    pathOf: (path: string) => string;
}
/** The corpus index of some postmortems: one entry each, unreadable files listed under `failed`. */
export declare function indexPostmortems(request: IndexRequest): Promise<CorpusIndex>;
