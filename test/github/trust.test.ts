import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, test } from '@jest/globals';
import { ACTIONS_BOT, type FakeUser } from '../support/fake-github.js';
import { tempTree } from '../support/lint.js';
import { postmortem, SPECS } from '../support/trend-postmortems.js';
import {
  CITED_EARLIER,
  UNCITED_EARLIER,
  UNCITED_PATH,
  outageWithHostileSeverity,
} from './postmortems.js';
import {
  actionHarness,
  pullRequestPayload,
  runAction,
  type ActionRun,
  type ActionRunOptions,
} from './run-action.js';
import { ISSUE_MARKER } from '../../src/github/report.js';
import { COMMENT_MARKER } from '../../src/github/comment.js';

/**
 * Issue 13 (trust): the tracking issue is only ever one the token's identity wrote; concurrent
 * runs end with one sticky comment; idempotent calls are retried on 5xx and short rate limits, and
 * a rate limit is never explained as a missing permission; a bad event payload fails with one line.
 */

const REPOSITORY = 'acme/incidents';
const PULL = 7;
const OUTAGE = 'postmortems/2026-02-05-api-outage.md';
const COMMENTS = `/repos/${REPOSITORY}/issues/${PULL}/comments`;
const STRANGER: FakeUser = { login: 'mallory', id: 666, type: 'User' };
/** Waits between tries are real delays scaled to nothing. */
const FAST_RETRIES = { POSTMORTEM_LINT_RETRY_DELAY_SCALE: '0' };

const harness = actionHarness();

const messages = (run: ActionRun, command: string): string[] =>
  run.commands.filter((c) => c.command === command).map((c) => c.message);

function trendsCheckout(): string {
  const files: Record<string, string> = { 'README.md': '# Incidents\n' };
  for (const spec of SPECS) files[`postmortems/${spec.date}.md`] = postmortem(spec);
  return tempTree(files);
}

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
  return { ...structuredClone(example), ref: 'refs/heads/main' };
}

function report(options: Partial<ActionRunOptions> = {}): Promise<ActionRun> {
  return runAction({
    bundle: harness.bundle,
    workspace: trendsCheckout(),
    eventName: 'push',
    payload: pushPayload(),
    apiUrl: harness.github.url,
    repository: REPOSITORY,
    ...options,
    inputs: {
      'report-path': '',
      issue: 'true',
      'issue-label': 'postmortem-trends',
      'mention-owners': 'false',
      ...options.inputs,
    },
    env: { ...FAST_RETRIES, ...options.env },
  });
}

function onPullRequest(env: Record<string, string> = {}): Promise<ActionRun> {
  harness.github.pullFiles.set(PULL, [{ filename: OUTAGE, status: 'modified' }]);
  return runAction({
    bundle: harness.bundle,
    workspace: tempTree({
      ...CITED_EARLIER,
      [UNCITED_PATH]: UNCITED_EARLIER,
      [OUTAGE]: outageWithHostileSeverity(),
    }),
    eventName: 'pull_request',
    payload: pullRequestPayload({ repository: REPOSITORY, number: PULL, headSha: 'a'.repeat(40) }),
    apiUrl: harness.github.url,
    env: { ...FAST_RETRIES, ...env },
  });
}

const ours = (): number =>
  harness.github.comments.filter((c) => c.user.login === ACTIONS_BOT.login).length;

describe('the tracking issue is only ever one the token wrote', () => {
  test("a stranger's open issue with the marker (and the label) is never edited: a new issue is created", async () => {
    const planted = harness.github.addIssue({
      body: `${ISSUE_MARKER}\nplease overwrite me`,
      labels: ['postmortem-trends'],
      user: STRANGER,
    });
    const run = await report();
    expect(run.exitCode).toBe(0);
    expect(harness.github.writes()).toEqual([`POST /repos/${REPOSITORY}/issues`]);
    expect(planted.body).toBe(`${ISSUE_MARKER}\nplease overwrite me`);
    const created = harness.github.issues.find((issue) => issue.number !== planted.number);
    expect(created?.user).toEqual(ACTIONS_BOT);
    expect(run.outputs['issue-number']).toBe(String(created?.number));

    // The next run finds the bot's own issue, not the stranger's older one.
    harness.github.requests.length = 0;
    await report({ inputs: { now: '2026-02-20' } });
    expect(harness.github.writes()).toEqual([
      `PATCH /repos/${REPOSITORY}/issues/${created?.number}`,
    ]);
    expect(planted.body).toBe(`${ISSUE_MARKER}\nplease overwrite me`);
  });

  test("the bot's own marked issue is updated even when a stranger's marked issue is older", async () => {
    harness.github.addIssue({ body: `${ISSUE_MARKER}\nfake`, user: STRANGER });
    const mine = harness.github.addIssue({ body: `${ISSUE_MARKER}\nold`, user: ACTIONS_BOT });
    await report();
    expect(harness.github.writes()).toEqual([`PATCH /repos/${REPOSITORY}/issues/${mine.number}`]);
  });

  test('a personal access token updates the issue its own login wrote, never a stranger’s', async () => {
    const me: FakeUser = { login: 'release-bot-user', id: 77, type: 'User' };
    harness.github.commenter = me;
    harness.github.tokenUser = me;
    harness.github.addIssue({ body: `${ISSUE_MARKER}\nfake`, user: STRANGER });
    const mine = harness.github.addIssue({ body: `${ISSUE_MARKER}\nold`, user: me });
    await report();
    expect(harness.github.writes()).toEqual([`PATCH /repos/${REPOSITORY}/issues/${mine.number}`]);
  });

  test('a rate-limited write of the issue is reported as a rate limit, not a permission', async () => {
    harness.github.scripted.push({
      method: 'POST',
      path: /\/issues$/,
      status: 403,
      headers: { 'retry-after': '120' },
      body: { message: 'You have exceeded a secondary rate limit.' },
    });
    const run = await report();
    expect(run.exitCode).toBe(0);
    const warnings = messages(run, 'warning').join('\n');
    expect(warnings).toContain(
      'The tracking issue could not be written (rate limited by GitHub (retry after 120 s)).',
    );
    expect(warnings).not.toContain('issues: write');
  });
});

describe('one sticky comment, even with concurrent runs', () => {
  test('another run comments between our look and our write: ours is deleted, theirs updated', async () => {
    let other = 0;
    harness.github.onRequest = (request) => {
      if (request.method === 'POST' && request.path === COMMENTS && other === 0)
        other = harness.github.addComment(PULL, `${COMMENT_MARKER}\nother run`, ACTIONS_BOT).id;
    };
    const run = await onPullRequest();
    expect(run.exitCode).toBe(1);
    const mine = (harness.github.requests.find((r) => r.method === 'POST')?.body ?? {}) as {
      body?: string;
    };
    expect(harness.github.writes()).toEqual([
      `POST ${COMMENTS}`,
      `DELETE /repos/${REPOSITORY}/issues/comments/${other + 1}`,
      `PATCH /repos/${REPOSITORY}/issues/comments/${other}`,
    ]);
    expect(harness.github.comments.map((c) => c.id)).toEqual([other]);
    expect(harness.github.comments[0].body).toBe(mine.body);
    expect(run.stdout).toContain('Pull request comment: updated.');
  });
});

describe('retries and rate limits', () => {
  test('GETs are retried after a 502 and a 429 with retry-after: the comment is posted once', async () => {
    harness.github.scripted.push(
      { method: 'GET', path: /\/comments$/, status: 502, body: { message: 'Bad Gateway' } },
      {
        method: 'GET',
        path: /\/comments$/,
        status: 429,
        headers: { 'retry-after': '2' },
        body: { message: 'Too many requests' },
      },
    );
    const run = await onPullRequest();
    expect(run.exitCode).toBe(1);
    const lists = harness.github.requests.filter((r) => r.method === 'GET' && r.path === COMMENTS);
    // Two failed tries and a good one for the first look, one more after creating.
    expect(lists).toHaveLength(4);
    expect(harness.github.writes()).toEqual([`POST ${COMMENTS}`]);
    expect(ours()).toBe(1);
  });

  test('a PATCH of a known comment is retried on a secondary rate limit (x-ratelimit-remaining: 0)', async () => {
    const mine = harness.github.addComment(PULL, `${COMMENT_MARKER}\nold`, ACTIONS_BOT);
    harness.github.scripted.push({
      method: 'PATCH',
      path: /\/issues\/comments\/\d+$/,
      status: 403,
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 5),
      },
      body: { message: 'API rate limit exceeded' },
    });
    const run = await onPullRequest();
    expect(harness.github.writes()).toEqual([
      `PATCH /repos/${REPOSITORY}/issues/comments/${mine.id}`,
      `PATCH /repos/${REPOSITORY}/issues/comments/${mine.id}`,
    ]);
    expect(mine.body).not.toContain('old');
    expect(run.stdout).toContain('Pull request comment: updated.');
  });

  test('a POST is never retried: a rate-limited create is one request and a rate-limit notice', async () => {
    harness.github.scripted.push({
      method: 'POST',
      path: /\/comments$/,
      status: 403,
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 60),
      },
      body: { message: 'API rate limit exceeded for installation ID 1.' },
    });
    const run = await onPullRequest();
    expect(run.exitCode).toBe(1);
    expect(harness.github.writes()).toEqual([`POST ${COMMENTS}`]);
    const notice = messages(run, 'notice').find((m) => m.startsWith('No pull request comment'));
    const wait = Number(
      /^No pull request comment \(rate limited by GitHub \(retry after (\d+) s\)\)/.exec(
        notice ?? '',
      )?.[1],
    );
    expect(wait).toBeGreaterThan(30);
    // x-ratelimit-reset was a minute away when the fake was told; the run took a few seconds.
    expect(wait).toBeLessThanOrEqual(60);
    expect(notice).not.toContain('pull-requests: write');
    expect(ours()).toBe(0);
  });

  test('a wait longer than is worth waiting is not waited for: one request, the wait in the notice', async () => {
    harness.github.scripted.push({
      method: 'GET',
      path: /\/comments$/,
      status: 429,
      headers: { 'retry-after': '3600' },
    });
    const run = await onPullRequest({ POSTMORTEM_LINT_RETRY_DELAY_SCALE: '1' });
    expect(harness.github.requests.filter((r) => r.path === COMMENTS)).toHaveLength(1);
    expect(messages(run, 'notice')).toContainEqual(
      expect.stringContaining(
        'No pull request comment (rate limited by GitHub (retry after 3600 s))',
      ),
    );
  });

  test('a permission 403 is not retried and names the permission', async () => {
    harness.github.forbidden.add('list-comments');
    const run = await onPullRequest();
    expect(harness.github.requests.filter((r) => r.path === COMMENTS)).toHaveLength(1);
    expect(messages(run, 'notice')).toContainEqual(
      expect.stringContaining(
        'No pull request comment (HTTP 403: Resource not accessible by integration). The workflow needs permissions: pull-requests: write',
      ),
    );
  });

  test('tries are bounded: three 503s, then a warning, and the check still fails on its findings', async () => {
    for (let i = 0; i < 5; i++)
      harness.github.scripted.push({ method: 'GET', path: /\/comments$/, status: 503 });
    const run = await onPullRequest();
    expect(harness.github.requests.filter((r) => r.path === COMMENTS)).toHaveLength(3);
    expect(messages(run, 'warning')).toContainEqual(
      expect.stringContaining('The pull request comment could not be written (HTTP 503'),
    );
    expect(run.exitCode).toBe(1);
  });
});

describe('a bad event payload fails with one line, before @actions/github sees it', () => {
  const cases: [string, (dir: string) => string, RegExp][] = [
    [
      'a directory',
      (dir) => (mkdirSync(join(dir, 'event.json')), join(dir, 'event.json')),
      /is a directory, not a file$/,
    ],
    [
      'invalid JSON',
      (dir) => (
        writeFileSync(join(dir, 'event.json'), '{"pull_request": '),
        join(dir, 'event.json')
      ),
      /is not valid JSON \(.+\)$/,
    ],
    [
      'a JSON array',
      (dir) => (writeFileSync(join(dir, 'event.json'), '[]'), join(dir, 'event.json')),
      /holds an array, not a JSON object$/,
    ],
  ];
  test.each(cases)('GITHUB_EVENT_PATH is %s', async (_, make, why) => {
    const eventPath = make(tempTree({}));
    const run = await runAction({
      bundle: harness.bundle,
      workspace: tempTree({ [OUTAGE]: outageWithHostileSeverity() }),
      eventName: 'pull_request',
      apiUrl: harness.github.url,
      env: { GITHUB_EVENT_PATH: eventPath },
    });
    expect(run.exitCode).toBe(1);
    const errors = messages(run, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^postmortem-lint failed: the event payload GITHUB_EVENT_PATH=/);
    expect(errors[0]).toContain(eventPath);
    expect(errors[0]).toMatch(why);
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/\n\s+at |SyntaxError|EISDIR: /);
    expect(run.stderr).toBe('');
    expect(harness.github.requests).toEqual([]);
  });
});
