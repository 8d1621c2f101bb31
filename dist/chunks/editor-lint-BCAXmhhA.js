import { resolve, dirname, relative, sep } from 'node:path';
import { l as loadConfig, p as picomatch } from './index-Cgj-hIvX.js';
import { e as readInstant, R as RULES, f as enabledRules, g as createPointAt, h as allMatches } from './resolve-cfr8Br3c.js';
import { m as modelBytes, c as checkModelled, a as compareDiagnostics, i as isSilenced } from './pipeline-D7DYxzb-.js';
import { d as decodePostmortem } from './decode-BatIPcMV.js';
import { B as BUILTIN_TEMPLATE, f as findTemplate, a as applyEdits } from './edits-vrcRL61i.js';

/**
 * What the editor faces share (the remark plugin behind vscode-remark, the markdownlint custom
 * rules behind vscode-markdownlint and markdownlint-cli2): one file's findings, as the CLI reports
 * them, each with the quick fix that resolves it when `--fix` or the rule knows one.
 */
const NAME = 'postmortem-lint';
/** The `now` option as a date (the clock when absent); throws on a value that is not a date. */
function referenceDate(now, face) {
    if (now === undefined)
        return new Date();
    const date = now instanceof Date ? now : readInstant(String(now));
    if (date === null || Number.isNaN(date.getTime()))
        throw new Error(`${NAME}/${face}: option "now" is not a date: ${String(now)}`);
    return date;
}
const selectors = new WeakMap();
/** Whether the configuration lints this file (its `files` globs, minus `ignores`), as the CLI does. */
function isPostmortem(config, path) {
    const relativePath = relative(config.baseDir, path).split(sep).join('/');
    if (relativePath.startsWith('../'))
        return false;
    let selects = selectors.get(config);
    if (selects === undefined) {
        const included = picomatch(config.files, { dot: true });
        const ignored = picomatch(config.ignores, { dot: true });
        selects = (candidate) => included(candidate) && !ignored(candidate);
        selectors.set(config, selects);
    }
    return selects(relativePath);
}
/** Every `--fix` edit of one file, with the rule it comes from (`computeFixes`, rule by rule). */
function ruleEdits(model, text, config, template, registry) {
    const byId = new Map(registry.map((rule) => [rule.meta.id, rule]));
    return enabledRules(config, model.severity?.level ?? null).flatMap(({ id, options }) => {
        const rule = byId.get(id);
        if (rule?.scope !== 'file' || !rule.fixes)
            return [];
        try {
            const edits = rule.fixes({ model, text, options, parse: config.parse, template });
            return edits.map((edit) => ({ ruleId: id, edit }));
        }
        catch {
            // A fix that throws is a bug the CLI's --fix reports; the editor still shows the findings.
            return [];
        }
    });
}
/** Offset of a 1-based line and column in `text`, for each line start. */
function offsetAt(lineStarts, textLength, point) {
    const start = lineStarts[Math.min(point.line, lineStarts.length) - 1] ?? 0;
    return Math.min(start + point.column - 1, textLength);
}
function lineStartsOf(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
const quoted = (text) => {
    const line = text.replace(/\s+/g, ' ').trim();
    return `"${line.length > 40 ? `${line.slice(0, 39)}…` : line}"`;
};
/** What an `info` message says about a fix that no finding reports. */
function fixMessage(text, edit) {
    if (edit.start === edit.end) {
        // The sections inserted: the outermost headings (not a section's own sub-headings).
        const found = allMatches(/^(#{1,6})[ \t]+(.+?)[ \t]*$/gm, edit.text);
        const depth = Math.min(...found.map((m) => m[1].length));
        const headings = found.filter((m) => m[1].length === depth).map((m) => m[2]);
        if (headings.length === 0)
            return 'postmortem-lint --fix inserts text here.';
        const list = headings.map((heading) => `"${heading}"`).join(', ');
        return headings.length === 1
            ? `The missing section ${list} goes here: the quick fix inserts it from the template, as --fix does.`
            : `The missing sections ${list} go here: the quick fix inserts them from the template, as --fix does.`;
    }
    const before = text.slice(edit.start, edit.end);
    return `${quoted(before)} is written ${quoted(edit.text)}: the quick fix rewrites it, as --fix does.`;
}
/**
 * Whether a finding's range holds an edit, so replacing the range resolves it. An insertion at a
 * finding's edge (a section inserted before an empty section's heading) is not part of it.
 */
function contains(finding, edit) {
    if (edit.start < edit.end)
        return finding.start <= edit.start && edit.end <= finding.end;
    return finding.start === finding.end
        ? edit.start === finding.start
        : finding.start < edit.start && edit.start < finding.end;
}
/**
 * Attaches each fix to the finding it resolves: a finding of the same rule whose range contains
 * the edit (its quick fix then replaces the finding's range, so the range stays the CLI's). A fix
 * no finding contains becomes an `info` message at the edit, unless inline controls silence the
 * rule there; an insertion (missing sections) only while its rule still reports the file.
 */
function withFixes(diagnostics, model, text, edits) {
    const lineStarts = lineStartsOf(text);
    const offset = (line, column) => offsetAt(lineStarts, text.length, { line, column });
    const located = diagnostics.map((diagnostic) => {
        const start = offset(diagnostic.line, diagnostic.column);
        const end = Math.max(start, offset(diagnostic.endLine, diagnostic.endColumn));
        const own = diagnostic.replacement !== undefined && end > start
            ? [{ start, end, text: diagnostic.replacement }]
            : [];
        return { diagnostic, start, end, edits: own, reworded: own.length > 0 };
    });
    // File-level findings (missing sections, missing metadata) sit at the title or the body's start.
    const fileStart = model.title?.span.start ?? model.bodyStart;
    const reportsFile = (ruleId) => diagnostics.some((d) => d.ruleId === ruleId && d.line === fileStart.line && d.column === fileStart.column);
    const pointAt = createPointAt(text);
    const point = (at) => {
        const { line, column } = pointAt(at);
        return { line, column };
    };
    const orphans = [];
    const insertions = [];
    for (const { ruleId, edit } of edits) {
        const owners = located.filter((candidate) => candidate.diagnostic.ruleId === ruleId && contains(candidate, edit));
        for (const owner of owners)
            owner.edits.push(edit);
        if (owners.length > 0)
            continue;
        const start = point(edit.start);
        if (isSilenced(model.controls, ruleId, start.line))
            continue;
        if (edit.start === edit.end) {
            if (!reportsFile(ruleId))
                continue;
            insertions.push({ ruleId, edit });
        }
        orphans.push({
            ruleId,
            severity: 'info',
            message: fixMessage(text, edit),
            start,
            end: point(edit.end),
            expected: edit.text,
            actual: text.slice(edit.start, edit.end),
            edits: [edit],
            mechanical: true,
        });
    }
    const findings = located.map(({ diagnostic, start, end, edits: own, reworded }) => {
        const message = {
            ruleId: diagnostic.ruleId,
            severity: diagnostic.severity,
            message: diagnostic.message,
            start: { line: diagnostic.line, column: diagnostic.column },
            end: { line: diagnostic.endLine, column: diagnostic.endColumn },
        };
        if (diagnostic.suggestion !== undefined)
            message.suggestion = diagnostic.suggestion;
        const fileLevel = diagnostic.line === fileStart.line && diagnostic.column === fileStart.column
            ? insertions.filter((insertion) => insertion.ruleId === diagnostic.ruleId)
            : [];
        if (fileLevel.length > 0)
            message.insertions = fileLevel.map((insertion) => insertion.edit);
        if (own.length > 0) {
            const shifted = own.map((edit) => ({
                ...edit,
                start: edit.start - start,
                end: edit.end - start,
            }));
            message.actual = text.slice(start, end);
            message.expected = applyEdits(message.actual, shifted);
            message.edits = own;
            message.mechanical = !reworded;
        }
        return message;
    });
    return [...findings, ...orphans].sort(compareMessages);
}
/** The CLI's order (`compareDiagnostics`), a fix-only message after the findings at its place. */
const SEVERITY_ORDER = { error: 0, warning: 0, info: 1 };
function compareMessages(a, b) {
    return (a.start.line - b.start.line ||
        a.start.column - b.start.column ||
        a.ruleId.localeCompare(b.ruleId) ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        a.message.localeCompare(b.message));
}
function plainMessages(diagnostics) {
    return [...diagnostics].sort(compareDiagnostics).map((diagnostic) => {
        const message = {
            ruleId: diagnostic.ruleId,
            severity: diagnostic.severity,
            message: diagnostic.message,
            start: { line: diagnostic.line, column: diagnostic.column },
            end: { line: diagnostic.endLine, column: diagnostic.endColumn },
        };
        if (diagnostic.suggestion !== undefined)
            message.suggestion = diagnostic.suggestion;
        return message;
    });
}
/**
 * A linter for one editor session or one run of an editor face: configurations (by folder) and
 * templates (by folder) are read once per linter, so a long-lived host should make a new one per
 * run to see edited configuration files.
 */
function createEditorLinter(options, face) {
    const now = referenceDate(options.now, face);
    const rules = options.rules ?? RULES;
    const configs = new Map();
    const templates = new Map();
    function configFor(searchFrom, cwd) {
        let config = configs.get(searchFrom);
        if (config === undefined) {
            config = loadConfig({ configPath: options.config, searchFrom, cwd });
            configs.set(searchFrom, config);
        }
        return config;
    }
    function templateFor(dir) {
        if (dir === null)
            return Promise.resolve(BUILTIN_TEMPLATE);
        let template = templates.get(dir);
        if (template === undefined) {
            // An unreadable TEMPLATE.md is --fix's to report; the editor falls back to the built-in one.
            template = findTemplate(dir).then((found) => found.text, () => BUILTIN_TEMPLATE);
            templates.set(dir, template);
        }
        return template;
    }
    return {
        async lint(file) {
            const path = file.path ? resolve(file.cwd, file.path) : null;
            const config = await configFor(path ? dirname(path) : file.cwd, file.cwd);
            if (path !== null && !isPostmortem(config, path))
                return null;
            const shown = file.path || 'stdin.md';
            const bytes = typeof file.value === 'string' ? new TextEncoder().encode(file.value) : file.value;
            const modelled = modelBytes(shown, bytes, config);
            const outcome = checkModelled(shown, modelled, config, now, rules);
            const decoded = decodePostmortem(bytes);
            if (!modelled.ok || !decoded.ok)
                return {
                    text: decoded.ok ? decoded.text : null,
                    messages: plainMessages(outcome.diagnostics),
                };
            const template = await templateFor(path ? dirname(path) : null);
            const edits = ruleEdits(modelled.model, decoded.text, config, template, rules);
            return {
                text: decoded.text,
                messages: withFixes(outcome.diagnostics, modelled.model, decoded.text, edits),
            };
        },
    };
}

export { createEditorLinter as c, referenceDate as r };
