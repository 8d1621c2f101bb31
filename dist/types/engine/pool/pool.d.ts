import type { ResolvedConfig } from '../../config/types.js';
import type { FileTask, TaskResult } from '../file-task.js';
/** What every worker is started with (`workerData`). */
export interface WorkerInit {
    config: ResolvedConfig;
    /** `now` as epoch milliseconds. */
    now: number;
    /** Whether fresh cache records should be sent back. */
    recordWanted: boolean;
    /** The run has files to lint (not only context): the first worker warms the rules up. */
    lints: boolean;
}
/** What one worker gets on top of `WorkerInit`: where it tells which task it is on since when. */
export interface WorkerData extends WorkerInit {
    /** Warm the rules up while idle (`warmUpRules`): the first worker of a run that lints. */
    warmUp: boolean;
    /** Int32 slots over shared memory: [CLOCK_TASK] task index + 1 (0: idle), [CLOCK_SINCE] start. */
    clock: SharedArrayBuffer;
    /** Epoch ms the start times count from (so they fit an Int32 for weeks). */
    epoch: number;
}
export declare const CLOCK_TASK = 0;
export declare const CLOCK_SINCE = 1;
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
    /** Most workers running at once; they start as the work needs them. */
    size: number;
    init: WorkerInit;
    /** Milliseconds one task may run in a worker; 0: no limit. */
    budgetMs: number;
    /** Receives every result as it arrives, in any order. */
    onResult: (result: TaskResult) => void;
    /** Runs a task in-process: for the unanswered tasks of a worker that died, and when none is left. */
    runHere: (task: FileTask) => TaskResult;
    /** The result of a task that ran over the budget (its worker was stopped). */
    overBudget: (task: FileTask) => TaskResult;
}
/**
 * Up to `size` worker threads that take tasks in batches. `submit` waits while every worker already
 * has its batches queued, so the caller reads files only as fast as they are linted (bounded
 * memory). A worker that dies loses nothing: its unanswered tasks run in-process. A worker whose
 * task runs over the budget is stopped and replaced: that task gets `overBudget`, the others of its
 * batches go to the next worker.
 */
export declare class WorkerPool {
    private readonly options;
    private readonly workers;
    /** Workers that may still be started: `size`, less those started, plus those stopped for time. */
    private slots;
    private batch;
    /** Full batches waiting for a worker. */
    private readonly backlog;
    private nextId;
    private closing;
    private waiters;
    private readonly epoch;
    private readonly watchdog;
    constructor(options: PoolOptions);
    private start;
    /** Stops every worker whose current task started more than the budget ago. */
    private checkDeadlines;
    /** Terminates a worker stuck on task `index`; its other tasks are queued again, first. */
    private stop;
    /** Hands waiting batches to workers with room, starting workers while there are slots. */
    private pump;
    private changed;
    submit(task: FileTask): Promise<void>;
    /** Sends the last partial batch and waits for every result. */
    finish(): Promise<void>;
    close(): Promise<void>;
}
