import { d as decodePostmortem } from './decode-BatIPcMV.js';
import { m as modelBytes, c as checkModelled, f as failedOutcome } from './pipeline-D7DYxzb-.js';
import { a as buildPostmortem, b as buildIndexEntry, w as namesSection, D as DEFAULT_PARSE_OPTIONS, H as HEADER_LABELS, I as INCIDENT_KEYS } from './resolve-cfr8Br3c.js';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/**
 * What the corpus rules read of an entry other than the one they check: pattern-analysis groups
 * by `rootCauseCategory` / `services` / `tags` within a `date` window and names incidents by `id`,
 * `date` and `path`; duplicate-incident-id needs `id`, `path`, `title` and their lines. The header
 * gives all of them. A corpus rule that reads another field of context entries must add it here
 * (and the header must give it too, else `needsBody` must say so; the equality test tells).
 */
const CONTEXT_FIELDS = new Set([
    'path',
    'id',
    'title',
    'date',
    'services',
    'tags',
    'rootCauseCategory',
]);
const CONTEXT_LINES = new Set(['title', 'id']);
/** With `needsBody`: the texts pattern-analysis compares for similarity. */
const SIMILARITY_FIELDS = new Set([
    'problemStatement',
    'rootCause',
    'contributingFactors',
]);
let emptyEntry = null;
/** What an entry says of a document that says nothing: the value of every blanked field. */
function empty() {
    return (emptyEntry ??= buildIndexEntry(buildPostmortem('', '', DEFAULT_PARSE_OPTIONS)));
}
/** `entry` with every field but `kept` (and every line but CONTEXT_LINES) as in an empty document's. */
function blankedBut(entry, kept) {
    const blank = empty();
    const projected = {};
    for (const [field, value] of Object.entries(entry))
        projected[field] = kept(field) ? value : blank[field];
    projected.lines = Object.fromEntries(Object.entries(entry.lines).map(([field, line]) => [
        field,
        CONTEXT_LINES.has(field) ? line : blank.lines[field],
    ]));
    return projected;
}
/** A context file's entry as the corpus rules see it (see CONTEXT_FIELDS). */
function contextProjection(entry) {
    return blankedBut(entry, (field) => CONTEXT_FIELDS.has(field));
}
/**
 * pattern-analysis with `similarity.enabled` compares the root-cause texts of every postmortem:
 * those come from the body, so context files are then modelled whole (still without rules).
 */
function needsBody(config) {
    const rule = config.rules.find((candidate) => candidate.id === 'pattern-analysis');
    const similarity = rule?.options.similarity;
    return rule !== undefined && rule.severity !== 'off' && similarity?.enabled === true;
}
/** The similarity texts kept too, when `needsBody`: the entry as the rule reads it. */
function bodyProjection(entry) {
    return blankedBut(entry, (field) => CONTEXT_FIELDS.has(field) || SIMILARITY_FIELDS.has(field));
}
const ATX_HEADING = /^(#{1,6})(?:[ \t]|$)/;
/** An ATX heading indented 1–3 spaces: a section, or a list item's heading; which needs context. */
const INDENTED_HEADING = /^ {1,3}#{1,6}(?:[ \t]|$)/;
/** Could underline the line before it into a (setext) heading. */
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;
/** Inline markup that could make a heading's text differ from its line. */
const INLINE_MARKUP = /[*_`[\]<&\\!]/;
/** A heading line's text, without its marks. */
function headingTitle(line) {
    return line
        .replace(/^#{1,6}/, '')
        .replace(/[ \t]+#+[ \t]*$/, '')
        .trim();
}
/**
 * Whether a heading right under the `#` title surely opens the first section: it names one
 * (`## Summary`), so it is no subtitle, and has no markup this line-level look cannot see through.
 */
function surelyOpensSection(line, depth, previousDepth) {
    const title = headingTitle(line);
    return previousDepth === 1 && depth === 2 && !INLINE_MARKUP.test(title) && namesSection(title);
}
/**
 * The metadata keys a context entry depends on: those of CONTEXT_FIELDS, and the ones the
 * incident date is completed from (a start time; the incident fields that tell an incident's
 * date from a blog post's, INCIDENT_KEYS). A section named for another field (`## Impact`) gives
 * only that field's value, which no context entry reads.
 */
const ENTRY_METADATA_KEYS = new Set([
    'id',
    'title',
    'date',
    'services',
    'tags',
    'root_cause_category',
    ...INCIDENT_KEYS,
]);
/**
 * Whether the first block under this heading line may hold a field a context entry depends on
 * (`## Status` / `Complete`): its text names such a header label, or has markup this line-level
 * look cannot see through.
 */
function mayNameField(line) {
    const title = headingTitle(line);
    if (INLINE_MARKUP.test(title))
        return true;
    const key = HEADER_LABELS[title.replace(/[\s:]+$/, '').toLowerCase()];
    return key !== undefined && ENTRY_METADATA_KEYS.has(key);
}
/**
 * Whether a heading after the header can change the entry: a `#` heading may be the title, a
 * heading may be a field (`## Date: …`) or name one (`## Status`). Any other only ends the section
 * before it, and every line up to the next kept heading is emptied anyway: it is emptied too, so
 * that the parser reads less.
 */
function mattersAfterHeader(line, depth) {
    return depth === 1 || line.includes(':') || mayNameField(line);
}
const HTML_START = /^ {0,3}</;
/** YAML frontmatter as remark-frontmatter reads it: `---` lines at the very start and after. */
const FRONTMATTER_OPEN = /^---[ \t]*\n/;
const FRONTMATTER_CLOSE = /^---[ \t]*$/m;
function regionAt(line) {
    const fence = FENCE_OPEN.exec(line);
    if (fence) {
        const [, indent, marks, info] = fence;
        if (marks[0] === '`' && info.includes('`'))
            return null; // inline code, not a fence
        const close = new RegExp(`^ {0,3}${marks[0] === '`' ? '`' : '~'}{${marks.length},}[ \\t]*$`);
        return { closes: (candidate) => close.test(candidate), certain: indent === '' };
    }
    if (!HTML_START.test(line))
        return null;
    const html = line.trimStart();
    const until = (end) => ({
        closes: (candidate) => candidate.includes(end),
        certain: false,
    });
    if (html.startsWith('<!--'))
        return until('-->');
    const raw = /^<(script|pre|style|textarea)(?:[\s>]|$)/i.exec(html);
    if (raw)
        return until(`</${raw[1].toLowerCase()}>`);
    if (html.startsWith('<?'))
        return until('?>');
    if (html.startsWith('<![CDATA['))
        return until(']]>');
    if (html.startsWith('<!'))
        return until('>');
    // Block-level or lone tags: the block lasts to a blank line (and may be no block at all).
    return { closes: (candidate) => candidate.trim() === '', certain: false };
}
/**
 * The lines a slice keeps. A run of emptied lines is cut to one blank line: blank lines between
 * blocks mean the same however many there are, and the parser reads each one.
 */
class SliceLines {
    lines = [];
    /** `lineOf[i]`: the file's line of the slice's line `i + 1`, so `lineOf[0]` is unused. */
    lineOf = [0];
    keep(line, index) {
        this.lines.push(line);
        this.lineOf.push(index + 1);
    }
    empty(index) {
        const last = this.lines[this.lines.length - 1];
        if (last !== undefined && last.trim() === '')
            return;
        this.lines.push('');
        this.lineOf.push(index + 1);
    }
}
/**
 * What a context entry is built from: the file with only its header and its sections' headings
 * and first blocks left, every other line emptied (and runs of them cut to one), or null when the file
 * has something that could make that read differently from the whole file.
 *
 * Where the metadata can come from (model/metadata.ts): frontmatter, header lines and tables up to
 * the first section after the title and subtitle, the first block of that section, headings
 * written as fields (`## Date: …`), and the first block of sections named like a field
 * (`## Status` / `Complete`); the title is the first `#` heading anywhere. So the header is kept
 * whole up to the first `##` heading that follows text (a heading right after a heading may be a
 * subtitle), with that section's first block; after it, the headings that may be the title or a
 * field, and the first block under the headings that name a header label. Markdown blocks are read line by line and a heading at column 1 closes every open block, so
 * each kept run parses as in the whole file, provided that every line taken for a heading is one
 * and none is missed: the slicer gives up on headings indented 1–3 spaces, on possible setext
 * underlines (a `---` or `===` right under text), on heading-like lines inside HTML or a fence
 * that might belong to a list, and, when the kept text has a `[`, on a `]:` in the emptied text
 * (a link definition a kept link could use).
 */
function contextSlice(text) {
    const lines = text.split('\n');
    const kept = new SliceLines();
    let index = 0;
    if (text.startsWith('---')) {
        const open = FRONTMATTER_OPEN.exec(text);
        if (open === null)
            return null;
        const close = FRONTMATTER_CLOSE.exec(text.slice(open[0].length));
        if (close === null)
            return null;
        const closeLine = text.slice(0, open[0].length + close.index).split('\n').length - 1;
        for (; index <= closeLine; index++)
            kept.keep(lines[index], index);
    }
    /** `header`: kept whole; `first`: keeping a section's first block; `body`: emptying. */
    let mode = 'header';
    /** In the header: a block other than a heading or HTML since the last heading. */
    let afterText = false;
    /** In `first`: the block has begun. */
    let inBlock = false;
    /**
     * In `first`: whether the block is kept. Under a heading that names a field, always; the first
     * section's may hold header fields only as a table (`headerFieldLines`), so it is kept only when
     * it may be one.
     */
    let blockKept = true;
    let onlyTable = false;
    let headingDepth = 0;
    let region = null;
    let regionKept = false;
    /** An emptied line could be a link definition. */
    let definition = false;
    let previous = '';
    for (; index < lines.length; index++) {
        const line = lines[index];
        const heading = ATX_HEADING.exec(line);
        if (region !== null) {
            if (heading && !region.certain)
                return null;
            if (regionKept)
                kept.keep(line, index);
            else
                kept.empty(index);
            if (!regionKept && line.includes(']:'))
                definition = true;
            if (region.closes(line)) {
                region = null;
                if (mode === 'first')
                    mode = 'body';
            }
            previous = line;
            continue;
        }
        const blank = line.trim() === '';
        if (INDENTED_HEADING.test(line))
            return null;
        if (SETEXT_UNDERLINE.test(line) && previous.trim() !== '' && !ATX_HEADING.test(previous))
            return null;
        previous = line;
        if (heading) {
            // A heading right after the title (no text between) may be its subtitle: still header.
            // The first section's first block may hold header fields (a table), others' only when
            // the heading names a field.
            const inHeader = mode === 'header';
            const depth = heading[1].length;
            if (inHeader && depth >= 2 && (afterText || surelyOpensSection(line, depth, headingDepth))) {
                mode = 'first';
                onlyTable = !mayNameField(line);
            }
            else if (!inHeader) {
                mode = mayNameField(line) ? 'first' : 'body';
                onlyTable = false;
            }
            if (inHeader || mattersAfterHeader(line, depth))
                kept.keep(line, index);
            else
                kept.empty(index);
            headingDepth = depth;
            afterText = false;
            inBlock = false;
            continue;
        }
        if (mode === 'first' && !blank && !inBlock) {
            inBlock = true;
            // A table's first two lines (header and delimiter rows) have a `|` between them.
            blockKept = !onlyTable || line.includes('|') || (lines[index + 1] ?? '').includes('|');
        }
        else if (mode === 'first' && blank && inBlock)
            mode = 'body';
        const keep = mode === 'header' || (mode === 'first' && (!inBlock || blockKept));
        if (keep)
            kept.keep(line, index);
        else
            kept.empty(index);
        if (!keep && line.includes(']:'))
            definition = true;
        if (blank)
            continue;
        if (mode === 'header' && !HTML_START.test(line))
            afterText = true;
        const opened = regionAt(line);
        // An HTML block may end on its first line (`<!-- a comment -->`); a fence never does.
        if (opened !== null && (FENCE_OPEN.test(line) || !opened.closes(line))) {
            region = opened;
            regionKept = keep;
        }
    }
    if (mode === 'header')
        return null;
    const slice = kept.lines.join('\n');
    return definition && slice.includes('[') ? null : { text: slice, lineOf: kept.lineOf };
}
/** The entry's lines (CONTEXT_LINES; the others are blank) as lines of the file, not the slice. */
function fileLines(lines, slice) {
    const mapped = { ...lines };
    for (const field of CONTEXT_LINES) {
        const key = field;
        const line = mapped[key];
        if (line !== null)
            mapped[key] = slice.lineOf[line] ?? line;
    }
    return mapped;
}
/**
 * The index entry of a context file, projected to what corpus rules read of it: from
 * `contextSlice` when it gives one, else from the whole file. A file that cannot be decoded has no
 * entry, as when it is linted; one whose body the parser refuses (too deeply nested, over the time
 * budget) still has the entry of its header, where linting it would give none.
 */
function indexContext(path, bytes, config) {
    const whole = needsBody(config);
    if (!whole) {
        const decoded = decodePostmortem(bytes);
        if (!decoded.ok)
            return decoded;
        const slice = contextSlice(decoded.text);
        if (slice !== null) {
            try {
                const model = buildPostmortem(path, slice.text, config.parse);
                const entry = contextProjection(buildIndexEntry(model));
                return { ok: true, entry: { ...entry, lines: fileLines(entry.lines, slice) } };
            }
            catch {
                // The whole file decides below, with the error it gives.
            }
        }
    }
    const modelled = modelBytes(path, bytes, config);
    if (!modelled.ok)
        return modelled;
    const entry = buildIndexEntry(modelled.model);
    return { ok: true, entry: whole ? bodyProjection(entry) : contextProjection(entry) };
}

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
    if (!('model' in stored) && !('problem' in stored))
        throw new Error('not a model record');
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
    const model = { ...stored.model, path, prose };
    // The primary timeline is the first of `timelines`, the same object (rules tell it by identity),
    // which JSON stores twice: link it again.
    if (model.timeline !== null && model.timelines.length > 0)
        model.timeline = model.timelines[0];
    return { ok: true, model };
}
/** Serialises what `indexContext` produced for a context file. */
function encodeContextRecord(indexed) {
    if (!indexed.ok)
        return encodeRecord(indexed);
    return asciiJson({ context: indexed.entry });
}
/** The inverse of `encodeContextRecord`; throws on a record of another kind. */
function decodeContextRecord(record, path) {
    const stored = JSON.parse(record);
    if ('context' in stored)
        return { ok: true, entry: { ...stored.context, path } };
    if (!('problem' in stored))
        throw new Error('not a context record');
    const unpacked = { problem: stored.problem };
    unpackPoints(unpacked);
    return { ok: false, problem: unpacked.problem };
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
/** A context file's outcome: its projected entry and no findings (they are never reported). */
function contextOutcome(path, indexed) {
    return indexed.ok
        ? { path, diagnostics: [], entry: indexed.entry, controls: [] }
        : failedOutcome(path, indexed.problem);
}
/** The per-file pipeline on a task: bytes (or a cached model) in, findings and index entry out. */
function runFileTask(task, config, now, recordWanted, registry) {
    if (task.kind === 'context') {
        const indexed = indexContext(task.path, task.bytes, config);
        return {
            index: task.index,
            outcome: contextOutcome(task.path, indexed),
            record: recordWanted ? encodeContextRecord(indexed) : null,
        };
    }
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

const CLOCK_TASK = 0;
const CLOCK_SINCE = 1;
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
/**
 * Young-generation cap per worker when several run: each one's young generation is garbage it
 * makes per file, and V8's default lets every worker keep ~48 MB of it. Measured with `npm run
 * bench` (2,000 files, 2 workers, runs alternating with and without the cap): full lint 272–280 →
 * 230–234 MiB peak RSS, PR check 229–233 → 197–199 MiB; the price is more scavenges, 15–30% more
 * CPU in the full lint (26.8–31.6 s → 35.2–45.1 s wall on a busy 2-core machine) and ~0.5 s in the
 * PR check. One worker keeps the default.
 */
const POOLED_YOUNG_SPACE_MB = 24;
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
 * Up to `size` worker threads that take tasks in batches. `submit` waits while every worker already
 * has its batches queued, so the caller reads files only as fast as they are linted (bounded
 * memory). A worker that dies loses nothing: its unanswered tasks run in-process. A worker whose
 * task runs over the budget is stopped and replaced: that task gets `overBudget`, the others of its
 * batches go to the next worker.
 */
class WorkerPool {
    options;
    workers = [];
    /** Workers that may still be started: `size`, less those started, plus those stopped for time. */
    slots;
    batch = [];
    /** Full batches waiting for a worker. */
    backlog = [];
    nextId = 0;
    closing = false;
    waiters = [];
    epoch = Date.now();
    watchdog = null;
    constructor(options) {
        this.options = options;
        this.slots = options.size;
        // A run that lints starts its first worker now, so that the thread's start-up and warm-up
        // overlap the main thread's reading of the cache and the files.
        if (options.init.lints)
            this.start();
        if (options.budgetMs > 0) {
            // Checked a few times per budget: a task over it is stopped within a quarter of it.
            const period = Math.min(250, Math.max(10, options.budgetMs / 4));
            this.watchdog = setInterval(() => this.checkDeadlines(), period);
            this.watchdog.unref();
        }
    }
    start() {
        const { onResult, runHere } = this.options;
        const clock = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
        // One worker warms up: the files to lint come first, so it takes them (a pull request's one
        // changed file); the others only index context and never need the rules' models.
        const warmUp = this.options.init.lints && this.workers.length === 0;
        const workerData = { ...this.options.init, warmUp, clock, epoch: this.epoch };
        const worker = {
            thread: new Worker(this.options.workerUrl, {
                workerData,
                resourceLimits: {
                    maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB,
                    ...(this.options.size > 1 ? { maxYoungGenerationSizeMb: POOLED_YOUNG_SPACE_MB } : {}),
                },
            }),
            pending: new Map(),
            alive: true,
            clock: new Int32Array(clock),
        };
        this.slots--;
        this.workers.push(worker);
        worker.thread.on('message', (done) => {
            // A worker stopped for time may still deliver: its tasks were settled already.
            if (!worker.alive)
                return;
            worker.pending.delete(done.id);
            for (const result of done.results)
                onResult(result);
            this.pump();
        });
        // The 'exit' that always follows an error does the recovery; without a listener the error
        // would be thrown in the main thread.
        worker.thread.on('error', () => undefined);
        worker.thread.on('exit', () => {
            if (!worker.alive)
                return; // Stopped for time: settled in `stop`.
            worker.alive = false;
            if (!this.closing) {
                for (const batch of worker.pending.values())
                    for (const task of batch)
                        onResult(runHere(task));
            }
            worker.pending.clear();
            this.pump();
        });
        return worker;
    }
    /** Stops every worker whose current task started more than the budget ago. */
    checkDeadlines() {
        const elapsed = Date.now() - this.epoch;
        for (const worker of this.workers) {
            if (!worker.alive || worker.pending.size === 0)
                continue;
            const running = Atomics.load(worker.clock, CLOCK_TASK);
            if (running === 0)
                continue;
            if (elapsed - Atomics.load(worker.clock, CLOCK_SINCE) > this.options.budgetMs)
                this.stop(worker, running - 1);
        }
    }
    /** Terminates a worker stuck on task `index`; its other tasks are queued again, first. */
    stop(worker, index) {
        worker.alive = false;
        void worker.thread.terminate();
        const batches = [...worker.pending.values()];
        worker.pending.clear();
        this.slots++;
        const again = [];
        for (const task of batches.flat()) {
            if (task.index === index)
                this.options.onResult(this.options.overBudget(task));
            else
                again.push(task);
        }
        for (let i = 0; i < again.length; i += BATCH_SIZE)
            this.backlog.unshift(again.slice(i, i + BATCH_SIZE));
        this.pump();
    }
    /** Hands waiting batches to workers with room, starting workers while there are slots. */
    pump() {
        while (this.backlog.length > 0) {
            const alive = this.workers.filter((worker) => worker.alive);
            let idlest = alive.reduce((best, worker) => best === null || worker.pending.size < best.pending.size ? worker : best, null);
            if ((idlest === null || idlest.pending.size > 0) && this.slots > 0 && !this.closing)
                idlest = this.start();
            if (idlest === null) {
                // No worker can be had (they died at start-up): the main thread does the rest.
                for (const task of this.backlog.splice(0).flat())
                    this.options.onResult(this.options.runHere(task));
                break;
            }
            if (idlest.pending.size >= BATCHES_PER_WORKER)
                break;
            const batch = this.backlog.shift();
            const id = this.nextId++;
            idlest.pending.set(id, batch);
            idlest.thread.postMessage({ id, tasks: batch });
        }
        const waiting = this.waiters;
        this.waiters = [];
        for (const wake of waiting)
            wake();
    }
    changed() {
        return new Promise((resolve) => this.waiters.push(resolve));
    }
    async submit(task) {
        this.batch.push(task);
        if (this.batch.length < BATCH_SIZE)
            return;
        this.backlog.push(this.batch);
        this.batch = [];
        this.pump();
        while (this.backlog.length > 0)
            await this.changed();
    }
    /** Sends the last partial batch and waits for every result. */
    async finish() {
        if (this.batch.length > 0)
            this.backlog.push(this.batch.splice(0));
        this.pump();
        while (this.backlog.length > 0 ||
            this.workers.some((worker) => worker.alive && worker.pending.size > 0))
            await this.changed();
    }
    async close() {
        this.closing = true;
        if (this.watchdog !== null)
            clearInterval(this.watchdog);
        await Promise.all(this.workers.map((worker) => worker.thread.terminate()));
    }
}

export { CLOCK_SINCE as C, WorkerPool as W, CLOCK_TASK as a, contextOutcome as b, contentHash as c, decodeContextRecord as d, findWorkerUrl as f, runFileTask as r };
