import { d as decodePostmortem } from './decode-BatIPcMV.js';
import { m as modelBytes, c as checkModelled } from './pipeline-CJHnPppV.js';
import { createHash } from 'node:crypto';

// The cache's record codec: a file's model (or its fatal problem) as a compact string, and back.
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
/**
 * Content hash of a file's bytes. SHA-256, not SHA-1: a record stands for exactly these bytes (its
 * HMAC tag covers this hash), so two files must not be made to share one.
 */
function contentHash(bytes) {
    return createHash('sha256').update(bytes).digest('base64');
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

export { contentHash as c, runFileTask as r };
