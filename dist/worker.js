import { workerData, parentPort } from 'node:worker_threads';
import { f as fromPortableConfig, r as runFileTask } from './chunks/file-task-DsJg0PRA.js';
import './chunks/index-hNWoST4a.js';
import 'process';
import 'buffer';
import './chunks/build-Dlgc_z9J.js';
import 'node:path';
import 'node:process';
import 'node:url';
import './chunks/lint-text-CXw12igy.js';
import 'node:crypto';
import 'node:fs/promises';

// Worker-thread entry (bundled as dist/worker.js): runs batches of file tasks for the pool.
const init = workerData;
const config = fromPortableConfig(init.config);
const now = new Date(init.now);
const port = parentPort;
if (port === null)
    throw new Error('worker.js runs inside a worker thread only.');
port.on('message', (batch) => {
    const done = {
        id: batch.id,
        results: batch.tasks.map((task) => runFileTask(task, config, now, init.recordWanted)),
    };
    port.postMessage(done);
});
