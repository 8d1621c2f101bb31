// Worker-thread entry (bundled as dist/worker.js): runs batches of file tasks for the pool.
import { parentPort, workerData } from 'node:worker_threads';
import { runFileTask } from '../file-task.js';
import type { BatchDone, TaskBatch, WorkerInit } from './pool.js';

const init = workerData as WorkerInit;
const config = init.config;
const now = new Date(init.now);
const port = parentPort;
if (port === null) throw new Error('worker.js runs inside a worker thread only.');

port.on('message', (batch: TaskBatch) => {
  const done: BatchDone = {
    id: batch.id,
    results: batch.tasks.map((task) => runFileTask(task, config, now, init.recordWanted)),
  };
  port.postMessage(done);
});
