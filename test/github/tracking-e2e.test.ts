import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { issueMarker } from '../../src/app/action-item-issues.js';
import type { TrendReport } from '../../src/trends/report.js';
import { tempTree } from '../support/lint.js';
import { actionHarness, runAction, type ActionRun } from './run-action.js';

/**
 * The built Action against the loopback GitHub API: action items reconciled with their issues
 * (lint mode), issues opened for untracked items and reminders in the tracking issue (report mode).
 */

const harness = actionHarness();
const PATH = 'postmortems/2026-01-10-queue-backlog.md';
const INCIDENT = 'INC-2026-0110-001';

const POSTMORTEM = [
  '# Postmortem: queue backlog after a consumer deploy',
  '',
  `**Incident ID:** ${INCIDENT}`,
  '**Date:** 2026-01-10',
  '**Severity:** SEV-2',
  '',
  '## Action Items',
  '',
  '| ID | Action | Owner | Deadline | Status |',
  '|----|--------|-------|----------|--------|',
  '| AI-1 | Alert on queue depth (#1) | @alice | 2026-01-20 | To Do |',
  '| AI-2 | Write the drain runbook | @alice | 2026-02-07 | To Do |',
  '| AI-3 | Shard the queue by tenant | @ghost | 2026-01-25 | In Progress |',
  '| AI-4 | Page on consumer lag (#2) | @bob | 2026-01-30 | Done |',
  '| AI-5 | Retire the old consumer (acme/legacy#4) | @bob | 2026-03-01 | To Do |',
  '',
].join('\n');

/** #1 closed as completed, #2 still open; acme/legacy cannot be read. */
function trackerState(): void {
  const { github } = harness;
  github.addIssue({
    body: 'Alert on queue depth',
    repository: 'acme/incidents',
    state: 'closed',
    stateReason: 'completed',
    closedAt: '2026-01-18T09:00:00Z',
  });
  github.addIssue({ body: 'Page on lag', repository: 'acme/incidents' });
  github.unreadable.add('acme/legacy');
}

const run = (
  workspace: string,
  inputs: Record<string, string>,
  extra: { eventName?: string; ref?: string; payload?: Record<string, unknown> } = {},
): Promise<ActionRun> =>
  runAction({
    bundle: harness.bundle,
    workspace,
    eventName: extra.eventName ?? 'push',
    payload: extra.payload ?? { repository: { default_branch: 'main' } },
    apiUrl: harness.github.url,
    inputs,
    env: { GITHUB_REF: extra.ref ?? 'refs/heads/main', POSTMORTEM_LINT_RETRY_DELAY_SCALE: '0' },
  });

const fileAnnotations = (result: ActionRun, ruleId?: string): string[] =>
  result.commands
    .filter((c) => (c.command === 'error' || c.command === 'warning') && c.properties.file)
    .filter((c) => ruleId === undefined || c.properties.title?.includes(ruleId))
    .map((c) => `${c.command} ${c.properties.line} ${c.message.split('\n')[0]}`);
const others = (result: ActionRun): string[] =>
  fileAnnotations(result).filter((line) => !/#\d|acme\/legacy/.test(line));
const notices = (result: ActionRun): string[] =>
  result.commands.filter((c) => c.command === 'notice').map((c) => c.message);

describe('lint mode: action items reconciled with their issues', () => {
  test('drift, a closed issue, an unreadable repository; requests and verdict', async () => {
    trackerState();
    const workspace = tempTree({ [PATH]: POSTMORTEM });
    const result = await run(workspace, { mode: 'lint' });
    expect(fileAnnotations(result, 'action-item-tracking')).toEqual([
      // Errors are annotated first (GitHub shows 10 of each per step).
      'error 14 AI-4 is Done here, but #2 is still open. Suggestion: Close #2, or set the status back to what the work is.',
      'warning 11 AI-1 is To Do here, but #1 was closed as completed on 2026-01-18: mark it Done.',
      'warning 15 AI-5 links to acme/legacy#4, which is in acme/legacy: a repository this token cannot read (HTTP 403).',
    ]);
    expect(harness.github.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/acme/incidents/issues/1',
      'GET /repos/acme/incidents/issues/2',
      'GET /repos/acme/legacy/issues/4',
    ]);
    expect(result.exitCode).toBe(1);
  });

  test('a rate limit: one notice, no tracking finding, every other finding as without the API', async () => {
    const workspace = tempTree({ [PATH]: POSTMORTEM });
    const withoutApi = await run(workspace, { mode: 'lint', 'github-token': '' });
    for (let i = 0; i < 3; i++)
      harness.github.scripted.push({
        method: 'GET',
        path: /\/issues\/\d+$/,
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '0' },
        body: { message: 'API rate limit exceeded for installation ID 1.' },
      });
    const limited = await run(workspace, { mode: 'lint' });
    expect(notices(limited)).toEqual([
      'Action item tracking stopped (rate limited by GitHub (retry after 0 s)): 3 linked issues not checked; the next run checks them.',
    ]);
    expect(fileAnnotations(limited, 'action-item-tracking')).toEqual([]);
    expect(fileAnnotations(limited)).toEqual(fileAnnotations(withoutApi));
    expect(limited.exitCode).toBe(withoutApi.exitCode);
    expect(limited.outputs.errors).toBe(withoutApi.outputs.errors);
  });

  test('an HTML error page, and a token that cannot read the repository: notices, never a stack trace', async () => {
    const workspace = tempTree({ [PATH]: POSTMORTEM });
    for (let i = 0; i < 3; i++)
      harness.github.scripted.push({
        method: 'GET',
        path: /incidents\/issues\/1$/,
        status: 502,
        rawBody: '<html><body>Unicorn!</body></html>',
      });
    harness.github.unreadable.add('acme/legacy');
    const outage = await run(workspace, { mode: 'lint' });
    expect(notices(outage)).toEqual([
      'Issues of acme/incidents not checked: GitHub answered HTTP 502.',
    ]);
    expect(outage.stderr).not.toMatch(/\n\s+at /);

    harness.github.reset();
    harness.github.unreadable.add('acme/incidents');
    const noPermission = await run(workspace, { mode: 'lint' });
    expect(notices(noPermission)).toContain(
      'Issues of acme/incidents not checked: the token cannot read them (HTTP 403); a workflow needs "permissions: issues: read".',
    );
    expect(others(noPermission)).toEqual(others(outage));
  });
});

describe('report mode: issues for untracked items, reminders', () => {
  const inputs = { mode: 'report', 'create-issues': 'true', issue: 'true', 'report-path': '' };

  test('opens one issue per untracked open item, labelled and assigned; a rerun opens none', async () => {
    trackerState();
    const { github } = harness;
    github.assignable.add('alice');
    // A stranger's issue carrying AI-2's marker: neither trusted nor edited.
    const stranger = github.addIssue({
      body: `${issueMarker({ incident: INCIDENT, item: 'AI-2' })}\nPasted.`,
      labels: ['postmortem-action-item'],
      user: { login: 'mallory', id: 66, type: 'User' },
      repository: 'acme/incidents',
    });
    const workspace = tempTree({ [PATH]: POSTMORTEM });
    const first = await run(workspace, inputs);
    expect(first.exitCode).toBe(0);
    const created = github.issues.filter(
      (issue) => issue.body.includes('postmortem-lint:action-item') && issue.user.type === 'Bot',
    );
    expect(created.map((issue) => [issue.title, issue.labels, issue.assignees])).toEqual([
      ['Write the drain runbook', ['postmortem-action-item', 'SEV-2'], ['alice']],
      ['Shard the queue by tenant', ['postmortem-action-item', 'SEV-2'], []],
    ]);
    const [runbook, shard] = created;
    expect(runbook.body).toContain(
      `Action item AI-2 of incident ${INCIDENT}, from [${PATH}#L12](https://github.com/acme/incidents/blob/`,
    );
    expect(runbook.body).toContain('- Deadline: 2026-02-07');
    expect(runbook.body).toContain('- Severity: SEV-2');
    expect(github.writes().filter((w) => w.includes('/labels'))).toEqual([
      'POST /repos/acme/incidents/labels',
      'POST /repos/acme/incidents/labels',
    ]);
    expect(notices(first)).toContain(
      'AI-3: @ghost cannot be assigned in acme/incidents; the issue is unassigned.',
    );
    expect(first.summary).toContain(`- AI-2 → #${runbook.number}: add the link to the postmortem`);
    expect(first.summary).toContain(`- AI-3 → #${shard.number}: add the link to the postmortem`);
    expect(first.outputs['created-issues']).toBe('2');
    expect(stranger.body).toContain('Pasted.');
    expect(
      github.writes().some((w) => w === `PATCH /repos/acme/incidents/issues/${stranger.number}`),
    ).toBe(false);

    // The tracking issue: #1 closed, so AI-1 is not overdue; AI-4 is Done here but #2 is open,
    // so it is overdue, with both states shown.
    const tracking = github.issues.find((issue) =>
      issue.body.includes('postmortem-lint:trends-issue'),
    );
    expect(tracking?.title).toBe('Postmortem follow-ups: 2 overdue action items');
    expect(tracking?.body).toContain('## Due soon (within 2 days)');
    expect(tracking?.body).toMatch(/Write the drain runbook|AI-2/);
    expect(tracking?.body).toContain('## By owner');
    expect(tracking?.body).toContain('Done here · #\u200D2 open on GitHub');
    const overdue =
      tracking?.body.split('## Overdue action items')[1].split('## Due soon')[0] ?? '';
    expect(overdue).toContain('AI-3');
    expect(overdue).toContain('AI-4 (Done here · #\u200D2 open on GitHub)');
    expect(overdue).not.toContain('AI-1');
    const closed = tracking?.body.split('## Closed on GitHub, still open here')[1] ?? '';
    expect(closed).toContain('AI-1: To Do here · #\u200D1 closed on GitHub 2026-01-18');
    expect(tracking?.body).not.toContain('@alice'); // shown, never pinged without mention-owners
    expect(first.outputs['overdue-action-items']).toBe('2');
    expect(first.summary).toContain('AI-4 (Done here · #\u200D2 open on GitHub)');
    // The JSON report keeps the status as written, GitHub's state beside it.
    const json = JSON.parse(readFileSync(first.outputs['report-json'], 'utf8')) as TrendReport;
    expect(json.overdueActionItems.map((item) => [item.id, item.status, item.tracker])).toEqual([
      ['AI-3', 'In Progress', undefined],
      [
        'AI-4',
        'Done',
        { issue: 'acme/incidents#2', state: 'open', closedAt: null, stateReason: null },
      ],
    ]);

    const writes = github.writes().length;
    const second = await run(workspace, inputs);
    expect(second.outputs['created-issues']).toBe('0');
    expect(
      github
        .writes()
        .slice(writes)
        .filter((w) => w === 'POST /repos/acme/incidents/issues'),
    ).toEqual([]);
    expect(second.summary).toContain(
      `- AI-2 → #${runbook.number} (opened earlier): add the link to the postmortem`,
    );
  });

  test("the tracker's state decides the report's counts: items whose issues are closed are not overdue", async () => {
    const { github } = harness;
    for (const day of ['2026-01-18', '2026-01-19'])
      github.addIssue({
        body: 'Closed work',
        repository: 'acme/incidents',
        state: 'closed',
        stateReason: 'completed',
        closedAt: `${day}T09:00:00Z`,
      });
    const workspace = tempTree({
      [PATH]: [
        '# Postmortem: cache stampede after a flush',
        '',
        `**Incident ID:** ${INCIDENT}`,
        '**Date:** 2026-01-10',
        '**Severity:** SEV-3',
        '',
        '## Action Items',
        '',
        '| ID | Action | Owner | Deadline | Status |',
        '|----|--------|-------|----------|--------|',
        '| AI-1 | Jitter the cache expiry (#1) | @alice | 2026-01-20 | To Do |',
        '| AI-2 | Cap refills per key (#2) | @bob | 2026-01-22 | In Progress |',
        '| AI-3 | Document the flush procedure | @bob | 2026-02-07 | To Do |',
        '',
      ].join('\n'),
    });
    const tracked = await run(workspace, { mode: 'report', issue: 'true', 'report-path': '' });
    const json = JSON.parse(readFileSync(tracked.outputs['report-json'], 'utf8')) as {
      current: { actionItems: { done: number; overdue: number; daysToClose: { median: number } } };
      overdueActionItems: unknown[];
    };
    expect(json.overdueActionItems).toEqual([]);
    expect(json.current.actionItems).toMatchObject({ done: 2, overdue: 0 });
    // Closed on the tracker's days, 8 and 9 days after the incident.
    expect(json.current.actionItems.daysToClose.median).toBe(8.5);
    expect(tracked.outputs['overdue-action-items']).toBe('0');
    expect(tracked.summary).toContain("3 action items from this period's postmortems: 2 done");
    const body =
      github.issues.find((issue) => issue.body.includes('postmortem-lint:trends-issue'))?.body ??
      '';
    expect(body).toContain('None: every action item with a past deadline is done.');
    expect(body).toContain('AI-1: To Do here · #\u200D1 closed on GitHub 2026-01-18');
    expect(body).toContain('AI-2: In Progress here · #\u200D2 closed on GitHub 2026-01-19');

    // Without a token the Markdown decides, as before.
    const untracked = await run(workspace, {
      mode: 'report',
      'github-token': '',
      'report-path': '',
    });
    expect(untracked.outputs['overdue-action-items']).toBe('2');
  });

  test('not on the default branch, or without the permission: a notice, never a failure', async () => {
    const workspace = tempTree({ [PATH]: POSTMORTEM });
    const branch = await run(workspace, { ...inputs, issue: 'false' }, { ref: 'refs/heads/topic' });
    expect(notices(branch)).toContain(
      'create-issues: issues are opened only by runs on the default branch; none was opened.',
    );
    expect(harness.github.writes()).toEqual([]);

    harness.github.forbidden.add('write-issues');
    const refused = await run(workspace, { ...inputs, issue: 'false' });
    expect(refused.exitCode).toBe(0);
    expect(notices(refused).join('\n')).toContain(
      'The workflow needs "permissions: issues: write".',
    );
  });
});
