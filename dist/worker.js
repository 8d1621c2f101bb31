import { workerData, parentPort } from 'node:worker_threads';
import { f as fromPortableConfig, r as runFileTask } from './chunks/file-task-Djxy41gL.js';
import './chunks/index-SmgBHh-H.js';
import 'process';
import 'buffer';
import './chunks/build-Bns_6WKI.js';
import 'node:path';
import 'node:process';
import 'node:url';
import './chunks/lint-text-Bsx74nok.js';
import 'node:crypto';
import 'node:fs';
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
