import type { LintRun } from '../engine/types.js';
import type { Diagnostic, FileResult } from '../diagnostics/types.js';
import type { FailOn } from './inputs.js';
import { messageText } from '../reporters/message.js';
import { ruleDocsUrl } from '../rules/docs-url.js';
import { ruleById } from '../rules/index.js';
import { blobUrl, type RunContext } from './context.js';
import { inlineText, link } from '../text/markdown-escape.js';
import { plural } from '../text/wording.js';

/** A finished lint run as the GitHub views present it (file paths repository-relative). */
export interface CheckedRun {
  run: LintRun;
  /** Only the postmortems a pull request changed were checked. */
  changedOnly: boolean;
  failOn: FailOn;
}

/** Whether a file fails the check: findings at or above the `fail-on` threshold (`never`: errors). */
export function fileFails(result: FileResult, failOn: FailOn): boolean {
  return failOn === 'warning' ? result.errorCount + result.warningCount > 0 : result.errorCount > 0;
}

export function failedFiles(checked: CheckedRun): number {
  return checked.run.results.filter((result) => fileFails(result, checked.failOn)).length;
}

/** `3 errors and 1 warning` / `no findings`. */
export function countsText(run: LintRun): string {
  if (run.errorCount + run.warningCount === 0) return 'no findings';
  const parts = [run.errorCount > 0 ? plural(run.errorCount, 'error') : null];
  parts.push(run.warningCount > 0 ? plural(run.warningCount, 'warning') : null);
  return parts.filter((part): part is string => part !== null).join(' and ');
}

/** `2 changed postmortems` / `14 postmortems`. */
export function scopeText(checked: CheckedRun): string {
  const count = checked.run.results.length;
  return checked.changedOnly ? plural(count, 'changed postmortem') : plural(count, 'postmortem');
}

/** One line saying how the run went, for headings. */
export function headline(checked: CheckedRun): string {
  const { run } = checked;
  if (run.results.length === 0) {
    return checked.changedOnly
      ? '✅ No postmortem changed in this pull request'
      : '✅ No postmortems to check';
  }
  const failed = failedFiles(checked);
  if (failed === 0 && run.errorCount + run.warningCount === 0) {
    return `✅ All ${scopeText(checked)} pass`;
  }
  const icon = failed > 0 ? '❌' : '⚠️';
  return `${icon} ${countsText(run)} in ${scopeText(checked)}`;
}

export function severityCell(diagnostic: Diagnostic): string {
  return diagnostic.severity === 'error' ? '❌ error' : '⚠️ warning';
}

/** The rule id, linked to its documentation when it is a rule (not a parse problem). */
export function ruleCell(ruleId: string): string {
  return ruleById(ruleId) ? link(ruleId, ruleDocsUrl(ruleId)) : inlineText(ruleId);
}

/** `path:line:column`, linked to the line at the run's commit. */
export function locationCell(
  context: RunContext,
  filePath: string,
  diagnostic: Diagnostic,
): string {
  const text = `${filePath}:${diagnostic.line}:${diagnostic.column}`;
  const url = blobUrl(context, filePath, diagnostic.line);
  return url === null ? inlineText(text) : link(text, url);
}

export function findingRow(
  context: RunContext,
  filePath: string,
  diagnostic: Diagnostic,
): string[] {
  return [
    locationCell(context, filePath, diagnostic),
    severityCell(diagnostic),
    ruleCell(diagnostic.ruleId),
    inlineText(messageText(diagnostic)),
  ];
}

export const FINDINGS_HEADER = ['Location', 'Severity', 'Rule', 'Message'];

/** Every finding of a run as table rows: errors and warnings in file order, as an editor lists them. */
export function findingRows(context: RunContext, run: LintRun): string[][] {
  return run.results.flatMap((result) =>
    result.diagnostics.map((diagnostic) => findingRow(context, result.filePath, diagnostic)),
  );
}

/**
 * As many table rows as fit in `budget` (measured by `size`, e.g. UTF-8 bytes or characters):
 * the rows kept and how many were left out.
 */
export function rowsWithin(
  rows: readonly string[][],
  budget: number,
  size: (text: string) => number,
): { kept: string[][]; omitted: number } {
  const kept: string[][] = [];
  let used = 0;
  for (const row of rows) {
    const cost = size(`| ${row.join(' | ')} |\n`);
    if (used + cost > budget) break;
    used += cost;
    kept.push(row);
  }
  return { kept, omitted: rows.length - kept.length };
}
