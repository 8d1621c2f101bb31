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

export const CLOCK_TASK = 0;
export const CLOCK_SINCE = 1;

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
/**
 * Young-generation cap per worker when several run: each one's young generation is garbage it
 * makes per file, and V8's default lets every worker keep ~48 MB of it. Measured with `npm run
 * bench` (2,000 files, 2 workers, runs alternating with and without the cap): full lint 272–280 →
 * 230–234 MiB peak RSS, PR check 229–233 → 197–199 MiB; the price is more scavenges, 15–30% more
 * CPU in the full lint (26.8–31.6 s → 35.2–45.1 s wall on a busy 2-core machine) and ~0.5 s in the
 * PR check. One worker keeps the default.
 */
const POOLED_YOUNG_SPACE_MB = 24;
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
  /** The worker's clock (see WorkerData). */
  clock: Int32Array;
}

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
export class WorkerPool {
  private readonly workers: PoolWorker[] = [];
  /** Workers that may still be started: `size`, less those started, plus those stopped for time. */
  private slots: number;
  private batch: FileTask[] = [];
  /** Full batches waiting for a worker. */
  private readonly backlog: FileTask[][] = [];
  private nextId = 0;
  private closing = false;
  private waiters: Array<() => void> = [];
  private readonly epoch = Date.now();
  private readonly watchdog: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly options: PoolOptions) {
    this.slots = options.size;
    // A run that lints starts its first worker now, so that the thread's start-up and warm-up
    // overlap the main thread's reading of the cache and the files.
    if (options.init.lints) this.start();
    if (options.budgetMs > 0) {
      // Checked a few times per budget: a task over it is stopped within a quarter of it.
      const period = Math.min(250, Math.max(10, options.budgetMs / 4));
      this.watchdog = setInterval(() => this.checkDeadlines(), period);
      this.watchdog.unref();
    }
  }

  private start(): PoolWorker {
    const { onResult, runHere } = this.options;
    const clock = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
    // One worker warms up: the files to lint come first, so it takes them (a pull request's one
    // changed file); the others only index context and never need the rules' models.
    const warmUp = this.options.init.lints && this.workers.length === 0;
    const workerData: WorkerData = { ...this.options.init, warmUp, clock, epoch: this.epoch };
    const worker: PoolWorker = {
      thread: new Worker(this.options.workerUrl, {
        workerData,
        resourceLimits: {
          maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB,
          ...(this.options.size > 1 ? { maxYoungGenerationSizeMb: POOLED_YOUNG_SPACE_MB } : {}),
        },
      }),
      pending: new Map(),
      alive: true,
      clock: new Int32Array(clock),
    };
    this.slots--;
    this.workers.push(worker);
    worker.thread.on('message', (done: BatchDone) => {
      // A worker stopped for time may still deliver: its tasks were settled already.
      if (!worker.alive) return;
      worker.pending.delete(done.id);
      for (const result of done.results) onResult(result);
      this.pump();
    });
    // The 'exit' that always follows an error does the recovery; without a listener the error
    // would be thrown in the main thread.
    worker.thread.on('error', () => undefined);
    worker.thread.on('exit', () => {
      if (!worker.alive) return; // Stopped for time: settled in `stop`.
      worker.alive = false;
      if (!this.closing) {
        for (const batch of worker.pending.values())
          for (const task of batch) onResult(runHere(task));
      }
      worker.pending.clear();
      this.pump();
    });
    return worker;
  }

  /** Stops every worker whose current task started more than the budget ago. */
  private checkDeadlines(): void {
    const elapsed = Date.now() - this.epoch;
    for (const worker of this.workers) {
      if (!worker.alive || worker.pending.size === 0) continue;
      const running = Atomics.load(worker.clock, CLOCK_TASK);
      if (running === 0) continue;
      if (elapsed - Atomics.load(worker.clock, CLOCK_SINCE) > this.options.budgetMs)
        this.stop(worker, running - 1);
    }
  }

  /** Terminates a worker stuck on task `index`; its other tasks are queued again, first. */
  private stop(worker: PoolWorker, index: number): void {
    worker.alive = false;
    void worker.thread.terminate();
    const batches = [...worker.pending.values()];
    worker.pending.clear();
    this.slots++;
    const again: FileTask[] = [];
    for (const task of batches.flat()) {
      if (task.index === index) this.options.onResult(this.options.overBudget(task));
      else again.push(task);
    }
    for (let i = 0; i < again.length; i += BATCH_SIZE)
      this.backlog.unshift(again.slice(i, i + BATCH_SIZE));
    this.pump();
  }

  /** Hands waiting batches to workers with room, starting workers while there are slots. */
  private pump(): void {
    while (this.backlog.length > 0) {
      const alive = this.workers.filter((worker) => worker.alive);
      let idlest = alive.reduce<PoolWorker | null>(
        (best, worker) =>
          best === null || worker.pending.size < best.pending.size ? worker : best,
        null,
      );
      if ((idlest === null || idlest.pending.size > 0) && this.slots > 0 && !this.closing)
        idlest = this.start();
      if (idlest === null) {
        // No worker can be had (they died at start-up): the main thread does the rest.
        for (const task of this.backlog.splice(0).flat())
          this.options.onResult(this.options.runHere(task));
        break;
      }
      if (idlest.pending.size >= BATCHES_PER_WORKER) break;
      const batch = this.backlog.shift() as FileTask[];
      const id = this.nextId++;
      idlest.pending.set(id, batch);
      idlest.thread.postMessage({ id, tasks: batch } satisfies TaskBatch);
    }
    const waiting = this.waiters;
    this.waiters = [];
    for (const wake of waiting) wake();
  }

  private changed(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  async submit(task: FileTask): Promise<void> {
    this.batch.push(task);
    if (this.batch.length < BATCH_SIZE) return;
    this.backlog.push(this.batch);
    this.batch = [];
    this.pump();
    while (this.backlog.length > 0) await this.changed();
  }

  /** Sends the last partial batch and waits for every result. */
  async finish(): Promise<void> {
    if (this.batch.length > 0) this.backlog.push(this.batch.splice(0));
    this.pump();
    while (
      this.backlog.length > 0 ||
      this.workers.some((worker) => worker.alive && worker.pending.size > 0)
    )
      await this.changed();
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.watchdog !== null) clearInterval(this.watchdog);
    await Promise.all(this.workers.map((worker) => worker.thread.terminate()));
  }
}
