import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { ISSUE_MARKER } from '../../src/github/report.js';
import { ACTIONS_BOT, FakeGitHub } from '../support/fake-github.js';
import { tempTree } from '../support/lint.js';
import {
  CUSTOM_STATUSES_CONFIG,
  CUSTOM_STATUSES_RULE_OFF_CONFIG,
  incidentWithItemStatuses,
  ITEM_ACTIONS,
} from '../support/trend-postmortems.js';
import { runInProcess } from './in-process.js';
import type { ActionRun } from './run-action.js';

/**
 * The Action's report mode reads "done" from the configuration as the lint does: a done item past
 * its deadline (`Won't Do` by default, a configured done status such as `Dropped`, also with the
 * action-items rule off) is not an overdue action item, neither in the output nor in the tracking
 * issue; a `To Do` item past its deadline is. Runs `run()` in-process against a fake GitHub API.
 */

const REPOSITORY = 'acme/incidents';

const CUSTOM = CUSTOM_STATUSES_CONFIG;
const CUSTOM_OFF = CUSTOM_STATUSES_RULE_OFF_CONFIG;

let github: FakeGitHub;
beforeAll(async () => {
  github = await FakeGitHub.start();
});
afterAll(async () => {
  await github.close();
});
beforeEach(() => github.reset());

function report(config: string | null, statuses: string[]): Promise<ActionRun> {
  const workspace = tempTree({
    ...(config === null ? {} : { '.postmortemrc.yml': config }),
    'postmortems/2026-01-05.md': incidentWithItemStatuses(statuses),
  });
  return runInProcess({
    workspace,
    eventName: 'schedule',
    apiUrl: github.url,
    repository: REPOSITORY,
    inputs: {
      mode: 'report',
      now: '2026-02-06',
      'report-path': '',
      issue: 'true',
      'issue-label': 'postmortem-trends',
      'mention-owners': 'false',
    },
  });
}

/** The items the tracking issue lists. */
const listed = (body: string): string[] => ITEM_ACTIONS.filter((action) => body.includes(action));

describe('report mode: done statuses are never overdue', () => {
  test.each([
    ["default statuses, Won't Do", null, ["Won't Do", 'To Do', 'Done']],
    ['doneStatuses: [Done, Dropped]', CUSTOM, ['Dropped', 'To Do', 'Done']],
    ['the same with action-items off', CUSTOM_OFF, ['Dropped', 'To Do', 'Done']],
  ])(
    '%s: only the To Do item is overdue, in the output and the issue',
    async (_, config, items) => {
      const run = await report(config, items);
      expect(run.exitCode).toBe(0);
      expect(run.outputs['overdue-action-items']).toBe('1');
      expect(github.issues).toHaveLength(1);
      expect(github.issues[0].title).toBe('Postmortem follow-ups: 1 overdue action item');
      expect(listed(github.issues[0].body)).toEqual(['Second item']);
    },
  );

  test.each([
    ["default statuses, Won't Do", null, ["Won't Do", "Won't Do", 'Done']],
    ['doneStatuses: [Done, Dropped]', CUSTOM, ['Dropped', 'Dropped', 'Done']],
    ['the same with action-items off', CUSTOM_OFF, ['Dropped', 'Done', 'Dropped']],
  ])('%s, every item done: 0 overdue; the issue says none', async (_, config, items) => {
    const run = await report(config, items);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['overdue-action-items']).toBe('0');
    // Nothing to track: no issue is opened…
    expect(github.issues).toEqual([]);
    expect(github.writes()).toEqual([]);
    // …and an open one is brought up to date.
    const open = github.addIssue({
      body: `${ISSUE_MARKER}\nold`,
      labels: ['postmortem-trends'],
      user: ACTIONS_BOT,
    });
    expect((await report(config, items)).outputs['overdue-action-items']).toBe('0');
    expect(github.writes()).toEqual([`PATCH /repos/${REPOSITORY}/issues/${open.number}`]);
    expect(open.title).toBe('Postmortem follow-ups: 0 overdue action items');
    expect(open.body).toContain('None: every action item with a past deadline is done.');
    expect(listed(open.body)).toEqual([]);
  });

  test.each([
    ['default statuses', null, ['To Do', 'To Do', 'To Do'], ITEM_ACTIONS],
    // Not among the configured statuses: not done, so overdue.
    [
      "doneStatuses: [Done, Dropped], Won't Do",
      CUSTOM,
      ["Won't Do", 'To Do', 'Dropped'],
      ITEM_ACTIONS.slice(0, 2),
    ],
    ['default statuses, Dropped', null, ['Dropped', 'To Do', 'Done'], ITEM_ACTIONS.slice(0, 2)],
  ])(
    'control, %s: open items past their deadline are overdue',
    async (_, config, items, expected) => {
      const run = await report(config, items);
      expect(run.outputs['overdue-action-items']).toBe(String(expected.length));
      expect(github.issues).toHaveLength(1);
      expect(listed(github.issues[0].body)).toEqual(expected);
    },
  );
});
