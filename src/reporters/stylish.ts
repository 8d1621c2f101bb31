import { plural } from '../text/wording.js';
import { terminalSafe } from '../text/terminal-safe.js';
import type { LintRun } from '../engine/types.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { messageText } from './message.js';

export interface StylishOptions {
  /** ANSI colours (the CLI enables them on a terminal only). */
  color?: boolean;
  /** Print nothing at all for a run without problems (`--quiet`), instead of the one line. */
  quiet?: boolean;
}

const ANSI = { red: 31, yellow: 33, green: 32, dim: 2, bold: 1, underline: 4 } as const;

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
export function formatStylish(run: LintRun, options: StylishOptions = {}): string {
  const paint = (code: number, text: string): string =>
    options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
  const blocks: string[] = [];
  for (const result of run.results) {
    if (result.diagnostics.length === 0) continue;
    const path = safePath(result.filePath);
    const rows = result.diagnostics.map((diagnostic: Diagnostic) => ({
      place: `${path}:${diagnostic.line}:${diagnostic.column}`,
      severity: diagnostic.severity,
      message: terminalSafe(messageText(diagnostic)),
      ruleId: terminalSafe(diagnostic.ruleId),
    }));
    const placeWidth = Math.max(...rows.map((row) => row.place.length));
    const severityWidth = Math.max(...rows.map((row) => row.severity.length));
    const lines = rows.map((row) => {
      const severity = paint(
        row.severity === 'error' ? ANSI.red : ANSI.yellow,
        row.severity.padEnd(severityWidth),
      );
      return `  ${paint(ANSI.dim, row.place.padEnd(placeWidth))}  ${severity}  ${row.message}  ${paint(ANSI.dim, row.ruleId)}`;
    });
    blocks.push([paint(ANSI.underline, path), ...lines].join('\n'));
  }
  const total = run.errorCount + run.warningCount;
  if (total === 0) {
    if (options.quiet) return '';
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
function safePath(filePath: string): string {
  const safe = terminalSafe(filePath);
  return /^\s*::/.test(safe) ? `./${safe}` : safe;
}
