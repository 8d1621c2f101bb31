import { t as tooLargeProblem, d as decodePostmortem, b as buildPostmortem } from './build-Bns_6WKI.js';
import { b as buildIndexEntry } from './index-SmgBHh-H.js';

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

/** Runs every enabled per-file rule on a model. Pure: no file system, no clock, no network. */
function checkModel(model, config, now) {
    const diagnostics = model.problems.map(problemDiagnostic);
    for (const { rule, severity, options } of config.rules) {
        if (rule.scope !== 'file')
            continue;
        rule.check({
            model,
            options,
            now,
            parse: config.parse,
            report: (finding) => {
                diagnostics.push(diagnosticAt(rule.meta.id, finding.severity ?? severity, finding.message, finding.span, finding.suggestion));
            },
        });
    }
    let kept = diagnostics.filter((d) => !isSilenced(model.controls, d.ruleId, d.line));
    for (const { rule } of config.rules) {
        if (rule.scope === 'file' && rule.settle)
            kept = rule.settle(kept, model);
    }
    return {
        path: model.path,
        diagnostics: kept,
        entry: buildIndexEntry(model),
        controls: model.controls,
    };
}
/** Runs the corpus rules (pattern-analysis, …) once every file has its index entry. */
function checkCorpus(outcomes, config, now) {
    const corpus = outcomes.flatMap((outcome) => (outcome.entry ? [outcome.entry] : []));
    for (const outcome of outcomes) {
        const entry = outcome.entry;
        if (!entry)
            continue;
        for (const { rule, severity, options } of config.rules) {
            if (rule.scope !== 'corpus')
                continue;
            rule.check({
                entry,
                corpus,
                options,
                now,
                parse: config.parse,
                report: (finding) => {
                    const diagnostic = diagnosticAt(rule.meta.id, finding.severity ?? severity, finding.message, finding.span, finding.suggestion);
                    if (!isSilenced(outcome.controls, diagnostic.ruleId, diagnostic.line))
                        outcome.diagnostics.push(diagnostic);
                },
            });
        }
    }
}

/** Bytes to model: decoding, size limit and parse. Pure, so it can run in a worker or be cached. */
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
        return { ok: false, problem: internalProblem(error) };
    }
}
function internalProblem(error) {
    const reason = error instanceof RangeError
        ? 'the document is nested too deeply'
        : String(error?.message ?? error);
    return {
        ruleId: 'invalid-file',
        message: `File could not be parsed (${reason}): not linted.`,
        span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } },
        fatal: true,
    };
}
/** A file that could not be modelled: one fatal finding, no index entry. */
function failedOutcome(path, problem) {
    return { path, diagnostics: [problemDiagnostic(problem)], entry: null, controls: [] };
}
/** The whole per-file pipeline: bytes in, findings and index entry out. */
function lintBytes(path, bytes, config, now) {
    return checkModelled(path, modelBytes(path, bytes, config), config, now);
}
/** The rules' half of the pipeline, on a fresh or cached `modelBytes` result. */
function checkModelled(path, modelled, config, now) {
    if (!modelled.ok)
        return failedOutcome(path, modelled.problem);
    try {
        return checkModel(modelled.model, config, now);
    }
    catch (error) {
        return failedOutcome(path, internalProblem(error));
    }
}
function lintText(path, text, config, now) {
    return lintBytes(path, new TextEncoder().encode(text), config, now);
}

export { lintBytes as a, checkModelled as b, compareDiagnostics as c, checkModel as d, checkCorpus as e, failedOutcome as f, fileResult as g, lintText as l, modelBytes as m };
