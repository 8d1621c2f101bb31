import { plural } from '../text/wording.js';
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
 */
export function formatStylish(run: LintRun, options: StylishOptions = {}): string {
  const paint = (code: number, text: string): string =>
    options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
  const blocks: string[] = [];
  for (const result of run.results) {
    if (result.diagnostics.length === 0) continue;
    const rows = result.diagnostics.map((diagnostic: Diagnostic) => ({
      place: `${result.filePath}:${diagnostic.line}:${diagnostic.column}`,
      severity: diagnostic.severity,
      message: messageText(diagnostic),
      ruleId: diagnostic.ruleId,
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
    blocks.push([paint(ANSI.underline, result.filePath), ...lines].join('\n'));
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
