import { resolve, join, dirname, relative, isAbsolute, sep } from 'node:path';
import { r as readPostmortem, f as failedOutcome, d as checkCorpus, e as fileResult, m as modelBytes, R as RULE_ERROR } from './pipeline-D7DYxzb-.js';
import { i as invalidFile, d as decodePostmortem } from './decode-BatIPcMV.js';
import { d as checkTarget, b as readBounded, U as UnsafeWriteError, f as findTemplate, T as TEMPLATE_FILE_NAME, s as safeWrite, c as applyEditsToBytes } from './edits-vrcRL61i.js';
import { R as RULES, f as enabledRules, q as githubHosts, p as practiceOptions, u as plural$1, t as trackedBy, i as trackerLinks, J as issueKey, K as findDate, n as isoDay, o as statusReader, L as isOverdue, M as daysBetween, l as isIsoDate, m as followUpDeadline, e as readInstant, N as appendTo, O as COMPLETED_STATUS, P as duplicateIds, Q as withoutDuplicates, T as buildSimilarityIndex, U as similarityClusters, V as ruleOptions, W as recurringProblems, X as groupedPatterns } from './resolve-cfr8Br3c.js';
import { randomBytes, createHmac, timingSafeEqual, createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { R as REPOSITORY_URL, r as ruleDocsUrl } from './index-Cgj-hIvX.js';
import { V as VERSION } from './version-C0Mv0M4l.js';
import { tmpdir, userInfo, availableParallelism } from 'node:os';
import { f as findWorkerUrl, W as WorkerPool, c as contentHash, b as contextOutcome, d as decodeContextRecord, r as runFileTask } from './pool-DYaRj7HH.js';
import { constants, mkdirSync, openSync, writeSync, closeSync, lstatSync, writeFileSync, linkSync, unlinkSync, fstatSync, readSync } from 'node:fs';
import { stat, lstat, open, rename, readFile, writeFile } from 'node:fs/promises';

// The cache file's format: a JSON document (header, then path → [hash, tag, record]) read as bytes
// without decoding the records, and written in chunks to a temporary file.
/** Default cache file name (in the working directory, or inside a directory given as location). */
const CACHE_FILE_NAME = '.postmortem-lint-cache';
/** Bumped whenever the record encoding (record.ts) changes, independently of the package version. */
const FORMAT_VERSION = 6;
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
const CONTEXT_KEY_SUFFIX = '\u0000context';
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
    key(path, kind) {
        const key = relative(dirname(this.file), resolve(path));
        return kind === 'model' ? key : `${key}${CONTEXT_KEY_SUFFIX}`;
    }
    /**
     * The stored record of `path` when its content hash is still `hash`; keeps it for the next run,
     * with the file's record of the other kind when that is for the same bytes: a pull-request
     * check (context records) and a full lint (model records) may alternate without evicting each
     * other.
     */
    lookup(path, hash, kind = 'model') {
        const other = this.key(path, kind === 'model' ? 'context' : 'model');
        const sibling = this.previous.files.get(other);
        if (sibling?.hash === hash && !this.stored.has(other))
            this.kept.set(other, sibling);
        const key = this.key(path, kind);
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
    store(path, hash, record, kind = 'model') {
        const key = this.key(path, kind);
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
 * Without a time budget, workers start once a run has this many files; fewer are linted
 * in-process. Measured here: a worker takes ~220 ms to start (loading the bundle, cold JIT), a
 * 4–20 KB postmortem ~18 ms to lint, so two workers only pay off past ~24 files.
 */
const POOL_MIN_FILES = 24;
/** The `invalid-file` finding of a file that took longer than the budget. */
function overBudgetProblem(seconds) {
    return invalidFile(`File took longer than ${seconds} s to read: not linted (the other files are). ` +
        'Markdown the parser reads slowly (thousands of unmatched brackets, emphasis markers or ' +
        'underline lines) is the usual cause: simplify that part, or raise "fileTimeBudget" in ' +
        'the configuration.');
}
/**
 * Lints files, then runs the corpus rules on them. Files are read one at a time and modelled in
 * a pool of worker threads (in-process only without a worker entry, with custom rules, or for a
 * small run without a time budget); only outcomes (findings and index entries) are kept, never all
 * models at once. Results come back in input order whatever the scheduling, identical to an
 * in-process run.
 */
async function lintFiles(options) {
    const { config, now } = options;
    const registry = options.rules ?? RULES;
    const reported = [...new Set(options.files)];
    const reportedSet = new Set(reported);
    const context = [...new Set(options.contextFiles ?? [])].filter((path) => !reportedSet.has(path));
    const paths = [...reported, ...context];
    const warnings = [];
    // Opened once the pool is there: its first worker starts up while the cache is read.
    let cache = null;
    const outcomes = new Array(paths.length);
    const hashes = new Array(paths.length);
    const accept = (result) => {
        outcomes[result.index] = result.outcome;
        if (cache && result.record !== null) {
            const kind = result.index < reported.length ? 'model' : 'context';
            cache.store(paths[result.index], hashes[result.index], result.record, kind);
        }
    };
    // The copy flattens strings sliced from the file's text, which would otherwise keep every
    // source alive until the run ends (measured on 1,000 files: live heap 43 → 20 MB). Results from
    // workers arrive copied already.
    const runHere = (task) => {
        const result = runFileTask(task, config, now, cache !== null, registry);
        return { ...result, outcome: structuredClone(result.outcome) };
    };
    const overBudget = (task) => ({
        index: task.index,
        outcome: failedOutcome(task.path, overBudgetProblem(config.fileTimeBudget)),
        record: null,
    });
    const jobs = Math.max(1, Math.floor(options.jobs ?? availableParallelism()));
    const budgetMs = config.fileTimeBudget * 1000;
    const pooled = registry === RULES && (budgetMs > 0 || (jobs > 1 && paths.length >= POOL_MIN_FILES));
    const workerUrl = pooled ? (options.workerUrl ?? findWorkerUrl()) : null;
    const pool = workerUrl
        ? new WorkerPool({
            workerUrl,
            size: jobs,
            init: {
                config,
                now: now.getTime(),
                recordWanted: options.cache === true,
                lints: reported.length > 0,
            },
            budgetMs,
            onResult: accept,
            runHere,
            overBudget,
        })
        : null;
    if (options.cache) {
        try {
            cache = await LintCache.open(await cacheFilePath(options.cacheLocation), { toolVersion: VERSION, configHash: config.hash }, (message) => warnings.push(message));
        }
        catch (error) {
            await pool?.close();
            throw error;
        }
    }
    try {
        for (const [index, path] of paths.entries()) {
            const read = readPostmortem(path, config);
            if (!(read instanceof Uint8Array)) {
                outcomes[index] = failedOutcome(path, read);
                continue;
            }
            const kind = index < reported.length ? 'lint' : 'context';
            let cached = null;
            if (cache) {
                hashes[index] = contentHash(read);
                cached = cache.lookup(path, hashes[index], kind === 'lint' ? 'model' : 'context');
            }
            // A context file's record is its entry: nothing left to run, no worker needed.
            if (kind === 'context' && cached !== null) {
                try {
                    outcomes[index] = contextOutcome(path, decodeContextRecord(cached, path));
                    continue;
                }
                catch {
                    cached = null;
                }
            }
            const task = { index, path, bytes: read, kind, cached };
            if (pool)
                await pool.submit(task);
            else
                accept(runHere(task));
        }
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
    checkCorpus(outcomes, config, now, registry, reported.length);
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
 * Every mechanical fix for one modelled file, as text edits: the fixes each rule enabled for the
 * file's severity declares (an `overrides` entry may turn a rule off), in registry order, with the
 * options that rule runs with.
 */
function computeFixes(input, registry = RULES) {
    const byId = new Map(registry.map((rule) => [rule.meta.id, rule]));
    return enabledRules(input.config, input.model.severity?.level ?? null).flatMap(({ id, options }) => {
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
 * Lints postmortems with their corpus context: `files` are reported, `contextFiles` are only
 * indexed (mostly from their headers, no rule runs on them) so that cross-incident rules see the
 * whole repository. The CLI's `lint` and the Action's lint mode both call this.
 */
async function lintPostmortems(request) {
    const { fix, onWarning, ...options } = request;
    if (fix === true)
        await fixFiles(options.files, options.config, onWarning);
    return lintFiles(options);
}

/**
 * Looks up the GitHub issues action items link to, before the rules run: the rules are pure, so
 * what GitHub says is handed to `action-item-tracking` as its options. Plain `fetch` against the
 * REST API (the CLI and the Action alike); every fault (HTTP errors, HTML bodies, timeouts, rate
 * limits) ends as a notice, never as a failure of the run.
 */
const RULE_ID = 'action-item-tracking';
/** Tries of one request (the first and two retries) on a 5xx, a timeout or a short rate limit. */
const MAX_TRIES = 3;
/** A wait GitHub asks for that is longer than this is not waited for: the lookup stops instead. */
const MAX_RETRY_DELAY_MS = 30_000;
const BASE_DELAY_MS = 1_000;
/** Per request: GitHub answers in well under a second; a hung connection must not hang the check. */
const REQUEST_TIMEOUT_MS = 10_000;
/** Above this many linked issues in one repository, its issues are listed (100 a page) instead. */
const SINGLE_LOOKUPS_MAX = 10;
/** Pages of the listing read at most (1,000 issues); GitHub's own UI stops being useful well before. */
const MAX_PAGES = 10;
/** Why a lookup stopped: `rate-limited` ends every other lookup of the run too. */
class LookupFault extends Error {
    rateLimited;
    constructor(message, rateLimited) {
        super(message);
        this.rateLimited = rateLimited;
        this.name = 'LookupFault';
    }
}
/**
 * The wait between tries of every GitHub API client (the lookups here and the Action's own):
 * POSTMORTEM_LINT_RETRY_DELAY_SCALE (a factor, e.g. 0) shortens it for tests of the built bundle.
 * The decision to retry always uses the real delay.
 */
function retrySleep(ms) {
    const scale = Number(process.env.POSTMORTEM_LINT_RETRY_DELAY_SCALE ?? 1);
    const wait = Number.isFinite(scale) && scale >= 0 ? ms * scale : ms;
    return new Promise((resolve) => setTimeout(resolve, wait));
}
/** Seconds a rate-limited answer asks to wait (Retry-After, else the reset time), null: unsaid. */
function waitAsked(response) {
    const retryAfter = response.headers.get('retry-after')?.trim();
    if (retryAfter && /^\d+$/.test(retryAfter))
        return Number(retryAfter);
    const reset = response.headers.get('x-ratelimit-reset')?.trim();
    if (response.headers.get('x-ratelimit-remaining') === '0' && reset && /^\d+$/.test(reset))
        return Math.max(0, Math.ceil(Number(reset) - Date.now() / 1000));
    return null;
}
function isRateLimit(response, text) {
    if (response.status === 429)
        return true;
    if (response.status !== 403)
        return false;
    return (response.headers.has('retry-after') ||
        response.headers.get('x-ratelimit-remaining') === '0' ||
        /rate limit/i.test(text));
}
function nextLink(response) {
    const link = response.headers.get('link') ?? '';
    return /<([^>]+)>;\s*rel="next"/.exec(link)?.[1] ?? null;
}
/** A REST GET with ETags, bounded retries with back-off, and a timeout; faults as LookupFault. */
class TrackerClient {
    options;
    requests = 0;
    fetch;
    sleep;
    constructor(options) {
        this.options = options;
        this.fetch = options.fetch ?? fetch;
        this.sleep = options.sleep ?? retrySleep;
    }
    async get(url) {
        const cached = this.options.cache?.entries[url];
        for (let attempt = 1;; attempt++) {
            const backOff = BASE_DELAY_MS * 2 ** (attempt - 1);
            const retry = async (delay, why, rateLimited = false) => {
                if (attempt >= MAX_TRIES || delay > MAX_RETRY_DELAY_MS)
                    throw new LookupFault(why, rateLimited);
                await this.sleep(delay);
            };
            let response;
            let text;
            this.requests++;
            try {
                response = await this.fetch(url, {
                    headers: {
                        accept: 'application/vnd.github+json',
                        authorization: `Bearer ${this.options.token}`,
                        'x-github-api-version': '2022-11-28',
                        'user-agent': 'postmortem-lint',
                        ...(cached ? { 'if-none-match': cached.etag } : {}),
                    },
                    signal: AbortSignal.timeout(this.options.timeoutMs ?? REQUEST_TIMEOUT_MS),
                });
                text = await response.text();
            }
            catch (error) {
                const timedOut = error.name === 'TimeoutError';
                await retry(backOff, timedOut
                    ? `GitHub did not answer within ${(this.options.timeoutMs ?? REQUEST_TIMEOUT_MS) / 1000} s`
                    : `GitHub could not be reached (${error.message})`);
                continue;
            }
            if (response.status === 304 && cached)
                return { status: 200, body: cached.body, next: null };
            if (isRateLimit(response, text)) {
                const wait = waitAsked(response);
                const after = wait === null ? '' : ` (retry after ${wait} s)`;
                await retry(wait === null ? backOff : wait * 1000, `rate limited by GitHub${after}`, true);
                continue;
            }
            if (response.status >= 500) {
                await retry(backOff, `GitHub answered HTTP ${response.status}`);
                continue;
            }
            if (response.status === 404 || response.status === 410 || response.status === 403)
                return { status: response.status === 403 ? 403 : 404, body: null, next: null };
            let body;
            try {
                body = JSON.parse(text);
            }
            catch {
                throw new LookupFault(`GitHub answered HTTP ${response.status} with a body that is not JSON`, false);
            }
            if (response.status !== 200)
                throw new LookupFault(`GitHub answered HTTP ${response.status}`, false);
            const etag = response.headers.get('etag');
            if (etag && this.options.cache)
                this.options.cache.entries[url] = { etag, body };
            return { status: 200, body, next: nextLink(response) };
        }
    }
}
/** An issue (or pull request) as the REST API gives it; null for a shape that is not one. */
function trackedIssue(json) {
    const issue = json;
    if (issue === null || typeof issue !== 'object')
        return null;
    if (issue.state !== 'open' && issue.state !== 'closed')
        return null;
    if (issue.state === 'open')
        return { state: 'open' };
    const closedAt = typeof issue.closed_at === 'string' ? issue.closed_at : null;
    // A pull request closed without being merged was not done; its state_reason is always null.
    const reason = issue.pull_request
        ? issue.pull_request.merged_at
            ? 'completed'
            : 'not_planned'
        : typeof issue.state_reason === 'string'
            ? issue.state_reason
            : 'completed';
    return { state: 'closed', reason, closedAt };
}
function permissionFault() {
    return new LookupFault(`the token cannot read them (HTTP 403); a workflow needs "permissions: issues: read"`, false);
}
function apiPath(apiUrl, owner, repo) {
    return `${apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/issues`;
}
/**
 * Looks up issues (`owner/repo#number` keys): one GET each for a few in a repository; for more, the
 * repository's issues listed 100 a page (at most MAX_PAGES pages), then single GETs for up to
 * SINGLE_LOOKUPS_MAX the listing missed. A rate limit stops every lookup left; other faults stop
 * one repository's. Never throws for what GitHub answers.
 */
async function lookUpIssues(keys, options) {
    const client = new TrackerClient(options);
    const issues = {};
    const notices = [];
    const byRepository = new Map();
    for (const key of new Set(keys)) {
        const [repository, number] = key.split('#');
        byRepository.set(repository, [...(byRepository.get(repository) ?? []), Number(number)]);
    }
    let unchecked = 0;
    let stopped = null;
    for (const [repository, numbers] of byRepository) {
        if (stopped !== null) {
            unchecked += numbers.length;
            continue;
        }
        const own = repository === options.ownRepository;
        const [owner, repo] = repository.split('/');
        const base = apiPath(options.apiUrl, owner, repo);
        const wanted = new Set(numbers);
        try {
            if (numbers.length > SINGLE_LOOKUPS_MAX) {
                let url = `${base}?state=all&per_page=100`;
                let pages = 0;
                while (url !== null && wanted.size > 0 && pages < MAX_PAGES) {
                    const answer = await client.get(url);
                    pages++;
                    if (answer.status === 403 && own)
                        throw permissionFault();
                    if (answer.status !== 200) {
                        // The whole repository is unreadable (or gone): every link to it says so.
                        for (const number of wanted)
                            issues[`${repository}#${number}`] = {
                                state: answer.status === 403 ? 'inaccessible' : 'missing',
                            };
                        wanted.clear();
                        break;
                    }
                    for (const json of Array.isArray(answer.body) ? answer.body : []) {
                        const number = json.number;
                        const state = trackedIssue(json);
                        if (typeof number !== 'number' || state === null || !wanted.has(number))
                            continue;
                        issues[`${repository}#${number}`] = state;
                        wanted.delete(number);
                    }
                    url = answer.next;
                }
                if (url === null) {
                    // The listing ended: what it did not hold does not exist (deleted or transferred).
                    for (const number of wanted)
                        issues[`${repository}#${number}`] = { state: 'missing' };
                    wanted.clear();
                }
                else if (wanted.size > SINGLE_LOOKUPS_MAX) {
                    notices.push(`${plural$1(wanted.size, 'linked issue')} of ${repository} are older than the ${MAX_PAGES * 100} issues listed (${MAX_PAGES} pages): not checked.`);
                    unchecked += wanted.size;
                    wanted.clear();
                }
            }
            for (const number of [...wanted].sort((a, b) => a - b)) {
                const answer = await client.get(`${base}/${number}`);
                if (answer.status === 403 && own)
                    throw permissionFault();
                const state = answer.status === 403
                    ? { state: 'inaccessible' }
                    : answer.status === 404
                        ? { state: 'missing' }
                        : trackedIssue(answer.body);
                if (state === null)
                    throw new LookupFault(`GitHub's answer for ${repository}#${number} is not an issue`, false);
                issues[`${repository}#${number}`] = state;
                wanted.delete(number);
            }
        }
        catch (error) {
            if (!(error instanceof LookupFault))
                throw error;
            unchecked += wanted.size;
            if (error.rateLimited)
                stopped = error.message;
            else
                notices.push(`Issues of ${repository} not checked: ${error.message}.`);
        }
    }
    if (stopped !== null)
        notices.push(`Action item tracking stopped (${stopped}): ${plural$1(unchecked, 'linked issue')} not checked; the next run checks them.`);
    return { issues, notices, requests: client.requests };
}
/** What every GitHub link contains: a `#` before digits, or an issues or pull path. */
const LINK_HINT = /#\d|\/(?:issues|pull)\//;
/** The GitHub issue keys the action items of `files` link to. */
function linkedKeys(files, config, linkOptions, repository) {
    const keys = new Set();
    let bare = 0;
    for (const path of files) {
        const bytes = readPostmortem(path, config);
        if (!(bytes instanceof Uint8Array))
            continue; // The lint reports the unreadable file.
        // Most postmortems link no issue: not worth a second parse.
        if (!LINK_HINT.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')))
            continue;
        const modelled = modelBytes(path, bytes, config);
        if (!modelled.ok)
            continue;
        for (const item of modelled.model.actionItems?.items ?? []) {
            const link = trackedBy(trackerLinks({ id: item.id?.text ?? null, action: item.action?.text ?? null }, linkOptions));
            if (link?.kind !== 'github')
                continue;
            const key = issueKey(link, repository);
            if (key === null)
                bare++;
            else
                keys.add(key);
        }
    }
    return { keys: [...keys], bare };
}
/** `config` with the tracking rule given `options` (it stays off when the configuration turns it off). */
function withTrackingRule(config, options) {
    const rules = config.rules.map((rule) => rule.id === RULE_ID ? { ...rule, options: { ...rule.options, ...options } } : rule);
    // The looked-up states change findings: cached results of another lookup must not be reused.
    const hash = createHash('sha256')
        .update(`${config.hash}\0${JSON.stringify(options)}`)
        .digest('hex');
    return { ...config, rules, hash };
}
/**
 * Reads the action items' links in `files`, looks the GitHub ones up and returns the configuration
 * the lint runs with: the tracking rule on, with the states found. Notices say what was not checked.
 */
async function reconcileTracking(request) {
    // Turned off in the configuration: not worth a request.
    if (request.config.rules.find((rule) => rule.id === RULE_ID)?.severity === 'off')
        return { config: request.config, notices: [], requests: 0, linked: 0 };
    const hosts = githubHosts(request.serverUrl);
    const repository = request.repository?.toLowerCase() ?? null;
    const { keys, bare } = linkedKeys(request.files, request.config, { githubHosts: hosts }, repository);
    const lookup = keys.length === 0
        ? { issues: {}, notices: [], requests: 0 }
        : await lookUpIssues(keys, { ownRepository: repository, ...request.client });
    const notices = [...lookup.notices];
    if (bare > 0)
        notices.push(`${plural$1(bare, 'action item')} link to a bare #number, but the repository is unknown (set GITHUB_REPOSITORY=owner/repo): not checked.`);
    const config = withTrackingRule(request.config, {
        lookedUp: true,
        ...practiceOptions(request.config).statuses,
        repository: repository ?? '',
        githubHosts: hosts,
        issues: lookup.issues,
    });
    return { config, notices, requests: lookup.requests, linked: keys.length };
}
/**
 * Issues of `repository` with `label` whose body passes `marked`, written by the token's own
 * identity (a bot's, else GET /user's login): anyone can paste a marker, only the author proves
 * it is ours. At most MAX_PAGES pages. By number, with their bodies.
 */
async function markedIssues(repository, label, marked, options) {
    const client = new TrackerClient(options);
    const [owner, repo] = repository.split('/');
    const found = [];
    try {
        let url = `${apiPath(options.apiUrl, owner, repo)}?state=all&labels=${encodeURIComponent(label)}&per_page=100`;
        for (let page = 0; url !== null && page < MAX_PAGES; page++) {
            const answer = await client.get(url);
            if (answer.status !== 200)
                return {
                    issues: [],
                    notices: [`Issues of ${repository} cannot be read (HTTP ${answer.status}).`],
                };
            for (const json of (Array.isArray(answer.body) ? answer.body : [])) {
                const body = typeof json.body === 'string' ? json.body : '';
                if (typeof json.number !== 'number' || json.pull_request || !marked(body))
                    continue;
                found.push({
                    number: json.number,
                    body,
                    login: typeof json.user?.login === 'string' ? json.user.login : '',
                    bot: json.user?.type === 'Bot',
                });
            }
            url = answer.next;
        }
        let trusted = found.filter((issue) => issue.bot);
        if (trusted.length === 0 && found.length > 0) {
            const me = await client.get(`${options.apiUrl.replace(/\/+$/, '')}/user`);
            const login = me.body?.login;
            trusted = found.filter((issue) => typeof login === 'string' && issue.login === login);
        }
        return {
            issues: trusted
                .sort((a, b) => a.number - b.number)
                .map(({ number, body }) => ({ number, body })),
            notices: [],
        };
    }
    catch (error) {
        if (!(error instanceof LookupFault))
            throw error;
        return { issues: [], notices: [`Issues of ${repository} not read: ${error.message}.`] };
    }
}
/** An ETag cache kept in a JSON file between runs (a missing or unreadable file: an empty cache). */
async function readEtagCache(path) {
    try {
        const parsed = JSON.parse(await readFile(path, 'utf8'));
        if (parsed && typeof parsed.entries === 'object' && parsed.entries !== null)
            return parsed;
    }
    catch {
        // Rebuilt from the next answers.
    }
    return { entries: {} };
}
async function writeEtagCache(path, cache) {
    await writeFile(path, `${JSON.stringify(cache)}\n`);
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
        '- Each required field is present. It is read from any of the shapes real postmortems use:',
        '  - YAML frontmatter between `---` lines, or TOML frontmatter between `+++` lines (Hugo, Zola;',
        '    keys of `[taxonomies]`, `[extra]` and `[params]` count too), also after one-line HTML comments',
        '    such as `<!-- source: … -->`. TOML is read as data by a TOML parser, never evaluated; TOML that',
        '    does not parse is an `invalid-frontmatter` finding at its line. Keys: `id`, `title`, `date`,',
        '    `severity` (or `priority`, `sev`, `impact_level`), `status`, `author` (or `authors`, `owner`).',
        '    Catalogue keys count too: `start_time` is the start (and gives the date when there is no',
        '    `date`), `end_time` the resolution, `summary` the Executive Summary.',
        "  - Header lines below the title: `**Field:** value` or `**Field**: value`, with the template's",
        '    labels (`Incident ID`, `Date`, `Severity`, `Status`, `Author`; `Authors`, `Owner`, `Priority`,',
        '    `Impact level`, `Date of incident`, `Created By`, `Written by`, `Prepared by` also work).',
        '    Plain lines without bold (`Date: 03/01/2024`, `Authors: Sam Lee`, `Written by Sam Lee`) count',
        '    when they stand at the top: in the paragraphs right after the title that hold nothing but',
        '    such lines. A `Status: …` line after a paragraph of prose is prose. Header lines quoted as a',
        '    note under the title (`> **Status:** Resolved.`) count too.',
        '  - A "Prepared by" sign-off anywhere in the file names the author when no field does',
        '    (`*Prepared by the storage team*`, or `**Report Prepared By:**` with the name on the next',
        '    line).',
        '  - A `| Field | Value |` table before the first section (or opening it, except under Action',
        '    Items), or, before the first section only, a table whose header row names the fields over one',
        '    row of values (`| Date | Severity | Author |`), or whose rows hold labels and values taking',
        '    turns (`| Detected | 2021-03-01 09:10 | Resolved | 2021-03-01 11:40 |`). A table with an action or deadline column',
        '    (the `actionItemColumns` names) is action items, never metadata: its Status column is not',
        "    the document's status.",
        '  - Google-SRE-book style sections: `## Status`, `## Authors`, `## Date`, `## Severity` (at any',
        '    heading level: `# Authors` too) whose first paragraph (or list, for authors) is the value; `## Summary`, `## Impact` and `## Trigger` are read',
        '    the same way. A status, date or severity section counts only when its value is one short line.',
        '  - A heading that is a field: `## Date: 2022-12-15`.',
        '',
        '  The title is the frontmatter `title`, else the first `#` heading, else an `##` heading that opens',
        '  the document and names no section (`## Summary` is a section, not a title). An `##` right under',
        '  the title that names no section is a subtitle: the header lines below it still count. All',
        '  missing fields are reported together, once, on the header lines or frontmatter block (on the',
        '  title when there is neither).',
        '',
        '  When no field states the date, a date written with its year in the title is the date',
        '  (`# 2024-03-01 Queue stall`, `# Outage report May 9 2024`): a reviewer reads it there. Blog',
        '  frontmatter (Hugo, Jekyll, Zola: `title` and `date` keys and no incident field such as',
        '  `id`, `severity`, `status`, `incident_date` or `start_time`) dates the post, often days after',
        '  the incident: when its title states an earlier date (`title = "Queue outage on 2024-03-01"`),',
        '  that is the incident date, which the follow-up deadline and the timeline read; else the post',
        '  date stays. Dates in the body are never taken for it.',
        '- `id` matches the `incidentIdPattern` setting (default `INC-YYYY-MMDD-NNN`, e.g.',
        '  `INC-2026-0205-001`).',
        '- `date` is a real calendar date written `YYYY-MM-DD`. A date written another way is still read',
        '  (`03/01/2024` month first, as US teams write it; `March 1, 2024`) and reported with the ISO form',
        '  to write (`Write 2024-03-01.`), which `--fix` applies.',
        '- `severity` is recognised, as teams write it (case-insensitive, markup and a trailing remark',
        '  ignored: `SEV-1 (Critical)`, `**P2**`, `Sev 2 – partial outage`):',
        '',
        '  | Written | Level |',
        '  | --- | --- |',
        '  | `SEV-1`, `SEV1`, `Sev 1`, `SEV_1`, `Severity 1`, `S1`, `P1`, `Priority 1`, `Level 1`, `Impact level 1`, `1` | the number: 1 to 5 |',
        '  | `P0`, `SEV-0`, `S0` (scales that start at 0) | 1, the most severe |',
        '  | `Critical`, `Catastrophic`, `Emergency` | 1 |',
        '  | `High`, `Major` | 2 |',
        '  | `Medium`, `Moderate`, `Minor` | 3 |',
        '  | `Low` | 4 |',
        '  | `Cosmetic`, `Trivial` | 5 |',
        '',
        '  A word is matched as the whole value or its first word (`High impact` is 2). Entries of the',
        '  `severityAliases` setting come first and override the table: a team whose scale runs P0–P4 and',
        '  wants P1 as level 2 writes `severityAliases: { P1: 2, P2: 3, P3: 4, P4: 5 }`. A severity that',
        '  cannot be mapped is reported by name (`Severity "Medium-ish" is not recognised; map it in',
        "  severityAliases.`) rather than read as unknown; the level also picks the configuration's",
        '  [`overrides`](../../README.md#configuration).',
        '- `status` is one of the configured statuses, compared case-insensitively, ignoring emoji,',
        '  Markdown, a trailing remark in parentheses and a remark after a comma or semicolon',
        '  (`✅ Completed`, `Reviewed (pending sign-off)` and `Complete, action items in progress` are',
        '  accepted), or one of `statusAliases`: other words for an accepted status. By default `Complete`,',
        '  `Done` and `Final` mean `Completed` and `Resolved` means `Closed` (the words real postmortems use for a',
        '  finished review); an alias counts only while its status is in `statuses`, and the option merges',
        '  over its default, so `statusAliases: { Signed: Reviewed }` adds one and `{ Resolved: Draft }`',
        '  remaps one.',
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
        '  section. A heading asked as a question matches by its subject: `## What was the impact?` is the',
        '  Impact section, `## What were the root causes?` the analysis (the lead-in `What was/were/is/are',
        '  (the)` is dropped). All missing sections are reported together, once, on the title.',
        '- Lessons Learned without a heading: a paragraph that names the lessons (`lessons`, `learnings`,',
        '  `takeaways`), ends with a colon and leads directly into a list ("The lessons we take from this',
        '  incident are as follows:" and its bullets) is the section. Nothing else stands in for it.',
        '- Action Items without a heading: a paragraph that leads in to the work ("To prevent this from',
        '  happening in the future, we will:", "we have planned the following work:"), ends with a colon',
        '  and leads directly into a list.',
        '- Executive Summary without a heading: a `summary:` metadata field (catalogue-style frontmatter),',
        '  or at least 25 words of text before the first section, headings and header fields left out',
        '  (blog-style postmortems open with their summary there).',
        '- A required section written as a label counts as the section: a line of its own that opens a',
        '  paragraph or a list item (`**What went well**` over its list, `_Lessons learned_`,',
        "  `- 👍 What went well:` over nested bullets, a plain `Action Items` line) or a field's name",
        "  before its colon (`**Impact**: …`, `User Impact:`). A table cell, a link's text or a word inside",
        '  a sentence is no label. With `acceptLabels: false` each such label is reported where it',
        '  stands, with the heading to write instead; `--fix` never adds a section written as a label.',
        '- A required section with no text under its heading (sub-sections included; other headings,',
        '  comments and code do not count) is reported as a **warning** on its heading.',
        '',
        'Default sections and the other headings a reviewer accepts for them (defined once, in',
        '`src/model/sections.ts`, and read by the extractors too; `What didn’t go well` and',
        "`What didn't go well` are the same heading):",
        '',
        '| Section | Also accepted |',
        '|---------|---------------|',
        '| Executive Summary | Summary, Incident Summary, Issue Summary, Overview, Incident Overview, Introduction, What Happened, TL;DR |',
        '| Impact | Incident Impact, User Impact, Customer Impact, Who Was Affected, Affected (`Affected packages`) |',
        '| Timeline | Incident Timeline, Timeline of Events, Detailed Timeline, Event Timeline, Events Timeline, Outage Timeline, Issue Timeline, Chronology, Sequence of Events; any heading ending in Timeline (a time zone after it too: `Issue Timeline - UTC`) |',
        "| Root Cause Analysis | Root Cause, Root Causes, Blameless Root Cause, 5 Whys, Five Whys, Five Why's, Whys, RCA, Cause, Causes, How Did This Happen, Why Did This Happen, Why Did It Happen, Why It Happened, Why This Happened, Why This Happens, The Cause, The Root Cause, Origin of the Incident, Diagnosis, Diagnosing the Issue, Diagnosing the Problem, Working Theory |",
        '| Contributing Factors | Contributing Factor, Contributing Causes, Contributing Conditions |',
        '| What Went Well | What Went Right, What Worked, Things That Went Well |',
        "| What Went Wrong | What Went Poorly, What Went Badly, What Didn't Go Well, What Didn't Go So Well, What Didn't Work, What Could Be Improved, What Could Have Gone Better, What Could We Have Done Better, What Could We Do Better, Things That Went Poorly, Things That Went Wrong, Where We Got Lucky |",
        "| Action Items | Action Item, Remediation, Remediations, Corrective Actions, Corrective and Preventive Actions, Preventive Actions, Follow Up Actions, Follow-up, Follow-ups, Follow-up Tasks, Follow-up Items, Open Follow-ups, Review Actions, Next Steps, Action Plan, Looking Forward, Resulting Action, Resulting Actions, Preventive Measures, Preventative Measures, Corrective Measures, Corrective and Preventive Measures, Corrective and Preventative Measures, Corrective and Preventative Actions, Moving Forward, Going Forward, Prevention, Future Work, Further Actions, Further Steps, Future Mitigations, Planned Mitigations, Improvement Plan, Planned Improvements, Improvements, Improving (`Improving Recovery Procedures`), Preventing (`Preventing the issue from happening again`), What's Next, What Could Be Done to Avoid This, What Could Be Done to Prevent This, What Can Be Done to Prevent This, What Is Being Done About This, What Is Being Done About It, What We're Doing (`What we're doing to fix this`), What We Are Doing, What We Will Do Differently, How We Will Avoid This, How We Will Prevent This, How We Will Prevent This From Happening Again, How We Will Avoid This in the Future; any heading ending in Remediations, Remediation Items, Action Items, Corrective Actions, Improvements (`Process improvements`) or Actions Taken (`Lessons Learned and Actions Taken`) |",
        '| Lessons Learned | Lessons Learnt, Lessons, Learnings, Key Learnings, Takeaways, Key Takeaways, What We Learned, What We Learnt, What We Have Learned, What We Have Learnt, What Did We Learn, Recovery and Lessons Learned; any heading ending in Learnings, Lessons Learned, Lessons Learnt or What We (Have) Learned/Learnt |',
        '',
        'A heading is also the section its head noun names, wherever it ends the heading: `Root Cause',
        'Remediations` and `Short-term remediations` are Action Items (not the analysis), `Further',
        'Mitigations and Learnings` is Lessons Learned; a combined heading (`Lessons Learned and Action',
        "Items`) counts for both. A heading that is another section's longer name is that section:",
        '`Follow-up Meeting` is the review meeting, not the bare `Follow-up` of Action Items.',
        '',
        'When no heading names a section, a name of eight letters or more is still recognised with one',
        'letter added, dropped or changed (`Moving Foward`, `Acton Items`, `Lesson Learned`: the whole heading); no two names',
        'of different sections are that close, so a misspelling is never read as another section.',
        '',
        '"Where we got lucky" (the third reflection heading of the SRE book\'s postmortems) stands for What',
        'Went Wrong when the file has no other heading for it.',
        '',
        '## Options',
        '',
        '`sections` replaces the list; `synonyms` adds headings to a required section, keyed by its first',
        'name (case and punctuation ignored), and keeps the defaults:',
        '',
        '```yaml',
        'rules:',
        '  required-sections:',
        '    synonyms:',
        "      Lessons Learned: ['Retro notes']",
        "      Action Items: ['Homework']",
        '```',
        '',
        '`acceptLabels` (default `true`): set it to `false` where every section must be a heading, and',
        'labels are reported.',
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
        '- The file has a Timeline section with at least one timestamped entry. Every timeline of the',
        '  file is checked on its own: sections titled Timeline or a synonym (`Incident Timeline`,',
        '  `Chronology`, `Sequence of events`, …), one per incident, and `**Timeline:**` blocks.',
        '- Every entry has a timestamp. Entries are table rows (the time column is found by its header:',
        '  `Time`, `Date`, `When`, `Timestamp`), list items, lines (also split by `<br>`), paragraphs',
        '  ("At 14:05 UTC …") or sub-headings (`### 14:05`) that start with a time or date: `14:05`,',
        '  `14:05:30`, `7:32 PM`, `12:05pm`, `~15:23`, `± 17:20`, `**16:58 UTC**`, `` `10:40` ``, `[13:26]`,',
        '  `2026-02-05 14:05`, `2026-02-05/14:05`, `2026-02-05 @ 08:02 AM`, `Feb 5 14:05`, `11:21a`,',
        '  `4.52pm` (a dot only with AM/PM), `2024-03-12 0616:` and `Feb 7 1506 UTC:` (no colon, only after a date and before a',
        '  separator or a zone), `1936 UTC:` (no colon and no date, only before a zone), `10-01 09:45` (month and day without a year, read nearest the',
        "  document's date), `August 23rd, 11:59` (the year from the incident date, else a year the",
        "  Timeline heading, the date field, the title or the document's opening names; undated when",
        '  none does), a range (`12:43 - 12:49`, read at its start), a time heading with a leading word (`### After',
        '  02:10 CET`), an offset from the first time (`[+2 hrs]`), or a date alone (`2026-02-05`,',
        '  `3/1/24`). A list item with no leading time but exactly one time of day after "at" or',
        '  "around" ("… notified us at 12:16 ET on June 16") is timed by it. A date line (`2026-02-05` or `Monday 17 March` on its own',
        '  line or as a heading) gives its date to the times below it; date and time headings at the',
        "  Timeline heading's own level (`## 13:20`) continue the timeline until a heading that is neither.",
        '  Untimed bullets under a date line are entries timed to that day, beside timed ones too. A sentence such as "all times',
        '  on 2026-02-05 unless noted" dates every time that states no date of its own.',
        '- A time the authors could not know is no missing timestamp, and no finer one is asked of it:',
        '  `[???]`, `2023-MM-DD`, a span of days ("Between 2023-07-10 to 2023-07-16"), a month (`Jul',
        '  2024` in a change history), an offset in business days (`[+2 Business Days Later]`), a time',
        '  before the events ("Before the incident:", "Days earlier:"), a part of a day with its date',
        '  ("Early morning July 12th, 2018:"). A bullet that only tells how long something lasted ("Outage',
        '  of 7 hours 27 minutes") is a note between two events, not an entry.',
        '- Every timestamp is at least as precise as required (`minute` for SEV-1: a date alone or',
        '  `2 PM` is not enough; `hour` for SEV-2).',
        '- No gap between consecutive timed entries is longer than allowed (30 min for SEV-1, 60 min for',
        '  SEV-2); the time after an entry that marks the resolution (until the incident reopens) is no',
        '  gap. Gaps are measured after time zones (`All times in PT`, `14:00 UTC`) and day changes',
        '  (a time far earlier than the one before it is on the next day).',
        '',
        'A severity without thresholds (SEV-3 and below by default) is not checked. When the severity is',
        'unknown, only what any timeline needs is checked: a Timeline section without a single timestamp,',
        'entries without one, and a timeline whose entries have dates but no time of day',
        '(`- 3/1/24 - ticket opened`), which cannot measure the incident (said once, for the timeline).',
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
        'Every timeline of the file is checked on its own: a section titled Timeline or a synonym',
        '(`Incident Timeline`, `Timeline of events`, `Detailed timeline`, `Event Timeline`, `Outage',
        'Timeline`, `Chronology`, `Sequence of events`: the names [required-sections](required-sections.md)',
        'accepts), one per incident when the file has several, and `**Timeline:**` labelled blocks. Only a',
        'timeline with at least one timestamped entry is checked:',
        '',
        '- Its time zone is one we know (when an entry has a time of day): an abbreviation (`UTC`, `CET`, `PT`, `PST/PDT`), an offset',
        '  (`UTC+2`) or an IANA name (`All times in Europe/Berlin`, `Asia/Tokyo`), read with daylight',
        '  saving (`Europe/London` in summer is BST). A zone named but not known ("All times in',
        '  Europe/Berlinn") is reported: its times would otherwise be read as UTC without a word.',
        '- Entries are in chronological order, after time zones (`All times in UTC`, `14:00 PT`) and day',
        '  changes (a time far earlier than the one before it is read as the next day; times in the prose',
        '  between entries, "… until 22:30 UTC", keep the clock). On a 12-hour clock written without',
        '  AM/PM, `1:05` right after `12:40` (or after a range that reaches noon, `11:57-12:08`) is read',
        '  as 13:05, and once a timeline is read so, `10:44` after 21:35 is 22:44. Entries with a date',
        '  only are compared by date; offsets (`[+2 hrs]`) count from the first time. Times the authors',
        '  could not know (`[???]`, `2023-MM-DD`, "Between 2023-07-10 to 2023-07-16", `Jul 2024`,',
        '  `[+2 Business Days Later]`) are not compared.',
        '- An entry marks the incident start and one marks the resolution. Labels win: `INCIDENT START`,',
        '  `OUTAGE BEGINS`, `START OF OUTAGE`, `INCIDENT RESOLVED`, `OUTAGE ENDS`, `END OF OUTAGE` (in',
        '  capitals). Without a label, plain words are used: "incident began", "problem starts", "errors',
        '  start", "first alert", "updates start failing", "the API became unavailable", "stopped',
        '  responding", "**Outage begins.**", a system failing in its own words ("the database begins',
        '  experiencing saturation", "availability began degrading", "success rate reaches 0%", "the API',
        '  was down", "all nodes get killed", "we have no nodes", "the worker fails", "the listener fails',
        '  due to a DNS error", "the queue stops consuming"), "Start of the queue outage", an attack or an exposure ("the bug was',
        '  exploited", "Attack 1 — funds drained", "image pushed containing a token"), a problem seen',
        '  for the first time ("issues with X were detected"), a problem that "occurred" or "surfaced",',
        '  "…, causing the chain to halt", "a drop in availability", "immediate impact" and "the vault',
        '  reports a 12,400 USDC loss" for the start; "issue goes away", "back',
        '  online", "service restored", "fully recovered", "back to normal", "is up again", "the site is',
        '  back", "outage confirmed to be resolved", "the fix works", "the update worked as expected",',
        '  "the restart resolved the issue", "release deployed, resolving the issue", "the operator',
        '  closes the incident", "the incident is considered resolved", "End of the queue outage", "once',
        '  again merging", "blocks being created again", "no',
        '  further action was required", "confirmed to be functional", "normal service resumed", "…,',
        '  fully resolving the incident", "identified and resolved", "the chain was successfully',
        '  restarted", "service restoration", "resumes normal operation", "working normal again", "**Outage ends.**" for the',
        '  resolution. Bullets under a timed item are read with it ("**00:29 – Provider repair**" over "-',
        '  all paths are fully available again" marks the end). Words that unsay them in their clause keep them out: "not yet back", "check',
        '  whether the fix works", "will be back", "asks why the API went down", "the staging hub is up",',
        '  "the proxy is up, but writes fail", "jobs still fail", "errors are back"; a person who "begins migrating nodes"',
        '  is no onset, and "error rate drops to 0%" is no start. A table\'s `Phase` or `Stage` column',
        '  counts where its word is clear: the first `Impact` or `Start` row starts the incident, the last',
        '  row of the first `Remediate`, `Recovery` or `Resolve(d)` run ends it; other stages (`Before`,',
        '  `Identify`) mark nothing. An untimed paragraph after a prose entry ("At this point the',
        '  homeserver was down") tells that entry\'s story on. A start that names its time ("the outage,',
        '  beginning from 05:13") marks the entry at that time; an incident declared ("Incident',
        '  declared") before the first start phrase starts there, as it cannot have begun later. Finding',
        '  the cause ("root cause detected") is not its detection. A start or an end stated in the header',
        '  (`incident_start:` / `incident_end:`, `started:` / `resolved:` in the frontmatter, `**Start',
        '  time:**` / `**End time:**` lines) needs no label in the timeline; no duration is then compared.',
        '  Nor is a start or an end reported missing when the entries tell it in looser words that name no',
        '  moment ("the deploy failed", "workers stop fulfilling requests", "deposits are not being',
        '  processed", "a release with data corruption was published"; "the setting was successfully applied", "the bad package was unpublished",',
        '  "tokens revoked", "the release with the fix was published", "v1.11.2 pushed", "the security release was',
        '  announced", "I publish a new version of the installer", "the chain resumes", "recovery',
        '  announced"): the timeline has it, at no entry in particular, so no duration is compared either.',
        '- The stated duration equals resolution minus start within the tolerance. It is the `Duration`',
        '  header line or `duration` frontmatter field (`2 hours 15 minutes`, `2h 15m`, `1h30m`,',
        '  `90 min`, `1.5 hours`, "approximately nine hours"), else a sentence of the Executive Summary or',
        '  Impact ("the outage lasted about 2 hours", "for a total of 95 minutes"); a hedged one ("about",',
        '  "approximately") may be off by 10% of itself. The first start and the first resolution entry',
        '  are used (the first resolution after the start when there is one: a part back online before',
        '  the outage began does not end it); in a file with several timelines, the first one. A',
        '  resolution before the start is reported when both are labels (`INCIDENT RESOLVED` above',
        '  `INCIDENT START`); read from words, it means a later failure was taken for the start, so',
        '  nothing is compared.',
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
        'In the Root Cause Analysis section (any heading of the list in',
        "[required-sections](required-sections.md), e.g. `Root Cause`, `5 Whys`, `Five Why's`, `RCA`,",
        '`How did this happen`, `Why did it happen`, `Diagnosis`; sub-sections included; in a section',
        'titled as a cause, `Root Cause`, `The Cause`, `Why did it happen`, `Why this happens`, `Origin',
        'of the incident` or `Diagnosis`, the first paragraph states the root cause):',
        '',
        '- A problem statement: a `Problem Statement` (or `What?`, `What happened?`, `What was the',
        '  problem?`, `Symptoms`, `Issue`) sub-heading with text under it, a `**Problem Statement:**` /',
        '  `**Symptom:**` line (numbered too: `**Problem 1:**`), or the unlabelled first line of a',
        '  why-chain, the bullet or paragraph that the first why-question follows (`- The queue stopped.`',
        '  then `- **Why?** The disk was full.`). Outside the analysis, a section before it titled',
        '  `What happened?`, `Problem`, `Symptoms` or `Error Manifestation` states the problem in its first',
        '  paragraph or list that is not guidance in italics. An `Impact` section does not: it says whom the',
        '  failure hurt, not what failed.',
        '- At least `minDepth` why-levels, counted as a reviewer counts them:',
        '  - a list whose items contain the question ("1. **Why did the API go down?**"), answered by the',
        "    item's nested list or the line below it, or after the question mark on the same line;",
        '  - nested bullets: a bold `**Why …?**` item with its answer as a child, and the next',
        '    `**Why …?**` nested under that answer (or beside it), each question one level;',
        '  - sub-headings such as `### Why 1: why did the API go down?`, `#### 1. Why …?` or a bare',
        '    `### Why?`, answered by the text under the heading;',
        '  - a table with the question in one cell and the answer in the next;',
        '  - when there is no why-question at all, a chain of "… because …" lines or bullets, each',
        '    explaining the one before: every `because` is one level. A single "because" in a narrative is',
        '    not a chain.',
        '- Every why-question has a non-empty answer (reported on the question).',
        '- A stated root cause: a `Root Cause` sub-heading with text under it, a `**Root Cause:**` line, a',
        '  section of its own titled `Root Cause(s)` or `Blameless root cause` (beside the one with the',
        '  whys), a heading tagged `(root cause)` (`# Working Theory (root cause)`), an analysis whose',
        '  opening paragraph gives the cause in its first sentence ("The outage resulted from three',
        '  factors:" with the list it leads into, "It was caused by …", "… stemmed from …"; only the',
        '  opening one, and the why-levels are still counted), a sentence "The root cause was …" / "The root cause for this incident is …" (not "… is',
        '  still unknown"), or an item labelled "(root cause)" anywhere in the file.',
        '- No analysis section, but a root cause stated in passing (a `**Root Cause:**` line, or that',
        '  sentence in the Summary): one finding, on the statement, that quotes it and asks for the 5-Whys',
        '  that trace it. With neither, one finding on the title: there is no root cause analysis.',
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
        '  `Follow-up Actions`, `Review Actions`, `Next Steps`, `Resulting Actions`, `Preventive Measures`,',
        '  a bare `Follow-up`, a heading ending in `Remediations` such as `Root Cause Remediations`, or a',
        '  question asking for the plan: `What could be done to avoid this in future?`, `What is being done',
        "  about this?`, `What we're doing about it`; sub-sections included) with at least one item. A",
        "  heading that is another section's longer name is that section (`Follow-up Meeting` is the review",
        '  meeting), and so is a bare `Follow-up` whose text names a meeting, a retrospective or attendees',
        "  (it is then the [follow-up meeting](follow-up-meeting.md)'s section). A plan section that opens",
        '  by advising others ("Node operators should do all of the following:") is advice to its readers,',
        "  not the team's items: the next plan section is read. A list item labelled that way (`- **Review actions**:` with a nested list) counts too, and so",
        '  does a paragraph right before a list or a table that is the label alone (`Action Items`,',
        '  `**Follow-ups:**`: [required-sections](required-sections.md) asks for a heading there) or leads',
        '  in to the work ("To prevent this from happening in the future, we will:", "we have planned the',
        '  following work:"), in a section or before any heading (status pages have none); a bold label',
        '  alone (`**Next Steps**`) over paragraphs makes each paragraph up to the next other block an item;',
        '  failing both, `Action point:` / `Action item:` paragraphs anywhere in the text are read as the',
        '  items (each is then checked, instead of reporting a missing section).',
        '- Items are read from a table whose header names the columns (`ID`, `Action` / `Solution` /',
        '  `Remediation`, `Owner` / `Assignee` / `Who` / `DRI` / `Owning Team`, `Deadline` / `Due` /',
        '  `Due Date`, `Status` / `State`, and the optional `Priority` and `Type`; the spellings come from',
        '  the `actionItemColumns` setting), or from lists and paragraphs. A status column that asks a',
        '  yes/no question (`Completed`, `Done`, `Resolved`) reads a tick, `Yes`, `[x]` or a date as',
        '  `Completed` and a cross, `No`, a dash or a blank as `Open`;',
        '  - checkboxes (`- [x]` is Done, `- [ ]` is To Do);',
        '  - labelled fields anywhere in the item: `Owner:`, `DRI:`, `Due:`, `Status:`, `Priority:`, `Type:`;',
        '  - fields after the action, in a trailing group or after dashes:',
        '    `Rotate the keys (owner: @sec, due 2026-03-30, P1, prevent)`,',
        '    `Add a schema check — owner: @platform, due 2026-03-20`,',
        '    `Write the runbook — @sre-team — 2026-03-25 — in progress`; a trailing `**DONE**`;',
        '  - a status label for the items under it: a heading or line such as `### Completed`,',
        '    `### Immediate actions (completed)`, `Done:`, `In progress (next 2 weeks):`, or one naming',
        '    several statuses of one kind, `### Planned actions (planned or in-progress)` (a heading or',
        '    label that is not a status ends it; a mixed one such as `(completed or in progress)` gives',
        '    none);',
        '  - a paragraph that is an item by itself: `**TODO**: load-test the queue (@qa, due 2026-03-01)`;',
        '  - when the section has no list items, its sub-headings with detail below are the items:',
        '    `#### @sam Disk alert added` followed by a paragraph is an item whose owner is the handle in',
        '    the heading; fields are read from the heading as from a list item (`(due 2026-03-01, done)`)',
        '    and labelled fields (`Due:`) from the detail;',
        '  - when the section has neither list nor sub-heading items, each paragraph of four words or more',
        '    whose first sentence says what is to be done (a plan\'s words such as "will", "should", "plan',
        '    to", or an imperative: "Set up a second DNS provider.") or that carries an id or fields is an',
        '    item, its fields read as a list item\'s ("The uptime check should page the whole team.',
        '    (filed #512)" is item `#512`, with no owner, deadline or status). A narrative paragraph ("The',
        '    vendor contacted us the next evening …"), one ending in a colon, in italics, or saying there is',
        '    nothing to do (`None yet.`, `No further action needed`) is none.',
        '',
        '  Template guidance written as bullets is not an item: an italic prompt, a bracketed',
        '  `[Action item]`, or a line about items ("Follow-up tasks with owners and due dates"). Nor is',
        '  a remark on the items before it ("These mitigations will help …"), nor a sub-section that',
        '  lists the problems the plan answers (`### Identified Problems`, `### Known gaps`), nor a list led',
        '  in as causes ("All of the errors were due to missing tests:").',
        "- The item's id is a leading `AI-12:`, else its tracker reference: a link to an issue or pull",
        '  request (`owner/repo#123`; on another host, the URL), `#123` or `owner/repo#123` in the text, a',
        '  Jira key linked or written as `(Jira OPS-12)`.',
        '- Each item has an owner that names someone (not empty, `TBD`, `?`, `-`, `N/A`, `none`, …). A',
        '  `TBD` owner is reported by `no-placeholders` when that rule is on, so it is not reported twice.',
        '- Each deadline is a real date (a note may follow it) and is not before the incident date.',
        '  `YYYY-MM-DD` is the preferred form; a date in words (`Jul 16, 2026`, `16 July 2026`; without a',
        "  year, the incident's) or year first (`2026/07/16`) is read too. Digits in day-and-month order",
        '  (`10/02/2026`) are reported: readers disagree on which day they mean.',
        '- Each status is one of the configured statuses, compared case-insensitively, ignoring an emoji',
        '  prefix and a trailing note: `✅ Done`, `🔄 In Progress`, `📋 To Do (after AI-2)` and `TODO` are',
        '  all accepted.',
        "- A `Won't Do` item (also written `Won't Fix`, `Cancelled`) says why, after the status",
        '  (`Won\'t Do — replaced by AI-5`, `Cancelled (covered by AI-2)`) or in the action text ("…, no',
        '  longer needed after AI-1"): the practice records a decision not to act, with its reason. Turn',
        '  this off with `requireReasonForWontDo: false`.',
        '- A priority, when an item has one, is one of `priorities` (`P0`–`P3` by default). With',
        '  `deadlineByPriority` (for example `{"P0": 7, "P1": 28, "P2": 56}`, in days after the incident',
        "  date, in the spirit of Atlassian's priority-action SLOs), an open item whose deadline is later",
        '  than its window allows is an error naming both dates. Done items are not checked.',
        "- A type (`prevent`, `detect`, `mitigate`, `process`, as Google's SRE book classifies actions) is",
        '  read but accepted as written unless `types` lists the accepted ones.',
        '- Ids are unique (placeholder ids such as `n/a` are ignored).',
        '- An item that is not done and whose deadline is before `--now` is reported as a **warning**',
        '  naming how many days it is overdue.',
        '',
        'A table without an Owner, Deadline or Status column is reported once, on its header row. A list',
        'item missing fields is reported once, naming every missing field.',
    ],
    'action-item-tracking': [
        '## Why',
        '',
        "The practice's fourth rule: _action items tracked_. The work of an action item happens in a",
        'tracker, and a postmortem whose table says `To Do` for an issue closed a month ago, or `Done` for',
        'one still open, misleads every report read from it: the first counts as overdue, the second hides',
        'unfinished remediation. This rule puts the two side by side.',
        '',
        '## When it runs',
        '',
        'Only with a GitHub token. The CLI takes `GITHUB_TOKEN` or `GH_TOKEN` (or the variable named by',
        '`--github-token-env NAME`), `GITHUB_API_URL` and `GITHUB_SERVER_URL` from the environment, and the',
        "repository a bare `#123` belongs to from `GITHUB_REPOSITORY` or the checkout's `origin` remote;",
        "the Action uses its `github-token` input and the run's repository. Without a token the rule checks",
        "nothing, and the other rules' findings are the same with and without it. Set the rule to `off` in",
        'the configuration to skip the lookups altogether.',
        '',
        'The links are looked up before the rules run, and handed to the rule as its options: the options',
        'in the table above are filled in by the run, so no generated configuration offers them and a',
        'configuration that sets one is refused, naming the key (the statuses are configured on',
        '[`action-items`](action-items.md)); only the severity is yours to set. A few issues of a',
        'repository are read one by one (`GET /repos/{owner}/{repo}/issues/{number}`); when more than 10',
        'items link to one repository its issues are listed instead, 100 a page, at most 10 pages.',
        'Answers are cached by their `ETag` (with `--cache`). A server error, a timeout or a short rate',
        'limit is retried twice with back-off; past that, or for a long rate limit, the items not looked',
        'up are named in a notice and not checked — the check never fails because GitHub is slow.',
        '',
        '## What is checked',
        '',
        "An item's tracker link is read from its id, then its action text: `#123` (the repository being",
        "checked), `owner/repo#123`, or an issue or pull request URL on github.com or the run's GitHub",
        'Enterprise host. Jira (`…/browse/KEY-12`) and Linear (`linear.app/…/issue/KEY-12`) links are kept as',
        'references for the reports and never looked up.',
        '',
        '- Done here, open there: an **error** (`AI-3 is Done here, but #57 is still open`).',
        '- Open here, closed as completed there: a warning with the closing date (`mark it Done`); closed as',
        "  not planned (or a pull request closed without merging): a warning (`mark it Won't Do, with the",
        '  reason`).',
        '- A link to no issue (404) or to a repository the token cannot read (403): a warning naming it.',
        '- A link that cannot be one (`#0`, `…/issues/latest`): a warning; an issue URL on a host that is not',
        "  the run's GitHub server: a warning that it is not looked up.",
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
        '- A person named as the cause, even without a lexicon word (`flagNamedCause`). The finding',
        '  points at the name, quotes the failure phrase, and suggests a rewording toward the role and the',
        '  system that fits the phrase (a step that depended on memory, a signal that was easy to miss, a',
        '  check the process lacked, a change and what let it through):',
        '  - a first name, a full name or an `@handle` as the subject of a failure: `forgot`, `missed`,',
        '    `overlooked`, `ignored`, `skipped`, `broke`, `caused`, `failed to`, `misconfigured`, `made a',
        "    mistake`, `was careless`, `accidentally …`, `didn't check / test / verify / notice …`,",
        '    `never tested …` (`Dana forgot to renew the certificate`, `Sam Lee had missed the page`,',
        "    `@jsmith didn't check the lag`, `Dana and Sam forgot …`);",
        "  - `he` or `she` as that subject (`he didn't check the canary`, `she had forgotten to renew`):",
        '    in a postmortem only a person is "he" or "she". `they`, `we` and `it` are left alone: they',
        '    are as often a team or a system;',
        "  - the owner of the change that failed: `Priya Patel's config change took down checkout`,",
        "    `Alice's deploy caused …` (also `triggered`, `brought down`, `led to`, `introduced`,",
        '    `deleted`);',
        '  - the agent of a passive: `caused by Alice`, `missed by Dana`, `designed poorly by Bob`',
        '    (a neutral verb such as `designed`, `written` or `reviewed` only with a verdict: `poorly`,',
        '    `badly`, `incorrectly`, `hastily`, …);',
        "  - `<Capitalised Name>'s mistake / error / fault / blunder / oversight / negligence` (`Dana's",
        "    mistake`, `Sam Lee's error`), one finding when it is also the owner of a failure.",
        '- Only prose is read: code blocks, inline code, HTML comments and block quotes (quoted logs and',
        '  chat) are skipped.',
        '',
        'Decisions and limits:',
        '',
        '- Negation is not blame: a lexicon phrase or a named cause with `not`, `no`, `nobody`, `never`,',
        "  `nor`, `without`, `cannot`, an `n't` word, or `anything` / `anyone` within four words before it",
        '  in the same clause is not reported ("Nobody is to blame", "we will not blame the vendor",',
        '  "it was not Dana\'s mistake", "no sign that anything was at fault"). A comma, a full stop or',
        '  `but` / `because` ends the reach of a negation.',
        '- A sentence that names the framing in order to reject it is not blame: "While it could be called',
        '  human error, it is incorrect to focus on the individual", "rather than blaming the operator, we',
        '  changed the console". The rejection (`is incorrect / wrong / unfair / not helpful to focus on /',
        '  blame / single out`, `rather than` or `instead of blaming / focusing on`) must aim at people (the',
        '  individual, a person, the engineer, anyone) and stand in the same sentence. So is a sentence',
        '  that sets the framing aside as the easy reading: "It would be easy to chalk this up to human',
        '  error, but …" (`easy / tempting / simple / convenient to chalk / put / write / attribute …`).',
        '- `messed up` and `screwed up` are blame as deeds ("the engineer messed up the rollout"), not as',
        '  the state of a thing right after `got`, `was`, `is`, `been` … ("the routing table got messed',
        '  up").',
        "- The practice's own vocabulary never matches: `blameless`, `default` and `faulty` are other",
        '  words (whole words only), and `fault tolerance`, `fault injection`, `no-blame` are allowed',
        '  phrases.',
        '- `fault` alone is **not** blame: "a network fault", "a page fault" and hardware faults are',
        '  system conditions. Only constructions that attribute fault to someone are in the lexicon.',
        '- A hyphen joins words, so `no-blame` and `fault-tolerant` never match `blame` or `fault`. The',
        '  `allow` list removes other harmless phrases (`fault tolerance`, `fault injection`,',
        '  `git blame`, …): a lexicon hit inside an allowed phrase is not reported.',
        '- Names come from the maintained NLP library [compromise](https://github.com/spencermountain/compromise)',
        "  (its tagger and lexicon of first and last names), not from a list of the project's own. What",
        '  it does not know as a name is not reported: a first name alone that is missing from its',
        '  lexicon (`Priya forgot`) passes, though with a known surname (`Priya Patel`) it is read.',
        '  A surname alone (`Jenkins broke the build`) is not enough: in a postmortem it is more often a',
        '  tool. Roles ("the on-call engineer", "the incident commander"), pronouns ("she forgot") and',
        '  tools ("Kubernetes", "PagerDuty", "Terraform") are not names.',
        '- Team handles are roles: a handle with a `/` (`@org/team`) or made of a role word (`@sre-team`,',
        '  `@payments-oncall`, `@platform`, `@release-bot`) is never a person. Other handles',
        '  (`@jsmith`) are.',
        '- Tools that share a name with people (`Cassandra`, `Jenkins`, `Travis`, `Gerrit`, …) are in the',
        '  `notPeople` list; add the names your systems carry there (compared case-blind).',
        '- Responders\' actions are not failures: "Dana rolled back the release", "Sam failed over to',
        '  the standby" and "Dana deleted the stale pods" are not reported.',
        '- Cost: compromise adds about 0.5 MB to the bundle and about 0.3 s to start-up (it unpacks its',
        '  lexicon once per process), and its tagger takes one to two milliseconds a sentence. So the',
        '  rule first looks for a failure phrase (one cheap pattern per text), then for a word next to it',
        "  that compromise's lexicon knows as a name, or a handle; only those sentences go to the tagger",
        '  (one sentence in the 34 real postmortems of the test corpus). At most 1,000 sentences a file',
        '  go to the tagger; past that, the rest of the file is not read for named causes.',
        '- Text that Markdown rewrites (entities, escapes) is reported at the start of its text run, not',
        '  on the exact word. A phrase or a name split by emphasis or a link (`human *error*`, `**Dana**',
        '  forgot`) is not matched, since each run of text is read on its own. Silence a line with',
        '  `<!-- postmortem-lint-disable-next-line blameless-language -->`.',
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
        '',
        'A list that opens by saying it is not shared yet (`not yet shared — send to Engineering, Product,',
        'Executive Leadership`, as `postmortem-lint new` writes it; `not yet sent`, `yet to be',
        'distributed`) names a plan, not a distribution: it is reported on the line, as a **warning**',
        "while the postmortem's status is not completed (a draft is shared once it is finished) and as an",
        'error once the status says Completed, Closed or Published. Replace it with who received the',
        'postmortem.',
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
        'review meeting with the team", "Follow-up meeting", "Retrospective"); failing those, from an',
        '`Attendees` section (`Meeting Attendees`, `Review Attendees`): who took part shows the review was',
        'held, so only its date is reported missing, on that heading, unless a date is written there. Its date may be written `2026-02-08`, `February 8, 2026` or `8 Feb` (the incident year',
        'completes a date written without one).',
        '',
        "- The window is `windows[<severity level>]` when set for the file's severity, else",
        '  `defaultWindowDays`; days are calendar days, or Monday–Friday with `businessDays: true`.',
        '- No meeting recorded: an **error** once `--now` is past the window, a **warning** before (there is',
        '  still time to schedule it). Reported on the title.',
        '- A date that cannot be read (`TBD`, `next week`): reported on the meeting line, with the same',
        '  error/warning split.',
        '- A line that opens by saying the meeting is still to come (`not yet held — due by 2026-02-08`,',
        '  as `postmortem-lint new` writes it; `not held yet`, `to be scheduled`, `due by …`) is a missing',
        '  meeting, whatever date it names: that date is a deadline, not a meeting. Reported on the line,',
        '  with the same error/warning split (a warning when there is no incident date to be late from).',
        '  Replace the line with the date of the meeting once it is held. Trend reports count such a',
        '  postmortem as without a meeting.',
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
        'connection leak may be filed as `database`, `deploy` and nothing at all. With',
        '`similarity.enabled`, incidents whose root cause, contributing factors and problem statement are',
        'similar (cosine similarity at or above `threshold`, compared only when their categories differ or',
        'one is missing) form candidate patterns too, checked exactly like category groups and named by',
        'their shared terms (`similar root cause "connect, pool, leak"`). It is off by default because',
        'similar wording is a hint, not proof; the trend report (`postmortem-lint report`) always lists',
        'these candidates for a person to judge, and says "no similar incidents above" the threshold when',
        'there are none. Raise `threshold` for fewer, closer matches.',
        '',
        '**How similarity is measured.** Words are lower-cased and reduced to their Porter stems',
        '("leaked", "leaking" → `leak`; "connections" → `connect`), stop words and numbers dropped. Each',
        'occurrence counts by its field: 2 in the root cause, 1 in a contributing factor, 0.5 in the',
        'problem statement (symptoms such as "timed out" or "errors" are shared by unrelated causes; the',
        'title is not used for the same reason). Each incident is a TF-IDF vector (log of the weighted',
        'count, times the smoothed inverse document frequency over the corpus), and two incidents score',
        'the cosine of their vectors. Scores depend on the corpus: a word most incidents use weighs little.',
        '',
        "**How the threshold was chosen.** The default was tuned on the project's own fixtures",
        '(`test/corpus/fixtures/similarity-cases.ts`): 42 incidents of 17 causes, written with the variety',
        "of a team's postmortems, including different causes that share words (a connection leak and a",
        'memory leak; a full disk on a queue host and a queue backlog; an expired certificate and a skewed',
        'clock that fails TLS validation). On them the default threshold 0.13 gives a precision of 0.97',
        '(32 of the 33 pairs found share a cause) and a recall of 0.71 (32 of the 45 same-cause pairs',
        'among all 861 are found). Between 0.11 and 0.135 precision stays at 0.82–0.97 and recall at',
        '0.71–0.80; at the former default, 0.35, recall was 0.04. The figures were measured on the same',
        'set the threshold was tuned on, so they are optimistic: expect fewer same-cause pairs found, and',
        'more false ones, on texts written differently. The test suite recomputes them, so this page',
        'cannot drift from the code.',
    ],
    'unique-incident-id': [
        '## Why',
        '',
        'An incident id is how every other postmortem, the trend report and the tracker refer to an',
        'incident. A postmortem copied from an earlier one often keeps its id, and then two incidents',
        'answer to one name: a Pattern Analysis section citing it is ambiguous, and a report counting',
        'incidents by id either counts one of them twice or loses one.',
        '',
        '## What is checked',
        '',
        'Incident ids (the `id` frontmatter field or `**Incident ID:**`) are compared across the corpus,',
        'case-insensitively and without surrounding spaces. When two or more postmortems hold the same id,',
        'the first is the one with the earliest incident date (postmortems without a valid date come after',
        'dated ones; equal dates go by path). Each later one is reported on its id line, naming the first.',
        'The first is never reported: it is the one the id belongs to.',
        '',
        "A template's mask (`INC-YYYY-MMDD-NNN`) is no id, so fresh drafts never collide on it. The trend",
        'report counts a duplicated incident once and lists the duplicates.',
        '',
        'Only runs that see the whole corpus can apply this rule; a single file linted alone never fails it.',
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
        'The rule reads the prose (headings, paragraphs, lists, table cells), the frontmatter values,',
        'inline code and inline HTML. What counts as a placeholder is defined once, in',
        '`src/model/placeholders.ts`, and the trend report counts such a value as unknown:',
        '',
        '- a bracketed label or guidance: `[Incident Title]`, `[Number or share of users]`,',
        '  `[Duration, e.g. 1 hour]`, `[e.g. SEV-2]`, `[Because ...]`, `[describe the impact]`,',
        '  `[@owner-handle]`, and a single bracketed word that names a field (`[Duration]`, `[Owner]`);',
        '- the to-do words `TODO`, `TBD`, `TBC`, `FIXME` (the `patterns` option);',
        '- date, time and id masks, also inside inline code: `YYYY-MM-DD`, `HH:MM`, `HH:mm`,',
        '  `MM/DD/YYYY`, `INC-YYYY-MMDD-NNN`, `` `YYYY-MM-DD` ``;',
        '- an angle-bracket label, even where Markdown reads it as HTML: `<Month>`, `<service name>`.',
        '',
        'It never reports content in brackets or what only looks like a blank:',
        '',
        '- a tag or a name: `[Postmortem] Search outage`, `[Public]`, an owner `[Jerry]` or `[Ana Lima]`,',
        '  `[Redacted]`, an elision `[... omitted ...]`, `[+2 hrs]`;',
        '- a date known in part (`2023-MM-DD`), HTML elements (`<br>`), autolinks, all-capital markers',
        '  (`<END OF OUTAGE>`), and inline code that is more than a mask (`` `kubectl logs <pod>` ``);',
        '- links `[text](https://…)` and reference links whose definition exists (`[runbook]` with a',
        '  `[runbook]: https://…` line),',
        '- task-list boxes `- [ ]` and `- [x]`,',
        '- footnotes `[^1]`,',
        "- code blocks, HTML comments (the template's guidance) and block quotes,",
        '- an action item whose status is `TODO` (a status, not a blank), and a to-do word emphasised as',
        '  the label of what follows it on its line (`**TODO**: add a disk alert`, `**TODO:** …`, and for',
        '  TODO also without the colon: `**TODO** add a disk alert`), as a `**DONE**:` beside it labels',
        '  work done (`**TBD** by the team` still leaves a blank).',
        '',
        'A placeholder is one problem, reported once. While a placeholder is there, the other rules hold',
        'back their findings about it: a finding that lies within the placeholder (a deadline cell that',
        'still reads `YYYY-MM-DD` is not also "not a valid date"), and a finding on the heading of a',
        'section that still holds placeholders (a Timeline of `HH:MM` rows is not also "without',
        'timestamps"). Findings about anything else are kept, even on the same line: a bad status in the',
        'row whose deadline is `YYYY-MM-DD`, and file-level findings (a missing section, missing metadata).',
        'Once the placeholder is replaced, the other rules judge the real value. So a draft fresh from',
        '`postmortem-lint new` shows `no-placeholders` errors only.',
        '',
        '## Options',
        '',
        '`patterns` lists the to-do words as regular expressions; the default is',
        '`\\b(?:TODO|TBD|TBC|FIXME)\\b`. Setting it replaces that list (the template shapes above are always',
        'found); `allow` lists exact matches that are content:',
        '',
        '```yaml',
        'rules:',
        '  no-placeholders:',
        '    patterns:',
        "      - '\\b(?:TODO|TBD|TBC|FIXME)\\b'",
        "      - '\\?\\?\\?'",
        "    allow: ['[Internal Only]']",
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
        description: 'The frontmatter is not valid YAML or TOML, is written in another language, or has an invalid field.',
        explanation: [
            'The frontmatter must be YAML between `---` lines or TOML between `+++` lines (as Hugo and Zola',
            'write it); both are read as data, never evaluated. YAML or TOML that does not parse, an alias',
            'bomb, a duplicate key, or frontmatter in another language (such as `---js`, which is never',
            'evaluated) is reported with this finding; the rest of the file is still linted.',
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

/**
 * An item's state once the tracker is heard: a known issue's state wins over the Markdown (an
 * item whose issue is closed is done, whatever the table still says; one whose issue is open is
 * open); an issue that could not be read leaves the Markdown's.
 */
function reconciledState(written, issue) {
    if (issue?.state === 'closed')
        return 'done';
    if (issue?.state === 'open')
        return 'open';
    return written;
}

function yearOf$1(entry) {
    return entry.date && /^\d{4}/.test(entry.date) ? Number(entry.date.slice(0, 4)) : null;
}
/** The deadline as an ISO date (dates without a year take the incident's year); null if none. */
function actionItemDeadline(item, entry) {
    return item.deadline === null ? null : (findDate(item.deadline, yearOf$1(entry))?.iso ?? null);
}
/** The date written in a done status (`Done 2026-02-07`), when there is one. */
function actionItemClosedOn(item, entry, statuses) {
    if (statuses.state(item.status) !== 'done')
        return null;
    return findDate(item.status ?? '', yearOf$1(entry))?.iso ?? null;
}

function trackedIssueOf(item, tracker) {
    if (tracker === null)
        return null;
    const link = trackedBy(trackerLinks(item, tracker.links));
    if (link?.kind !== 'github')
        return null;
    const key = issueKey(link, tracker.repository);
    const issue = key === null ? undefined : tracker.issues[key];
    return key === null || issue === undefined ? null : { key, issue };
}
/** `To Do here · #1 closed on GitHub 2026-01-18`, `Done here · #2 open on GitHub`. */
function bothStates(status, tracked, tracker) {
    // The postmortem's own repository is implied, as in its `#123` links.
    const own = tracker.repository !== null && tracked.key.startsWith(`${tracker.repository}#`);
    const ref = own ? tracked.key.slice(tracked.key.indexOf('#')) : tracked.key;
    const closedOn = tracked.issue.closedAt?.slice(0, 10);
    const there = tracked.issue.state === 'closed'
        ? `closed on GitHub${closedOn ? ` ${closedOn}` : ''}`
        : 'open on GitHub';
    return `${status ?? '(no status)'} here · ${ref} ${there}`;
}
/** Whether the tracker moves an item across done / not done, with both states when it does. */
function drift(item, statuses, tracker) {
    const written = statuses.state(item.status);
    const tracked = trackedIssueOf(item, tracker);
    const state = reconciledState(written, tracked?.issue);
    const differs = tracked !== null && tracker !== null && (written === 'done') !== (state === 'done');
    return {
        state,
        note: differs ? bothStates(item.status, tracked, tracker) : null,
        closedOn: tracked?.issue.closedAt?.slice(0, 10) ?? null,
    };
}
/**
 * The tracker's state of an item's issue for the JSON report, where it differs from the
 * postmortem's (`status` as written): null when they agree, or the issue is unknown or unreadable.
 */
function trackerStateOf(item, statuses, tracker) {
    const tracked = trackedIssueOf(item, tracker);
    if (tracked === null)
        return null;
    const { state, reason, closedAt } = tracked.issue;
    if (state !== 'open' && state !== 'closed')
        return null;
    if ((statuses.state(item.status) === 'done') === (state === 'closed'))
        return null;
    return {
        issue: tracked.key,
        state,
        closedAt: state === 'closed' ? (closedAt?.slice(0, 10) ?? null) : null,
        stateReason: state === 'closed' ? (reason ?? null) : null,
    };
}
/**
 * The GitHub issues the items of `entries` link to, for a lookup (`owner/repo#number`), and how
 * many links are a bare `#123` that cannot be looked up because `repository` is unknown.
 */
function linkedIssues(entries, links, repository) {
    const keys = new Set();
    let bare = 0;
    for (const entry of entries)
        for (const item of entry.actionItems) {
            const link = trackedBy(trackerLinks(item, links));
            if (link?.kind !== 'github')
                continue;
            const key = issueKey(link, repository);
            if (key === null)
                bare++;
            else
                keys.add(key);
        }
    return { keys: [...keys], bare };
}
function reminders(entries, statuses, now, remindDays, tracker) {
    const today = isoDay(now);
    const overdue = [];
    const dueSoon = [];
    const closedOnGitHub = [];
    for (const entry of entries) {
        for (const item of entry.actionItems) {
            const deadline = actionItemDeadline(item, entry);
            if (deadline === null)
                continue;
            const { state, note } = drift(item, statuses, tracker);
            const days = daysBetween(deadline, today);
            const reminder = {
                path: entry.path,
                line: item.line,
                incidentId: entry.id,
                id: item.id,
                action: item.action,
                owner: item.owner,
                deadline,
                status: item.status,
                trackerNote: note,
                daysOverdue: days,
            };
            if (state === 'done') {
                if (note !== null)
                    closedOnGitHub.push(reminder);
                continue;
            }
            if (isOverdue(deadline, state, today))
                overdue.push(reminder);
            else if (-days <= remindDays)
                dueSoon.push(reminder);
        }
    }
    const order = (a, b) => b.daysOverdue - a.daysOverdue || a.path.localeCompare(b.path) || a.line - b.line;
    overdue.sort(order);
    dueSoon.sort(order);
    closedOnGitHub.sort(order);
    const owners = new Map();
    for (const item of [...overdue, ...dueSoon]) {
        const owner = item.owner?.trim() || '(no owner)';
        owners.set(owner, [...(owners.get(owner) ?? []), item]);
    }
    return {
        overdue,
        dueSoon,
        closedOnGitHub,
        byOwner: [...owners.entries()]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([owner, items]) => ({ owner, items })),
    };
}
const itemKey = (path, line) => `${path}:${line}`;
/**
 * The entries with the tracker heard, for the trend report: an item the tracker moves across done
 * / not done gets a configured status of that state (a done one dated with the issue's closing
 * day, so the time to close is the tracker's), so that every count and list of the report
 * follows the tracker (an item whose issue is closed is not overdue). An item whose state no
 * configured status can say is left as written.
 */
function reconciledEntries(entries, options, tracker) {
    const statuses = statusReader(options);
    const doneStatus = options.doneStatuses.find((status) => statuses.state(status) === 'done');
    const openStatus = options.statuses.find((status) => statuses.state(status) === 'open');
    const changed = new Map();
    if (tracker === null)
        return { entries: [...entries], changed };
    const reconciled = entries.map((entry) => {
        let touched = false;
        const actionItems = entry.actionItems.map((item) => {
            const { state, note, closedOn } = drift(item, statuses, tracker);
            if (note === null)
                return item;
            const status = state === 'done'
                ? doneStatus && (closedOn ? `${doneStatus} ${closedOn}` : doneStatus)
                : openStatus;
            if (status === undefined || statuses.state(status) !== state)
                return item;
            changed.set(itemKey(entry.path, item.line), { status: item.status, note });
            touched = true;
            return { ...item, status };
        });
        return touched ? { ...entry, actionItems } : entry;
    });
    return { entries: reconciled, changed };
}

/**
 * Judges each review meeting against the configured follow-up window (the practice's own day
 * arithmetic, as the follow-up-meeting rule uses it): `within` by the deadline, `late` after it or missing once the deadline passed,
 * `unknown` when the incident date is unreadable or the deadline is still ahead.
 */
function followUpJudge(now, options) {
    const today = isoDay(now);
    return (entry) => {
        const incidentDate = entry.date?.trim() ?? '';
        if (!isIsoDate(incidentDate))
            return 'unknown';
        const deadline = followUpDeadline(incidentDate, entry.severity, options);
        const meeting = entry.followUpMeetingDate;
        if (meeting === null)
            return today <= deadline ? 'unknown' : 'missing';
        if (meeting < incidentDate)
            return 'unknown';
        return meeting <= deadline ? 'within' : 'late';
    };
}

/**
 * Summary statistics for skewed samples (incident durations, gaps between incidents).
 *
 * Percentiles use the nearest-rank method: the p-th percentile of n sorted values is the value at
 * rank ceil(p / 100 × n) (1-based), so it is always one of the observed values and needs no
 * interpolation. The median is the middle value, or the mean of the two middle values when n is
 * even. A mean is never reported alone: every summary carries its count, median and p90.
 */
/** Below this many values a report says the sample is too small to show a trend. */
const MIN_TREND_SAMPLE = 10;
/** Resamples per bootstrap interval: enough for a stable 95% interval, cheap at 10,000 values. */
const BOOTSTRAP_RESAMPLES = 1000;
/** The seed of every bootstrap: the same data gives the same interval on every run. */
const BOOTSTRAP_SEED = 0x5eed;
/** mulberry32: a small, fast, seedable generator (uniform in [0, 1)). */
function seededRandom(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
}
/**
 * Medians of `resamples` bootstrap resamples of sorted values. A resample is drawn as counts per
 * rank and its median read by walking the counts: O(n) per resample, no sort.
 */
function bootstrapMedians(sorted, resamples, random) {
    const n = sorted.length;
    const counts = new Int32Array(n);
    const medians = new Float64Array(resamples);
    const lowRank = Math.floor((n - 1) / 2);
    const highRank = Math.floor(n / 2);
    for (let r = 0; r < resamples; r++) {
        counts.fill(0);
        for (let i = 0; i < n; i++)
            counts[Math.floor(random() * n)]++;
        let seen = 0;
        let low = 0;
        let k = 0;
        for (; k < n; k++) {
            seen += counts[k];
            if (seen > lowRank)
                break;
        }
        low = sorted[k];
        while (seen <= highRank)
            seen += counts[++k];
        medians[r] = (low + sorted[k]) / 2;
    }
    return medians.sort();
}
/** The 2.5th and 97.5th percentiles of sorted bootstrap statistics. */
function interval(statistics) {
    const at = (p) => statistics[Math.min(statistics.length - 1, Math.max(0, Math.ceil(p * statistics.length) - 1))];
    return [round2(at(0.025)), round2(at(0.975))];
}
/** 95% bootstrap interval of the median of sorted values; null below two values. */
function medianInterval(sorted) {
    if (sorted.length < 2)
        return null;
    return interval(bootstrapMedians(sorted, BOOTSTRAP_RESAMPLES, seededRandom(BOOTSTRAP_SEED + sorted.length)));
}
/**
 * 95% bootstrap interval of (median of `current` − median of `previous`), both sorted; null when
 * either has fewer than two values. An interval that excludes 0 is a change distinguishable from
 * noise; its half-width is about the smallest change these samples could show.
 */
function medianDifferenceInterval(current, previous) {
    if (current.length < 2 || previous.length < 2)
        return null;
    const random = seededRandom(BOOTSTRAP_SEED + current.length * 31 + previous.length);
    const a = bootstrapMedians(current, BOOTSTRAP_RESAMPLES, random);
    const b = bootstrapMedians(previous, BOOTSTRAP_RESAMPLES, random);
    // Pair the resamples in a shuffled order: both arrays come back sorted.
    const differences = new Float64Array(BOOTSTRAP_RESAMPLES);
    for (let r = 0; r < BOOTSTRAP_RESAMPLES; r++)
        differences[r] = a[r] - b[Math.floor(random() * BOOTSTRAP_RESAMPLES)];
    return interval(differences.sort());
}
/** Nearest-rank percentile of values sorted in ascending order; null for an empty sample. */
function nearestRank(sorted, percent) {
    if (sorted.length === 0)
        return null;
    const rank = Math.max(1, Math.ceil((percent / 100) * sorted.length));
    return sorted[Math.min(rank, sorted.length) - 1];
}
function median(sorted) {
    const n = sorted.length;
    if (n === 0)
        return null;
    const middle = Math.floor(n / 2);
    return n % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
/** Two decimals: enough for minutes and days, and stable in JSON snapshots. */
function round2(value) {
    return Math.round(value * 100) / 100;
}
/** The finite values, ascending. */
function sortedFinite(values) {
    return [...values].filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
}
/** Count, median (with its bootstrap interval), nearest-rank p90, mean, min and max of the finite values given. */
function summarize(values) {
    const sorted = sortedFinite(values);
    if (sorted.length === 0)
        return { n: 0, median: null, p90: null, mean: null, min: null, max: null, medianCi: null };
    const sum = sorted.reduce((total, value) => total + value, 0);
    return {
        n: sorted.length,
        median: round2(median(sorted)),
        p90: round2(nearestRank(sorted, 90)),
        mean: round2(sum / sorted.length),
        min: round2(sorted[0]),
        max: round2(sorted[sorted.length - 1]),
        medianCi: medianInterval(sorted),
    };
}

function addUtcMonths(ms, months) {
    const date = new Date(ms);
    const target = new Date(ms);
    target.setUTCDate(1);
    target.setUTCMonth(target.getUTCMonth() + months);
    // Clamp to the target month's last day (31 March − 1 month is 28/29 February, not 3 March).
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
    return target.getTime();
}
/**
 * Reads a `--since` / `--until` value: an ISO date (`2026-01-31`, the whole day) or an ISO
 * date-time with its zone. `endOfDay` makes a plain date inclusive as an upper bound. Null when
 * unreadable.
 */
function parseBound(text, endOfDay) {
    return readInstant(text, endOfDay ? 'end' : 'start')?.getTime() ?? null;
}
const DAY_MS = 86_400_000;
/** 00:00 UTC of the instant's day. */
function startOfDay(ms) {
    return Math.floor(ms / DAY_MS) * DAY_MS;
}
/**
 * The window of whole UTC days ending at `until` (default: the start of `now`'s day, so the
 * window is the days before today) and starting at `since` (default: 12 calendar months
 * before). A bound inside a day is widened to the whole day: the header prints days, so the
 * window is made of days, and a default window covers exactly 12 months.
 */
function resolveWindow(now, since = null, until = null) {
    const endDay = startOfDay(until ?? now.getTime());
    const end = until === null || until === endDay ? endDay : endDay + DAY_MS;
    return clampWindow({
        since: startOfDay(since ?? addUtcMonths(end, -12)),
        until: end,
    });
}
/**
 * How many calendar months the window spans, partial months counted by their share of days
 * (1 January to 1 July is 6; 15 January to 15 February about 1): the divisor of "per month".
 */
function monthSpan(window) {
    let months = 0;
    for (const key of monthsOf(window)) {
        const [year, month] = key.split('-').map(Number);
        const first = Date.UTC(year, month - 1, 1);
        const next = Date.UTC(year, month, 1);
        const covered = Math.min(next, window.until) - Math.max(first, window.since);
        months += covered / (next - first);
    }
    return months;
}
/** The window of the same length just before `window` (kept inside printable dates). */
function previousWindow(window) {
    return clampWindow({ since: window.since - (window.until - window.since), until: window.since });
}
/**
 * When an incident happened: its start, else its date at 00:00 UTC, else its earliest dated
 * timeline entry; null when none is known.
 */
function incidentInstant(entry) {
    if (entry.startedAt !== null)
        return entry.startedAt;
    const date = entry.date?.trim() ?? '';
    return isIsoDate(date) ? Date.parse(`${date}T00:00:00Z`) : entry.firstEventAt;
}
function inWindow(ms, window) {
    return ms >= window.since && ms < window.until;
}
/** `YYYY-MM` of an instant, in UTC. */
function monthKey(ms) {
    const date = new Date(ms);
    return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}
/** The earliest and latest instants a report places (ECMAScript dates end at ±8.64e15 ms). */
const MIN_INSTANT = Date.parse('0001-01-01T00:00:00Z');
const MAX_INSTANT = Date.UTC(9999, 11, 31);
/** A window kept inside the years a date can print: a window of many years never fails. */
function clampWindow(window) {
    const since = Math.min(Math.max(window.since, MIN_INSTANT), MAX_INSTANT);
    return { since, until: Math.min(Math.max(window.until, since), MAX_INSTANT) };
}
/** Every UTC month the window touches, oldest first. */
function monthsOf(window) {
    const months = [];
    if (window.until <= window.since)
        return months;
    const start = new Date(window.since);
    const end = new Date(window.until - 1);
    // Month numbers, not string keys: no date string is built per step.
    const last = end.getUTCFullYear() * 12 + end.getUTCMonth();
    for (let k = start.getUTCFullYear() * 12 + start.getUTCMonth(); k <= last; k++)
        months.push(`${String(Math.floor(k / 12)).padStart(4, '0')}-${String((k % 12) + 1).padStart(2, '0')}`);
    return months;
}
function isoInstant(ms) {
    return new Date(ms).toISOString();
}

function buckets(keys) {
    return new Map(keys.map((key) => [key, { incidents: 0, bySeverity: {}, mttr: [] }]));
}
function bucketMetrics(bucket) {
    return {
        incidents: bucket.incidents,
        bySeverity: bucket.bySeverity,
        mttrMinutes: summarize(bucket.mttr),
    };
}
/** `YYYY` of a `YYYY-MM` key. */
function yearOf(month) {
    return month.slice(0, month.lastIndexOf('-'));
}
/** Most incidents first, then most overdue items, then name: a stable order. */
function ranked(spots) {
    return [...spots.values()].sort((a, b) => b.incidents - a.incidents || b.overdueItems - a.overdueItems || a.key.localeCompare(b.key));
}
/** The timing samples of a period (excluded incidents left out), each sorted. */
function timingSamples(entries, window) {
    const samples = { restore: [], detect: [], mitigate: [] };
    for (const { entry } of incidentsIn(entries, window)) {
        if (entry.excludedFromMetrics !== null)
            continue;
        const restore = restoreMinutes(entry);
        if (restore !== null)
            samples.restore.push(restore);
        const detect = detectMinutes(entry);
        if (detect !== null)
            samples.detect.push(detect);
        const mitigate = mitigateMinutes(entry);
        if (mitigate !== null)
            samples.mitigate.push(mitigate);
    }
    return {
        restore: sortedFinite(samples.restore),
        detect: sortedFinite(samples.detect),
        mitigate: sortedFinite(samples.mitigate),
    };
}
/** Windows of more months than this list years only. */
const MAX_MONTHS = 1200;
function rate(part, whole) {
    return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}
function count(map, key) {
    map[key] = (map[key] ?? 0) + 1;
}
function severityKey(entry) {
    return entry.severity === null ? 'unknown' : `SEV-${entry.severity}`;
}
/** Minutes from start to resolution, else the stated duration; null when neither can be read. */
function restoreMinutes(entry) {
    if (entry.startedAt !== null &&
        entry.resolvedAt !== null &&
        entry.resolvedAt >= entry.startedAt) {
        return (entry.resolvedAt - entry.startedAt) / 60_000;
    }
    return entry.durationMinutes;
}
function detectMinutes(entry) {
    if (entry.startedAt === null || entry.detectedAt === null || entry.detectedAt < entry.startedAt)
        return null;
    return (entry.detectedAt - entry.startedAt) / 60_000;
}
function mitigateMinutes(entry) {
    if (entry.startedAt === null || entry.mitigatedAt === null || entry.mitigatedAt < entry.startedAt)
        return null;
    return (entry.mitigatedAt - entry.startedAt) / 60_000;
}
/** `trigger: deploy` (or deployment, a release, a rollout): a change set the incident off. */
function isDeployTriggered(entry) {
    return entry.trigger !== null && /^(deploy|release|rollout|change)/.test(entry.trigger);
}
/** A summary per key (of `measure` of its values), keys sorted so the JSON is stable. */
function summaries(groups, measure = (values) => values) {
    return Object.fromEntries([...groups]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, values]) => [key, summarize(measure(values))]));
}
/** Gaps (hours) between consecutive instants. */
function gapsHours(instants) {
    const sorted = [...instants].sort((a, b) => a - b);
    return sorted.slice(1).map((instant, i) => (instant - sorted[i]) / 3_600_000);
}
/** Postmortems whose incident falls in the window, with the instant that placed them. */
function incidentsIn(entries, window) {
    const placed = [];
    for (const entry of entries) {
        const at = incidentInstant(entry);
        if (at !== null && inWindow(at, window))
            placed.push({ entry, at });
    }
    return placed.sort((a, b) => a.at - b.at || a.entry.path.localeCompare(b.entry.path));
}
/** Every metric of one period. `followUp` judges each review meeting (the follow-up-meeting rule's window). */
function periodMetrics(entries, window, now, followUp, statuses) {
    const placed = incidentsIn(entries, window);
    const bySeverity = {};
    const byService = {};
    const serviceStarts = new Map();
    const monthKeys = monthsOf(window);
    const monthly = buckets(monthKeys);
    const yearly = buckets([...new Set(monthKeys.map(yearOf))]);
    const mttr = [];
    const mttrBySeverity = new Map();
    const mttrByService = new Map();
    const detect = [];
    const mitigate = [];
    const deployRestore = [];
    let deployIncidents = 0;
    let excluded = 0;
    const services = new Map();
    const owners = new Map();
    const hotspot = (map, key) => {
        let spot = map.get(key);
        if (!spot)
            map.set(key, (spot = { key, incidents: 0, openItems: 0, overdueItems: 0 }));
        return spot;
    };
    const toComplete = [];
    const toClose = [];
    const follow = { within: 0, late: 0, missing: 0, unknown: 0 };
    const items = { total: 0, done: 0, overdue: 0 };
    let completed = 0;
    const today = isoDay(now);
    for (const { entry, at } of placed) {
        const severity = severityKey(entry);
        count(bySeverity, severity);
        const timed = entry.excludedFromMetrics === null;
        if (!timed)
            excluded++;
        const entryServices = [...new Set(entry.services)];
        for (const service of entryServices) {
            count(byService, service);
            hotspot(services, service).incidents++;
            if (timed)
                appendTo(serviceStarts, service, at);
        }
        // An excluded incident (a test, a false alarm) is counted, but no timing measure reads it.
        const minutes = timed ? restoreMinutes(entry) : null;
        if (isDeployTriggered(entry)) {
            deployIncidents++;
            if (minutes !== null)
                deployRestore.push(minutes);
        }
        const month = monthKey(at);
        for (const bucket of [monthly.get(month), yearly.get(yearOf(month))]) {
            if (!bucket)
                continue;
            bucket.incidents++;
            count(bucket.bySeverity, severity);
            if (minutes !== null)
                bucket.mttr.push(minutes);
        }
        if (minutes !== null) {
            mttr.push(minutes);
            appendTo(mttrBySeverity, severity, minutes);
            for (const service of new Set(entry.services))
                appendTo(mttrByService, service, minutes);
        }
        const detectedAfter = timed ? detectMinutes(entry) : null;
        if (detectedAfter !== null)
            detect.push(detectedAfter);
        const mitigatedAfter = timed ? mitigateMinutes(entry) : null;
        if (mitigatedAfter !== null)
            mitigate.push(mitigatedAfter);
        const ownersHere = new Set();
        if (entry.status !== null && COMPLETED_STATUS.test(entry.status)) {
            completed++;
            if (entry.completedAt !== null)
                toComplete.push(daysBetween(isoDay(new Date(at)), entry.completedAt));
        }
        follow[followUp(entry)]++;
        for (const item of entry.actionItems) {
            items.total++;
            const state = statuses.state(item.status);
            // "???" or "-" names nobody: such an item counts as open, not as someone's.
            const owner = item.owner === null || !/[\p{L}\p{N}]/u.test(item.owner)
                ? null
                : hotspot(owners, item.owner);
            if (owner && !ownersHere.has(owner.key)) {
                ownersHere.add(owner.key);
                owner.incidents++;
            }
            if (state === 'done') {
                items.done++;
                const closedOn = actionItemClosedOn(item, entry, statuses);
                if (closedOn !== null)
                    toClose.push(daysBetween(isoDay(new Date(at)), closedOn));
                continue;
            }
            const overdue = isOverdue(actionItemDeadline(item, entry), state, today);
            if (overdue)
                items.overdue++;
            for (const spot of [owner, ...entryServices.map((service) => hotspot(services, service))]) {
                if (!spot)
                    continue;
                spot.openItems++;
                if (overdue)
                    spot.overdueItems++;
            }
        }
    }
    // Beyond a century, months would make the JSON tens of MB: such windows are read by year.
    const months = monthKeys.length > MAX_MONTHS
        ? []
        : [...monthly].map(([month, data]) => ({ month, ...bucketMetrics(data) }));
    const judged = follow.within + follow.late + follow.missing;
    return {
        window: { since: isoInstant(window.since), until: isoInstant(window.until) },
        incidents: {
            total: placed.length,
            perMonth: months.length === 0 ? 0 : round2(placed.length / monthSpan(window)),
            bySeverity,
            byService,
        },
        sampleTooSmall: placed.length < MIN_TREND_SAMPLE,
        months,
        years: [...yearly].map(([year, data]) => ({ year, ...bucketMetrics(data) })),
        mttrMinutes: {
            ...summarize(mttr),
            unknown: placed.length - excluded - mttr.length,
            bySeverity: summaries(mttrBySeverity),
            byService: summaries(mttrByService),
        },
        timeToDetectMinutes: {
            ...summarize(detect),
            unknown: placed.length - excluded - detect.length,
        },
        timeToMitigateMinutes: {
            ...summarize(mitigate),
            unknown: placed.length - excluded - mitigate.length,
        },
        deployTriggered: {
            incidents: deployIncidents,
            restoreMinutes: {
                ...summarize(deployRestore),
                unknown: deployIncidents - deployRestore.length,
            },
        },
        excludedFromTiming: excluded,
        hotspots: { services: ranked(services), owners: ranked(owners) },
        mtbfHours: {
            overall: summarize(gapsHours(placed.filter(({ entry }) => entry.excludedFromMetrics === null).map(({ at }) => at))),
            byService: summaries(serviceStarts, gapsHours),
        },
        completion: {
            total: placed.length,
            completed,
            rate: rate(completed, placed.length),
            // Negative spans (completion date before the incident) are typos, not data.
            daysToComplete: summarize(toComplete.filter((days) => days >= 0)),
        },
        followUp: { total: placed.length, ...follow, rate: rate(follow.within, judged) },
        actionItems: {
            total: items.total,
            done: items.done,
            open: items.total - items.done,
            overdue: items.overdue,
            completionRate: rate(items.done, items.total),
            daysToClose: summarize(toClose.filter((days) => days >= 0)),
        },
    };
}
/**
 * Open action items whose deadline is before `now`'s day, across every postmortem given (an
 * overdue item stays a debt whatever the reporting window), most overdue first.
 */
function overdueActionItems(entries, now, statuses) {
    const today = isoDay(now);
    const overdue = [];
    for (const entry of entries) {
        const at = incidentInstant(entry);
        for (const item of entry.actionItems) {
            const deadline = actionItemDeadline(item, entry);
            if (deadline === null || !isOverdue(deadline, statuses.state(item.status), today))
                continue;
            overdue.push({
                path: entry.path,
                line: item.line,
                incidentId: entry.id,
                incidentDate: entry.date,
                id: item.id,
                action: item.action,
                owner: item.owner,
                deadline,
                status: item.status,
                daysOverdue: daysBetween(deadline, today),
                ageDays: at === null ? null : daysBetween(isoDay(new Date(at)), today),
            });
        }
    }
    return overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || a.path.localeCompare(b.path) || a.line - b.line);
}

const NO_REPOSITORY = () => null;
function incidentRef(entry, repositoryOf = NO_REPOSITORY) {
    return {
        repository: repositoryOf(entry),
        path: entry.path,
        id: entry.id,
        title: entry.title,
        date: entry.date,
        line: entry.lines.title,
    };
}
/** 1.96: the two-sided 95% point of the normal distribution. */
const Z95 = 1.96;
function judged(metric, label, current, previous, interval, smallest) {
    const delta = current !== null && previous !== null ? round2(current - previous) : null;
    return {
        metric,
        label,
        current,
        previous,
        delta,
        interval,
        distinguishable: interval === null ? null : interval[0] > 0 || interval[1] < 0,
        smallestDetectable: smallest === null ? null : round2(smallest),
    };
}
/** Two counts over windows of equal length: their difference against √(a + b) (Poisson). */
function countChange(metric, label, current, previous) {
    const total = current + previous;
    if (total === 0)
        return judged(metric, label, current, previous, null, null);
    const margin = Z95 * Math.sqrt(total);
    const delta = current - previous;
    return judged(metric, label, current, previous, [round2(delta - margin), round2(delta + margin)], margin);
}
/** Two medians: a bootstrap interval of their difference (seeded). */
function medianChange(metric, label, current, previous, medians) {
    const interval = medianDifferenceInterval(current, previous);
    return judged(metric, label, medians[0], medians[1], interval, interval === null ? null : (interval[1] - interval[0]) / 2);
}
/** Two proportions: a normal-approximation interval of their difference, pooled for the margin. */
function rateChange(metric, label, current, previous) {
    if (current.rate === null || previous.rate === null || current.n === 0 || previous.n === 0)
        return judged(metric, label, current.rate, previous.rate, null, null);
    const pooled = (current.rate * current.n + previous.rate * previous.n) / (current.n + previous.n);
    // A pooled 0 or 1 has no spread: use the smallest one a single incident would give.
    const spread = Math.max(pooled * (1 - pooled), 1 / (current.n + previous.n));
    const margin = Z95 * Math.sqrt(spread * (1 / current.n + 1 / previous.n));
    const delta = current.rate - previous.rate;
    return judged(metric, label, current.rate, previous.rate, [
        Math.round((delta - margin) * 10_000) / 10_000,
        Math.round((delta + margin) * 10_000) / 10_000,
    ], Math.round(margin * 10_000) / 10_000);
}
function changes(current, previous, samples) {
    const [now, before] = samples;
    const judgedMeetings = (period) => period.followUp.within + period.followUp.late + period.followUp.missing;
    return [
        countChange('incidents', 'Incidents', current.incidents.total, previous.incidents.total),
        medianChange('mttrMedianMinutes', 'Time to restore, median', now.restore, before.restore, [
            current.mttrMinutes.median,
            previous.mttrMinutes.median,
        ]),
        medianChange('ttmMedianMinutes', 'Time to mitigate, median', now.mitigate, before.mitigate, [
            current.timeToMitigateMinutes.median,
            previous.timeToMitigateMinutes.median,
        ]),
        medianChange('ttdMedianMinutes', 'Time to detect, median', now.detect, before.detect, [
            current.timeToDetectMinutes.median,
            previous.timeToDetectMinutes.median,
        ]),
        rateChange('completionRate', 'Postmortems completed', { rate: current.completion.rate, n: current.completion.total }, { rate: previous.completion.rate, n: previous.completion.total }),
        rateChange('followUpRate', 'Review meeting on time', { rate: current.followUp.rate, n: judgedMeetings(current) }, { rate: previous.followUp.rate, n: judgedMeetings(previous) }),
        rateChange('actionItemCompletionRate', 'Action items done', { rate: current.actionItems.completionRate, n: current.actionItems.total }, { rate: previous.actionItems.completionRate, n: previous.actionItems.total }),
    ];
}
/** Restore-time ranges of the distribution chart (upper bounds in minutes; the last is open). */
const RESTORE_BUCKETS = [
    ['< 15 min', 15],
    ['15–30 min', 30],
    ['30 min–1 h', 60],
    ['1–2 h', 120],
    ['2–4 h', 240],
    ['4–8 h', 480],
    ['8–24 h', 1440],
    ['1–3 days', 4320],
];
function restoreDistribution(sorted) {
    const edges = RESTORE_BUCKETS.map(([, upper]) => upper);
    const bucketOf = (minutes) => {
        const index = edges.findIndex((upper) => minutes < upper);
        return index === -1 ? edges.length : index;
    };
    const buckets = [
        ...RESTORE_BUCKETS.map(([label, upper], i) => ({
            label,
            fromMinutes: i === 0 ? 0 : edges[i - 1],
            toMinutes: upper,
            count: 0,
        })),
        { label: '≥ 3 days', fromMinutes: edges[edges.length - 1], toMinutes: null, count: 0 },
    ];
    for (const minutes of sorted)
        buckets[bucketOf(minutes)].count++;
    const median = sorted.length === 0 ? null : sorted[Math.floor((sorted.length - 1) / 2)];
    const p90 = nearestRank(sorted, 90);
    return {
        buckets,
        medianBucket: median === null ? null : bucketOf(median),
        p90Bucket: p90 === null ? null : bucketOf(p90),
    };
}
function byRepository(entries, window, overdue, repositoryOf, statuses) {
    const groups = new Map();
    for (const entry of entries) {
        const repository = repositoryOf(entry);
        if (repository !== null)
            appendTo(groups, repository, entry);
    }
    return [...groups]
        .map(([repository, members]) => {
        const placed = incidentsIn(members, window);
        const restore = sortedFinite(placed.flatMap(({ entry }) => entry.excludedFromMetrics === null ? (restoreMinutes(entry) ?? []) : []));
        const mid = restore.length === 0
            ? null
            : (restore[Math.floor((restore.length - 1) / 2)] +
                restore[Math.floor(restore.length / 2)]) /
                2;
        return {
            repository,
            postmortems: members.length,
            incidents: placed.length,
            mttrMedianMinutes: mid === null ? null : round2(mid),
            openItems: placed.reduce((sum, { entry }) => sum + entry.actionItems.filter((item) => statuses.state(item.status) !== 'done').length, 0),
            overdueItems: overdue.filter((item) => item.repository === repository).length,
        };
    })
        .sort((a, b) => b.incidents - a.incidents || a.repository.localeCompare(b.repository));
}
/** Every number of the trend report, for one window and the window of the same length before it. */
function buildReport(input) {
    const { window, now } = input;
    const repositoryOf = input.repositoryOf ?? NO_REPOSITORY;
    const ref = (entry) => incidentRef(entry, repositoryOf);
    // Ids are unique per repository: the same id in two repositories is two incidents.
    const perRepository = new Map();
    for (const entry of input.entries)
        appendTo(perRepository, repositoryOf(entry), entry);
    const found = [...perRepository.values()].flatMap((members) => duplicateIds(members));
    const entries = withoutDuplicates(input.entries, found);
    const before = previousWindow(window);
    const current = periodMetrics(entries, window, now, input.followUp, input.statuses);
    const previous = periodMetrics(entries, before, now, input.followUp, input.statuses);
    const inCurrent = incidentsIn(entries, window).map(({ entry }) => entry);
    const inPrevious = incidentsIn(entries, before).map(({ entry }) => entry);
    const keyOf = (key) => `${key.kind}\u0000${key.key}`;
    const previousKeys = new Set(input.findPatterns(inPrevious).flatMap((pattern) => pattern.keys.map(keyOf)));
    const patterns = input.findPatterns(inCurrent).map((pattern) => ({
        keys: pattern.keys,
        incidents: pattern.incidents.map(ref),
        from: pattern.incidents[0]?.date ?? '',
        to: pattern.incidents[pattern.incidents.length - 1]?.date ?? '',
        isNew: !pattern.keys.some((key) => previousKeys.has(keyOf(key))),
    }));
    const similarityIndex = buildSimilarityIndex(inCurrent, input.similarity);
    const similar = input.similarity.enabled
        ? similarityClusters(similarityIndex, input.similarity.topTerms).map((cluster) => ({
            score: cluster.score,
            sharedTerms: cluster.sharedTerms,
            incidents: cluster.entries.map(ref),
        }))
        : [];
    const samples = [timingSamples(entries, window), timingSamples(entries, before)];
    const overdue = overdueActionItems(entries.filter((entry) => (incidentInstant(entry) ?? -Infinity) < window.until), now, input.statuses);
    const repositoryByPath = new Map();
    for (const entry of entries)
        repositoryByPath.set(entry.path, repositoryOf(entry));
    const overdueItems = overdue.map((item) => ({
        ...item,
        repository: repositoryByPath.get(item.path) ?? null,
    }));
    return {
        schemaVersion: 2,
        generatedAt: now.toISOString(),
        window: { since: isoInstant(window.since), until: isoInstant(window.until) },
        previousWindow: { since: isoInstant(before.since), until: isoInstant(before.until) },
        files: {
            indexed: input.entries.length,
            failed: [...input.failed],
            undated: entries
                .filter((entry) => incidentInstant(entry) === null)
                .map((entry) => entry.path),
        },
        duplicates: found.map((duplicate) => ({
            id: duplicate.id,
            first: ref(duplicate.first),
            duplicates: duplicate.duplicates.map(ref),
        })),
        excluded: inCurrent.flatMap((entry) => entry.excludedFromMetrics === null
            ? []
            : [{ incident: ref(entry), reason: entry.excludedFromMetrics }]),
        current,
        previous,
        changes: changes(current, previous, samples),
        restoreDistribution: restoreDistribution(samples[0].restore),
        overdueActionItems: overdueItems,
        patterns,
        similarity: {
            threshold: similarityIndex.threshold,
            closestScore: similarityIndex.closest?.score ?? null,
        },
        similar,
        repositories: byRepository(entries, window, overdueItems, repositoryOf, input.statuses),
    };
}

/** Every kind of group a report lists (the rule may check fewer). */
const REPORT_GROUPS = ['category', 'service', 'tag'];
/**
 * What a report reads from the configuration (on or off, a rule keeps its options there): the
 * follow-up window and what "done" means (the practice's settings), the pattern-analysis rule's
 * occurrence count and window (grouping by category, service and tag),
 * and its similarity threshold. Reports always list similarity candidates (for a person to
 * judge), whether or not the rule enforces them (`similarity.enabled`).
 */
function reportSettings(config) {
    const { followUp, statuses } = practiceOptions(config);
    const pattern = ruleOptions(config, 'pattern-analysis');
    return {
        followUp,
        statuses,
        patterns: {
            groupBy: REPORT_GROUPS,
            minOccurrences: pattern.minOccurrences,
            windowMonths: pattern.windowMonths,
        },
        similarity: { enabled: true, threshold: pattern.similarity.threshold },
    };
}
/**
 * Several indexes as one corpus (an organisation report): entries keep the repository their
 * index records, so ids stay unique per repository and links go to the right one.
 */
function mergeIndexes(indexes) {
    if (indexes.length === 1 && !indexes[0].repository)
        return { index: indexes[0], repositoryOf: () => null };
    const repositories = new Map();
    const merged = {
        version: 1,
        generatedAt: indexes
            .map((index) => index.generatedAt)
            .sort()
            .at(-1) ?? '',
        entries: [],
        failed: [],
    };
    for (const index of indexes) {
        for (const entry of index.entries) {
            repositories.set(entry, index.repository ?? null);
            merged.entries.push(entry);
        }
        merged.failed.push(...index.failed);
    }
    return { index: merged, repositoryOf: (entry) => repositories.get(entry) ?? null };
}
/** The trend report of one corpus index, or of several merged (see `mergeIndexes`). */
function reportFromIndex(index, settings, request) {
    const { index: corpus, repositoryOf } = mergeIndexes(Array.isArray(index) ? index : [index]);
    return buildReport({
        entries: corpus.entries,
        failed: corpus.failed,
        now: request.now,
        window: resolveWindow(request.now, request.since, request.until),
        followUp: followUpJudge(request.now, settings.followUp),
        statuses: statusReader(settings.statuses),
        // One problem is one row: overlapping windows merged, keys with the same incidents together.
        findPatterns: (entries) => recurringProblems(groupedPatterns(entries, settings.patterns)).map((problem) => ({
            keys: problem.keys,
            incidents: problem.incidents,
        })),
        similarity: settings.similarity,
        repositoryOf,
    });
}

/**
 * The trend report of a corpus index, with the settings this configuration gives (the follow-up
 * window, what "done" means, the pattern thresholds): the CLI's `report` and the Action's report
 * mode both call this. Several indexes (one per repository) give one organisation report.
 */
function buildTrendReport(index, config, request) {
    return reportFromIndex(index, reportSettings(config), request);
}
const listOf = (index) => Array.isArray(index) ? index : [index];
/**
 * The repository a bare `#123` of an index's postmortems belongs to: the one it records, when that
 * is an `owner/name` (an index made outside a checkout records its folder's name), else `fallback`.
 */
function bareRepository(recorded, fallback) {
    return recorded && /^[^/\s]+\/[^/\s]+$/.test(recorded) ? recorded.toLowerCase() : fallback;
}
function viewOf(tracker, recorded) {
    return { ...tracker, repository: bareRepository(recorded, tracker.repository) };
}
/** Where an item is, across indexes: the same path may be in two repositories. */
const placeOf = (repository, key) => `${repository ?? ''}\0${key}`;
/**
 * The trend report with the tracker's state where it is known (see `reconciledEntries`): every
 * count and list follows the tracker, overdue items keep their status as written and carry the
 * tracker's state (`tracker`) where it differs, and `notes` gives both states (`path:line` →
 * `Done here · #2 open on GitHub`) of the items it changed. A bare `#123` belongs to the
 * repository its index records, else to `tracker.repository`.
 */
function buildTrackedTrendReport(index, config, request, tracker) {
    const settings = reportSettings(config);
    const notes = new Map();
    const written = new Map();
    const reconciled = listOf(index).map((one) => {
        const view = tracker && viewOf(tracker, one.repository);
        const { entries, changed } = reconciledEntries(one.entries, settings.statuses, view);
        for (const [key, change] of changed) {
            notes.set(key, change.note);
            written.set(placeOf(one.repository, key), change.status);
        }
        return { ...one, entries };
    });
    const report = reportFromIndex(Array.isArray(index) ? reconciled : reconciled[0], settings, request);
    if (tracker === null)
        return { report, notes };
    const statuses = statusReader(settings.statuses);
    return {
        report: {
            ...report,
            overdueActionItems: report.overdueActionItems.map((item) => {
                const place = placeOf(item.repository, itemKey(item.path, item.line));
                const status = written.has(place) ? (written.get(place) ?? null) : item.status;
                const state = trackerStateOf({ ...item, status }, statuses, viewOf(tracker, item.repository));
                return { ...item, status, ...(state === null ? {} : { tracker: state }) };
            }),
        },
        notes,
    };
}
/**
 * The report as Markdown shows it: an overdue item the tracker changed names both states beside
 * its id (kept before the action text, which the table may shorten).
 */
function withTrackerNotes(report, notes) {
    if (notes.size === 0)
        return report;
    return {
        ...report,
        overdueActionItems: report.overdueActionItems.map((item) => {
            const note = notes.get(itemKey(item.path, item.line));
            return note === undefined
                ? item
                : { ...item, id: item.id === null ? `(${note})` : `${item.id} (${note})` };
        }),
    };
}
/**
 * What GitHub says of the issues the indexes' action items link to, for `buildTrackedTrendReport`
 * and the reminders; null when none links to one, or the configuration turns
 * `action-item-tracking` off (no request then). Notices say what was not looked up; what GitHub
 * answers never throws.
 */
async function lookUpTracker(index, config, lookup) {
    if (config.rules.find((rule) => rule.id === RULE_ID)?.severity === 'off')
        return { tracker: null, notices: [] };
    const links = { githubHosts: githubHosts(lookup.serverUrl) };
    const repository = lookup.repository?.toLowerCase() ?? null;
    const keys = new Set();
    let bare = 0;
    for (const one of listOf(index)) {
        const linked = linkedIssues(one.entries, links, bareRepository(one.repository, repository));
        for (const key of linked.keys)
            keys.add(key);
        bare += linked.bare;
    }
    const notices = [];
    if (bare > 0)
        notices.push(`${plural$1(bare, 'action item')} link to a bare #number, but the repository is unknown (set GITHUB_REPOSITORY=owner/repo, or the CLI's --repository): not checked.`);
    if (keys.size === 0)
        return { tracker: null, notices };
    const found = await lookUpIssues([...keys], { ownRepository: repository, ...lookup.client });
    return {
        tracker: { issues: found.issues, repository, links },
        notices: [...found.notices, ...notices],
    };
}

export { reminders as A, CACHE_FILE_NAME as C, formatSarif as a, buildTrendReport as b, corpusIndexOf as c, indexingConfig as d, lintPostmortems as e, formatJson as f, reportSettings as g, toSarif as h, indexPostmortems as i, buildTrackedTrendReport as j, restoreMinutes as k, lintFiles as l, mergeIndexes as m, markedIssues as n, messageText as o, parseBound as p, lookUpTracker as q, reportFromIndex as r, summarize as s, toEslintJson as t, readEtagCache as u, reconcileTracking as v, withTrackerNotes as w, writeEtagCache as x, fixBytes as y, retrySleep as z };
