import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { PortableConfig } from './portable-config.js';
import type { FileTask, TaskResult } from './file-task.js';

/** What every worker is started with (`workerData`). */
export interface WorkerInit {
  config: PortableConfig;
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
/** Batches queued per worker, so a worker never waits for the main thread between two batches. */
const BATCHES_PER_WORKER = 2;

/**
 * The compiled worker entry beside this module: `dist/worker.js` next to the bundle's entries (this
 * code may sit in `dist/chunks/`), or `lib/engine/worker.js` in the tsc build. Null when there is
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
}

/**
 * Runs tasks on `size` worker threads, pulling them from `tasks` only as workers have room (so
 * memory stays bounded), and hands each result to `onResult` as it arrives, in any order. When a
 * worker dies, its unanswered tasks run in-process through `runHere`, as do all later tasks once no
 * worker is left.
 */
export async function runPool(
  tasks: AsyncIterable<FileTask>,
  options: PoolOptions,
  onResult: (result: TaskResult) => void,
  runHere: (task: FileTask) => TaskResult,
): Promise<void> {
  let closing = false;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    const waiting = wake;
    wake = null;
    waiting?.();
  };
  const changed = (): Promise<void> => new Promise((resolve) => (wake = resolve));

  const start = (): PoolWorker => {
    const worker: PoolWorker = {
      thread: new Worker(options.workerUrl, { workerData: options.init }),
      pending: new Map(),
      alive: true,
    };
    worker.thread.on('message', (done: BatchDone) => {
      worker.pending.delete(done.id);
      for (const result of done.results) onResult(result);
      notify();
    });
    // The 'exit' that always follows an error does the recovery; without a listener the error
    // would be thrown in the main thread.
    worker.thread.on('error', () => undefined);
    worker.thread.on('exit', () => {
      worker.alive = false;
      if (!closing)
        for (const batch of worker.pending.values())
          for (const task of batch) onResult(runHere(task));
      worker.pending.clear();
      notify();
    });
    return worker;
  };
  const workers = Array.from({ length: options.size }, start);

  let nextId = 0;
  const dispatch = async (batch: FileTask[]): Promise<void> => {
    for (;;) {
      const alive = workers.filter((worker) => worker.alive);
      if (alive.length === 0) {
        for (const task of batch) onResult(runHere(task));
        return;
      }
      const idlest = alive.reduce((best, worker) =>
        worker.pending.size < best.pending.size ? worker : best,
      );
      if (idlest.pending.size < BATCHES_PER_WORKER) {
        const id = nextId++;
        idlest.pending.set(id, batch);
        idlest.thread.postMessage({ id, tasks: batch } satisfies TaskBatch);
        return;
      }
      await changed();
    }
  };

  try {
    let batch: FileTask[] = [];
    for await (const task of tasks) {
      batch.push(task);
      if (batch.length === BATCH_SIZE) {
        await dispatch(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await dispatch(batch);
    while (workers.some((worker) => worker.alive && worker.pending.size > 0)) await changed();
  } finally {
    closing = true;
    await Promise.all(workers.map((worker) => worker.thread.terminate()));
  }
}
