import type { FileResult } from '../diagnostics/types.js';
import type { IndexEntry } from '../corpus/index-entry.js';
export interface LintRun {
    results: FileResult[];
    /** One entry per postmortem that could be modelled, in path order. */
    index: IndexEntry[];
    errorCount: number;
    warningCount: number;
    /** Problems that did not stop the run (e.g. an unusable cache file); the CLI prints them to stderr. */
    warnings?: string[];
}
