import { availableParallelism } from 'node:os';
import { R as RULES, j as enabledRules } from './resolve-C5Ud2dc1.js';
import { r as readPostmortem, f as failedOutcome, d as checkCorpus, e as fileResult, m as modelBytes } from './pipeline-D_YbtVZP.js';
import { c as contentHash, r as runFileTask } from './file-task-CpDZ_u_p.js';
import { mkdirSync, openSync, writeSync, closeSync, existsSync, unlinkSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { stat, readFile, rename, writeFile } from 'node:fs/promises';
import { resolve, join, dirname, relative, isAbsolute, sep } from 'node:path';
import { V as VERSION } from './version-BjPfT1Y5.js';
import { d as decodePostmortem } from './decode-BatIPcMV.js';
import { f as findTemplate, b as applyEditsToBytes } from './edits-CLOHmON-.js';
import { pathToFileURL } from 'node:url';
import { R as REPOSITORY_URL, r as ruleDocsUrl } from './index-w9i2CiXp.js';

// The cache file's format: a JSON document (header, then path → [hash, record]) read as bytes
// without decoding the records, and written in chunks to a temporary file.
/** Default cache file name (in the working directory, or inside a directory given as location). */
const CACHE_FILE_NAME = '.postmortem-lint-cache';
/** Bumped whenever the record encoding (record.ts) changes, independently of the package version. */
const FORMAT_VERSION = 3;
const FORMAT = 'postmortem-lint-cache';
/** Every cache file starts with this, so a foreign file is never mistaken for a damaged cache. */
const SIGNATURE = `{"format":"${FORMAT}"`;
/** Characters written per call when saving (bounded memory, few system calls). */
const WRITE_CHUNK = 1 << 20;
/** Where the cache lives: a file, or `.postmortem-lint-cache` inside a directory location. */
async function cacheFilePath(location, cwd = process.cwd()) {
    if (location === undefined)
        return resolve(cwd, CACHE_FILE_NAME);
    const target = resolve(cwd, location);
    const isDirectory = /[\\/]$/.test(location) || (await stat(target).catch(() => null))?.isDirectory() === true;
    return isDirectory ? join(target, CACHE_FILE_NAME) : target;
}
const BYTE = {
    quote: 0x22,
    backslash: 0x5c,
    comma: 0x2c,
    colon: 0x3a,
    openBrace: 0x7b,
    closeBrace: 0x7d,
    openBracket: 0x5b,
    closeBracket: 0x5d,
};
const isJsonSpace = (byte) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
/**
 * Reads a cache document from its bytes without decoding the records: each stays a range of the
 * file (its string literal) until it is looked up, so the file is never held twice as text and as
 * parsed strings. Throws on anything that is not one complete cache document.
 */
class CacheScanner {
    bytes;
    position = 0;
    constructor(bytes) {
        this.bytes = bytes;
    }
    fail() {
        throw new SyntaxError(`unexpected input at byte ${this.position}`);
    }
    peek() {
        const { bytes } = this;
        while (this.position < bytes.length && isJsonSpace(bytes[this.position]))
            this.position++;
        return bytes[this.position];
    }
    expect(byte) {
        if (this.peek() !== byte)
            this.fail();
        this.position++;
    }
    /** Calls `each` per member of the object opening here; moves past its end. */
    object(each) {
        this.expect(BYTE.openBrace);
        if (this.peek() === BYTE.closeBrace) {
            this.position++;
            return;
        }
        for (;;) {
            each();
            if (this.peek() !== BYTE.comma)
                break;
            this.position++;
        }
        this.expect(BYTE.closeBrace);
    }
    /** The range of the string literal here (quotes included). Hot: a plain byte loop. */
    literal() {
        const { bytes } = this;
        if (this.peek() !== BYTE.quote)
            this.fail();
        const start = this.position;
        let i = start + 1;
        while (i < bytes.length && bytes[i] !== BYTE.quote)
            i += bytes[i] === BYTE.backslash ? 2 : 1;
        if (i >= bytes.length)
            this.fail();
        this.position = i + 1;
        return [start, i + 1];
    }
    string() {
        const [start, end] = this.literal();
        return JSON.parse(this.bytes.toString('utf8', start, end));
    }
    /** A header value: a string, number, boolean or null. */
    scalar() {
        if (this.peek() === BYTE.quote)
            return this.string();
        const start = this.position;
        const { bytes } = this;
        while (this.position < bytes.length &&
            bytes[this.position] !== BYTE.comma &&
            bytes[this.position] !== BYTE.closeBrace)
            this.position++;
        return JSON.parse(bytes.toString('utf8', start, this.position));
    }
    files() {
        const files = new Map();
        this.object(() => {
            const key = this.string();
            this.expect(BYTE.colon);
            this.expect(BYTE.openBracket);
            const hash = this.string();
            this.expect(BYTE.comma);
            const [start, end] = this.literal();
            this.expect(BYTE.closeBracket);
            files.set(key, { hash, start, end });
        });
        return files;
    }
    document() {
        const header = {};
        let files = null;
        this.object(() => {
            const name = this.string();
            this.expect(BYTE.colon);
            if (name === 'files')
                files = this.files();
            else
                header[name] = this.scalar();
        });
        if (files === null || this.peek() !== undefined)
            this.fail();
        return { header, files };
    }
}
/**
 * Writes a cache document entry by entry into a temporary file, as records arrive, so the main
 * thread never holds the records of a whole run. Synchronous: records arrive in callbacks.
 */
class CacheWriter {
    descriptor;
    chunk;
    separator = '';
    constructor(descriptor, header) {
        this.descriptor = descriptor;
        this.chunk = JSON.stringify({ ...header, files: {} }).slice(0, -2);
    }
    static open(path, header) {
        mkdirSync(dirname(path), { recursive: true });
        return new CacheWriter(openSync(path, 'w'), header);
    }
    /** Adds one entry; the record as a string, or as the bytes of its JSON string literal. */
    add(key, hash, record) {
        this.chunk += `${this.separator}${JSON.stringify(key)}:[${JSON.stringify(hash)},`;
        this.separator = ',';
        if (typeof record === 'string')
            this.chunk += `${JSON.stringify(record)}]`;
        else {
            this.flush();
            writeSync(this.descriptor, record);
            this.chunk = ']';
        }
        if (this.chunk.length > WRITE_CHUNK)
            this.flush();
    }
    flush() {
        if (this.chunk !== '')
            writeSync(this.descriptor, this.chunk);
        this.chunk = '';
    }
    /** Ends the document and closes the file. */
    finish() {
        try {
            this.chunk += '}}';
            this.flush();
        }
        finally {
            closeSync(this.descriptor);
        }
    }
    /** Closes the file without completing it (it is then deleted). */
    abandon() {
        try {
            closeSync(this.descriptor);
        }
        catch {
            // Already closed.
        }
    }
}

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

// The cache's reuse policy: which stored record may stand for a file in this run (same tool,
// format and configuration, same content hash), and when the file is rewritten.
const errorCode = (error) => error.code ?? String(error);
/**
 * The incremental cache (ESLint's `--cache` conventions): per file, its content hash → its model or
 * fatal problem. Rules always re-run on the model, so `now`-dependent findings stay right. The file
 * is rewritten only when something changed, atomically, with entries of files no longer linted
 * dropped. Memory: the previous file is kept as bytes (a record is decoded only when looked up),
 * fresh records go straight to the temporary file.
 */
class LintCache {
    file;
    header;
    previous;
    writable;
    warn;
    changed;
    /** Entries of the previous file reused in this run, in lookup order. */
    kept = new Map();
    /** Keys of fresh records, already written to the temporary file. */
    stored = new Set();
    temporary;
    writer = null;
    failure = null;
    constructor(file, header, 
    /** The previous cache file's bytes, and where its entries are in them. */
    previous, 
    /** False when the file is someone else's: it is then never overwritten. */
    writable, warn, 
    /** Whether the file on disk must be rewritten even if every entry is reused. */
    changed = true) {
        this.file = file;
        this.header = header;
        this.previous = previous;
        this.writable = writable;
        this.warn = warn;
        this.changed = changed;
        this.temporary = `${file}.${process.pid}.tmp`;
    }
    /** Reads the cache file; anything unusable is reported through `warn` and treated as empty. */
    static async open(file, versions, warn) {
        const header = { format: FORMAT, formatVersion: FORMAT_VERSION, ...versions };
        const empty = { bytes: Buffer.alloc(0), files: new Map() };
        let bytes;
        try {
            bytes = await readFile(file);
        }
        catch (error) {
            const missing = error.code === 'ENOENT';
            if (!missing)
                warn(`Cache file ${file} could not be read (${errorCode(error)}): linting without it.`);
            return new LintCache(file, header, empty, missing, warn);
        }
        if (bytes.length > 0 && !bytes.subarray(0, SIGNATURE.length).equals(Buffer.from(SIGNATURE))) {
            warn(`${file} is not a postmortem-lint cache: ignored and left untouched. Delete it or choose another cache location.`);
            return new LintCache(file, header, empty, false, warn);
        }
        let document;
        try {
            document = new CacheScanner(bytes).document();
        }
        catch {
            warn(`Cache file ${file} is truncated or corrupt: ignored and rebuilt.`);
            return new LintCache(file, header, empty, true, warn);
        }
        const found = document.header;
        if (found.toolVersion !== header.toolVersion || found.formatVersion !== header.formatVersion) {
            warn(`Cache file ${file} was written by postmortem-lint ${String(found.toolVersion)} (format ${String(found.formatVersion)}), this is ${header.toolVersion} (format ${header.formatVersion}): rebuilt.`);
            return new LintCache(file, header, empty, true, warn);
        }
        // A different configuration may model files differently: start afresh, as ESLint does.
        if (found.configHash !== header.configHash)
            return new LintCache(file, header, empty, true, warn);
        return new LintCache(file, header, { bytes, files: document.files }, true, warn, false);
    }
    key(path) {
        return relative(dirname(this.file), resolve(path));
    }
    /** The stored record of `path` when its content hash is still `hash`; keeps it for the next run. */
    lookup(path, hash) {
        const key = this.key(path);
        const entry = this.previous.files.get(key);
        if (entry === undefined || entry.hash !== hash)
            return null;
        let record;
        try {
            record = JSON.parse(this.previous.bytes.toString('utf8', entry.start, entry.end));
        }
        catch {
            return null;
        }
        if (typeof record !== 'string')
            return null;
        this.kept.set(key, entry);
        return record;
    }
    /** Writes a fresh record to the temporary file (the run's first one creates it). */
    store(path, hash, record) {
        const key = this.key(path);
        this.kept.delete(key);
        this.stored.add(key);
        this.changed = true;
        if (!this.writable || this.failure !== null)
            return;
        try {
            this.writer ??= CacheWriter.open(this.temporary, this.header);
            this.writer.add(key, hash, record);
        }
        catch (error) {
            this.failure = error;
            this.writer?.abandon();
        }
    }
    /** Completes the temporary file with the reused entries and renames it over the cache file. */
    async save() {
        if (!this.writable)
            return;
        const pruned = [...this.previous.files.keys()].some((key) => !this.kept.has(key) && !this.stored.has(key));
        if (this.failure === null && !this.changed && !pruned)
            return;
        try {
            if (this.failure !== null)
                throw this.failure;
            const writer = (this.writer ??= CacheWriter.open(this.temporary, this.header));
            for (const [key, entry] of this.kept)
                writer.add(key, entry.hash, this.previous.bytes.subarray(entry.start, entry.end));
            this.writer = null;
            writer.finish();
            await rename(this.temporary, this.file);
        }
        catch (error) {
            this.abandon();
            this.warn(`Cache file ${this.file} could not be written (${errorCode(error)}).`);
        }
    }
    /** Drops the temporary file of a run that did not finish. */
    abandon() {
        this.writer?.abandon();
        this.writer = null;
        try {
            unlinkSync(this.temporary);
        }
        catch {
            // Never created, or already gone.
        }
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

/**
 * Every mechanical fix for one modelled file, as text edits: the fixes each enabled rule declares,
 * in registry order, with the options that rule runs with.
 */
function computeFixes(input, registry = RULES) {
    const byId = new Map(registry.map((rule) => [rule.meta.id, rule]));
    return enabledRules(input.config).flatMap(({ id, options }) => {
        const rule = byId.get(id);
        if (rule?.scope !== 'file' || !rule.fixes)
            return [];
        return rule.fixes({
            model: input.model,
            text: input.text,
            options,
            parse: input.config.parse,
            template: input.template,
        });
    });
}

/** The fixed bytes of one file and how many fixes went in (0: the bytes are returned as they were). */
function fixBytes(path, bytes, config, template) {
    const modelled = modelBytes(path, bytes, config);
    const decoded = decodePostmortem(bytes);
    // A file that cannot be modelled is reported by the lint that follows, and left as it is.
    if (!modelled.ok || !decoded.ok)
        return { bytes, fixes: 0 };
    const edits = computeFixes({ model: modelled.model, text: decoded.text, config, template });
    return edits.length === 0
        ? { bytes, fixes: 0 }
        : { bytes: applyEditsToBytes(bytes, edits), fixes: edits.length };
}
/**
 * `--fix`: applies the mechanical fixes to each file in place, before the lint reports what is
 * left. Missing sections come from the TEMPLATE.md beside the file, else the built-in template.
 * Returns the number of files changed.
 */
async function fixFiles(paths, config) {
    const templates = new Map();
    let changed = 0;
    for (const path of paths) {
        let bytes;
        try {
            bytes = await readFile(path);
        }
        catch {
            continue; // The lint that follows reports the unreadable file (invalid-file).
        }
        if (bytes.length > config.maxFileSize)
            continue;
        const dir = dirname(path);
        let template = templates.get(dir);
        if (template === undefined) {
            template = (await findTemplate(dir)).text;
            templates.set(dir, template);
        }
        const fixed = fixBytes(path, bytes, config, template);
        if (fixed.fixes === 0)
            continue;
        await writeFile(path, fixed.bytes);
        changed++;
    }
    return changed;
}

/**
 * Lints postmortems with their corpus context: `files` are reported, `contextFiles` are read only
 * so that cross-incident rules see the whole repository. The CLI's `lint` and the Action's lint
 * mode both call this.
 */
async function lintPostmortems(request) {
    const { fix, ...options } = request;
    if (fix === true)
        await fixFiles(options.files, options.config);
    return lintFiles(options);
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

export { CACHE_FILE_NAME as C, formatSarif as a, lintPostmortems as b, toSarif as c, formatJson as f, lintFiles as l, messageText as m, toEslintJson as t };
