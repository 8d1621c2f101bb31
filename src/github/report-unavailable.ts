import * as core from '@actions/core';
import type { ModeRun } from './mode.js';
import { writeJobSummary } from './summary.js';

export const REPORT_UNAVAILABLE_MESSAGE =
  'mode: report (cross-incident trend reports) is provided by the trends feature, which is not ' +
  'available in this version of postmortem-lint. Nothing was checked; use "mode: lint" to check postmortems.';

/**
 * `mode: report` until the trends feature adds `src/github/report.ts` exporting
 * `runReport(run: ModeRun): Promise<void>`; main.ts then imports `runReport` from there instead.
 * Says so clearly and passes: a scheduled workflow should not turn red for a missing feature.
 */
export async function runReport(_run: ModeRun): Promise<void> {
  core.notice(REPORT_UNAVAILABLE_MESSAGE);
  await writeJobSummary(
    `## postmortem-lint: trend report not available\n\n${REPORT_UNAVAILABLE_MESSAGE}\n`,
  );
}
