import { p as plural } from './resolve-bHNoPqoR.js';
import { m as messageText } from './corpus-CH1LDOt9.js';
import { resolve, sep } from 'node:path';
import { l as loadConfig } from './index-B4qxjEVu.js';
import { d as discoverFiles } from './version-P78__j1R.js';

const ANSI = { red: 31, yellow: 33, green: 32, dim: 2, bold: 1, underline: 4 };
/**
 * ESLint's "stylish" look, grouped by file: one row per finding,
 * `file:line:col  severity  message  rule-id` (the location first, so terminals make it a link),
 * then `✖ N problems (E errors, W warnings)`. Without a finding, one line saying how many files
 * were checked (`✔ 16 postmortems checked, no problems`), so that a clean run is seen to have found
 * the files; nothing with `quiet`.
 */
function formatStylish(run, options = {}) {
    const paint = (code, text) => options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
    const blocks = [];
    for (const result of run.results) {
        if (result.diagnostics.length === 0)
            continue;
        const rows = result.diagnostics.map((diagnostic) => ({
            place: `${result.filePath}:${diagnostic.line}:${diagnostic.column}`,
            severity: diagnostic.severity,
            message: messageText(diagnostic),
            ruleId: diagnostic.ruleId,
        }));
        const placeWidth = Math.max(...rows.map((row) => row.place.length));
        const severityWidth = Math.max(...rows.map((row) => row.severity.length));
        const lines = rows.map((row) => {
            const severity = paint(row.severity === 'error' ? ANSI.red : ANSI.yellow, row.severity.padEnd(severityWidth));
            return `  ${paint(ANSI.dim, row.place.padEnd(placeWidth))}  ${severity}  ${row.message}  ${paint(ANSI.dim, row.ruleId)}`;
        });
        blocks.push([paint(ANSI.underline, result.filePath), ...lines].join('\n'));
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
