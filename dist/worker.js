import { workerData, parentPort } from 'node:worker_threads';
import { r as runFileTask } from './chunks/file-task-B-JtmB6O.js';
import './chunks/decode-BatIPcMV.js';
import './chunks/pipeline-CJHnPppV.js';
import 'node:fs';
import './chunks/edit-distance-CcxFFAYG.js';
import 'node:crypto';
import './chunks/_commonjsHelpers-BFTU3MAI.js';
import 'node:path';
import 'node:process';
import 'node:url';
import 'process';
import 'buffer';

// Worker-thread entry (bundled as dist/worker.js): runs batches of file tasks for the pool.
const init = workerData;
const config = init.config;
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
