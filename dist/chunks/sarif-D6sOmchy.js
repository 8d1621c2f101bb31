import { availableParallelism } from 'node:os';
import { R as RULES } from './resolve-C5FT6IMq.js';
import { r as readPostmortem, f as failedOutcome, d as checkCorpus, e as fileResult } from './pipeline-CNA_tzUg.js';
import { L as LintCache, c as cacheFilePath, a as contentHash, r as runFileTask } from './file-task-akbbQzaP.js';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { V as VERSION } from './command-CzzEo1mI.js';
import { resolve, relative, isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { R as REPOSITORY_URL, r as ruleDocsUrl } from './index-Ck11Zl3Q.js';

/**
 * Files per message: a file costs milliseconds to parse, a message tens of microseconds, so a
 * handful per message makes the overhead negligible while batches stay small enough to balance.
 */
const BATCH_SIZE = 8;
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
function findWorkerUrl(moduleUrl = import.meta.url) {
    for (const candidate of ['./worker.js', '../worker.js']) {
        const url = new URL(candidate, moduleUrl);
        if (url.protocol === 'file:' && existsSync(url))
            return url;
    }
    return null;
}
/**
 * `size` worker threads that take tasks in batches. `submit` waits while every worker already has
 * its batches queued, so the caller reads files only as fast as they are linted (bounded memory).
 * A worker that dies loses nothing: its unanswered tasks run in-process.
 */
class WorkerPool {
    options;
    workers;
    batch = [];
    nextId = 0;
    closing = false;
    wake = null;
    constructor(options) {
        this.options = options;
        this.workers = Array.from({ length: options.size }, () => this.start());
    }
    start() {
        const { onResult, runHere } = this.options;
        const worker = {
            thread: new Worker(this.options.workerUrl, {
                workerData: this.options.init,
                resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB },
            }),
            pending: new Map(),
            alive: true,
        };
        worker.thread.on('message', (done) => {
            worker.pending.delete(done.id);
            for (const result of done.results)
                onResult(result);
            this.notify();
        });
        // The 'exit' that always follows an error does the recovery; without a listener the error
        // would be thrown in the main thread.
        worker.thread.on('error', () => undefined);
        worker.thread.on('exit', () => {
            worker.alive = false;
            if (!this.closing) {
                for (const batch of worker.pending.values())
                    for (const task of batch)
                        onResult(runHere(task));
            }
            worker.pending.clear();
            this.notify();
        });
        return worker;
    }
    notify() {
        const waiting = this.wake;
        this.wake = null;
        waiting?.();
    }
    changed() {
        return new Promise((resolve) => (this.wake = resolve));
    }
    async submit(task) {
        this.batch.push(task);
        if (this.batch.length < BATCH_SIZE)
            return;
        const batch = this.batch;
        this.batch = [];
        await this.dispatch(batch);
    }
    async dispatch(batch) {
        for (;;) {
            const alive = this.workers.filter((worker) => worker.alive);
            if (alive.length === 0) {
                for (const task of batch)
                    this.options.onResult(this.options.runHere(task));
                return;
            }
            const idlest = alive.reduce((best, worker) => worker.pending.size < best.pending.size ? worker : best);
            if (idlest.pending.size < BATCHES_PER_WORKER) {
                const id = this.nextId++;
                idlest.pending.set(id, batch);
                idlest.thread.postMessage({ id, tasks: batch });
                return;
            }
            await this.changed();
        }
    }
    /** Sends the last partial batch and waits for every result. */
    async finish() {
        if (this.batch.length > 0)
            await this.dispatch(this.batch.splice(0));
        while (this.workers.some((worker) => worker.alive && worker.pending.size > 0))
            await this.changed();
    }
    async close() {
        this.closing = true;
        await Promise.all(this.workers.map((worker) => worker.thread.terminate()));
    }
}

/**
 * Workers start once there is this much work (files to parse; a cache hit counts a tenth); less
 * is linted in-process. Measured here: a worker takes ~220 ms to start (loading the bundle, cold
 * JIT), a 4–20 KB postmortem ~18 ms to lint, so two workers only pay off past ~24 files.
 */
const POOL_MIN_FILES = 24;
/** What a cache hit weighs against a file to parse, in that threshold. */
const HIT_WORK = 0.1;
/**
 * Lints files, then runs the corpus rules. Files are read one at a time and modelled in a pool of
 * worker threads (or in-process for few files or `jobs: 1`); only outcomes (findings and index
 * entries) are kept, never all models at once. Results come back in input order whatever the
 * scheduling, identical to an in-process run.
 */
async function lintFiles(options) {
    const { config, now } = options;
    const registry = options.rules ?? RULES;
    const reported = [...new Set(options.files)];
    const reportedSet = new Set(reported);
    const context = [...new Set(options.contextFiles ?? [])].filter((path) => !reportedSet.has(path));
    const paths = [...reported, ...context];
    const warnings = [];
    const cache = options.cache
        ? await LintCache.open(await cacheFilePath(options.cacheLocation), { toolVersion: VERSION, configHash: config.hash }, (message) => warnings.push(message))
        : null;
    const outcomes = new Array(paths.length);
    const hashes = new Array(paths.length);
    const accept = (result) => {
        outcomes[result.index] = result.outcome;
        if (cache && result.record !== null)
            cache.store(paths[result.index], hashes[result.index], result.record);
    };
    // The copy flattens strings sliced from the file's text, which would otherwise keep every
    // source alive until the run ends (measured on 1,000 files: live heap 43 → 20 MB). Results from
    // workers arrive copied already.
    const runHere = (task) => {
        const result = runFileTask(task, config, now, cache !== null, registry);
        return { ...result, outcome: structuredClone(result.outcome) };
    };
    const jobs = Math.max(1, Math.floor(options.jobs ?? availableParallelism()));
    const pooled = jobs > 1 && paths.length >= POOL_MIN_FILES && registry === RULES;
    const workerUrl = pooled ? (options.workerUrl ?? findWorkerUrl()) : null;
    // Tasks wait here until there is enough work to be worth starting workers: a cache hit (decode
    // the stored model, run the rules) counts as a tenth of a file to parse (measured ~1 ms vs ~10 ms).
    const waiting = [];
    let waitingWork = 0;
    let pool = null;
    try {
        for (const [index, path] of paths.entries()) {
            const read = readPostmortem(path, config);
            if (!(read instanceof Uint8Array)) {
                outcomes[index] = failedOutcome(path, read);
                continue;
            }
            let cached = null;
            if (cache) {
                hashes[index] = contentHash(read);
                cached = cache.lookup(path, hashes[index]);
            }
            const task = { index, path, bytes: read, cached };
            if (!workerUrl)
                accept(runHere(task));
            else if (pool)
                await pool.submit(task);
            else {
                waiting.push(task);
                waitingWork += cached === null ? 1 : HIT_WORK;
                if (waitingWork >= POOL_MIN_FILES) {
                    const size = Math.min(jobs, Math.ceil((paths.length - index + waiting.length) / BATCH_SIZE));
                    const init = { config, now: now.getTime(), recordWanted: cache !== null };
                    pool = new WorkerPool({ workerUrl, size, init, onResult: accept, runHere });
                    for (const queued of waiting.splice(0))
                        await pool.submit(queued);
                }
            }
        }
        for (const queued of waiting)
            accept(runHere(queued));
        await pool?.finish();
    }
    catch (error) {
        cache?.abandon();
        throw error;
    }
    finally {
        await pool?.close();
    }
    await cache?.save();
    checkCorpus(outcomes, config, now, registry);
    const results = outcomes
        .slice(0, reported.length)
        .map((outcome) => fileResult(outcome.path, outcome.diagnostics));
    const run = {
        results,
        index: outcomes.flatMap((outcome) => (outcome.entry ? [outcome.entry] : [])),
        errorCount: results.reduce((sum, result) => sum + result.errorCount, 0),
        warningCount: results.reduce((sum, result) => sum + result.warningCount, 0),
    };
    if (warnings.length > 0)
        run.warnings = warnings;
    return run;
}

/** The message as every reporter prints it: the finding, then the suggested fix when there is one. */
function messageText(diagnostic) {
    return diagnostic.suggestion
        ? `${diagnostic.message} Suggestion: ${diagnostic.suggestion}`
        : diagnostic.message;
}

function toEslintJson(run, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    return run.results.map((result) => {
        const messages = result.diagnostics.map((diagnostic) => {
            const message = {
                ruleId: diagnostic.ruleId,
                severity: diagnostic.severity === 'error' ? 2 : 1,
                message: messageText(diagnostic),
                line: diagnostic.line,
                column: diagnostic.column,
                endLine: diagnostic.endLine,
                endColumn: diagnostic.endColumn,
            };
            if (diagnostic.fatal)
                message.fatal = true;
            return message;
        });
        return {
            filePath: resolve(cwd, result.filePath),
            messages,
            suppressedMessages: [],
            errorCount: result.errorCount,
            fatalErrorCount: messages.filter((message) => message.fatal).length,
            warningCount: result.warningCount,
            fixableErrorCount: 0,
            fixableWarningCount: 0,
            usedDeprecatedRules: [],
        };
    });
}
/** The JSON formatter's output text. */
function formatJson(run, options = {}) {
    return `${JSON.stringify(toEslintJson(run, options))}\n`;
}

/** Findings the engine reports before any rule runs (the file could not be read or parsed). */
const PARSE_RULES = [
    {
        id: 'invalid-file',
        shortDescription: {
            text: 'The file could not be read or parsed (not text, not UTF-8, too large).',
        },
        helpUri: `${REPOSITORY_URL}#configuration`,
        defaultConfiguration: { level: 'error' },
    },
    {
        id: 'invalid-frontmatter',
        shortDescription: { text: 'The frontmatter is not valid YAML or has invalid fields.' },
        helpUri: `${REPOSITORY_URL}/blob/main/schemas/postmortem.schema.json`,
        defaultConfiguration: { level: 'error' },
    },
];
function artifactUri(filePath, cwd, baseDir) {
    const absolute = resolve(cwd, filePath);
    const inside = relative(baseDir, absolute);
    if (inside.startsWith('..') || isAbsolute(inside))
        return pathToFileURL(absolute).href;
    return inside.split(sep).map(encodeURIComponent).join('/');
}
/** SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`). */
function toSarif(run, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const baseDir = resolve(cwd, options.baseDir ?? cwd);
    const rules = [
        ...RULES.map((rule) => ({
            id: rule.meta.id,
            shortDescription: { text: rule.meta.description },
            helpUri: ruleDocsUrl(rule.meta.id),
            defaultConfiguration: { level: rule.meta.defaultSeverity },
        })),
        ...PARSE_RULES,
    ];
    const indexOf = new Map(rules.map((rule, index) => [rule.id, index]));
    const results = [];
    for (const result of run.results) {
        const uri = artifactUri(result.filePath, cwd, baseDir);
        for (const diagnostic of result.diagnostics) {
            let ruleIndex = indexOf.get(diagnostic.ruleId);
            if (ruleIndex === undefined) {
                // A rule outside the registry (a plugin): still a valid, linked result.
                ruleIndex = rules.length;
                rules.push({
                    id: diagnostic.ruleId,
                    shortDescription: { text: diagnostic.ruleId },
                    helpUri: ruleDocsUrl(diagnostic.ruleId),
                    defaultConfiguration: { level: diagnostic.severity },
                });
                indexOf.set(diagnostic.ruleId, ruleIndex);
            }
            results.push({
                ruleId: diagnostic.ruleId,
                ruleIndex,
                level: diagnostic.severity,
                message: { text: messageText(diagnostic) },
                locations: [
                    {
                        physicalLocation: {
                            artifactLocation: { uri },
                            region: {
                                startLine: diagnostic.line,
                                startColumn: diagnostic.column,
                                endLine: diagnostic.endLine,
                                endColumn: diagnostic.endColumn,
                            },
                        },
                    },
                ],
            });
        }
    }
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'postmortem-lint',
                        version: VERSION,
                        informationUri: REPOSITORY_URL,
                        rules,
                    },
                },
                results,
            },
        ],
    };
}
function formatSarif(run, options = {}) {
    return `${JSON.stringify(toSarif(run, options), null, 2)}\n`;
}

export { formatSarif as a, toSarif as b, formatJson as f, lintFiles as l, messageText as m, toEslintJson as t };
