import { dirname, join, basename, resolve, relative, isAbsolute } from 'node:path';
import { x as DEFAULT_MAX_FILE_SIZE } from './resolve-cfr8Br3c.js';
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, link, rename, writeFile, unlink, realpath } from 'node:fs/promises';
import { d as decodePostmortem } from './decode-BatIPcMV.js';

/**
 * Reading and writing the files `--fix` and `new` touch, safely: reads are bounded by the size
 * limit, writes go to a temporary file in the same folder that is then renamed over (or linked to)
 * the target, so a crash leaves the old bytes or the new ones, never a truncated file. A write is
 * refused when the target is a symbolic link, not a regular file, or outside the configuration's
 * root.
 */
/** A write (or read for writing) refused for safety: the file is left as it is. */
class UnsafeWriteError extends Error {
    path;
    constructor(path, reason) {
        super(`${path} ${reason}`);
        this.path = path;
        this.name = 'UnsafeWriteError';
    }
}
/** Whether `path` (already resolved through symlinks) is `root` or inside it. */
function isInside(path, root) {
    const rel = relative(root, path);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
/**
 * The real path of `dir` (every symlink resolved), after checking it lies inside the real path of
 * `root`. A folder that does not exist yet is judged by its nearest existing ancestor, so that
 * `mkdir` never creates folders outside the root either.
 */
async function realDirInside(dir, root, named = dir) {
    const realRoot = await realpath(resolve(root));
    let existing = resolve(dir);
    const missing = [];
    for (;;) {
        try {
            const real = join(await realpath(existing), ...missing);
            if (!isInside(real, realRoot))
                throw new UnsafeWriteError(named, `${named === dir ? 'resolves to' : 'is in'} ${real}, outside the configuration's root (${realRoot})`);
            return real;
        }
        catch (error) {
            if (error.code !== 'ENOENT')
                throw error;
            const parent = dirname(existing);
            if (parent === existing)
                throw error;
            missing.unshift(basename(existing));
            existing = parent;
        }
    }
}
const DEFAULT_OPS = { rename, link };
/**
 * Checks that `path` may be written: its folder resolves inside `root`, and it is not a symbolic
 * link; for `replace`, it is an existing regular file (its mode is returned); for `create`, nothing
 * is there. Returns the target's real path (its folder resolved) and the mode to write with.
 */
async function checkTarget(path, root, mode = 'replace') {
    const dir = await realDirInside(dirname(path), root, path);
    const target = join(dir, basename(path));
    let stats;
    try {
        stats = await lstat(target);
    }
    catch (error) {
        if (error.code === 'ENOENT' && mode === 'create')
            return { target, fileMode: undefined };
        throw error;
    }
    if (stats.isSymbolicLink())
        throw new UnsafeWriteError(path, 'is a symbolic link');
    if (mode === 'create') {
        const error = new Error(`${path} already exists`);
        error.code = 'EEXIST';
        throw error;
    }
    if (!stats.isFile())
        throw new UnsafeWriteError(path, 'is not a regular file');
    return { target, fileMode: stats.mode & 0o7777 };
}
/**
 * Writes `bytes` to `path` atomically: a temporary file beside it (unique name, `wx`, the
 * original's mode), flushed to disk, then renamed over the target (`replace`) or hard-linked to
 * it (`create`, which fails with `EEXIST` rather than overwrite). On any error the temporary file
 * is removed and the target is as it was. Throws `UnsafeWriteError` for a refused target.
 */
async function safeWrite(path, bytes, options) {
    const mode = options.mode ?? 'replace';
    const ops = { ...DEFAULT_OPS, ...options.ops };
    const { target, fileMode } = await checkTarget(path, options.root, mode);
    const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    const handle = await open(temp, 'wx', fileMode ?? 0o666);
    let renamed = false;
    try {
        try {
            // The umask applied at creation: give a replaced file exactly its old mode back.
            if (fileMode !== undefined)
                await handle.chmod(fileMode);
            await handle.writeFile(bytes);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        if (mode === 'replace') {
            await ops.rename(temp, target);
            renamed = true;
            return;
        }
        try {
            await ops.link(temp, target);
        }
        catch (error) {
            const code = error.code;
            // A file system without hard links: create in place, still never overwriting.
            if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP')
                throw error;
            await writeFile(target, bytes, { flag: 'wx' });
        }
    }
    finally {
        if (!renamed)
            await unlink(temp).catch(() => undefined);
    }
}
/**
 * Reads a regular file without ever holding more than `limit` bytes: its size is checked on the
 * open descriptor first. `noFollow` refuses a symbolic link (for a file about to be rewritten).
 * Returns the bytes, or the size of a file over the limit. Throws for anything but a regular file.
 */
async function readBounded(path, limit, noFollow = false) {
    // O_NONBLOCK: opening a FIFO must not hang; it has no effect on regular files.
    const flags = constants.O_RDONLY | constants.O_NONBLOCK | (noFollow ? constants.O_NOFOLLOW : 0);
    let handle;
    try {
        handle = await open(path, flags);
    }
    catch (error) {
        if (noFollow && error.code === 'ELOOP')
            throw new UnsafeWriteError(path, 'is a symbolic link');
        throw error;
    }
    try {
        const stats = await handle.stat();
        if (!stats.isFile())
            throw new UnsafeWriteError(path, 'is not a regular file');
        if (stats.size > limit)
            return { size: stats.size };
        const bytes = new Uint8Array(stats.size);
        let read = 0;
        while (read < bytes.length) {
            const { bytesRead } = await handle.read(bytes, read, bytes.length - read, read);
            if (bytesRead === 0)
                break;
            read += bytesRead;
        }
        return { bytes: bytes.subarray(0, read) };
    }
    finally {
        await handle.close();
    }
}

// Generated from examples/template-repo/postmortems/TEMPLATE.md by `npm run samples`: do not edit.
// The built-in template of `postmortem-lint new`, shipped inside the bundle as a string.
const BUILTIN_TEMPLATE = `---
# Start a new postmortem with \`npx postmortem-lint new --title "..." --severity SEV-2\`:
# it copies this file and fills id, title, date, severity and the follow-up meeting deadline.
# Every [Bracketed Text], YYYY-MM-DD, HH:MM and TBD is a placeholder: the linter reports each one
# (rule no-placeholders) until you replace it.
id: INC-YYYY-MMDD-NNN
title: '[Incident Title]'
date: YYYY-MM-DD
severity: SEV-2
duration: '[Duration, e.g. 1 hour 20 minutes]'
status: Draft
author: '[@author-handle]'
reviewers: ['[@reviewer-handle]']
services: ['[Affected Service]']
root_cause_category: '[Root Cause Category, e.g. config-change]'
---

# [Incident Title]

## Executive Summary

<!-- Two or three sentences: what happened, who was affected and for how long, how it ended.
     Describe systems and decisions, never a person's mistake. -->

[What happened, the impact in one number, and how service was restored.]

## Impact

<!-- Measured facts. Write "unknown" rather than guess, and say where a number comes from. -->

| Metric              | Value                                   |
| ------------------- | --------------------------------------- |
| Duration            | [Duration]                              |
| Users affected      | [Number or share of users]              |
| Requests failed     | [Count, from which dashboard]           |
| Revenue impact      | [Estimate, or "none known"]             |
| SLA/SLO breach      | [Which objective, by how much]          |
| Customer complaints | [Support tickets, status page comments] |

## Timeline

All times in UTC.

<!-- SEV-1: an entry at least every 30 minutes, to the minute. SEV-2: at least hourly.
     Mark the start and the end with INCIDENT START and INCIDENT RESOLVED. Add rows for detection,
     escalation, each mitigation attempt, the fix and recovery. -->

| Time  | Event                                                 |
| ----- | ----------------------------------------------------- |
| HH:MM | INCIDENT START - [First user-visible symptom]         |
| HH:MM | [Alert or report that detected it, and who was paged] |
| HH:MM | [Escalation, incident channel opened]                 |
| HH:MM | [Mitigation attempt and its result]                   |
| HH:MM | INCIDENT RESOLVED - [How you confirmed full recovery] |

## Root Cause Analysis (5-Whys)

<!-- Start from the symptom and ask "why" until you reach a condition of the system or the process
     that, once changed, prevents the whole class of failure. A root cause is never a person. -->

### Problem Statement

[One sentence: the symptom users saw.]

### 5-Whys Analysis

1. **Why did [Symptom] happen?**
   - [Because ...]

2. **Why did [Previous Answer] happen?**
   - [Because ...]

3. **Why did [Previous Answer] happen?**
   - [Because ...]

4. **Why did [Previous Answer] happen?**
   - [Because ...]

5. **Why did [Previous Answer] happen?**
   - [Because ...]

### Root Cause

[The systemic condition the fifth answer points to.]

## Contributing Factors

<!-- Conditions that made the incident likelier, longer or wider: gaps in tests, alerts, runbooks,
     capacity, deploy practice. -->

1. [Contributing Factor]
2. [Contributing Factor]

## What Went Well

<!-- Parts of the response, tooling or design that limited the damage and are worth keeping. -->

1. [Something worth keeping]

## What Went Wrong

<!-- Parts of the response, tooling or design that made the incident worse or longer. -->

1. [Something that made it worse or longer]

## Action Items

<!-- One row per change. Every item needs an owner (a handle or a team), a deadline (YYYY-MM-DD)
     and a status: To Do, In Progress, Scheduled, Blocked, Done or Won't Do.
     Link the tracking ticket in the action text. -->

| ID     | Action                              | Owner           | Deadline   | Status |
| ------ | ----------------------------------- | --------------- | ---------- | ------ |
| AI-001 | [Change that prevents a recurrence] | [@owner-handle] | YYYY-MM-DD | To Do  |
| AI-002 | [Change that detects it sooner]     | [@owner-handle] | YYYY-MM-DD | To Do  |

## Lessons Learned

<!-- What the organisation now knows, beyond this one fix. -->

1. [What the organisation learned, in a sentence someone outside the team understands]

## Pattern Analysis

<!-- Search earlier postmortems for the same root_cause_category or service (the trend report
     lists them). Cite their incident ids. If this is the first of its kind, say so. -->

[Earlier incidents with the same cause, by incident id, or "No earlier incident with this cause."]

**Recommendation:** [What the pattern asks of the organisation]

## Appendix

<!-- Logs, graphs, queries, links to dashboards. Redact personal data and secrets. -->

[Links to dashboards, logs and the incident channel]

## Sign-Off

| Role     | Name               | Date       |
| -------- | ------------------ | ---------- |
| Author   | [@author-handle]   | YYYY-MM-DD |
| Reviewed | [@reviewer-handle] | YYYY-MM-DD |
| Approved | [@approver-handle] | YYYY-MM-DD |

<!-- Once it is shared and reviewed, write who received it, and the date of the review meeting. -->

**Distribution:** not yet shared — send to Engineering, Product, Executive Leadership
**Follow-Up Meeting:** not yet held — due by YYYY-MM-DD
`;

const TEMPLATE_FILE_NAME = 'TEMPLATE.md';
/**
 * The repository's `TEMPLATE.md` in `dir` when there is one, else the built-in template. The file
 * is read with the size limit (`maxFileSize`): one over it is never read into memory, and the
 * built-in template is used instead, with a warning.
 */
async function findTemplate(dir, maxFileSize = DEFAULT_MAX_FILE_SIZE) {
    const path = join(dir, TEMPLATE_FILE_NAME);
    let read;
    try {
        read = await readBounded(path, maxFileSize);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { text: BUILTIN_TEMPLATE, path: null };
        if (error instanceof UnsafeWriteError)
            return {
                text: BUILTIN_TEMPLATE,
                path: null,
                warning: `${path} is not a regular file: the built-in template is used instead.`,
            };
        throw error;
    }
    if ('size' in read)
        return {
            text: BUILTIN_TEMPLATE,
            path: null,
            warning: `${path} is ${read.size} bytes, over the ${maxFileSize}-byte limit (maxFileSize): not read, the built-in template is used instead.`,
        };
    const decoded = decodePostmortem(read.bytes);
    if (!decoded.ok)
        throw new Error(`${path}: ${decoded.problem.message}`);
    return { text: decoded.text, path };
}

/** Edits sorted front to back; an edit overlapping an earlier one is dropped (first wins). */
function orderedEdits(edits) {
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const kept = [];
    for (const edit of sorted) {
        const last = kept[kept.length - 1];
        if (last && (edit.start < last.end || (edit.start === last.start && edit.end === last.end)))
            continue;
        kept.push(edit);
    }
    return kept;
}
/** Applies edits to the parsed text (LF, no BOM), back to front so offsets stay valid. */
function applyEdits(text, edits) {
    let result = text;
    for (const edit of orderedEdits(edits).reverse()) {
        result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    }
    return result;
}
/**
 * Offsets of the raw text (BOM kept, CR kept) for each offset of the parsed text, plus one for
 * the end. `\r\n` is one parsed character spanning two raw ones; a lone `\r` is one for one.
 */
function rawOffsets(raw) {
    const offsets = [];
    let i = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (i < raw.length) {
        offsets.push(i);
        i += raw.charCodeAt(i) === 13 && raw.charCodeAt(i + 1) === 10 ? 2 : 1;
    }
    offsets.push(raw.length);
    return offsets;
}
/**
 * Applies edits (offsets of the parsed text) to the file's original bytes. Inserted line breaks
 * follow the file's convention (CRLF when the file uses CRLF). The bytes must be valid UTF-8, as
 * they are for any file the linter could model.
 */
function applyEditsToBytes(bytes, edits) {
    if (edits.length === 0)
        return bytes;
    const raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    const map = rawOffsets(raw);
    const newline = raw.includes('\r\n') ? '\r\n' : '\n';
    let result = raw;
    for (const edit of orderedEdits(edits).reverse()) {
        const start = map[edit.start];
        const end = map[edit.end];
        result = result.slice(0, start) + edit.text.replace(/\n/g, newline) + result.slice(end);
    }
    return new TextEncoder().encode(result);
}

export { BUILTIN_TEMPLATE as B, TEMPLATE_FILE_NAME as T, UnsafeWriteError as U, applyEdits as a, readBounded as b, applyEditsToBytes as c, checkTarget as d, findTemplate as f, realDirInside as r, safeWrite as s };
