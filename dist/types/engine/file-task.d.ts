import type { ResolvedConfig } from '../config/types.js';
import type { Rule } from '../rules/types.js';
import { type FileOutcome } from './pipeline.js';
/** One file's share of a run, as handed to a worker thread or run in-process. */
export interface FileTask {
    /** Position in the run, so results can be put back in order whatever the scheduling. */
    index: number;
    path: string;
    bytes: Uint8Array;
    /** The cache record stored for exactly these bytes, if any. */
    cached: string | null;
}
export interface TaskResult {
    index: number;
    outcome: FileOutcome;
    /** A fresh cache record, when records are wanted and the file had to be modelled. */
    record: string | null;
}
/** The per-file pipeline on a task: bytes (or a cached model) in, findings and index entry out. */
export declare function runFileTask(task: FileTask, config: ResolvedConfig, now: Date, recordWanted: boolean, registry?: readonly Rule[]): TaskResult;
