import { openSync, fstatSync, readSync, closeSync } from 'node:fs';
import { v as editDistance, R as RULES, a as buildPostmortem, b as buildIndexEntry, f as enabledRules } from './resolve-cfr8Br3c.js';
import { t as tooLargeProblem, d as decodePostmortem, i as invalidFile } from './decode-BatIPcMV.js';

function diagnosticAt(ruleId, severity, message, span, suggestion) {
    const diagnostic = {
        ruleId,
        severity,
        message,
        line: span.start.line,
        column: span.start.column,
        endLine: span.end.line,
        endColumn: span.end.column,
    };
    if (suggestion !== undefined)
        diagnostic.suggestion = suggestion;
    return diagnostic;
}
function problemDiagnostic(problem) {
    const diagnostic = diagnosticAt(problem.ruleId, 'error', problem.message, problem.span);
    if (problem.fatal)
        diagnostic.fatal = true;
    return diagnostic;
}
/** Orders findings as an editor lists them: by line, then column, then rule id. */
function compareDiagnostics(a, b) {
    return (a.line - b.line ||
        a.column - b.column ||
        a.ruleId.localeCompare(b.ruleId) ||
        a.message.localeCompare(b.message));
}
function fileResult(filePath, diagnostics) {
    const sorted = [...diagnostics].sort(compareDiagnostics);
    const errorCount = sorted.filter((d) => d.severity === 'error').length;
    return { filePath, diagnostics: sorted, errorCount, warningCount: sorted.length - errorCount };
}

/**
 * Whether `<!-- postmortem-lint-disable … -->` comments silence `ruleId` at `line` (markdownlint's
 * semantics: disable/enable apply from their line on, disable-next-line to the following line).
 */
function isSilenced(controls, ruleId, line) {
    let silenced = false;
    for (const control of controls) {
        const applies = control.rules.length === 0 || control.rules.includes(ruleId);
        if (!applies)
            continue;
        if (control.kind === 'disable-next-line') {
            if (control.line + 1 === line)
                return true;
        }
        else if (control.line <= line) {
            silenced = control.kind === 'disable';
        }
    }
    return silenced;
}
function closestId(id, known) {
    let best = null;
    for (const candidate of known) {
        const distance = editDistance(id.toLowerCase(), candidate);
        if (distance <= 3 && (best === null || distance < best.distance))
            best = { candidate, distance };
    }
    return best?.candidate ?? null;
}
/**
 * The ids inline controls name that are not in `known` (as ESLint reports a directive naming an
 * unknown rule; markdownlint ignores such names silently): a typo in `disable` silences nothing,
 * one in `enable` leaves the rule off for the rest of the file.
 */
function unknownControlRules(controls, known) {
    return controls.flatMap((control) => [...new Set(control.rules)]
        .filter((id) => !known.has(id))
        .map((id) => ({ control, id, closest: closestId(id, known) })));
}

/**
 * The per-file pipeline, one step per function: read → decode and model (`modelBytes`) → rules
 * (`checkModel`) → diagnostics; then, once every file has its index entry, the corpus rules
 * (`checkCorpus`). Pure but for `readPostmortem`: no clock, no network, so any step can run in a
 * worker thread or on a cached model.
 */
/** The id of the finding that stands for a rule that threw: the rule is named, the others ran. */
const RULE_ERROR = 'rule-error';
/** The id of the finding for an inline control naming a rule that does not exist. */
const UNKNOWN_RULE = 'unknown-rule';
/** Finding ids that are not rules but that inline controls may still name. */
const NON_RULE_IDS = [
    'invalid-file',
    'invalid-frontmatter',
    RULE_ERROR,
    UNKNOWN_RULE,
];
/** `<!-- postmortem-lint-disable no-such-rule -->`: one error per unknown id, at the comment's line. */
function unknownRuleDiagnostics(model, registry) {
    if (model.controls.length === 0)
        return [];
    const known = new Set([...RULES, ...registry].map((rule) => rule.meta.id).concat(NON_RULE_IDS));
    return unknownControlRules(model.controls, known).map(({ control, id, closest }) => {
        const point = { line: control.line, column: 1, offset: 0 };
        return diagnosticAt(UNKNOWN_RULE, 'error', `Unknown rule "${id}" in a postmortem-lint-${control.kind} comment: the comment does nothing for it.`, { start: point, end: point }, closest ? `Did you mean "${closest}"?` : undefined);
    });
}
/**
 * Reads one file without ever holding more than the size limit in memory. Synchronous on purpose:
 * files are read one at a time anyway, and a sync read skips the thread-pool round trip of the
 * promise API (measured: ~2.5% of a serial lint went to `openFileHandle`).
 */
function readLimited(path, limit) {
    const descriptor = openSync(path, 'r');
    try {
        const { size } = fstatSync(descriptor);
        if (size > limit)
            return { size };
        const bytes = new Uint8Array(size);
        let read = 0;
        while (read < size) {
            const count = readSync(descriptor, bytes, read, size - read, read);
            if (count === 0)
                break;
            read += count;
        }
        return { bytes: bytes.subarray(0, read) };
    }
    finally {
        closeSync(descriptor);
    }
}
/** Step 1: a file's bytes, or the fatal problem that keeps it from being linted. */
function readPostmortem(path, config) {
    try {
        const read = readLimited(path, config.maxFileSize);
        return 'size' in read ? tooLargeProblem(read.size, config.maxFileSize) : read.bytes;
    }
    catch (error) {
        const reason = error.code ?? error.message;
        return invalidFile(`File could not be read (${reason}).`);
    }
}
function modelFailure(error) {
    const reason = error instanceof RangeError
        ? 'the document is nested too deeply'
        : String(error?.message ?? error);
    return invalidFile(`File could not be parsed (${reason}): not linted.`);
}
/** Step 2: bytes to model (size limit, decoding, parse). Pure, so it can run in a worker or be cached. */
function modelBytes(path, bytes, config) {
    if (bytes.length > config.maxFileSize)
        return { ok: false, problem: tooLargeProblem(bytes.length, config.maxFileSize) };
    const decoded = decodePostmortem(bytes);
    if (!decoded.ok)
        return decoded;
    try {
        return { ok: true, model: buildPostmortem(path, decoded.text, config.parse) };
    }
    catch (error) {
        return { ok: false, problem: modelFailure(error) };
    }
}
/** A file that could not be modelled: one fatal finding, no index entry. */
function failedOutcome(path, problem) {
    return { path, diagnostics: [problemDiagnostic(problem)], entry: null, controls: [] };
}
function ruleError(id, error, span) {
    const reason = error instanceof Error ? error.message : String(error);
    return diagnosticAt(RULE_ERROR, 'error', `Rule ${id} failed on this file (${reason}): its findings are missing, the other rules' are reported.`, span, 'This is a bug in postmortem-lint, not in the postmortem: please report it with the file.');
}
/** Where file-level findings go: the title, else the first line of the body. */
function fileSpan(model) {
    return model.title?.span ?? { start: model.bodyStart, end: model.bodyStart };
}
function reporter(id, severity, sink) {
    return (finding) => {
        const diagnostic = diagnosticAt(id, finding.severity ?? severity, finding.message, finding.span, finding.suggestion);
        if (finding.replacement !== undefined)
            diagnostic.replacement = finding.replacement;
        sink(diagnostic);
    };
}
/**
 * The rules of `registry` this configuration runs, in registry order. A rule the registry lacks
 * cannot be configured (the schema rejects unknown ids), so it is simply not there.
 */
function activeRules(config, registry, level) {
    const byId = new Map(registry.map((rule) => [rule.meta.id, rule]));
    // The file's severity picks its rules when the config has `overrides` for it.
    return enabledRules(config, level).flatMap(({ id, severity, options }) => {
        const rule = byId.get(id);
        return rule ? [{ rule, severity, options }] : [];
    });
}
/**
 * Runs the `warmUp` of every per-file rule the configuration enables at any severity, so that a
 * thread about to lint loads what the first check needs (a language model) while it waits.
 */
function warmUpRules(config, registry = RULES) {
    const enabled = new Set([config.rules, ...Object.values(config.rulesBySeverity ?? {})].flatMap((rules) => rules.filter((rule) => rule.severity !== 'off').map((rule) => rule.id)));
    for (const rule of registry)
        if (rule.scope === 'file' && enabled.has(rule.meta.id))
            rule.warmUp?.();
}
/**
 * Step 3: every enabled per-file rule on a model, then inline controls, then each rule's `settle`.
 * A rule that throws becomes one `rule-error` finding naming it; the other rules still report.
 */
function checkModel(model, config, now, registry = RULES) {
    const diagnostics = model.problems.map(problemDiagnostic);
    diagnostics.push(...unknownRuleDiagnostics(model, registry));
    const failed = [];
    const rules = activeRules(config, registry, model.severity?.level ?? null);
    for (const { rule, severity, options } of rules) {
        if (rule.scope !== 'file')
            continue;
        const found = [];
        try {
            rule.check({
                model,
                options,
                now,
                parse: config.parse,
                report: reporter(rule.meta.id, severity, (diagnostic) => found.push(diagnostic)),
            });
            diagnostics.push(...found);
        }
        catch (error) {
            failed.push(ruleError(rule.meta.id, error, fileSpan(model)));
        }
    }
    let kept = diagnostics.filter((d) => !isSilenced(model.controls, d.ruleId, d.line));
    for (const { rule } of rules) {
        if (rule.scope !== 'file' || !rule.settle)
            continue;
        try {
            kept = rule.settle(kept, model);
        }
        catch (error) {
            failed.push(ruleError(rule.meta.id, error, fileSpan(model)));
        }
    }
    return {
        path: model.path,
        diagnostics: [...kept, ...failed],
        entry: buildIndexEntry(model),
        controls: model.controls,
    };
}
/**
 * Step 4: the corpus rules (pattern-analysis, …), once every file has its index entry. They see
 * every outcome's entry and check the first `checked` outcomes (the reported files; the others
 * are context).
 */
function checkCorpus(outcomes, config, now, registry = RULES, checked = outcomes.length) {
    const corpus = outcomes.flatMap((outcome) => (outcome.entry ? [outcome.entry] : []));
    for (const outcome of outcomes.slice(0, checked)) {
        const entry = outcome.entry;
        if (!entry)
            continue;
        const rules = activeRules(config, registry, entry.severity);
        for (const { rule, severity, options } of rules) {
            if (rule.scope !== 'corpus')
                continue;
            const found = [];
            try {
                rule.check({
                    entry,
                    corpus,
                    options,
                    now,
                    parse: config.parse,
                    report: reporter(rule.meta.id, severity, (diagnostic) => found.push(diagnostic)),
                });
            }
            catch (error) {
                const line = entry.lines.title ?? 1;
                const point = { line, column: 1, offset: 0 };
                outcome.diagnostics.push(ruleError(rule.meta.id, error, { start: point, end: point }));
                continue;
            }
            for (const diagnostic of found)
                if (!isSilenced(outcome.controls, diagnostic.ruleId, diagnostic.line))
                    outcome.diagnostics.push(diagnostic);
        }
    }
}
/** Steps 2–3 on a fresh or cached `modelBytes` result. */
function checkModelled(path, modelled, config, now, registry = RULES) {
    return modelled.ok
        ? checkModel(modelled.model, config, now, registry)
        : failedOutcome(path, modelled.problem);
}
/** Steps 2–3 from bytes: findings and index entry (corpus rules need the whole run). */
function lintBytes(path, bytes, config, now, registry = RULES) {
    return checkModelled(path, modelBytes(path, bytes, config), config, now, registry);
}
function lintText(path, text, config, now, registry = RULES) {
    return lintBytes(path, new TextEncoder().encode(text), config, now, registry);
}

export { RULE_ERROR as R, UNKNOWN_RULE as U, compareDiagnostics as a, lintBytes as b, checkModelled as c, checkCorpus as d, fileResult as e, failedOutcome as f, isSilenced as i, lintText as l, modelBytes as m, readPostmortem as r, warmUpRules as w };
