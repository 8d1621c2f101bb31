import { r as ruleById } from './index-hNWoST4a.js';
import { d as decodePostmortem } from './build-Dlgc_z9J.js';
import { m as modelBytes, b as checkModelled, d as checkModel, f as failedOutcome } from './lint-text-CXw12igy.js';
import { createHash } from 'node:crypto';
import { readFile, mkdir, open, rename, unlink, stat } from 'node:fs/promises';
import { relative, dirname, resolve, join } from 'node:path';

/** The portable form, or null when a rule is not the registry's own (a worker could not find it). */
function toPortableConfig(config) {
    if (config.rules.some(({ rule }) => ruleById(rule.meta.id) !== rule))
        return null;
    return {
        ...config,
        rules: config.rules.map(({ rule, severity, options }) => ({
            id: rule.meta.id,
            severity,
            options,
        })),
    };
}
function fromPortableConfig(portable) {
    return {
        ...portable,
        rules: portable.rules.map(({ id, severity, options }) => {
            const rule = ruleById(id);
            if (!rule)
                throw new Error(`Rule ${id} is not in this build's registry.`);
            return { rule, severity, options };
        }),
    };
}

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
function unpackString(value) {
    if (value.charCodeAt(0) !== MARK_CODE)
        return value;
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
            if (typeof item === 'string')
                container[i] = unpackString(item);
            else if (typeof item === 'object' && item !== null)
                unpackPoints(item);
        }
        return;
    }
    for (const key in container) {
        const item = container[key];
        if (typeof item === 'string')
            container[key] = unpackString(item);
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
function isCacheDocument(value) {
    const document = value;
    return (typeof document === 'object' &&
        document !== null &&
        document.format === FORMAT &&
        typeof document.files === 'object' &&
        document.files !== null &&
        !Array.isArray(document.files));
}
/**
 * The incremental cache (ESLint's `--cache` conventions): per file, its content hash → its model or
 * fatal problem. Rules always re-run on the model, so `now`-dependent findings stay right. The file
 * is rewritten only when something changed, atomically, with entries of files no longer linted
 * dropped.
 */
class LintCache {
    file;
    header;
    previous;
    writable;
    warn;
    changed;
    next = new Map();
    constructor(file, header, previous, 
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
    }
    /** Reads the cache file; anything unusable is reported through `warn` and treated as empty. */
    static async open(file, versions, warn) {
        const header = { format: FORMAT, formatVersion: FORMAT_VERSION, ...versions };
        let text;
        try {
            text = await readFile(file, 'utf8');
        }
        catch (error) {
            const code = error.code;
            if (code !== 'ENOENT')
                warn(`Cache file ${file} could not be read (${code ?? String(error)}): linting without it.`);
            return new LintCache(file, header, {}, code === 'ENOENT', warn);
        }
        if (text !== '' && !text.startsWith(SIGNATURE)) {
            warn(`${file} is not a postmortem-lint cache: ignored and left untouched. Delete it or choose another cache location.`);
            return new LintCache(file, header, {}, false, warn);
        }
        let document;
        try {
            document = JSON.parse(text);
        }
        catch {
            document = null;
        }
        if (!isCacheDocument(document)) {
            warn(`Cache file ${file} is truncated or corrupt: ignored and rebuilt.`);
            return new LintCache(file, header, {}, true, warn);
        }
        if (document.toolVersion !== header.toolVersion ||
            document.formatVersion !== header.formatVersion) {
            warn(`Cache file ${file} was written by postmortem-lint ${String(document.toolVersion)} (format ${String(document.formatVersion)}), this is ${header.toolVersion} (format ${header.formatVersion}): rebuilt.`);
            return new LintCache(file, header, {}, true, warn);
        }
        // A different configuration may model files differently: start afresh, as ESLint does.
        if (document.configHash !== header.configHash)
            return new LintCache(file, header, {}, true, warn);
        return new LintCache(file, header, document.files, true, warn, false);
    }
    key(path) {
        return relative(dirname(this.file), resolve(path));
    }
    /** The stored record of `path` when its content hash is still `hash`; keeps it for the next run. */
    lookup(path, hash) {
        const key = this.key(path);
        const entry = this.previous[key];
        if (!Array.isArray(entry) || entry[0] !== hash || typeof entry[1] !== 'string')
            return null;
        this.next.set(key, entry);
        return entry[1];
    }
    store(path, hash, record) {
        this.next.set(this.key(path), [hash, record]);
        this.changed = true;
    }
    /** Writes the entries of this run (temp file + rename), when anything changed. */
    async save() {
        if (!this.writable)
            return;
        const pruned = Object.keys(this.previous).some((key) => !this.next.has(key));
        if (!this.changed && !pruned)
            return;
        const temporary = `${this.file}.${process.pid}.tmp`;
        try {
            await mkdir(dirname(this.file), { recursive: true });
            // Entry by entry, so the whole document never exists as one string.
            const handle = await open(temporary, 'w');
            try {
                const header = JSON.stringify({ ...this.header, files: {} });
                let chunk = header.slice(0, -2);
                let separator = '';
                for (const [key, entry] of this.next) {
                    chunk += `${separator}${JSON.stringify(key)}:${JSON.stringify(entry)}`;
                    separator = ',';
                    if (chunk.length > WRITE_CHUNK) {
                        await handle.write(chunk);
                        chunk = '';
                    }
                }
                await handle.write(`${chunk}}}`);
            }
            finally {
                await handle.close();
            }
            await rename(temporary, this.file);
        }
        catch (error) {
            await unlink(temporary).catch(() => undefined);
            this.warn(`Cache file ${this.file} could not be written (${error.code ?? String(error)}).`);
        }
    }
}

/** Runs the rules on a cached model; null when the record is unusable (the file is then re-modelled). */
function reuse(task, cached, config, now) {
    try {
        const decoded = decodePostmortem(task.bytes);
        const modelled = decodeRecord(cached, task.path, decoded.ok ? decoded.text : null);
        return modelled.ok
            ? checkModel(modelled.model, config, now)
            : failedOutcome(task.path, modelled.problem);
    }
    catch {
        return null;
    }
}
/** The pure per-file pipeline: bytes (or a cached model) in, findings and index entry out. */
function runFileTask(task, config, now, recordWanted) {
    const reused = task.cached === null ? null : reuse(task, task.cached, config, now);
    if (reused)
        return { index: task.index, outcome: reused, record: null };
    const modelled = modelBytes(task.path, task.bytes, config);
    return {
        index: task.index,
        outcome: checkModelled(task.path, modelled, config, now),
        record: recordWanted ? encodeRecord(modelled) : null,
    };
}

export { LintCache as L, contentHash as a, cacheFilePath as c, fromPortableConfig as f, runFileTask as r, toPortableConfig as t };
