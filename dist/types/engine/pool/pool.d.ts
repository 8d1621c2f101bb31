import type { ResolvedConfig } from '../../config/types.js';
import type { FileTask, TaskResult } from '../file-task.js';
/** What every worker is started with (`workerData`). */
export interface WorkerInit {
    config: ResolvedConfig;
    /** `now` as epoch milliseconds. */
    now: number;
    /** Whether fresh cache records should be sent back. */
    recordWanted: boolean;
}
export interface TaskBatch {
    id: number;
    tasks: FileTask[];
}
export interface BatchDone {
    id: number;
    results: TaskResult[];
}
/**
 * Files per message: a file costs milliseconds to parse, a message tens of microseconds, so a
 * handful per message makes the overhead negligible while batches stay small enough to balance.
 */
export declare const BATCH_SIZE = 8;
/**
 * The compiled worker entry beside this module: `dist/worker.js` next to the bundle's entries (this
 * code may sit in `dist/chunks/`). Null when there is
 * none, e.g. when running the TypeScript sources under ts-jest.
 */
export declare function findWorkerUrl(moduleUrl?: string): URL | null;
export interface PoolOptions {
    workerUrl: URL;
    size: number;
    init: WorkerInit;
    /** Receives every result as it arrives, in any order. */
    onResult: (result: TaskResult) => void;
    /** Runs a task in-process: for the unanswered tasks of a worker that died, and when none is left. */
    runHere: (task: FileTask) => TaskResult;
}
/**
 * `size` worker threads that take tasks in batches. `submit` waits while every worker already has
 * its batches queued, so the caller reads files only as fast as they are linted (bounded memory).
 * A worker that dies loses nothing: its unanswered tasks run in-process.
 */
export declare class WorkerPool {
    private readonly options;
    private readonly workers;
    private batch;
    private nextId;
    private closing;
    private wake;
    constructor(options: PoolOptions);
    private start;
    private notify;
    private changed;
    submit(task: FileTask): Promise<void>;
    private dispatch;
    /** Sends the last partial batch and waits for every result. */
    finish(): Promise<void>;
    close(): Promise<void>;
}
