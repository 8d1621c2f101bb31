import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { lookUpIssues, reconcileTracking, type EtagCache } from '../../src/app/tracker.js';
import { lintFiles } from '../../src/engine/lint-files.js';
import { FakeGitHub } from '../support/fake-github.js';
import { config, tempTree } from '../support/lint.js';

let github: FakeGitHub;
beforeAll(async () => {
  github = await FakeGitHub.start();
});
afterAll(() => github.close());
beforeEach(() => github.reset());

const waits: number[] = [];
const client = (extra: { cache?: EtagCache; timeoutMs?: number } = {}) => ({
  token: 'ghs_test',
  apiUrl: github.url,
  sleep: async (ms: number) => {
    waits.push(ms);
  },
  ...extra,
});
beforeEach(() => {
  waits.length = 0;
});

describe('looking up linked issues', () => {
  test('open, closed as completed or not planned, merged and unmerged pull requests, 404, 403', async () => {
    github.addIssue({ body: '', repository: 'acme/incidents' }); // #1 open
    github.addIssue({
      body: '',
      repository: 'acme/incidents',
      state: 'closed',
      stateReason: 'completed',
      closedAt: '2026-01-05T10:00:00Z',
    });
    github.addIssue({
      body: '',
      repository: 'acme/incidents',
      state: 'closed',
      stateReason: 'not_planned',
    });
    github.addIssue({
      body: '',
      repository: 'acme/incidents',
      state: 'closed',
      isPullRequest: true,
      mergedAt: '2026-01-02T00:00:00Z',
    });
    github.addIssue({
      body: '',
      repository: 'acme/incidents',
      state: 'closed',
      isPullRequest: true,
    });
    github.unreadable.add('acme/secret');
    const result = await lookUpIssues(
      [
        'acme/incidents#1',
        'acme/incidents#2',
        'acme/incidents#3',
        'acme/incidents#4',
        'acme/incidents#5',
        'acme/incidents#99',
        'acme/secret#1',
      ],
      client(),
    );
    expect(result.issues).toEqual({
      'acme/incidents#1': { state: 'open' },
      'acme/incidents#2': {
        state: 'closed',
        reason: 'completed',
        closedAt: '2026-01-05T10:00:00Z',
      },
      'acme/incidents#3': { state: 'closed', reason: 'not_planned', closedAt: null },
      'acme/incidents#4': { state: 'closed', reason: 'completed', closedAt: null },
      'acme/incidents#5': { state: 'closed', reason: 'not_planned', closedAt: null },
      'acme/incidents#99': { state: 'missing' },
      'acme/secret#1': { state: 'inaccessible' },
    });
    expect(result.notices).toEqual([]);
    expect(result.requests).toBe(7);
    expect(github.requests[0].authorization).toBe('Bearer ghs_test');
  });

  test('many links to one repository: listed 100 a page, at most one request per 50 items', async () => {
    for (let i = 0; i < 450; i++)
      github.addIssue({ body: '', repository: 'acme/incidents', state: i % 2 ? 'closed' : 'open' });
    const keys = Array.from({ length: 400 }, (_, i) => `acme/incidents#${i + 1}`);
    const result = await lookUpIssues(keys, client());
    expect(Object.keys(result.issues)).toHaveLength(400);
    expect(result.issues['acme/incidents#2']).toMatchObject({ state: 'closed' });
    expect(result.requests).toBeLessThanOrEqual(400 / 50);
    expect(github.requests.every((r) => r.query.get('state') === 'all')).toBe(true);
  });

  test('past 10 pages: the rest is named in a notice, not fetched one by one', async () => {
    for (let i = 0; i < 1_100; i++) github.addIssue({ body: '', repository: 'acme/incidents' });
    // The listing is newest first on GitHub; the fake lists oldest first, so the last are missed.
    const keys = Array.from({ length: 30 }, (_, i) => `acme/incidents#${1_071 + i}`);
    const result = await lookUpIssues(keys, client());
    expect(result.requests).toBe(10);
    expect(result.notices).toEqual([
      '30 linked issues of acme/incidents are older than the 1000 issues listed (10 pages): not checked.',
    ]);
  });

  test('a rate limit is retried after Retry-After, then stops every lookup with one notice', async () => {
    github.addIssue({ body: '', repository: 'acme/incidents' });
    github.scripted.push({
      method: 'GET',
      path: /issues\/1$/,
      status: 429,
      headers: { 'retry-after': '2' },
    });
    let result = await lookUpIssues(['acme/incidents#1'], client());
    expect(waits).toEqual([2_000]);
    expect(result.issues['acme/incidents#1']).toEqual({ state: 'open' });

    for (let i = 0; i < 3; i++)
      github.scripted.push({
        method: 'GET',
        path: /issues\/1$/,
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '0' },
        body: { message: 'API rate limit exceeded' },
      });
    result = await lookUpIssues(['acme/incidents#1', 'acme/other#2'], client());
    expect(result.issues).toEqual({});
    expect(result.notices).toEqual([
      'Action item tracking stopped (rate limited by GitHub (retry after 0 s)): 2 linked issues not checked; the next run checks them.',
    ]);
    expect(github.requests.filter((r) => r.path.includes('acme/other'))).toEqual([]);
  });

  test('a long Retry-After is not waited for', async () => {
    github.scripted.push({
      method: 'GET',
      path: /issues\/1$/,
      status: 429,
      headers: { 'retry-after': '3600' },
    });
    const result = await lookUpIssues(['acme/incidents#1'], client());
    expect(waits).toEqual([]);
    expect(result.notices[0]).toContain('rate limited by GitHub (retry after 3600 s)');
  });

  test('5xx is retried with back-off; an HTML error page and a timeout give a notice', async () => {
    github.addIssue({ body: '', repository: 'acme/incidents' });
    github.scripted.push({
      method: 'GET',
      path: /issues\/1$/,
      status: 502,
      rawBody: '<html>Bad gateway</html>',
    });
    let result = await lookUpIssues(['acme/incidents#1'], client());
    expect(waits).toEqual([1_000]);
    expect(result.issues['acme/incidents#1']).toEqual({ state: 'open' });

    github.scripted.push({
      method: 'GET',
      path: /issues\/1$/,
      status: 200,
      rawBody: '<html>Sign in</html>',
    });
    result = await lookUpIssues(['acme/incidents#1'], client());
    expect(result.notices).toEqual([
      'Issues of acme/incidents not checked: GitHub answered HTTP 200 with a body that is not JSON.',
    ]);

    for (let i = 0; i < 3; i++)
      github.scripted.push({ method: 'GET', path: /issues\/1$/, status: 200, delayMs: 300 });
    result = await lookUpIssues(['acme/incidents#1'], client({ timeoutMs: 50 }));
    expect(result.notices).toEqual([
      'Issues of acme/incidents not checked: GitHub did not answer within 0.05 s.',
    ]);
  });

  test('ETags: a second run with the cache gets 304s and the same states', async () => {
    github.addIssue({
      body: '',
      repository: 'acme/incidents',
      state: 'closed',
      stateReason: 'completed',
    });
    const cache: EtagCache = { entries: {} };
    const first = await lookUpIssues(['acme/incidents#1'], client({ cache }));
    const second = await lookUpIssues(['acme/incidents#1'], client({ cache }));
    expect(second.issues).toEqual(first.issues);
    expect(github.notModified).toBe(1);
  });
});

describe('reconciling a corpus', () => {
  const postmortem = (rows: string[]) =>
    [
      '# Postmortem: queue backlog',
      '',
      '**Incident ID:** INC-1',
      '**Date:** 2026-01-10',
      '',
      '## Action Items',
      '',
      '| ID | Action | Owner | Deadline | Status |',
      '|----|--------|-------|----------|--------|',
      ...rows,
      '',
    ].join('\n');

  test('the rule reports drift; the other rules find the same with and without the lookup', async () => {
    github.addIssue({ body: '', repository: 'acme/incidents' });
    const root = tempTree({
      'postmortems/a.md': postmortem([
        '| #1 | Alert on backlog | @ops | 2026-01-20 | Done |',
        '| AI-2 | Drain script (https://gitlab.example/x/y/issues/3) | @ops | 2026-01-30 | To Do |',
      ]),
    });
    const files = [join(root, 'postmortems/a.md')];
    const base = config();
    const tracked = await reconcileTracking({
      files,
      config: base,
      client: client(),
      repository: 'Acme/Incidents',
    });
    expect(tracked.linked).toBe(1);
    const now = new Date('2026-02-06T12:00:00Z');
    const without = await lintFiles({ files, config: base, now, jobs: 1 });
    const withApi = await lintFiles({ files, config: tracked.config, now, jobs: 1 });
    const tracking = withApi.results[0].diagnostics.filter(
      (d) => d.ruleId === 'action-item-tracking',
    );
    expect(tracking.map((d) => `${d.line}:${d.severity}:${d.message}`)).toEqual([
      '10:error:#1 is Done here, but the issue is still open.',
      "11:warning:AI-2 links to https://gitlab.example/x/y/issues/3, on a host that is not this run's GitHub server: not looked up.",
    ]);
    const others = (run: typeof without) =>
      run.results[0].diagnostics.filter((d) => d.ruleId !== 'action-item-tracking');
    expect(others(withApi)).toEqual(others(without));
    expect(without.results[0].diagnostics.some((d) => d.ruleId === 'action-item-tracking')).toBe(
      false,
    );
  });

  test('bare #123 without a repository: a notice, no request', async () => {
    const root = tempTree({
      'postmortems/a.md': postmortem(['| #4 | Alert | @ops | 2026-01-20 | Done |']),
    });
    const tracked = await reconcileTracking({
      files: [join(root, 'postmortems/a.md')],
      config: config(),
      client: client(),
      repository: null,
    });
    expect(tracked.requests).toBe(0);
    expect(tracked.notices).toEqual([
      '1 action item link to a bare #number, but the repository is unknown (set GITHUB_REPOSITORY=owner/repo): not checked.',
    ]);
  });

  test('the rule turned off in the configuration: no request at all', async () => {
    const root = tempTree({
      'postmortems/a.md': postmortem(['| acme/x#4 | Alert | @ops | 2026-01-20 | Done |']),
    });
    const tracked = await reconcileTracking({
      files: [join(root, 'postmortems/a.md')],
      config: config({ rules: { 'action-item-tracking': 'off' } }),
      client: client(),
      repository: null,
    });
    expect(tracked.requests).toBe(0);
    expect(github.requests).toEqual([]);
  });
});
