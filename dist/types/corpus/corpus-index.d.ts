import type { IndexEntry } from './index-entry.js';
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
    /** `owner/name` of the repository indexed (`index --repository`), for organisation reports. */
    repository?: string;
    entries: IndexEntry[];
    failed: FailedFile[];
}
/** Checks the outline of an index read back from disk; returns a problem or null. */
export declare function corpusIndexProblem(data: unknown): string | null;
