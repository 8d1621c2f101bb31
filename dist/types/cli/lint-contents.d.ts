import type { ResolvedConfig } from '../config/types.js';
import type { ParseProblem } from '../model/types.js';
import type { Rule } from '../rules/types.js';
import type { LintRun } from '../engine/types.js';
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
export declare function lintContents(request: ContentsRequest): Promise<LintRun>;
