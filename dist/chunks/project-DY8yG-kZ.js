import { u as plural } from './resolve-cfr8Br3c.js';
import { o as messageText } from './report-iuJZ0I-V.js';
import { resolve, sep } from 'node:path';
import { l as loadConfig } from './index-Cgj-hIvX.js';
import { d as discoverFiles } from './version-C0Mv0M4l.js';

/**
 * Text taken from a postmortem, made safe for a one-line terminal or CI-log report.
 *
 * A postmortem is untrusted input: a YAML value such as `"x\n::error::pwned"` or a heading holding
 * an ANSI escape would otherwise start a new log line (which a CI runner may read as a workflow
 * command, `::error …`, `::add-mask::…`) or drive the terminal. Every C0 and C1 control character
 * (TAB, LF, CR, ESC, BEL, backspace, NUL, …, DEL, U+0080–U+009F), the Unicode line and paragraph
 * separators and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) are
 * replaced by a visible escape (`\n`, `\x1b`, `\u202e`): the result is one line, carries no escape
 * sequence and cannot reorder what the terminal shows. Everything else, backslashes included, is
 * kept as written.
 */
function terminalSafe(text) {
    return text.replace(UNSAFE, escapeChar);
}
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED = {
    '\t': '\\t',
    '\n': '\\n',
    '\r': '\\r',
};
function escapeChar(char) {
    const named = NAMED[char];
    if (named !== undefined)
        return named;
    const code = char.charCodeAt(0);
    return code <= 0xff
        ? `\\x${code.toString(16).padStart(2, '0')}`
        : `\\u${code.toString(16).padStart(4, '0')}`;
}

const ANSI = { red: 31, yellow: 33, green: 32, dim: 2, bold: 1, underline: 4 };
/**
 * ESLint's "stylish" look, grouped by file: one row per finding,
 * `file:line:col  severity  message  rule-id` (the location first, so terminals make it a link),
 * then `✖ N problems (E errors, W warnings)`. Without a finding, one line saying how many files
 * were checked (`✔ 16 postmortems checked, no problems`), so that a clean run is seen to have found
 * the files; nothing with `quiet`.
 *
 * File paths, messages and suggestions come from the documents (a YAML value, a heading, a file
 * name), so each goes through `terminalSafe`: no finding can start a log line of its own (which a
 * CI runner would read as a workflow command such as `::error::` or `::add-mask::`) or carry a
 * terminal escape; only the reporter's own colour codes are written raw. Every row starts with the
 * location, so a message beginning with `::` never begins a line; a path that would (a file named
 * `::error::x.md`) is written `./::error::x.md`.
 */
function formatStylish(run, options = {}) {
    const paint = (code, text) => options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
    const blocks = [];
    for (const result of run.results) {
        if (result.diagnostics.length === 0)
            continue;
        const path = safePath(result.filePath);
        const rows = result.diagnostics.map((diagnostic) => ({
            place: `${path}:${diagnostic.line}:${diagnostic.column}`,
            severity: diagnostic.severity,
            message: terminalSafe(messageText(diagnostic)),
            ruleId: terminalSafe(diagnostic.ruleId),
        }));
        const placeWidth = Math.max(...rows.map((row) => row.place.length));
        const severityWidth = Math.max(...rows.map((row) => row.severity.length));
        const lines = rows.map((row) => {
            const severity = paint(row.severity === 'error' ? ANSI.red : ANSI.yellow, row.severity.padEnd(severityWidth));
            return `  ${paint(ANSI.dim, row.place.padEnd(placeWidth))}  ${severity}  ${row.message}  ${paint(ANSI.dim, row.ruleId)}`;
        });
        blocks.push([paint(ANSI.underline, path), ...lines].join('\n'));
    }
    const total = run.errorCount + run.warningCount;
    if (total === 0) {
        if (options.quiet)
            return '';
        const checked = `✔ ${plural(run.results.length, 'postmortem')} checked, no problems`;
        return `${paint(ANSI.green, checked)}\n`;
    }
    const summary = `✖ ${plural(total, 'problem')} (${plural(run.errorCount, 'error')}, ${plural(run.warningCount, 'warning')})`;
    const summaryColor = run.errorCount > 0 ? ANSI.red : ANSI.yellow;
    return `\n${blocks.join('\n\n')}\n\n${paint(ANSI.bold, paint(summaryColor, summary))}\n`;
}
/**
 * A file path for a line of the report: control characters escaped, and `./` before a path that
 * would start the line with `::` (runners ignore leading blanks when they look for a command).
 */
function safePath(filePath) {
    const safe = terminalSafe(filePath);
    return /^\s*::/.test(safe) ? `./${safe}` : safe;
}

/** Characters that make a path segment a glob. */
const GLOB_MAGIC = /[*?[\]{}()!]/;
/**
 * Where the config search starts: the deepest directory containing every target (for a glob, its
 * part before the first wildcard). No target: the working directory.
 */
function searchStart(targets, cwd) {
    if (targets.length === 0)
        return cwd;
    const bases = targets.map((target) => {
        const segments = target.split(/[\\/]/);
        const magic = segments.findIndex((segment) => GLOB_MAGIC.test(segment));
        // A file works as a start too: its own directory is the first one searched.
        return resolve(cwd, magic === -1 ? target : segments.slice(0, magic).join(sep) || '.');
    });
    let common = bases[0].split(sep);
    for (const base of bases.slice(1)) {
        const segments = base.split(sep);
        let shared = 0;
        while (shared < common.length &&
            shared < segments.length &&
            common[shared] === segments[shared])
            shared++;
        common = common.slice(0, shared);
    }
    return common.join(sep) || sep;
}
/**
 * The configuration for `targets` (found from them upwards, or `configPath`) and the files they
 * name (the config's `files` when none), paths as given. Throws ConfigError, or NoFilesError when
 * a target matches nothing.
 */
async function loadProject(request) {
    const config = await loadConfig({
        configPath: request.configPath,
        searchFrom: searchStart(request.targets, request.cwd),
        cwd: request.cwd,
    });
    return { config, files: await discoverFiles(request.targets, config, request.cwd) };
}

export { formatStylish as f, loadProject as l, searchStart as s };
