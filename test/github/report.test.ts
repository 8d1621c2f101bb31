import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { ACTIONS_BOT } from '../support/fake-github.js';
import { tempTree } from '../support/lint.js';
import { actionHarness, runAction, type ActionRun, type ActionRunOptions } from './run-action.js';
import { postmortem, SPECS } from '../support/trend-postmortems.js';
import { ISSUE_MARKER } from '../../src/github/report.js';

const REPOSITORY = 'acme/incidents';
const SHA = 'f00dfeed00000000000000000000000000000001';

/** A real push webhook payload (@octokit/webhooks-examples), moved to the default branch of our repository. */
function pushPayload(): Record<string, unknown> {
  const require = createRequire(import.meta.url);
  const events = require('@octokit/webhooks-examples') as {
    name: string;
    examples: Record<string, unknown>[];
  }[];
  const example = events
    .find((event) => event.name === 'push')
    ?.examples.find((payload) => String(payload.ref).startsWith('refs/heads/'));
  if (!example) throw new Error('no branch push example in @octokit/webhooks-examples');
  const payload = structuredClone(example) as {
    ref: string;
    after: string;
    repository: { full_name: string; name: string; owner: { login?: string; name?: string } };
  };
  payload.ref = 'refs/heads/main';
  payload.after = SHA;
  Object.assign(payload.repository, { full_name: REPOSITORY, name: 'incidents' });
  return payload;
}

function checkout(): string {
  const files: Record<string, string> = { 'README.md': '# Incidents\n' };
  for (const spec of SPECS) files[`postmortems/${spec.date}.md`] = postmortem(spec);
  return tempTree(files);
}

/** Every input with action.yml's defaults for the report mode, as the runner passes them. */
const REPORT_DEFAULTS = {
  'report-path': 'postmortems/TRENDS.md',
  issue: 'false',
  'issue-label': 'postmortem-trends',
  'mention-owners': 'false',
};

const harness = actionHarness();

function report(
  options: Partial<ActionRunOptions> & { workspace?: string } = {},
): Promise<ActionRun> {
  return runAction({
    bundle: harness.bundle,
    workspace: options.workspace ?? checkout(),
    eventName: 'push',
    payload: pushPayload(),
    apiUrl: harness.github.url,
    repository: REPOSITORY,
    sha: SHA,
    ...options,
    inputs: { ...REPORT_DEFAULTS, ...options.inputs },
  });
}

describe('mode: report (auto on push to the default branch)', () => {
  test('writes the job summary, TRENDS.md and the outputs; no API call without issue: true', async () => {
    const workspace = checkout();
    const run = await report({ workspace });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('# Postmortem trends');
    expect(run.summary).toMatch(/```mermaid\n(%%{init:.*}%%\n)?xychart-beta/);
    // The summary links to the files at the commit; the committed report links relatively.
    expect(run.summary).toContain(
      `(https://github.com/${REPOSITORY}/blob/${SHA}/postmortems/2025-03-15.md#L36)`,
    );
    const trends = readFileSync(join(workspace, 'postmortems/TRENDS.md'), 'utf8');
    expect(trends).toContain('](2025-03-15.md#L36)');
    expect(run.outputs).toMatchObject({
      incidents: '5',
      'mttr-median-minutes': '50',
      'overdue-action-items': '3',
      // The category and the service group the same incidents: one recurring problem, one pattern.
      patterns: '1',
      'report-path': 'postmortems/TRENDS.md',
    });
    const json = JSON.parse(readFileSync(run.outputs['report-json'], 'utf8')) as {
      current: { incidents: { total: number } };
    };
    expect(json.current.incidents.total).toBe(5);
    expect(harness.github.requests).toEqual([]);
  });

  test('mode: report with an empty report-path writes no file', async () => {
    const workspace = checkout();
    const run = await report({
      workspace,
      eventName: 'schedule',
      payload: {},
      inputs: { mode: 'report', 'report-path': '' },
    });
    expect(run.exitCode).toBe(0);
    expect(() => readFileSync(join(workspace, 'postmortems/TRENDS.md'))).toThrow();
    expect(run.outputs['report-path']).toBeUndefined();
  });

  test('paths that match nothing: a notice and a zero report, and the step passes (unlike mode: lint)', async () => {
    const workspace = tempTree({ 'README.md': '# Incidents\n' });
    const run = await report({ workspace });
    expect(run.exitCode).toBe(0);
    expect(run.commands.filter((c) => c.command === 'notice').map((c) => c.message)).toEqual([
      'Input "paths": no file matches "postmortems/**/*.md"; the report covers no postmortem.',
    ]);
    expect(run.commands.filter((c) => c.command === 'error')).toEqual([]);
    expect(run.outputs).toMatchObject({
      incidents: '0',
      'overdue-action-items': '0',
      patterns: '0',
    });
    expect(readFileSync(join(workspace, 'postmortems/TRENDS.md'), 'utf8')).toContain(
      '# Postmortem trends',
    );
  });

  test('one glob of several matches nothing: the notice names it, the report covers the rest', async () => {
    const run = await report({ inputs: { paths: 'postmortems/*.md, incidents/{a,b}.md' } });
    expect(run.exitCode).toBe(0);
    expect(run.commands.filter((c) => c.command === 'notice').map((c) => c.message)).toEqual([
      'Input "paths": no file matches "incidents/{a,b}.md"; the report covers the 6 postmortems the other globs match.',
    ]);
    expect(run.outputs.incidents).toBe('5');
  });

  test('a report-path outside the repository fails the step with the input named', async () => {
    const run = await report({ inputs: { 'report-path': '../outside.md' } });
    expect(run.exitCode).toBe(1);
    const errors = run.commands.filter((command) => command.command === 'error');
    expect(errors.map((command) => command.message)).toContainEqual(
      expect.stringContaining('input "report-path" must be a path inside the repository'),
    );
  });
});

describe('tracking issue (issue: true)', () => {
  test('creates one issue with the label and marker, then updates it, never a second one', async () => {
    const first = await report({ inputs: { issue: 'true' } });
    expect(first.exitCode).toBe(0);
    expect(harness.github.writes()).toEqual([`POST /repos/${REPOSITORY}/issues`]);
    expect(harness.github.issues).toHaveLength(1);
    const [issue] = harness.github.issues;
    expect(issue.labels).toEqual(['postmortem-trends']);
    expect(issue.title).toBe('Postmortem follow-ups: 3 overdue action items');
    expect(issue.body).toContain(ISSUE_MARKER);
    expect(issue.body).toContain('## Overdue action items');
    expect(issue.body).toContain('connection-pool');
    expect(first.outputs['issue-number']).toBe(String(issue.number));

    // Same input: found again by label and marker; the body is equal, so nothing is written.
    harness.github.requests.length = 0;
    await report({ inputs: { issue: 'true' } });
    expect(harness.github.writes()).toEqual([]);

    // A later day: the same issue is updated in place.
    harness.github.requests.length = 0;
    const later = await report({ inputs: { issue: 'true', now: '2026-02-20' } });
    expect(later.exitCode).toBe(0);
    expect(harness.github.writes()).toEqual([`PATCH /repos/${REPOSITORY}/issues/${issue.number}`]);
    expect(harness.github.issues).toHaveLength(1);
  });

  test('finds a marked issue without the label among open issues; ignores pull requests and closed issues', async () => {
    harness.github.addIssue({ body: `${ISSUE_MARKER}\nold`, isPullRequest: true });
    harness.github.addIssue({ body: `${ISSUE_MARKER}\nold`, state: 'closed' });
    const kept = harness.github.addIssue({ body: `${ISSUE_MARKER}\nold`, user: ACTIONS_BOT });
    await report({ inputs: { issue: 'true' } });
    expect(harness.github.writes()).toEqual([`PATCH /repos/${REPOSITORY}/issues/${kept.number}`]);
  });

  test('escapes postmortem text and pings owners only with mention-owners: true', async () => {
    await report({ inputs: { issue: 'true' } });
    const quiet = harness.github.issues[0].body;
    expect(quiet).toContain('@\u200Dsre-team');
    expect(quiet).not.toMatch(/@sre-team|@alice/);
    expect(quiet).toContain('Fix the \\| pipe');
    harness.github.reset();
    await report({ inputs: { issue: 'true', 'mention-owners': 'true' } });
    const loud = harness.github.issues[0].body;
    expect(loud).toContain('| @sre-team |');
    // Only owners ping: a mention inside the action text stays quiet.
    expect(loud).not.toContain('ping @alice');
  });

  test('a read-only token: a warning with the permission to add, and the step passes', async () => {
    harness.github.forbidden.add('write-issues');
    const run = await report({ inputs: { issue: 'true' } });
    expect(run.exitCode).toBe(0);
    const warnings = run.commands
      .filter((command) => command.command === 'warning')
      .map((command) => command.message);
    expect(warnings).toContainEqual(expect.stringContaining('issues: write'));
  });
});
