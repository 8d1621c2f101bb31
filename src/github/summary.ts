import * as core from '@actions/core';
import { blobUrl, type RunContext } from './context.js';
import {
  FINDINGS_HEADER,
  countsText,
  failedFiles,
  fileFails,
  findingRows,
  headline,
  rowsWithin,
  type CheckedRun,
} from './findings-markdown.js';
import { inlineText, link, table } from '../text/markdown-escape.js';
import { plural } from '../text/wording.js';

/**
 * GitHub rejects a step summary over 1 MiB. Stay well below it: other steps' text is not ours,
 * and the closing lines need room.
 */
export const SUMMARY_BUDGET_BYTES = 900 * 1024;
/** Share of the budget the per-file table may take, so findings always get most of it. */
const FILE_TABLE_BUDGET_BYTES = 200 * 1024;

const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

export interface SummaryOptions {
  /** Where all findings can be read when the summary has to leave some out (e.g. the JSON file). */
  fullResults: string[];
  budgetBytes?: number;
}

function fileRow(context: RunContext, checked: CheckedRun, index: number): string[] {
  const result = checked.run.results[index];
  const url = blobUrl(context, result.filePath);
  const name = url === null ? inlineText(result.filePath) : link(result.filePath, url);
  const status = fileFails(result, checked.failOn)
    ? '❌ fail'
    : result.warningCount > 0
      ? '⚠️ pass'
      : '✅ pass';
  return [name, status, String(result.errorCount), String(result.warningCount)];
}

/** The job summary (GitHub Markdown): headline, per-file table, then every finding that fits. */
export function buildSummary(
  context: RunContext,
  checked: CheckedRun,
  options: SummaryOptions,
): string {
  const budget = options.budgetBytes ?? SUMMARY_BUDGET_BYTES;
  const { run } = checked;
  const failed = failedFiles(checked);
  const parts: string[] = [`## postmortem-lint: ${headline(checked)}`];
  if (run.results.length === 0) return `${parts[0]}\n`;

  parts.push(
    `${plural(run.results.length, 'postmortem')} checked${checked.changedOnly ? ' (changed in this pull request)' : ''}: ` +
      `${failed} failed, ${run.results.length - failed} passed; ${countsText(run)} (fail-on: ${checked.failOn}).`,
  );

  const fileRows = rowsWithin(
    run.results.map((_, index) => fileRow(context, checked, index)),
    Math.min(FILE_TABLE_BUDGET_BYTES, budget / 4),
    utf8Bytes,
  );
  parts.push(
    '### Postmortems',
    table(['Postmortem', 'Result', 'Errors', 'Warnings'], fileRows.kept),
  );
  if (fileRows.omitted > 0) parts.push(`…and ${plural(fileRows.omitted, 'more postmortem')}.`);

  const allFindings = findingRows(context, run);
  if (allFindings.length > 0) {
    const used = utf8Bytes(parts.join('\n\n'));
    const closingRoom = 1024;
    const findings = rowsWithin(allFindings, budget - used - closingRoom, utf8Bytes);
    parts.push('### Findings', table(FINDINGS_HEADER, findings.kept));
    if (findings.omitted > 0) {
      parts.push(
        `${plural(findings.omitted, 'more finding')} left out to keep this summary under GitHub's 1 MiB limit; ` +
          `all findings are in ${options.fullResults.join(' and ')}.`,
      );
    }
  }
  return `${parts.join('\n\n')}\n`;
}

/** Appends to the step's job summary; outside a runner (no GITHUB_STEP_SUMMARY) says so and goes on. */
export async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('No job summary written: GITHUB_STEP_SUMMARY is not set.');
    return;
  }
  await core.summary.addRaw(markdown).write();
}
