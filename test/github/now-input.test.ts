import { describe, expect, test } from '@jest/globals';
import { tempTree } from '../support/lint.js';
import { referenceText } from '../support/reference.js';
import { runInProcess } from './in-process.js';
import type { ActionRun } from './run-action.js';

/** The `now` input reads as the CLI's `--now` does (one reading: readInstant in model/dates). */

function lint(now: string): Promise<ActionRun> {
  return runInProcess({
    workspace: tempTree({ 'postmortems/a.md': referenceText() }),
    eventName: 'push',
    apiUrl: 'http://127.0.0.1:9',
    inputs: { mode: 'lint', now, 'github-token': '' },
  });
}

const failure = (run: ActionRun): string | undefined =>
  run.commands.find((c) => c.command === 'error' && c.properties.file === undefined)?.message;

describe('input "now"', () => {
  test('a date is noon UTC that day; a date-time with its zone is that instant', async () => {
    // The reference postmortem's AI-006 (deadline 2026-02-09) is overdue on the 10th, not the 9th.
    const on9th = (await lint('2026-02-09')).outputs.warnings;
    const on10th = (await lint('2026-02-10')).outputs.warnings;
    expect(Number(on10th)).toBeGreaterThan(Number(on9th));
    expect((await lint('2026-02-10T01:00:00+02:00')).outputs.warnings).toBe(on9th);
    expect((await lint('2026-02-10T00:30:00Z')).outputs.warnings).toBe(on10th);
  });

  test.each(['tomorrow', '2026-02-30', '2026-02-06T14:00', '06/02/2026'])(
    '%p fails the step with the input named',
    async (now) => {
      const run = await lint(now);
      expect(run.exitCode).toBe(1);
      expect(failure(run)).toBe(
        `postmortem-lint failed: input "now" must be an ISO date such as 2026-02-06 or 2026-02-06T14:00:00Z (found "${now}")`,
      );
    },
  );
});
