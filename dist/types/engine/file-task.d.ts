import type { ResolvedConfig } from '../config/types.js';
import type { Rule } from '../rules/types.js';
import { type FileOutcome } from './pipeline.js';
import { type Indexed } from './context-entry.js';
/** One file's share of a run, as handed to a worker thread or run in-process. */
export interface FileTask {
    /** Position in the run, so results can be put back in order whatever the scheduling. */
    index: number;
    path: string;
    bytes: Uint8Array;
    /** `lint`: modelled and checked; `context`: only indexed, for the corpus rules (`indexContext`). */
    kind: 'lint' | 'context';
    /** The cache record stored for exactly these bytes, if any (lint tasks only). */
    cached: string | null;
}
export interface TaskResult {
    index: number;
    outcome: FileOutcome;
    /** A fresh cache record, when records are wanted and the file had to be modelled. */
    record: string | null;
}
/** A context file's outcome: its projected entry and no findings (they are never reported). */
export declare function contextOutcome(path: string, indexed: Indexed): FileOutcome;
/** The per-file pipeline on a task: bytes (or a cached model) in, findings and index entry out. */
export declare function runFileTask(task: FileTask, config: ResolvedConfig, now: Date, recordWanted: boolean, registry?: readonly Rule[]): TaskResult;
