import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import schema from '../../../schemas/report.schema.json' with { type: 'json' };
import type { TrendReport } from '../../../src/trends/report.js';
import { FakeGitHub } from '../../support/fake-github.js';
import { tempTree } from '../../support/lint.js';
import { runCli } from '../run-cli.js';

/**
 * `postmortem-lint report` with a GitHub token: the tracker's state decides the counts and the
 * overdue list where it is known, as in the Action's report mode; the JSON's overdue items carry
 * GitHub's state where it differs; without a token, or when GitHub fails, the Markdown decides.
 */

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

let github: FakeGitHub;
beforeAll(async () => {
  github = await FakeGitHub.start();
});
afterAll(() => github.close());
beforeEach(() => github.reset());

const PATH = 'postmortems/2026-01-10-queue.md';
const POSTMORTEM = [
  '# Postmortem: queue backlog after a consumer deploy',
  '',
  '**Incident ID:** INC-2026-0110-001',
  '**Date:** 2026-01-10',
  '**Severity:** SEV-2',
  '',
  '## Action Items',
  '',
  '| ID | Action | Owner | Deadline | Status |',
  '|----|--------|-------|----------|--------|',
  '| AI-1 | Alert on queue depth (#1) | @alice | 2026-01-20 | To Do |',
  '| AI-2 | Page on consumer lag (#2) | @bob | 2026-01-25 | Done |',
  '| AI-3 | Shard the queue by tenant | @carol | 2026-01-28 | In Progress |',
  '| AI-4 | Retire the old consumer (acme/legacy#7) | @bob | 2026-01-30 | To Do |',
  '',
].join('\n');

/** #1 closed as completed on 2026-01-18, #2 still open; acme/legacy#7 closed as not planned (numbers are global). */
function trackerState(): void {
  github.addIssue({
    body: '',
    repository: 'acme/incidents',
    state: 'closed',
    stateReason: 'completed',
    closedAt: '2026-01-18T09:00:00Z',
  });
  github.addIssue({ body: '', repository: 'acme/incidents' });
  for (let n = 3; n < 7; n++) github.addIssue({ body: '', repository: 'acme/legacy' });
  github.addIssue({
    body: '',
    repository: 'acme/legacy',
    state: 'closed',
    stateReason: 'not_planned',
    closedAt: '2026-01-21T12:00:00Z',
  });
}

const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  GITHUB_TOKEN: 'ghp_test',
  GITHUB_API_URL: github.url,
  GITHUB_REPOSITORY: 'acme/incidents',
  ...extra,
});

const JSON_ARGS = ['report', 'postmortems', '--format', 'json', '--now', '2026-02-06'];

async function jsonReport(
  args: string[],
  root: string,
  environment: NodeJS.ProcessEnv,
): Promise<{ report: TrendReport; stderr: string; code: number }> {
  const outcome = await runCli(args, root, environment);
  return {
    report: JSON.parse(outcome.stdout || 'null') as TrendReport,
    stderr: outcome.stderr,
    code: outcome.code,
  };
}

const overdue = (report: TrendReport) =>
  report.overdueActionItems.map((item) => [item.id, item.status, item.tracker ?? null]);

describe('report with a GitHub token', () => {
  test("the tracker's state decides; overdue items carry GitHub's state where it differs", async () => {
    trackerState();
    const root = tempTree({ [PATH]: POSTMORTEM });
    const without = await jsonReport(JSON_ARGS, root, {});
    expect(overdue(without.report)).toEqual([
      ['AI-1', 'To Do', null],
      ['AI-3', 'In Progress', null],
      ['AI-4', 'To Do', null],
    ]);
    expect(without.report.current.actionItems).toMatchObject({ done: 1, overdue: 3 });

    const tracked = await jsonReport(JSON_ARGS, root, env());
    expect(tracked.stderr).toBe('');
    expect(tracked.code).toBe(0);
    // AI-1 and AI-4 are closed on GitHub: not overdue. AI-2 is Done here but #2 is open: overdue,
    // its status as written, GitHub's state beside it.
    expect(overdue(tracked.report)).toEqual([
      [
        'AI-2',
        'Done',
        { issue: 'acme/incidents#2', state: 'open', closedAt: null, stateReason: null },
      ],
      ['AI-3', 'In Progress', null],
    ]);
    expect(tracked.report.current.actionItems).toMatchObject({ done: 2, overdue: 2 });
    expect(validate(tracked.report) ? [] : validate.errors).toEqual([]);
    expect(github.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /repos/acme/incidents/issues/1',
      'GET /repos/acme/incidents/issues/2',
      'GET /repos/acme/legacy/issues/7',
    ]);
    // Deterministic: the same answers give the same JSON.
    const again = await runCli(JSON_ARGS, root, env());
    expect(again.stdout).toBe(`${JSON.stringify(tracked.report, null, 2)}\n`);
  });

  test('the Markdown report shows both states; --github-token-env names the variable', async () => {
    trackerState();
    const root = tempTree({ [PATH]: POSTMORTEM });
    const outcome = await runCli(
      ['report', 'postmortems', '--now', '2026-02-06', '--github-token-env', 'MY_PAT'],
      root,
      env({ GITHUB_TOKEN: '', MY_PAT: 'ghp_mine' }),
    );
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('AI-2 (Done here · #\u200D2 open on GitHub)');
    expect(github.requests.every((request) => request.authorization === 'Bearer ghp_mine')).toBe(
      true,
    );
    const unset = await runCli(
      ['report', 'postmortems', '--github-token-env', 'UNSET_PAT'],
      root,
      env(),
    );
    expect(unset.code).toBe(2);
    expect(unset.stderr).toContain(
      '--github-token-env UNSET_PAT: the variable UNSET_PAT is not set',
    );
  });

  test('a rate limit or an outage: a notice on stderr, the report as without a token', async () => {
    trackerState();
    const root = tempTree({ [PATH]: POSTMORTEM });
    const without = await runCli(JSON_ARGS, root, {});
    for (let i = 0; i < 3; i++)
      github.scripted.push({
        method: 'GET',
        path: /\/issues\/\d+$/,
        status: 429,
        headers: { 'retry-after': '0' },
      });
    const limited = await runCli(JSON_ARGS, root, env({ POSTMORTEM_LINT_RETRY_DELAY_SCALE: '0' }));
    expect(limited.code).toBe(0);
    expect(limited.stderr).toBe(
      'postmortem-lint: notice: Action item tracking stopped (rate limited by GitHub (retry after 0 s)): 3 linked issues not checked; the next run checks them.\n',
    );
    expect(limited.stdout).toBe(without.stdout);

    // An answer that is not JSON (a proxy's error page): no retry, a notice.
    github.scripted.push({ method: 'GET', path: /\/issues\/1$/, status: 200, rawBody: '<html>' });
    const garbled = await runCli(JSON_ARGS, root, env());
    expect(garbled.code).toBe(0);
    expect(garbled.stderr).toBe(
      'postmortem-lint: notice: Issues of acme/incidents not checked: GitHub answered HTTP 200 with a body that is not JSON.\n',
    );
    expect(garbled.stderr).not.toMatch(/\n\s+at /);
  });

  test('the repository: --repository, else the origin remote; unknown: bare links are named in a notice', async () => {
    trackerState();
    const root = tempTree({ [PATH]: POSTMORTEM });
    const unknown = await runCli(JSON_ARGS, root, env({ GITHUB_REPOSITORY: '' }));
    expect(unknown.stderr).toContain(
      'postmortem-lint: notice: 2 action items link to a bare #number, but the repository is unknown',
    );
    expect(github.requests.map((request) => request.path)).toEqual(['/repos/acme/legacy/issues/7']);

    github.requests.length = 0;
    const given = await jsonReport(
      [...JSON_ARGS, '--repository', 'Acme/Incidents'],
      root,
      env({ GITHUB_REPOSITORY: '' }),
    );
    expect(given.stderr).toBe('');
    expect(overdue(given.report).map(([id]) => id)).toEqual(['AI-2', 'AI-3']);

    const withRemote = tempTree({
      [PATH]: POSTMORTEM,
      '.git/config': '[remote "origin"]\n\turl = https://github.com/acme/incidents.git\n',
    });
    const remote = await jsonReport(JSON_ARGS, withRemote, env({ GITHUB_REPOSITORY: '' }));
    expect(overdue(remote.report).map(([id]) => id)).toEqual(['AI-2', 'AI-3']);

    const bad = await runCli([...JSON_ARGS, '--repository', 'incidents'], root, env());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--repository must be owner/name (got "incidents").');
  });

  test('a saved index resolves bare links in the repository it records', async () => {
    trackerState();
    const root = tempTree({ [PATH]: POSTMORTEM });
    const indexed = await runCli(
      [
        'index',
        'postmortems',
        '--now',
        '2026-02-06',
        '--repository',
        'acme/incidents',
        '--out',
        'index.json',
      ],
      root,
    );
    expect(indexed.code).toBe(0);
    const fromIndex = await jsonReport(
      ['report', '--index', 'index.json', '--format', 'json', '--now', '2026-02-06'],
      root,
      env({ GITHUB_REPOSITORY: 'someone/else' }),
    );
    expect(fromIndex.stderr).toBe('');
    expect(overdue(fromIndex.report)).toEqual([
      [
        'AI-2',
        'Done',
        { issue: 'acme/incidents#2', state: 'open', closedAt: null, stateReason: null },
      ],
      ['AI-3', 'In Progress', null],
    ]);
    expect(fromIndex.report.overdueActionItems.map((item) => item.repository)).toEqual([
      'acme/incidents',
      'acme/incidents',
    ]);
  });

  test('action-item-tracking off in the configuration: no request, the Markdown decides', async () => {
    trackerState();
    const root = tempTree({
      [PATH]: POSTMORTEM,
      '.postmortemrc.yml': 'rules:\n  action-item-tracking: off\n',
    });
    const off = await jsonReport(JSON_ARGS, root, env());
    expect(github.requests).toEqual([]);
    expect(off.report.current.actionItems).toMatchObject({ done: 1, overdue: 3 });
  });
});
