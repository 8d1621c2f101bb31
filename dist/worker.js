import { workerData, parentPort } from 'node:worker_threads';
import { C as CLOCK_SINCE, a as CLOCK_TASK, r as runFileTask } from './chunks/pool-DYaRj7HH.js';
import { w as warmUpRules } from './chunks/pipeline-D7DYxzb-.js';
import './chunks/decode-BatIPcMV.js';
import './chunks/resolve-cfr8Br3c.js';
import 'node:crypto';
import './chunks/_commonjsHelpers-BFTU3MAI.js';
import 'node:path';
import 'node:process';
import 'node:url';
import 'process';
import 'buffer';
import 'node:module';
import 'node:fs';

// Worker-thread entry (bundled as dist/worker.js): runs batches of file tasks for the pool.
const init = workerData;
const config = init.config;
const now = new Date(init.now);
// The pool reads which task runs since when, to stop this worker when one is over the budget.
const clock = new Int32Array(init.clock);
const port = parentPort;
if (port === null)
    throw new Error('worker.js runs inside a worker thread only.');
// After the first message is handled at the latest: a task that arrives meanwhile waits for it.
if (init.warmUp)
    setImmediate(() => warmUpRules(config));
port.on('message', (batch) => {
    const done = {
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
