import { d as decodePostmortem } from './decode-BatIPcMV.js';
import { m as modelBytes, b as checkModelled } from './pipeline-CNA_tzUg.js';
import { createHash } from 'node:crypto';
import { unlinkSync, mkdirSync, openSync, writeSync, closeSync } from 'node:fs';
import { readFile, rename, stat } from 'node:fs/promises';
import { relative, dirname, resolve, join } from 'node:path';

/** Default cache file name (in the working directory, or inside a directory given as location). */
const CACHE_FILE_NAME = '.postmortem-lint-cache';
/** Bumped whenever the record encoding below changes, independently of the package version. */
const FORMAT_VERSION = 3;
const FORMAT = 'postmortem-lint-cache';
/** Every cache file starts with this, so a foreign file is never mistaken for a damaged cache. */
const SIGNATURE = `{"format":"${FORMAT}"`;
/** Characters written per call when saving (bounded memory, few system calls). */
const WRITE_CHUNK = 1 << 20;
/**
 * Points (`{line, column, offset}`, two per span, everywhere in the model) are stored as strings
 * `MARK + "line:column:offset"`, a third of their JSON size. A real string that starts with MARK
 * gets one more in front, so every string survives the trip. MARK is DEL: ASCII, so records stay
 * one-byte strings in memory, and JSON leaves it unescaped.
 */
const MARK = '\u007f';
const MARK_CODE = 0x7f;
function packPoints(value) {
    if (typeof value === 'string')
        return value.charCodeAt(0) === MARK_CODE ? MARK + value : value;
    if (Array.isArray(value))
        return value.map(packPoints);
    if (typeof value !== 'object' || value === null)
        return value;
    const point = value;
    const keys = Object.keys(value);
    if (keys.length === 3 && keys[0] === 'line' && keys[1] === 'column' && keys[2] === 'offset') {
        return `${MARK}${point.line}:${point.column}:${point.offset}`;
    }
    const packed = {};
    for (const key of keys)
        packed[key] = packPoints(value[key]);
    return packed;
}
/** A string that starts with MARK: an escaped string or a point. */
function unpackMarked(value) {
    if (value.charCodeAt(1) === MARK_CODE)
        return value.slice(1);
    const first = value.indexOf(':');
    const second = value.indexOf(':', first + 1);
    return {
        line: Number(value.slice(1, first)),
        column: Number(value.slice(first + 1, second)),
        offset: Number(value.slice(second + 1)),
    };
}
/** The inverse of `packPoints`, in place (the value is freshly parsed JSON). Hot: kept plain. */
function unpackPoints(container) {
    if (Array.isArray(container)) {
        for (let i = 0; i < container.length; i++) {
            const item = container[i];
            if (typeof item === 'string') {
                if (item.charCodeAt(0) === MARK_CODE)
                    container[i] = unpackMarked(item);
            }
            else if (typeof item === 'object' && item !== null)
                unpackPoints(item);
        }
        return;
    }
    // Object.keys and storing only what changes: ~20% faster than for-in (measured, 2,000 records).
    const keys = Object.keys(container);
    for (let i = 0; i < keys.length; i++) {
        const item = container[keys[i]];
        if (typeof item === 'string') {
            if (item.charCodeAt(0) === MARK_CODE)
                container[keys[i]] = unpackMarked(item);
        }
        else if (typeof item === 'object' && item !== null)
            unpackPoints(item);
    }
}
/** JSON with every non-ASCII character escaped, so the string (and the cache file) is one-byte. */
function asciiJson(value) {
    return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Serialises what `modelBytes` produced for one file (a model or its fatal problem). */
function encodeRecord(modelled) {
    if (!modelled.ok)
        return asciiJson(packPoints({ problem: modelled.problem }));
    const prose = modelled.model.prose.map((run) => run.exact ? [run.start.line, run.start.column, run.start.offset, run.text.length] : run);
    return asciiJson(packPoints({ model: { ...modelled.model, prose } }));
}
/**
 * The inverse of `encodeRecord`, given the decoded text of the same bytes (null when they do not
 * decode). Throws when the record does not fit the text: the caller then models the file afresh.
 */
function decodeRecord(record, path, text) {
    const stored = JSON.parse(record);
    unpackPoints(stored);
    if ('problem' in stored)
        return { ok: false, problem: stored.problem };
    if (text === null)
        throw new Error('cached model for a file that does not decode');
    const prose = stored.model.prose.map((run) => {
        if (!Array.isArray(run))
            return run;
        const [line, column, offset, length] = run;
        if (offset + length > text.length)
            throw new Error('cached prose outside the file');
        return {
            text: text.slice(offset, offset + length),
            start: { line, column, offset },
            exact: true,
        };
    });
    return { ok: true, model: { ...stored.model, path, prose } };
}
/** Content hash of a file's bytes (change detection, not security). */
function contentHash(bytes) {
    return createHash('sha1').update(bytes).digest('base64');
}
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

/** Runs the rules on a cached model; null when the record is unusable (the file is then re-modelled). */
function reuse(task, cached, config, now, registry) {
    let modelled;
    try {
        const decoded = decodePostmortem(task.bytes);
        modelled = decodeRecord(cached, task.path, decoded.ok ? decoded.text : null);
    }
    catch {
        return null;
    }
    return checkModelled(task.path, modelled, config, now, registry);
}
/** The per-file pipeline on a task: bytes (or a cached model) in, findings and index entry out. */
function runFileTask(task, config, now, recordWanted, registry) {
    const reused = task.cached === null ? null : reuse(task, task.cached, config, now, registry);
    if (reused)
        return { index: task.index, outcome: reused, record: null };
    const modelled = modelBytes(task.path, task.bytes, config);
    return {
        index: task.index,
        outcome: checkModelled(task.path, modelled, config, now, registry),
        record: recordWanted ? encodeRecord(modelled) : null,
    };
}

export { LintCache as L, contentHash as a, cacheFilePath as c, runFileTask as r };
