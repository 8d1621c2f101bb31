import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { issueMarker } from '../../../src/app/action-item-issues.js';
import { ACTIONS_BOT, FakeGitHub } from '../../support/fake-github.js';
import { tempTree } from '../../support/lint.js';
import { runCli } from '../run-cli.js';

let github: FakeGitHub;
beforeAll(async () => {
  github = await FakeGitHub.start();
});
afterAll(() => github.close());
beforeEach(() => github.reset());

const POSTMORTEM = [
  '# Postmortem: queue backlog',
  '',
  '**Incident ID:** INC-2026-0110-001',
  '**Date:** 2026-01-10',
  '',
  '## Action Items',
  '',
  '| ID | Action | Owner | Deadline | Status |',
  '|----|--------|-------|----------|--------|',
  '| AI-1 | Alert on backlog | @ops | 2026-01-20 | To Do |',
  '| AI-2 | Drain script | @ops | 2026-01-30 | To Do |',
  '| AI-3 | Page the owner (#9) | @ops | 2026-01-30 | To Do |',
  '',
].join('\r\n');

const env = (extra: Record<string, string> = {}) => ({
  GITHUB_TOKEN: 'ghp_test',
  GITHUB_API_URL: github.url,
  GITHUB_REPOSITORY: 'acme/incidents',
  ...extra,
});

const marked = (item: string, user = ACTIONS_BOT) =>
  github.addIssue({
    body: `${issueMarker({ incident: 'INC-2026-0110-001', item })}\nOpened by postmortem-lint.`,
    labels: ['postmortem-action-item'],
    user,
  });

describe('postmortem-lint link', () => {
  test('writes the references of the bot-opened issues after each action, keeping CRLF', async () => {
    const root = tempTree({ 'postmortems/a.md': POSTMORTEM });
    const first = marked('AI-1');
    marked('AI-3'); // AI-3 is linked already: left alone.
    // A stranger pasted the marker of AI-2: not trusted.
    marked('AI-2', { login: 'mallory', id: 66, type: 'User' });
    const outcome = await runCli(['link'], root, env());
    expect(outcome.stderr).toBe('');
    expect(outcome.stdout).toBe(
      `postmortems/a.md: AI-1 → #${first.number}\n1 reference written in 1 file.\n`,
    );
    const text = readFileSync(join(root, 'postmortems/a.md'), 'utf8');
    expect(text).toContain(`| AI-1 | Alert on backlog (#${first.number}) | @ops |`);
    expect(text).toContain('| AI-2 | Drain script | @ops |');
    expect(text.split('\r\n')).toHaveLength(POSTMORTEM.split('\r\n').length);
    // Rerun: nothing left to link.
    const again = await runCli(['link'], root, env());
    expect(again.stdout).toBe(
      'No issue to link: every open item with an issue opened for it is linked already.\n',
    );
    expect(github.writes()).toEqual([]);
  });

  test('without a token or a repository: exit 2 with what to set; --github-token-env names the variable', async () => {
    const root = tempTree({ 'postmortems/a.md': POSTMORTEM });
    expect((await runCli(['link'], root, {})).code).toBe(2);
    const missing = await runCli(['link', '--github-token-env', 'MY_PAT'], root, env());
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      '--github-token-env MY_PAT: the variable MY_PAT is not set or empty.',
    );
    const noRepo = await runCli(['link'], root, { GITHUB_TOKEN: 'x', GITHUB_API_URL: github.url });
    expect(noRepo.stderr).toContain('set GITHUB_REPOSITORY=owner/repo');
  });

  test('the repository is read from the origin remote; a rate limit is a notice, nothing written', async () => {
    const root = tempTree({
      'postmortems/a.md': POSTMORTEM,
      '.git/config':
        '[core]\n\tbare = false\n[remote "origin"]\n\turl = git@github.com:acme/incidents.git\n',
    });
    for (let i = 0; i < 3; i++)
      github.scripted.push({
        method: 'GET',
        path: /issues$/,
        status: 429,
        headers: { 'retry-after': '0' },
      });
    const outcome = await runCli(['link'], root, { GITHUB_TOKEN: 'x', GITHUB_API_URL: github.url });
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toBe(
      'postmortem-lint: notice: Issues of acme/incidents not read: rate limited by GitHub (retry after 0 s).\n',
    );
    expect(github.requests[0].path).toBe('/repos/acme/incidents/issues');
  });
});

describe('lint with a token', () => {
  test('--github-token-env: drift is reported; the other findings are those of a run without it', async () => {
    const root = tempTree({
      'postmortems/a.md': POSTMORTEM.replace(
        '| AI-3 | Page the owner (#9) | @ops | 2026-01-30 | To Do |',
        '| AI-3 | Page the owner (#9) | @ops | 2026-01-30 | Done |',
      ),
    });
    github.addIssue({ body: '', repository: 'acme/incidents' });
    const args = ['--now', '2026-02-06', '--format', 'json'];
    const without = await runCli(args, root, {});
    const withApi = await runCli(
      [...args, '--github-token-env', 'MY_PAT'],
      root,
      env({ MY_PAT: 'ghp_x', GITHUB_TOKEN: '' }),
    );
    type Json = Array<{ messages: Array<{ ruleId: string; message: string; line: number }> }>;
    const messages = (text: string) => (JSON.parse(text) as Json)[0].messages;
    const tracking = messages(withApi.stdout).filter((m) => m.ruleId === 'action-item-tracking');
    // The fake numbers its issues from 1; #9 does not exist.
    expect(tracking.map((m) => `${m.line} ${m.message}`)).toEqual([
      '12 AI-3 links to #9, which is no issue or pull request of acme/incidents (HTTP 404).',
    ]);
    expect(messages(withApi.stdout).filter((m) => m.ruleId !== 'action-item-tracking')).toEqual(
      messages(without.stdout),
    );
    expect(github.requests.map((r) => `${r.method} ${r.path} ${r.authorization}`)).toEqual([
      'GET /repos/acme/incidents/issues/9 Bearer ghp_x',
    ]);
  });
});
