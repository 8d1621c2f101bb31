import { describe, expect, test } from '@jest/globals';
import type { EslintFileResult } from '../../../src/reporters/json.js';
import type { TrendReport } from '../../../src/trends/report.js';
import { tempTree } from '../../support/lint.js';
import { postmortem, type Spec } from '../../support/trend-postmortems.js';
import {
  CUSTOM_STATUSES_CONFIG,
  CUSTOM_STATUSES_RULE_OFF_CONFIG,
} from '../../support/trend-postmortems.js';
import { runCli } from '../run-cli.js';

/**
 * What "done" means is the configuration's (`action-items` statuses and doneStatuses), and the lint
 * and the report agree on it: a done item past its deadline is neither a lint warning nor an
 * overdue item of the report; an open one (`To Do`) past its deadline is both.
 */

const NOW = ['--now', '2026-02-06'];
const PATH = 'postmortems/2026-01-05.md';

/** One incident in the report window with three items whose deadlines have all passed. */
function incident(statuses: [string, string, string]): string {
  const spec: Spec = {
    id: 'INC-2026-0105-001',
    date: '2026-01-05',
    severity: 2,
    start: '2026-01-05T08:00:00Z',
    detected: '2026-01-05T08:10:00Z',
    resolved: '2026-01-05T09:00:00Z',
    services: ['checkout'],
    category: 'deployment',
    status: 'Completed',
    followUp: '2026-01-07',
    rootCause: 'A deployment removed an index.',
    items: [
      {
        owner: '@db-team',
        deadline: '2026-01-10',
        status: statuses[0],
        action: 'First item, no longer needed',
      },
      { owner: '@sre-team', deadline: '2026-01-12', status: statuses[1], action: 'Second item' },
      { owner: '@qa-team', deadline: '2026-01-14', status: statuses[2], action: 'Third item' },
    ],
  };
  return postmortem(spec);
}

const CUSTOM = CUSTOM_STATUSES_CONFIG;
const CUSTOM_OFF = CUSTOM_STATUSES_RULE_OFF_CONFIG;

function project(config: string | null, statuses: [string, string, string]): string {
  return tempTree({
    ...(config === null ? {} : { '.postmortemrc.yml': config }),
    [PATH]: incident(statuses),
  });
}

/** The action-items findings of the lint, as `line severity message`. */
async function lintActionItems(root: string): Promise<string[]> {
  const outcome = await runCli(['postmortems', '--format', 'json', ...NOW], root);
  expect(outcome.stderr).toBe('');
  const [result] = JSON.parse(outcome.stdout) as EslintFileResult[];
  return result.messages
    .filter((message) => message.ruleId === 'action-items')
    .map((message) => `${message.line} ${message.severity} ${message.message}`);
}

async function reportOf(root: string): Promise<TrendReport> {
  const outcome = await runCli(['report', 'postmortems', '--format', 'json', ...NOW], root);
  expect(outcome.code).toBe(0);
  return JSON.parse(outcome.stdout) as TrendReport;
}

const overdueActions = (report: TrendReport): string[] =>
  report.overdueActionItems.map((item) => `${item.action} (${item.owner})`);

/** Lines of the three item rows (1-based). */
const ITEM_LINES = ((): number[] => {
  const first =
    incident(['Done', 'Done', 'Done'])
      .split('\n')
      .findIndex((line) => line.startsWith('| AI-1 |')) + 1;
  return [first, first + 1, first + 2];
})();

describe("default statuses: Won't Do is done, To Do is not", () => {
  test("lint: only the To Do item is overdue; Won't Do and Done past their deadlines are not", async () => {
    const root = project(null, ["Won't Do", 'To Do', 'Done']);
    const [, toDo] = ITEM_LINES;
    // Exactly one finding, on the To Do row: nothing on the Won't Do and Done rows.
    expect(await lintActionItems(root)).toEqual([
      expect.stringMatching(new RegExp(`^${toDo} 1 .*overdue`)),
    ]);
  });

  test('report --format json: the To Do item alone is overdue and counted', async () => {
    const report = await reportOf(project(null, ["Won't Do", 'To Do', 'Done']));
    expect(overdueActions(report)).toEqual(['Second item (@sre-team)']);
    expect(report.current.actionItems).toMatchObject({ total: 3, done: 2, open: 1, overdue: 1 });
  });

  test('control: with every item To Do, all three are overdue in the lint and the report', async () => {
    const root = project(null, ['To Do', 'To Do', 'To Do']);
    expect(await lintActionItems(root)).toHaveLength(3);
    const report = await reportOf(root);
    expect(overdueActions(report)).toHaveLength(3);
    expect(report.current.actionItems).toMatchObject({ done: 0, open: 3, overdue: 3 });
  });
});

describe('configured doneStatuses: Dropped is done', () => {
  test('lint: a Dropped item past its deadline is not overdue; To Do is', async () => {
    const root = project(CUSTOM, ['Dropped', 'To Do', 'Done']);
    const [, toDo] = ITEM_LINES;
    expect(await lintActionItems(root)).toEqual([
      expect.stringMatching(new RegExp(`^${toDo} 1 .*overdue`)),
    ]);
  });

  test('report --format json: Dropped is not overdue nor counted; To Do is', async () => {
    const report = await reportOf(project(CUSTOM, ['Dropped', 'To Do', 'Done']));
    expect(overdueActions(report)).toEqual(['Second item (@sre-team)']);
    expect(report.current.actionItems).toMatchObject({ total: 3, done: 2, open: 1, overdue: 1 });
  });

  test("the configuration decides: Won't Do, no longer a status, is an error and stays open", async () => {
    const root = project(CUSTOM, ["Won't Do", 'To Do', 'Done']);
    const [wontDo] = ITEM_LINES;
    const findings = await lintActionItems(root);
    expect(findings).toContainEqual(
      expect.stringMatching(new RegExp(`^${wontDo} 2 .*not one of Done, To Do, Dropped`)),
    );
    const report = await reportOf(root);
    expect(overdueActions(report)).toEqual([
      'First item, no longer needed (@db-team)',
      'Second item (@sre-team)',
    ]);
  });

  test('with action-items off, the report still reads Dropped as done (off rules keep options)', async () => {
    const root = project(CUSTOM_OFF, ['Dropped', 'To Do', 'Done']);
    expect(await lintActionItems(root)).toEqual([]);
    const report = await reportOf(root);
    expect(overdueActions(report)).toEqual(['Second item (@sre-team)']);
    expect(report.current.actionItems).toMatchObject({ total: 3, done: 2, open: 1, overdue: 1 });
  });

  test('control: without the configuration, Dropped is an unknown status and overdue', async () => {
    const root = project(null, ['Dropped', 'To Do', 'Done']);
    const report = await reportOf(root);
    expect(overdueActions(report)).toEqual([
      'First item, no longer needed (@db-team)',
      'Second item (@sre-team)',
    ]);
    expect(report.current.actionItems).toMatchObject({ done: 1, overdue: 2 });
  });
});
