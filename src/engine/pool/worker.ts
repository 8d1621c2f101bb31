// Worker-thread entry (bundled as dist/worker.js): runs batches of file tasks for the pool.
import { parentPort, workerData } from 'node:worker_threads';
import { runFileTask } from '../file-task.js';
import { warmUpRules } from '../pipeline.js';
import {
  CLOCK_SINCE,
  CLOCK_TASK,
  type BatchDone,
  type TaskBatch,
  type WorkerData,
} from './pool.js';

const init = workerData as WorkerData;
const config = init.config;
const now = new Date(init.now);
// The pool reads which task runs since when, to stop this worker when one is over the budget.
const clock = new Int32Array(init.clock);
const port = parentPort;
if (port === null) throw new Error('worker.js runs inside a worker thread only.');
// After the first message is handled at the latest: a task that arrives meanwhile waits for it.
if (init.warmUp) setImmediate(() => warmUpRules(config));

port.on('message', (batch: TaskBatch) => {
  const done: BatchDone = {
    id: batch.id,
    results: batch.tasks.map((task) => {
      Atomics.store(clock, CLOCK_SINCE, Date.now() - init.epoch);
      Atomics.store(clock, CLOCK_TASK, task.index + 1);
      return runFileTask(task, config, now, init.recordWanted);
    }),
  };
  Atomics.store(clock, CLOCK_TASK, 0);
  port.postMessage(done);
});
