import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
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
export const BATCH_SIZE = 8;
/**
 * Old-space cap per worker. A worker holds one file's AST and model at a time, yet without a cap
 * V8 lets each heap grow lazily (measured on 600 files, 2 workers: 307 MB RSS, 226 MB with the
 * cap, same speed). A file too big for it crashes that worker only: its files then run in-process.
 */
const WORKER_OLD_SPACE_MB = 128;
/** Batches queued per worker, so a worker never waits for the main thread between two batches. */
const BATCHES_PER_WORKER = 2;

/**
 * The compiled worker entry beside this module: `dist/worker.js` next to the bundle's entries (this
 * code may sit in `dist/chunks/`). Null when there is
 * none, e.g. when running the TypeScript sources under ts-jest.
 */
export function findWorkerUrl(moduleUrl: string = import.meta.url): URL | null {
  for (const candidate of ['./worker.js', '../worker.js']) {
    const url = new URL(candidate, moduleUrl);
    if (url.protocol === 'file:' && existsSync(url)) return url;
  }
  return null;
}

interface PoolWorker {
  thread: Worker;
  /** Batches sent and not yet answered, kept so a crash never loses their files. */
  pending: Map<number, FileTask[]>;
  alive: boolean;
}

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
export class WorkerPool {
  private readonly workers: PoolWorker[];
  private batch: FileTask[] = [];
  private nextId = 0;
  private closing = false;
  private wake: (() => void) | null = null;

  constructor(private readonly options: PoolOptions) {
    this.workers = Array.from({ length: options.size }, () => this.start());
  }

  private start(): PoolWorker {
    const { onResult, runHere } = this.options;
    const worker: PoolWorker = {
      thread: new Worker(this.options.workerUrl, {
        workerData: this.options.init,
        resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB },
      }),
      pending: new Map(),
      alive: true,
    };
    worker.thread.on('message', (done: BatchDone) => {
      worker.pending.delete(done.id);
      for (const result of done.results) onResult(result);
      this.notify();
    });
    // The 'exit' that always follows an error does the recovery; without a listener the error
    // would be thrown in the main thread.
    worker.thread.on('error', () => undefined);
    worker.thread.on('exit', () => {
      worker.alive = false;
      if (!this.closing) {
        for (const batch of worker.pending.values())
          for (const task of batch) onResult(runHere(task));
      }
      worker.pending.clear();
      this.notify();
    });
    return worker;
  }

  private notify(): void {
    const waiting = this.wake;
    this.wake = null;
    waiting?.();
  }

  private changed(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve));
  }

  async submit(task: FileTask): Promise<void> {
    this.batch.push(task);
    if (this.batch.length < BATCH_SIZE) return;
    const batch = this.batch;
    this.batch = [];
    await this.dispatch(batch);
  }

  private async dispatch(batch: FileTask[]): Promise<void> {
    for (;;) {
      const alive = this.workers.filter((worker) => worker.alive);
      if (alive.length === 0) {
        for (const task of batch) this.options.onResult(this.options.runHere(task));
        return;
      }
      const idlest = alive.reduce((best, worker) =>
        worker.pending.size < best.pending.size ? worker : best,
      );
      if (idlest.pending.size < BATCHES_PER_WORKER) {
        const id = this.nextId++;
        idlest.pending.set(id, batch);
        idlest.thread.postMessage({ id, tasks: batch } satisfies TaskBatch);
        return;
      }
      await this.changed();
    }
  }

  /** Sends the last partial batch and waits for every result. */
  async finish(): Promise<void> {
    if (this.batch.length > 0) await this.dispatch(this.batch.splice(0));
    while (this.workers.some((worker) => worker.alive && worker.pending.size > 0))
      await this.changed();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((worker) => worker.thread.terminate()));
  }
}
