import { resolve, join, dirname, relative, isAbsolute, sep } from 'node:path';
import { r as readPostmortem, f as failedOutcome, d as checkCorpus, e as fileResult, m as modelBytes, R as RULE_ERROR } from './pipeline-CJHnPppV.js';
import { d as decodePostmortem } from './decode-BatIPcMV.js';
import { c as checkTarget, b as readBounded, U as UnsafeWriteError, f as findTemplate, T as TEMPLATE_FILE_NAME, s as safeWrite, d as applyEditsToBytes } from './edits-u_9s239X.js';
import { R as RULES, f as enabledRules } from './edit-distance-CcxFFAYG.js';
import { randomBytes, createHmac, timingSafeEqual, createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { R as REPOSITORY_URL, r as ruleDocsUrl } from './index-DFUUrYVV.js';
import { V as VERSION } from './version-DEtl4GPz.js';
import { tmpdir, userInfo, availableParallelism } from 'node:os';
import { c as contentHash, r as runFileTask } from './file-task-B-JtmB6O.js';
import { constants, mkdirSync, openSync, writeSync, closeSync, existsSync, lstatSync, writeFileSync, linkSync, unlinkSync, fstatSync, readSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { stat, lstat, open, rename } from 'node:fs/promises';

// The cache file's format: a JSON document (header, then path → [hash, tag, record]) read as bytes
// without decoding the records, and written in chunks to a temporary file.
/** Default cache file name (in the working directory, or inside a directory given as location). */
const CACHE_FILE_NAME = '.postmortem-lint-cache';
/** Bumped whenever the record encoding (record.ts) changes, independently of the package version. */
const FORMAT_VERSION = 4;
const FORMAT = 'postmortem-lint-cache';
/** Every cache file starts with this, so a foreign file is never mistaken for a damaged cache. */
const SIGNATURE = `{"format":"${FORMAT}"`;
/** Characters written per call when saving (bounded memory, few system calls). */
const WRITE_CHUNK = 1 << 20;
/** A cache file larger than this is never read (treated as empty, with a warning). */
const MAX_CACHE_FILE_BYTES = 256 * 1024 * 1024;
/**
 * A record larger than this (four times the default `maxFileSize`) is never decoded nor stored:
 * the file is modelled afresh.
 */
const MAX_RECORD_BYTES = 20 * 1024 * 1024;
/** Where the cache lives: a file, or `.postmortem-lint-cache` inside a directory location. */
async function cacheFilePath(location, cwd = process.cwd()) {
    if (location === undefined)
        return resolve(cwd, CACHE_FILE_NAME);
    const target = resolve(cwd, location);
    const isDirectory = /[\\/]$/.test(location) || (await stat(target).catch(() => null))?.isDirectory() === true;
    return isDirectory ? join(target, CACHE_FILE_NAME) : target;
}
/** A temporary file name next to `file`, unpredictable so it cannot be planted in advance. */
function temporaryPath(file) {
    return `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
}
/**
 * Reads the cache file, refusing (without reading) a symlink, anything that is not a regular file
 * (FIFO, device such as /dev/zero, directory) and a file over MAX_CACHE_FILE_BYTES.
 */
async function readCacheFile(file) {
    let before;
    try {
        before = await lstat(file);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { kind: 'missing' };
        return { kind: 'failed', error };
    }
    if (before.isSymbolicLink())
        return { kind: 'refused', reason: 'is a symbolic link' };
    if (!before.isFile())
        return { kind: 'refused', reason: 'is not a regular file' };
    if (before.size > MAX_CACHE_FILE_BYTES)
        return { kind: 'refused', reason: `is larger than ${MAX_CACHE_FILE_BYTES} bytes` };
    let handle;
    try {
        // O_NONBLOCK: should a FIFO replace the file meanwhile, opening it does not wait for a writer.
        handle = await open(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    }
    catch (error) {
        if (error.code === 'ELOOP')
            return { kind: 'refused', reason: 'is a symbolic link' };
        return { kind: 'failed', error };
    }
    try {
        const stats = await handle.stat();
        if (!stats.isFile() || stats.ino !== before.ino || stats.dev !== before.dev)
            return { kind: 'refused', reason: 'was replaced while being read' };
        if (stats.size > MAX_CACHE_FILE_BYTES)
            return { kind: 'refused', reason: `is larger than ${MAX_CACHE_FILE_BYTES} bytes` };
        // Never more than the size seen: a file growing meanwhile reads as truncated, hence rebuilt.
        const bytes = Buffer.alloc(stats.size);
        let filled = 0;
        while (filled < bytes.length) {
            const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        return { kind: 'read', bytes: bytes.subarray(0, filled) };
    }
    catch (error) {
        return { kind: 'failed', error };
    }
    finally {
        await handle.close();
    }
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
            const tag = this.string();
            this.expect(BYTE.comma);
            const [start, end] = this.literal();
            this.expect(BYTE.closeBracket);
            files.set(key, { hash, tag, start, end });
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
    /** Creates `path`, which must not exist yet (never writes through a planted symlink). */
    static open(path, header) {
        mkdirSync(dirname(path), { recursive: true });
        return new CacheWriter(openSync(path, 'wx', 0o644), header);
    }
    /** Adds one entry; the record as the JSON string literal, as text or as its bytes. */
    add(key, hash, tag, literal) {
        this.chunk += `${this.separator}${JSON.stringify(key)}:[${JSON.stringify(hash)},${JSON.stringify(tag)},`;
        this.separator = ',';
        if (typeof literal === 'string')
            this.chunk += `${literal}]`;
        else {
            this.flush();
            writeSync(this.descriptor, literal);
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

// The cache's secret key: random bytes kept outside any repository, per user and machine, so that
// only runs on this machine can write records that a later run accepts. A cache file committed in
// a pull request, copied from elsewhere or forged therefore never matches and is rebuilt.
const KEY_BYTES = 32;
/** Records are authenticated with HMAC-SHA256, stored as base64. */
const TAG_ALGORITHM = 'sha256';
const currentUid = () => typeof process.getuid === 'function' ? process.getuid() : null;
function userName() {
    const uid = currentUid();
    if (uid !== null)
        return String(uid);
    try {
        return userInfo().username.replace(/[^\w.-]/g, '_') || 'user';
    }
    catch {
        return 'user';
    }
}
/**
 * Where this user's key lives: `<tmpdir>/postmortem-lint-<uid>/cache-key`, or `cache-key` in the
 * directory named by POSTMORTEM_LINT_CACHE_KEY_DIR (set by the environment, never by the
 * repository; it must be private to this user too).
 */
function cacheKeyPath() {
    const directory = process.env.POSTMORTEM_LINT_CACHE_KEY_DIR;
    if (directory)
        return join(directory, 'cache-key');
    return join(tmpdir(), `postmortem-lint-${userName()}`, 'cache-key');
}
/** Throws unless `stats` is owned by this user and neither group- nor world-accessible. */
function checkPrivate(stats, what) {
    const uid = currentUid();
    if (uid === null)
        return; // Windows: no owner or mode bits to check.
    if (stats.uid !== uid)
        throw new Error(`${what} is owned by another user`);
    if ((stats.mode & 0o077) !== 0)
        throw new Error(`${what} is accessible to other users`);
}
function readKey(path) {
    let descriptor;
    try {
        descriptor = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    }
    try {
        const stats = fstatSync(descriptor);
        if (!stats.isFile())
            throw new Error(`${path} is not a regular file`);
        checkPrivate(stats, path);
        if (stats.size !== KEY_BYTES)
            throw new Error(`${path} is not a ${KEY_BYTES}-byte key`);
        const key = Buffer.alloc(KEY_BYTES);
        if (readSync(descriptor, key, 0, KEY_BYTES, 0) !== KEY_BYTES)
            throw new Error(`${path} is not a ${KEY_BYTES}-byte key`);
        return key;
    }
    finally {
        closeSync(descriptor);
    }
}
const keys = new Map();
/**
 * This user's cache key, created on first use (mode 0600, in a 0700 directory, published with
 * `link` so concurrent first runs agree on one key). Throws when the key or its directory is not
 * private to this user (someone else could then read or plant it): the cache is then not used.
 */
function cacheKey(path = cacheKeyPath()) {
    const known = keys.get(path);
    if (known)
        return known;
    const directory = join(path, '..');
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    const stats = lstatSync(directory);
    if (!stats.isDirectory())
        throw new Error(`${directory} is not a directory`);
    checkPrivate(stats, directory);
    let key = readKey(path);
    if (key === null) {
        const fresh = `${path}.${process.pid}.${randomBytes(6).toString('hex')}`;
        writeFileSync(fresh, randomBytes(KEY_BYTES), { flag: 'wx', mode: 0o600 });
        try {
            linkSync(fresh, path);
        }
        catch (error) {
            // Another run created it first: use theirs.
            if (error.code !== 'EEXIST')
                throw error;
        }
        finally {
            unlinkSync(fresh);
        }
        key = readKey(path);
        if (key === null)
            throw new Error(`${path} could not be created`);
    }
    keys.set(path, key);
    return key;
}
/** Length-prefixed, so no two different field lists feed the HMAC the same bytes. */
function field(hmac, value) {
    const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
    const length = Buffer.alloc(8);
    length.writeBigUInt64BE(BigInt(bytes.length));
    hmac.update(length).update(bytes);
}
/**
 * The tag of one entry: HMAC-SHA256 over the format and tool versions, the configuration hash,
 * the entry's path, the file's content hash and the record's stored bytes (its JSON literal).
 */
function recordTag(key, context, path, hash, literal) {
    const hmac = createHmac(TAG_ALGORITHM, key);
    for (const value of [
        'postmortem-lint-cache-record',
        String(context.formatVersion),
        context.toolVersion,
        context.configHash,
        path,
        hash,
    ])
        field(hmac, value);
    field(hmac, literal);
    return hmac.digest('base64');
}
/** Whether `tag` is the tag of that entry (constant-time comparison). */
function verifyTag(key, context, path, hash, literal, tag) {
    const expected = Buffer.from(recordTag(key, context, path, hash, literal), 'base64');
    const found = Buffer.from(tag, 'base64');
    return found.length === expected.length && timingSafeEqual(found, expected);
}
/** A short public fingerprint of the key, stored in the header to tell another machine's cache. */
function keyId(key) {
    return createHmac(TAG_ALGORITHM, key)
        .update('postmortem-lint-cache-key-id')
        .digest('base64')
        .slice(0, 16);
}

// The cache's reuse policy: which stored record may stand for a file in this run (same tool,
// format and configuration, same content hash, authenticated with this machine's key), and when
// the file is rewritten. The cache never changes a verdict: a record that is not exactly what a
// run here stored for these bytes is a miss, and the file is modelled afresh.
const errorCode = (error) => error.code ?? String(error);
/**
 * The incremental cache (ESLint's `--cache` conventions): per file, its content hash → its model or
 * fatal problem. Rules always re-run on the model, so `now`-dependent findings stay right. The file
 * is rewritten only when something changed, atomically, with entries of files no longer linted
 * dropped. Memory: the previous file is kept as bytes (a record is decoded only when looked up),
 * fresh records go straight to the temporary file.
 *
 * Trust: the cache file may come from the repository being linted (a pull request can commit
 * one), so nothing in it is believed. Each entry carries an HMAC-SHA256 tag under a key kept
 * outside the repository (key.ts); an entry whose tag does not verify is a miss. The file is read
 * only when it is a regular file (never through a symlink, never a FIFO or device) of at most
 * MAX_CACHE_FILE_BYTES, and a record over MAX_RECORD_BYTES is never decoded.
 */
class LintCache {
    file;
    header;
    secret;
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
    /** This machine's key; null when it is unusable (nothing is then reused nor written). */
    secret, 
    /** The previous cache file's bytes, and where its entries are in them. */
    previous, 
    /** False when the file is someone else's: it is then never overwritten. */
    writable, warn, 
    /** Whether the file on disk must be rewritten even if every entry is reused. */
    changed = true) {
        this.file = file;
        this.header = header;
        this.secret = secret;
        this.previous = previous;
        this.writable = writable;
        this.warn = warn;
        this.changed = changed;
        this.temporary = temporaryPath(file);
    }
    /** Reads the cache file; anything unusable is reported through `warn` and treated as empty. */
    static async open(file, versions, warn) {
        const empty = {
            bytes: Buffer.alloc(0),
            files: new Map(),
        };
        let secret;
        try {
            secret = cacheKey();
        }
        catch (error) {
            warn(`Cache key ${cacheKeyPath()} is unusable (${error instanceof Error ? error.message : String(error)}): linting without the cache.`);
            const header = {
                format: FORMAT,
                formatVersion: FORMAT_VERSION,
                ...versions,
                keyId: '',
            };
            return new LintCache(file, header, null, empty, false, warn);
        }
        const header = {
            format: FORMAT,
            formatVersion: FORMAT_VERSION,
            ...versions,
            keyId: keyId(secret),
        };
        const cache = (previous, writable, changed) => new LintCache(file, header, secret, previous, writable, warn, changed);
        const read = await readCacheFile(file);
        if (read.kind === 'missing')
            return cache(empty, true);
        if (read.kind === 'failed') {
            warn(`Cache file ${file} could not be read (${errorCode(read.error)}): linting without it.`);
            return cache(empty, false);
        }
        if (read.kind === 'refused') {
            warn(`Cache file ${file} ${read.reason}: refused (neither read nor overwritten), linting without it. Delete it or choose another cache location.`);
            return cache(empty, false);
        }
        const { bytes } = read;
        if (bytes.length > 0 && !bytes.subarray(0, SIGNATURE.length).equals(Buffer.from(SIGNATURE))) {
            warn(`${file} is not a postmortem-lint cache: ignored and left untouched. Delete it or choose another cache location.`);
            return cache(empty, false);
        }
        let document;
        try {
            document = new CacheScanner(bytes).document();
        }
        catch {
            warn(`Cache file ${file} is truncated or corrupt: ignored and rebuilt.`);
            return cache(empty, true);
        }
        const found = document.header;
        if (found.toolVersion !== header.toolVersion || found.formatVersion !== header.formatVersion) {
            warn(`Cache file ${file} was written by postmortem-lint ${String(found.toolVersion)} (format ${String(found.formatVersion)}), this is ${header.toolVersion} (format ${header.formatVersion}): rebuilt.`);
            return cache(empty, true);
        }
        if (found.keyId !== header.keyId) {
            warn(`Cache file ${file} was not written on this machine (copied, committed or forged): ignored and rebuilt.`);
            return cache(empty, true);
        }
        // A different configuration may model files differently: start afresh, as ESLint does.
        if (found.configHash !== header.configHash)
            return cache(empty, true);
        return cache({ bytes, files: document.files }, true, false);
    }
    key(path) {
        return relative(dirname(this.file), resolve(path));
    }
    /** The stored record of `path` when its content hash is still `hash`; keeps it for the next run. */
    lookup(path, hash) {
        const key = this.key(path);
        const entry = this.previous.files.get(key);
        if (entry === undefined || entry.hash !== hash || this.secret === null)
            return null;
        if (entry.end - entry.start > MAX_RECORD_BYTES) {
            this.warn(`Cache record of ${path} is larger than ${MAX_RECORD_BYTES} bytes: ignored, the file is linted afresh.`);
            return null;
        }
        const literal = this.previous.bytes.subarray(entry.start, entry.end);
        if (!verifyTag(this.secret, this.header, key, hash, literal, entry.tag))
            return null;
        let record;
        try {
            record = JSON.parse(literal.toString('utf8'));
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
        if (!this.writable || this.secret === null || this.failure !== null)
            return;
        const literal = JSON.stringify(record);
        // It would be refused when read back: not worth writing.
        if (literal.length > MAX_RECORD_BYTES)
            return;
        const tag = recordTag(this.secret, this.header, key, hash, Buffer.from(literal, 'utf8'));
        try {
            this.writer ??= CacheWriter.open(this.temporary, this.header);
            this.writer.add(key, hash, tag, literal);
        }
        catch (error) {
            this.failure = error;
            this.writer?.abandon();
        }
    }
    /** Completes the temporary file with the reused entries and renames it over the cache file. */
    async save() {
        if (!this.writable || this.secret === null)
            return;
        const pruned = [...this.previous.files.keys()].some((key) => !this.kept.has(key) && !this.stored.has(key));
        if (this.failure === null && !this.changed && !pruned)
            return;
        try {
            if (this.failure !== null)
                throw this.failure;
            const writer = (this.writer ??= CacheWriter.open(this.temporary, this.header));
            for (const [key, entry] of this.kept)
                writer.add(key, entry.hash, entry.tag, this.previous.bytes.subarray(entry.start, entry.end));
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
function reasonOf(error) {
    return error.code ?? error.message;
}
/**
 * `--fix`: applies the mechanical fixes to each file, before the lint reports what is left.
 * Missing sections come from the TEMPLATE.md beside the file, else the built-in template. Each
 * file is read with the size limit and rewritten atomically (`safeWrite`: a temporary file renamed
 * over it); a file that is a symbolic link, not a regular file, or outside the configuration's
 * root (`config.baseDir`) is not touched, and `onWarning` is told why, naming it. Returns the
 * number of files changed.
 */
async function fixFiles(paths, config, onWarning = (message) => process.stderr.write(`postmortem-lint: ${message}\n`)) {
    const templates = new Map();
    let changed = 0;
    for (const path of paths) {
        let bytes;
        try {
            // Refused before reading: a link or a file outside the root is never rewritten.
            await checkTarget(path, config.baseDir);
            const read = await readBounded(path, config.maxFileSize, true);
            // Over the limit: never read into memory; the lint that follows reports it (invalid-file).
            if ('size' in read)
                continue;
            bytes = read.bytes;
        }
        catch (error) {
            if (error instanceof UnsafeWriteError)
                onWarning(`${error.message}: not fixed.`);
            continue; // The lint that follows reports the unreadable file (invalid-file).
        }
        const dir = dirname(path);
        let template = templates.get(dir);
        if (template === undefined) {
            try {
                const source = await findTemplate(dir, config.maxFileSize);
                if (source.warning !== undefined)
                    onWarning(source.warning);
                template = source.text;
            }
            catch (error) {
                onWarning(`${join(dir, TEMPLATE_FILE_NAME)}: ${reasonOf(error)}: the files beside it not fixed.`);
                template = null;
            }
            templates.set(dir, template);
        }
        if (template === null)
            continue;
        const fixed = fixBytes(path, bytes, config, template);
        if (fixed.fixes === 0)
            continue;
        try {
            await safeWrite(path, fixed.bytes, { root: config.baseDir });
        }
        catch (error) {
            onWarning(error instanceof UnsafeWriteError
                ? `${error.message}: not fixed.`
                : `${path}: could not be written (${reasonOf(error)}): left as it was.`);
            continue;
        }
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
    const { fix, onWarning, ...options } = request;
    if (fix === true)
        await fixFiles(options.files, options.config, onWarning);
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
        const output = options.outputs?.get(result.filePath);
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
            ...(output === undefined ? {} : { output }),
        };
    });
}
/** The JSON formatter's output text. */
function formatJson(run, options = {}) {
    return `${JSON.stringify(toEslintJson(run, options))}\n`;
}

// Generated from docs/rules/<id>.md by "npm run rule-help" (test/reporters/rule-help.test.ts).
// Do not edit: change the rule page and regenerate.
/**
 * Each rule page's hand-written sections (Why, What is checked, Options: everything between the
 * generated header and the examples), as Markdown lines. Links are relative to docs/rules/. The
 * SARIF reporter turns them into `help.markdown` / `help.text`, so the bundle needs no docs/.
 */
const RULE_HELP = {
    'required-metadata': [
        '## Why',
        '',
        'The metadata is what makes a postmortem findable and comparable: the id links it to the ticket in',
        'the paging tool, the date and severity feed the cross-incident reports (MTTR, frequency by',
        'severity), and the status tells reviewers whether the review is finished. A postmortem without',
        'them cannot be counted, searched or followed up.',
        '',
        '## What is checked',
        '',
        "- Each required field is present. Header lines use the template's labels (`Incident ID`, `Date`,",
        '  `Severity`, `Status`, `Author`; `Authors` and `Priority` also work); frontmatter uses the keys',
        '  `id`, `title`, `date`, `severity`, `status`, `author`. The title is the frontmatter `title` or',
        '  the first `#` heading. All missing fields are reported together, once, on the header lines or',
        '  frontmatter block (on the title when there is neither).',
        '- `id` matches the `incidentIdPattern` setting (default `INC-YYYY-MMDD-NNN`, e.g.',
        '  `INC-2026-0205-001`).',
        '- `date` is a real calendar date written `YYYY-MM-DD`.',
        '- `severity` is recognised: `SEV-1`, `SEV1`, `Sev 1`, `P1`, `SEV-1 (Critical)`, or a spelling',
        '  added with the `severityAliases` setting.',
        '- `status` is one of the configured statuses, compared case-insensitively, ignoring emoji,',
        '  Markdown and a trailing remark in parentheses (`✅ Completed` and `Reviewed (pending sign-off)`',
        '  are accepted).',
    ],
    'required-sections': [
        '## Why',
        '',
        "The template's sections are the questions a review must answer: what happened and to whom",
        '(Executive Summary, Impact), when (Timeline), why (Root Cause Analysis, Contributing Factors),',
        'how the response went (What Went Well, What Went Wrong), and what changes (Action Items, Lessons',
        'Learned). A missing section is an unanswered question; a heading with nothing under it is one',
        'that only looks answered.',
        '',
        '## What is checked',
        '',
        '- Each required section has a heading, at any level. Headings match by prefix, case-insensitively,',
        '  ignoring numbering and punctuation: `## 8. Action Items (Remediation Plan)` is the Action Items',
        '  section. All missing sections are reported together, once, on the title.',
        '- A required section written only as a label (a bold line `**What went well**`, or a',
        '  `**Impact**:` field) is reported where the label stands, with the heading to write instead.',
        '- A required section with no text under its heading (sub-sections included; other headings,',
        '  comments and code do not count) is reported as a **warning** on its heading.',
        '',
        'Default sections and the other headings accepted for them:',
        '',
        '| Section | Also accepted |',
        '|---------|---------------|',
        '| Executive Summary | Summary, Incident Summary, Issue Summary |',
        '| Impact | Incident Impact, User Impact, Customer Impact |',
        '| Timeline | |',
        '| Root Cause Analysis | Root Cause, Root Causes |',
        '| Contributing Factors | |',
        '| What Went Well | |',
        '| What Went Wrong | What Went Poorly, What Could Have Gone Better |',
        '| Action Items | Remediation, Corrective Actions, Follow-up Actions, Review Actions, Next Steps |',
        '| Lessons Learned | Lessons Learnt |',
    ],
    'timeline-granularity': [
        '## Why',
        '',
        "The practice's second rule: _timeline required — minute-by-minute for SEV-1, hourly for SEV-2_.",
        'A coarse timeline hides exactly what a review needs: how long detection took, how long each',
        'mitigation attempt ran, where the response stalled. A long silence between two entries is usually',
        'the part of the incident nobody wrote down.',
        '',
        '## What is checked',
        '',
        'For a severity level that has thresholds (by default SEV-1 and SEV-2):',
        '',
        '- The file has a Timeline section with at least one timestamped entry.',
        '- Every entry has a timestamp. Entries are table rows (the time column is found by its header:',
        '  `Time`, `Date`, `When`, `Timestamp`), list items, lines or sub-headings that start with a time',
        '  or date: `14:05`, `14:05:30`, `7:32 PM`, `~15:23`, `**16:58 UTC**`, `[13:26]`,',
        '  `2026-02-05 14:05`, `Feb 5 14:05`, or a date alone. A date line (`2026-02-05` on its own line',
        '  or as a heading) gives its date to the times below it.',
        '- Every timestamp is at least as precise as required (`minute` for SEV-1: a date alone or',
        '  `2 PM` is not enough; `hour` for SEV-2).',
        '- No gap between consecutive timed entries is longer than allowed (30 min for SEV-1, 60 min for',
        '  SEV-2). Gaps are measured after time zones (`All times in PT`, `14:00 UTC`) and day changes',
        '  (a time far earlier than the one before it is on the next day).',
        '',
        'A severity without thresholds (SEV-3 and below by default) is not checked. When the severity is',
        'unknown, only what any timeline needs is checked: a Timeline section without a single timestamp,',
        'and entries without one.',
    ],
    'timeline-consistency': [
        '## Why',
        '',
        "Time to restore, time to detect and the other incident metrics are read from the timeline's",
        'start and resolution. If those are not marked, the incident cannot be measured; if the header',
        'says "45 minutes" while the timeline spans two hours, one of them is wrong and every report built',
        'on it inherits the error. Entries out of order usually mean a mistyped time.',
        '',
        '## What is checked',
        '',
        'Only when the Timeline has at least one timestamped entry:',
        '',
        '- Entries are in chronological order, after time zones (`All times in UTC`, `14:00 PT`) and day',
        '  changes (a time far earlier than the one before it is read as the next day). On a 12-hour',
        '  clock written without AM/PM, `1:05` right after `12:40` is read as 13:05. Entries with a date',
        '  only are compared by date.',
        '- An entry marks the incident start and one marks the resolution. Labels win: `INCIDENT START`,',
        '  `OUTAGE BEGINS`, `INCIDENT RESOLVED`, `OUTAGE ENDS` (in capitals). Without a label, phrases',
        '  such as "incident began" or "fully restored", "service restored", "back to normal" are used.',
        '- The stated duration (the `Duration` header line or `duration` frontmatter field, e.g.',
        '  `2 hours 15 minutes`, `2h 15m`, `45 min`) equals resolution minus start within the tolerance.',
        '  The first start and the first resolution entry are used.',
    ],
    'five-whys': [
        '## Why',
        '',
        'The practice\'s third rule: _5-Whys mandatory_. The first answer to "why did it break?" is almost',
        'always a symptom (the pool was exhausted, the disk was full). Asking again, and again, walks from',
        'the symptom to the process or design that allowed it, which is where a lasting fix lives. Fewer',
        'than five levels is rarely deep enough; an unanswered "why" is a question the review skipped.',
        '',
        '## What is checked',
        '',
        'In the Root Cause Analysis section (also `Root Cause`, `5 Whys`, `Five Whys`, `RCA`; sub-sections',
        'included):',
        '',
        '- A problem statement: a `Problem Statement` sub-heading with text under it, or a',
        '  `**Problem Statement:**` line.',
        '- At least `minDepth` why-questions. Both common forms are read:',
        '  - a list whose items contain the question ("1. **Why did the API go down?**"), answered by the',
        "    item's nested list or the line below it, or after the question mark on the same line;",
        '  - sub-headings such as `### Why 1: why did the API go down?` or `#### 1. Why …?`, answered by the',
        '    text under the heading.',
        '- Every why-question has a non-empty answer (reported on the question).',
        '- A stated root cause: a `Root Cause` sub-heading with text under it, a `**Root Cause:**` line, or',
        '  a section titled just "Root Cause".',
    ],
    'action-items': [
        '## Why',
        '',
        "The practice's fourth rule: _action items tracked_. An item without an owner is nobody's job, an",
        'item without a date never becomes urgent, and an item without a status cannot be followed up. A',
        'lesson only changes the system when someone is on the hook to change it.',
        '',
        '## What is checked',
        '',
        '- The file has an action-items section (`Action Items`, `Remediation`, `Corrective Actions`,',
        '  `Follow-up Actions`, `Review Actions`, `Next Steps`; sub-sections included) with at least one',
        '  item. A list item labelled that way (`- **Review actions**:` with a nested list) counts too;',
        '  failing both, `Action point:` / `Action item:` paragraphs anywhere in the text are read as the',
        '  items (each is then checked, instead of reporting a missing section).',
        '- Items are read from a table whose header names the columns (`ID`, `Action`, `Owner` /',
        '  `Assignee`, `Deadline` / `Due` / `Due Date`, `Status` / `State`; the spellings come from the',
        '  `actionItemColumns` setting), or from lists: checkboxes (`- [x]` is Done, `- [ ]` is To Do),',
        '  `Owner:` / `Due:` / `Status:` fields, a trailing `(@owner, due 2026-03-01)`, a trailing',
        '  `(done)` or `**DONE**`, a sub-heading or label such as `### Immediate actions (completed)` or',
        '  `Completed:`. A leading `AI-12:` or a link to an issue or pull request gives the item its id.',
        '- Each item has an owner that names someone (not empty, `TBD`, `?`, `-`, `N/A`, `none`, …). A',
        '  `TBD` owner is reported by `no-placeholders` when that rule is on, so it is not reported twice.',
        '- Each deadline is a real `YYYY-MM-DD` date (a note may follow it) and is not before the',
        '  incident date.',
        '- Each status is one of the configured statuses, compared case-insensitively, ignoring an emoji',
        '  prefix and a trailing note: `✅ Done`, `🔄 In Progress`, `📋 To Do (after AI-2)` and `TODO` are',
        '  all accepted.',
        '- Ids are unique (placeholder ids such as `n/a` are ignored).',
        '- An item that is not done and whose deadline is before `--now` is reported as a **warning**',
        '  naming how many days it is overdue.',
        '',
        'A table without an Owner, Deadline or Status column is reported once, on its header row. A list',
        'item missing fields is reported once, naming every missing field.',
    ],
    'blameless-language': [
        '## Why',
        '',
        "The practice's first rule: _blameless always_. A postmortem explains how code, process, tooling",
        'and incentives let the failure happen. Words such as "careless", "human error" or "should have',
        'known" stop the analysis at a person, and people who expect blame stop reporting what really',
        'happened. Roles and team handles are fine; verdicts on people are not.',
        '',
        '## What is checked',
        '',
        '- Every phrase of the lexicon, as a whole word or phrase, case-insensitive, with spaces and',
        '  hyphens interchangeable inside a phrase (`fat fingered` = `fat-fingered`). Built in: `blame`,',
        '  `blamed`, `blaming`, `at fault`, `fault of`, `my/his/her/their/your/our/whose fault`,',
        '  `careless`, `carelessly`, `carelessness`, `negligent`, `negligence`, `incompetent`,',
        '  `incompetence`, `sloppy`, `lazy`, `stupid`, `reckless`, `human error`, `operator error`,',
        '  `should have known`, `should have noticed`, `should have caught`, `failed to notice`,',
        '  `dropped the ball`, `screwed up`, `messed up`, `fat-fingered`, `not paying attention`.',
        '  Each message names the phrase; the suggestion gives a blameless way to say it. The',
        '  counterfactuals `should have known`, `should have noticed`, `should have caught` and `failed to',
        '  notice` also have a rewording that fits in their place (`did not know`, `did not notice`, `did',
        '  not catch`): the editor integrations offer it as a quick fix (never `--fix`: prose is a',
        "  person's to change).",
        "- A person named as the cause, in the form `<Capitalised Name>'s mistake / error / fault /",
        "  blunder / oversight / negligence` (`Dana's mistake`, `Sam Lee's error`).",
        '- Only prose is read: code blocks, inline code, HTML comments and block quotes (quoted logs and',
        '  chat) are skipped.',
        '',
        'Decisions and limits:',
        '',
        '- `fault` alone is **not** blame: "a network fault", "a page fault" and hardware faults are',
        '  system conditions. Only constructions that attribute fault to someone are in the lexicon.',
        '  Words such as `default` and `faulty` never match (whole words only).',
        '- A hyphen joins words, so `no-blame` and `fault-tolerant` never match `blame` or `fault`. The',
        '  `allow` list removes other harmless phrases (`fault tolerance`, `fault injection`,',
        '  `git blame`, …): a lexicon hit inside an allowed phrase is not reported.',
        '- Naming individuals as the cause is hard to detect in general ("Dana ran the script that',
        '  deleted the table" blames without a blaming word). The rule only catches the possessive',
        '  pattern above; it can also match a capitalised system name ("Redis\'s error"): silence such a',
        '  line with `<!-- postmortem-lint-disable-next-line blameless-language -->`.',
        '- Text that Markdown rewrites (entities, escapes) is reported at the start of its text run, not',
        '  on the exact word. A phrase split by emphasis or a link (`human *error*`) is not matched, since',
        '  each run of text is read on its own.',
    ],
    distribution: [
        '## Why',
        '',
        "The practice's fifth rule: _distribution required_. A postmortem that only its authors read",
        'teaches nothing to the teams that build on the same systems, to the people who prioritise the',
        'remediation work, or to the leaders who fund it.',
        '',
        '## What is checked',
        '',
        'The distribution list is read from a `**Distribution:**` line (also `Distributed to`,',
        '`Shared with`, `Audience`), a `distribution` frontmatter field (a string or a list), or a',
        '`## Distribution` section. Each configured audience must be named by one of its words, as a whole',
        'word, case-insensitive. When two words overlap the longer one wins, so "Product Management"',
        'names product and not also leadership through "management".',
        '',
        'A file without any distribution list is reported on its title; a list that misses audiences is',
        'reported on the list, naming the missing audiences.',
    ],
    'follow-up-meeting': [
        '## Why',
        '',
        "The practice's sixth rule: _a review meeting scheduled within 3 days of the incident_. Memories",
        'fade quickly and remediation loses urgency; a prompt review is where the team agrees the root',
        "cause and the action items. PagerDuty's practice is 3 calendar days for SEV-1 and 5 business days",
        'for SEV-2, which the options above can express.',
        '',
        '## What is checked',
        '',
        'The meeting is read from a `**Follow-Up Meeting:**` line (also `Follow-up`, `Follow-up Review`,',
        '`Postmortem Review`, `Post-incident Review`, `Review Meeting`, `Retrospective`), a `follow_up_meeting` frontmatter field, or a section of',
        'that name; failing those, from the deadline of an action item that schedules it ("Postmortem',
        'review meeting with the team", "Follow-up meeting", "Retrospective"). Its date may be written `2026-02-08`, `February 8, 2026` or `8 Feb` (the incident year',
        'completes a date written without one).',
        '',
        "- The window is `windows[<severity level>]` when set for the file's severity, else",
        '  `defaultWindowDays`; days are calendar days, or Monday–Friday with `businessDays: true`.',
        '- No meeting recorded: an **error** once `--now` is past the window, a **warning** before (there is',
        '  still time to schedule it). Reported on the title.',
        '- A date that cannot be read (`TBD`, `next week`): reported on the meeting line, with the same',
        '  error/warning split.',
        '- A meeting after the window, or before the incident: an error naming the date and the deadline.',
        '- Without a valid incident date the window cannot be computed: only a missing or unreadable',
        '  meeting is reported (`required-metadata` reports the date).',
    ],
    'pattern-analysis': [
        '## Why',
        '',
        "The practice's seventh rule: _pattern detection_. A third connection-pool exhaustion in six months",
        'is not bad luck but a systemic problem, and each postmortem that treats it as a one-off wastes',
        'the lesson of the previous ones. Citing the earlier incidents makes the recurrence visible to',
        'reviewers and to the trend report.',
        '',
        '## What is checked',
        '',
        'Postmortems are grouped by their root-cause category (the `root_cause_category` frontmatter',
        'field, or `**Root Cause Category:**`), and optionally by service or tag. Keys are compared case-',
        'and separator-insensitively: `Connection Pool`, `connection_pool` and `connection-pool` are one',
        'group. Postmortems without a valid date are left out.',
        '',
        'For each postmortem, the earlier members of its groups dated within `windowMonths` calendar',
        'months before it are counted. When it is at least the `minOccurrences`-th of them, it must have a',
        'Pattern Analysis section citing every earlier incident id of that window. The message lists the',
        'ids to cite and which are missing; earlier postmortems without an incident id are named by path.',
        'It is reported on the Pattern Analysis heading, or on the title when there is none.',
        '',
        'Decision: **every** postmortem from the `minOccurrences`-th on is checked against its own trailing',
        'window, not only the newest of the corpus. The 4th incident of a series must cite the three',
        'before it (those within the window), even after a 5th has been written: each postmortem is',
        'complete on its own, and its author could see the earlier ones. The first `minOccurrences - 1`',
        'members are never asked to cite anything, since the pattern did not exist when they were written.',
        '',
        'Only runs that see the whole corpus can apply this rule; a single file linted alone never fails it.',
        '',
        '## Options',
        '',
        '**Similar root causes.** Categories are only as good as the people choosing them: the same',
        'connection leak may be filed as `database`, `capacity` and nothing at all. With',
        '`similarity.enabled`, incidents whose problem statement, root cause and contributing factors are',
        'similar (TF-IDF cosine similarity at or above `threshold`, compared only when their categories',
        'differ or one is missing) form candidate patterns too, checked exactly like category groups and',
        'named by their shared terms (`similar root cause "pool, leak, connection"`). It is off by default',
        'because similar wording is a hint, not proof; the trend report (`postmortem-lint report`) always',
        'lists these candidates for a person to judge. Raise `threshold` for fewer, closer matches.',
    ],
    'no-placeholders': [
        '## Why',
        '',
        'The template (`postmortems/TEMPLATE.md`, and what `postmortem-lint new` writes) marks every field',
        'the author must write with a placeholder. A postmortem that still carries one is a draft: its',
        'reader cannot tell an unknown value from a forgotten one, and the trend report would count an',
        'incident whose title is `[Incident Title]`. The practice asks for a complete record (timeline,',
        '5-Whys, owners and deadlines); this rule is the check that the blanks were filled, so a pull',
        'request shows exactly which ones are left.',
        '',
        'The rule reads the prose (headings, paragraphs, lists, table cells) and the frontmatter values. It',
        'never reports:',
        '',
        '- links `[text](https://…)` and reference links whose definition exists (`[runbook]` with a',
        '  `[runbook]: https://…` line),',
        '- task-list boxes `- [ ]` and `- [x]`,',
        '- footnotes `[^1]`,',
        "- code (fenced blocks and `` `inline code` ``), HTML comments (the template's guidance) and block",
        '  quotes,',
        '- an action item whose status is `TODO` (a status, not a blank).',
        '',
        'A placeholder is one problem, reported once. While a placeholder is there, the other rules hold',
        'back their findings about it: a finding on one line that overlaps the placeholder (a deadline cell',
        'that still reads `YYYY-MM-DD` is not also "not a valid date"), and a finding on the heading of a',
        'section that still holds placeholders (a Timeline of `HH:MM` rows is not also "without',
        'timestamps"). File-level findings (a missing section, missing metadata) are always reported. Once',
        'the placeholder is replaced, the other rules judge the real value. So a draft fresh from',
        '`postmortem-lint new` shows `no-placeholders` errors only.',
        '',
        '## Options',
        '',
        'The default `patterns` are:',
        '',
        '- `\\[[A-Z@][^\\[\\]\\n]{1,120}\\]` — a bracketed label starting with a capital letter or `@`:',
        '  `[Incident Title]`, `[Describe the impact]`, `[@owner]`;',
        '- `\\b(?:TODO|TBD|TBC|FIXME)\\b` — the usual to-do words, in capitals;',
        '- `\\b[YMDHNS]{2,4}(?:[-:/][YMDHNS]{2,4})+\\b` — date, time and id masks: `YYYY-MM-DD`, `HH:MM`,',
        '  `INC-YYYY-MMDD-NNN`.',
        '',
        'Setting `patterns` replaces the list; to add one, repeat the defaults beside it:',
        '',
        '```yaml',
        'rules:',
        '  no-placeholders:',
        '    patterns:',
        "      - '\\[[A-Z@][^\\[\\]\\n]{1,120}\\]'",
        "      - '\\b(?:TODO|TBD|TBC|FIXME)\\b'",
        "      - '\\b[YMDHNS]{2,4}(?:[-:/][YMDHNS]{2,4})+\\b'",
        "      - '\\?\\?\\?'",
        "    allow: ['[Redacted]']",
        '```',
    ],
};

/** GitHub code scanning shows at most this many characters of a rule's short or full description. */
const MAX_DESCRIPTION = 1024;
/** GitHub code scanning rejects a run with more results than this. */
const MAX_SARIF_RESULTS = 25_000;
/**
 * The `partialFingerprints` key. Deliberately not `primaryLocationLineHash`: `upload-sarif`
 * computes that one from the file's text and warns on every result whose value differs from its
 * own, so a tool-supplied value there only adds one warning per alert.
 */
const FINGERPRINT_KEY = 'postmortemLint/v1';
const SRCROOT = '%SRCROOT%';
const BUILT_IN_FINDINGS = [
    {
        id: 'invalid-file',
        description: 'The file could not be linted: it is not text, not UTF-8, too large or nested too deep.',
        explanation: [
            'postmortem-lint reads every file before any rule runs. A file that is not text, is not valid',
            'UTF-8, is larger than the `maxFileSize` setting, or nests block quotes or lists absurdly deep',
            'is reported once, with this finding, and is not linted; the other files are.',
            '',
            'Fix the file (save it as UTF-8 text, split it) or, if it is not a postmortem, add it to the',
            "configuration's `ignores`.",
        ].join('\n'),
        helpUri: `${REPOSITORY_URL}#rules`,
        tags: ['input'],
    },
    {
        id: 'invalid-frontmatter',
        description: 'The frontmatter is not valid YAML, is written in another language, or has an invalid field.',
        explanation: [
            'The frontmatter must be YAML between `---` lines. YAML that does not parse, an alias bomb, a',
            'duplicate key, or frontmatter in another language (such as `---js`, which is never evaluated)',
            'is reported with this finding; the rest of the file is still linted.',
            '',
            'The fields are described by the frontmatter schema',
            `([\`schemas/postmortem.schema.json\`](${REPOSITORY_URL}/blob/main/schemas/postmortem.schema.json)).`,
        ].join('\n'),
        helpUri: `${REPOSITORY_URL}#rules`,
        tags: ['input', 'metadata'],
    },
    {
        id: RULE_ERROR,
        description: 'A rule failed on this file: its findings are missing, the other rules are reported.',
        explanation: [
            'A rule threw an exception while checking this file. Its findings for the file are missing;',
            'every other rule ran and reported as usual.',
            '',
            'This is a bug in postmortem-lint, not in the postmortem: please',
            `[report it](${REPOSITORY_URL}/issues) with the file (or a file that shows the same failure).`,
        ].join('\n'),
        helpUri: `${REPOSITORY_URL}/issues`,
        tags: ['internal'],
    },
    {
        // The engine's UNKNOWN_RULE: an inline control naming a rule that does not exist.
        id: 'unknown-rule',
        description: 'An inline postmortem-lint comment names a rule that does not exist.',
        explanation: [
            'A `postmortem-lint-disable`, `-enable` or `-disable-next-line` comment names a rule id that',
            'postmortem-lint does not know, so the comment does nothing for it: a typo, or a rule that was',
            'renamed. The message suggests the closest known id.',
            '',
            `Fix the id (the [rules](${REPOSITORY_URL}#rules) lists them) or remove the comment.`,
        ].join('\n'),
        helpUri: `${REPOSITORY_URL}#inline-controls`,
        tags: ['inline-controls'],
    },
];
/** `blameless-language` → `BlamelessLanguage`. */
function pascalCase(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((word) => word[0].toUpperCase() + word.slice(1))
        .join('');
}
/** Relative links of a page (`../../README.md#configuration`) resolved against its URL. */
function absoluteLinks(markdown, base) {
    const absolute = (href) => {
        if (/^[a-z][a-z0-9+.-]*:/i.test(href))
            return href;
        try {
            return new URL(href, base).href;
        }
        catch {
            return href;
        }
    };
    return markdown
        .replace(/\]\(([^)\s]+)((?:\s+"[^"]*")?)\)/g, (_, href, title) => {
        return `](${absolute(href)}${title})`;
    })
        .replace(/^(\s*\[[^\]]+\]:\s*)(\S+)/gm, (_, label, href) => {
        return `${label}${absolute(href)}`;
    });
}
/** Prose (no fences) as plain text; code spans keep their content untouched. */
function proseToText(markdown) {
    const spans = [];
    return markdown
        .replace(/^ {0,3}#{1,6}\s+/gm, '')
        .replace(/(?<!`)(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (_, _ticks, code) => {
        spans.push(/^ [\s\S]* $/.test(code) && code.trim() !== '' ? code.slice(1, -1) : code);
        return `\uE000${spans.length - 1}\uE000`;
    })
        .replace(/!?\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g, (_, text, href) => text === href || text === '' ? href : `${text} (${href})`)
        .replace(/(\*\*|__)(?=\S)([\s\S]+?)(?<=\S)\1/g, '$2')
        .replace(/(^|[^\w*])[*_](?=\S)([^*_\n]+?)(?<=\S)[*_](?=[^\w*]|$)/gm, '$1$2')
        .replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1')
        .replace(/\uE000(\d+)\uE000/g, (_, index) => spans[Number(index)]);
}
/**
 * Markdown as plain text, for `help.text` and `fullDescription.text`: heading marks, emphasis,
 * backticks and fence lines dropped, links written as `text (url)`; code is kept as written.
 */
function markdownToText(markdown) {
    const out = [];
    let prose = [];
    let fence = null;
    const flush = () => {
        if (prose.length > 0)
            out.push(proseToText(prose.join('\n')));
        prose = [];
    };
    for (const line of markdown.split('\n')) {
        const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
        if (fence === null && marker) {
            flush();
            fence = marker;
        }
        else if (fence !== null &&
            marker &&
            marker[0] === fence[0] &&
            marker.length >= fence.length) {
            fence = null;
        }
        else if (fence !== null) {
            out.push(line);
        }
        else {
            prose.push(line);
        }
    }
    flush();
    return out.join('\n');
}
/** The first paragraph of the "## Why" section (the page's own explanation, in one paragraph). */
function whyParagraph(sections) {
    const start = sections.indexOf('## Why');
    if (start === -1)
        return '';
    const paragraph = [];
    for (const line of sections.slice(start + 1)) {
        if (line.startsWith('#') || (line === '' && paragraph.length > 0))
            break;
        if (line !== '')
            paragraph.push(line);
    }
    return paragraph.join('\n');
}
/** The options a rule takes, one Markdown bullet each, from `meta.optionsSchema`. */
function optionLines(rule) {
    const properties = rule.meta.optionsSchema.properties;
    if (typeof properties !== 'object' || properties === null)
        return [];
    return Object.entries(properties).map(([name, schema]) => typeof schema.description === 'string'
        ? `- \`${name}\`: ${schema.description}`
        : `- \`${name}\``);
}
function descriptor(id, description, explanationMarkdown, details, helpUri, level, tags) {
    const markdown = [explanationMarkdown, details, `[Full documentation](${helpUri})`]
        .filter((part) => part !== '')
        .join('\n\n');
    const why = explanationMarkdown === '' ? '' : whyParagraph(explanationMarkdown.split('\n'));
    const withWhy = `${description}\n\n${why}`;
    const full = why !== '' && Math.max(withWhy.length, markdownToText(withWhy).length) <= MAX_DESCRIPTION
        ? withWhy
        : description;
    const name = pascalCase(id);
    return {
        id,
        ...(name.toLowerCase() === id.toLowerCase() ? {} : { name }),
        shortDescription: { text: description },
        fullDescription: { text: markdownToText(full), markdown: full },
        help: {
            text: markdownToText(`${description}\n\n${markdown}`),
            markdown: `${description}\n\n${markdown}`,
        },
        helpUri,
        defaultConfiguration: { level },
        properties: { tags, 'problem.severity': level },
    };
}
function ruleDescriptor(rule) {
    const { id, description, defaultSeverity, severityNote, tags } = rule.meta;
    const sections = absoluteLinks((RULE_HELP[id] ?? []).join('\n'), ruleDocsUrl(id));
    const options = optionLines(rule);
    const configuration = [
        '## Configuration',
        '',
        `Default severity: \`${defaultSeverity}\`${severityNote ? ` (${severityNote})` : ''}. Set it to`,
        `\`error\`, \`warning\` or \`off\`, or pass options, under \`rules.${id}\` in the`,
        `[configuration](${REPOSITORY_URL}#configuration).`,
        ...(options.length > 0 ? ['', 'Options:', '', ...options] : []),
    ].join('\n');
    return descriptor(id, description, sections, configuration, ruleDocsUrl(id), defaultSeverity, [
        ...tags,
    ]);
}
function builtInDescriptor(finding) {
    return descriptor(finding.id, finding.description, `## Why\n\n${finding.explanation}`, '', finding.helpUri, 'error', finding.tags);
}
/** A rule outside the registry (a plugin): still a described, linked rule. */
function unknownDescriptor(id, level) {
    return descriptor(id, `Findings of the rule ${id}.`, `## Why\n\n\`${id}\` is not one of postmortem-lint's built-in rules; see where it comes from.`, '', REPOSITORY_URL, level, []);
}
/** Every descriptor a run can refer to: the rules, then the findings that are not rules. */
function ruleDescriptors() {
    return [...RULES.map(ruleDescriptor), ...BUILT_IN_FINDINGS.map(builtInDescriptor)];
}
/**
 * A relative reference (`postmortems/2026/a%20b.md`) from `baseDir` to the file, never an absolute
 * path; `..` segments when the file is outside `baseDir`. Only a file on another Windows drive,
 * which no relative reference reaches, gets a `file:` URI (and no `uriBaseId`).
 */
function artifactLocation(filePath, cwd, baseDir) {
    const absolute = resolve(cwd, filePath);
    const inside = relative(baseDir, absolute);
    if (isAbsolute(inside))
        return { uri: pathToFileURL(absolute).href };
    return { uri: inside.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}
/**
 * A region SARIF consumers accept: 1-based, integer, end after start; a zero-width finding (a
 * whole-file finding reported at a point) covers one column.
 */
function region(diagnostic) {
    const whole = (value) => Number.isFinite(value) ? Math.max(1, Math.trunc(value)) : 1;
    const startLine = whole(diagnostic.line);
    const startColumn = whole(diagnostic.column);
    let endLine = whole(diagnostic.endLine);
    let endColumn = whole(diagnostic.endColumn);
    if (endLine < startLine)
        [endLine, endColumn] = [startLine, startColumn];
    if (endLine === startLine && endColumn <= startColumn)
        endColumn = startColumn + 1;
    return { startLine, startColumn, endLine, endColumn };
}
/**
 * What identifies a finding whatever the lines around it do: the rule, the file and the message
 * with every number taken out (line references such as "also used on line 12", day counts that
 * grow every day). Equal keys in one file are told apart by their order.
 */
function fingerprintKey(ruleId, uri, message) {
    const skeleton = message.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
    return createHash('sha256').update(`${ruleId}\n${uri}\n${skeleton}`).digest('hex').slice(0, 32);
}
/** `<key>:<n>`, n counting equal keys from 1 in the run's order (by file, then position). */
function fingerprints() {
    const seen = new Map();
    return (ruleId, uri, message) => {
        const key = fingerprintKey(ruleId, uri, message);
        const occurrence = (seen.get(key) ?? 0) + 1;
        seen.set(key, occurrence);
        return `${key}:${occurrence}`;
    };
}
/**
 * At most `limit` results, errors before warnings (GitHub, too, keeps the most severe first), in
 * their original order.
 */
function capResults(results, limit) {
    if (results.length <= limit)
        return results;
    const errors = results.filter((result) => result.level === 'error').length;
    let warnings = Math.max(0, limit - errors);
    let kept = 0;
    return results.filter((result) => {
        if (kept >= limit)
            return false;
        if (result.level !== 'error') {
            if (warnings === 0)
                return false;
            warnings--;
        }
        kept++;
        return true;
    });
}
function plural(count, word) {
    return `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;
}
/** SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`). */
function toSarif(run, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const baseDir = resolve(cwd, options.baseDir ?? cwd);
    const rules = ruleDescriptors();
    const indexOf = new Map(rules.map((rule, index) => [rule.id, index]));
    const fingerprint = fingerprints();
    const all = [];
    let ruleErrors = 0;
    for (const result of run.results) {
        const artifact = artifactLocation(result.filePath, cwd, baseDir);
        for (const diagnostic of result.diagnostics) {
            let ruleIndex = indexOf.get(diagnostic.ruleId);
            if (ruleIndex === undefined) {
                ruleIndex = rules.length;
                rules.push(unknownDescriptor(diagnostic.ruleId, diagnostic.severity));
                indexOf.set(diagnostic.ruleId, ruleIndex);
            }
            if (diagnostic.ruleId === RULE_ERROR)
                ruleErrors++;
            all.push({
                ruleId: diagnostic.ruleId,
                ruleIndex,
                level: diagnostic.severity,
                message: { text: messageText(diagnostic) },
                locations: [
                    { physicalLocation: { artifactLocation: { ...artifact }, region: region(diagnostic) } },
                ],
                partialFingerprints: {
                    [FINGERPRINT_KEY]: fingerprint(diagnostic.ruleId, artifact.uri, diagnostic.message),
                },
            });
        }
    }
    const results = capResults(all, MAX_SARIF_RESULTS);
    const omitted = all.length - results.length;
    const notifications = [];
    if (ruleErrors > 0) {
        notifications.push({
            level: 'error',
            message: {
                text: `A rule failed ${plural(ruleErrors, 'time')}: those files were not fully checked (see the ${RULE_ERROR} results).`,
            },
        });
    }
    if (omitted > 0) {
        notifications.push({
            level: 'warning',
            message: {
                text: `${plural(omitted, 'result')} left out: GitHub code scanning accepts at most ${plural(MAX_SARIF_RESULTS, 'result')} per run, so ${plural(results.length, 'result')} of ${all.length.toLocaleString('en-US')} are included, errors first. The stylish and json formats list them all.`,
            },
        });
    }
    const invocation = { executionSuccessful: ruleErrors === 0 };
    if (notifications.length > 0)
        invocation.toolExecutionNotifications = notifications;
    const category = options.category?.replace(/\/?$/, '/');
    const sarifRun = {
        tool: {
            driver: {
                name: 'postmortem-lint',
                version: VERSION,
                semanticVersion: VERSION,
                informationUri: REPOSITORY_URL,
                rules,
            },
        },
        ...(category === undefined ? {} : { automationDetails: { id: category } }),
        invocations: [invocation],
        originalUriBaseIds: {
            [SRCROOT]: {
                description: {
                    text: 'The directory artifact URIs are relative to: the repository root in the GitHub Action, the working directory on the command line.',
                },
            },
        },
        columnKind: 'utf16CodeUnits',
        results,
        ...(omitted > 0 ? { properties: { omittedResults: omitted } } : {}),
    };
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [sarifRun],
    };
}
function formatSarif(run, options = {}) {
    return `${JSON.stringify(toSarif(run, options), null, 2)}\n`;
}

/**
 * The configuration to index with: the same parsing, no rules (the index needs models, not
 * findings, so indexing costs about a bare parse). Its own cache key, so an index run never stores
 * rule-less results where a lint run would read them. The rules keep their options: reports read
 * the practice's settings from them.
 */
function indexingConfig(config) {
    return {
        ...config,
        rules: config.rules.map((rule) => ({ ...rule, severity: 'off' })),
        hash: `${config.hash}:index`,
    };
}
/** The index of a lint run; `pathOf` maps the run's paths to the paths to show (relative ones). */
function corpusIndexOf(run, now, pathOf = (path) => path) {
    const failed = [];
    for (const result of run.results) {
        const fatal = result.diagnostics.find((diagnostic) => diagnostic.fatal);
        if (fatal)
            failed.push({ path: pathOf(result.filePath), message: fatal.message, line: fatal.line });
    }
    return {
        version: 1,
        generatedAt: now.toISOString(),
        entries: run.index.map((entry) => ({ ...entry, path: pathOf(entry.path) })),
        failed,
    };
}
/** The corpus index of some postmortems: one entry each, unreadable files listed under `failed`. */
async function indexPostmortems(request) {
    const run = await lintFiles({
        files: request.files,
        config: indexingConfig(request.config),
        now: request.now,
    });
    return corpusIndexOf(run, request.now, request.pathOf);
}

export { CACHE_FILE_NAME as C, formatSarif as a, indexingConfig as b, corpusIndexOf as c, lintPostmortems as d, toSarif as e, formatJson as f, fixBytes as g, indexPostmortems as i, lintFiles as l, messageText as m, toEslintJson as t };
