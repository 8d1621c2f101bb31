import {
  githubHosts,
  issueKey,
  trackedBy,
  trackerLinks,
  type GitHubLink,
} from '../../src/model/tracker-links.js';
import { growthRatio, LINEAR_GROWTH } from '../support/growth.js';

const hosts = { githubHosts: githubHosts('https://ghe.acme.example') };
const links = (id: string | null, action: string | null = null) =>
  trackerLinks({ id, action }, hosts);

describe('tracker links', () => {
  test('#123, owner/repo#123, issue and pull request URLs', () => {
    expect(links('#57')).toEqual([
      { kind: 'github', owner: null, repo: null, number: 57, text: '#57', field: 'id' },
    ]);
    expect(links('acme/api#8')[0]).toMatchObject({ owner: 'acme', repo: 'api', number: 8 });
    expect(links(null, 'Fix it (https://github.com/acme/api/issues/12).')[0]).toMatchObject({
      kind: 'github',
      owner: 'acme',
      repo: 'api',
      number: 12,
      field: 'action',
      text: 'https://github.com/acme/api/issues/12',
    });
    expect(links('https://github.com/acme/api/pull/9')[0]).toMatchObject({ number: 9 });
  });

  test('the GitHub Enterprise host of GITHUB_SERVER_URL is GitHub too', () => {
    expect(links('https://ghe.acme.example/ops/db/issues/3')[0]).toMatchObject({
      kind: 'github',
      owner: 'ops',
      number: 3,
    });
    expect(githubHosts('not a url')).toEqual(['github.com']);
  });

  test('Jira and Linear links are external references, never GitHub ones', () => {
    expect(links(null, 'See https://acme.atlassian.net/browse/OPS-12')[0]).toMatchObject({
      kind: 'external',
      system: 'jira',
      key: 'OPS-12',
    });
    expect(links('https://linear.app/acme/issue/ENG-4/fix-the-thing')[0]).toMatchObject({
      kind: 'external',
      system: 'linear',
      key: 'ENG-4',
    });
    expect(links('https://gitlab.example/acme/api/issues/5')[0]).toMatchObject({
      kind: 'external',
      system: 'other',
    });
  });

  test('malformed links are named with why; item ids and repository links are no links', () => {
    expect(links('#0')[0]).toMatchObject({ kind: 'malformed', reason: 'issue numbers start at 1' });
    expect(links('#12345678901')[0]).toMatchObject({ kind: 'malformed' });
    expect(links('https://github.com/acme/api/issues/latest')[0]).toMatchObject({
      kind: 'malformed',
      reason: '"latest" after /issues/ is not an issue number',
    });
    expect(links('AI-3', 'Read https://github.com/acme/api and C# docs')).toEqual([]);
    expect(links('AI-3', 'issue#12 or a#b')).toEqual([]);
  });

  test('the first readable link is where the item is tracked; keys are lower case', () => {
    const found = links('#0', 'Tracked in Acme/API#4 and #5');
    expect(found.map((link) => link.kind)).toEqual(['malformed', 'github', 'github']);
    const tracked = trackedBy(found) as GitHubLink;
    expect(issueKey(tracked, 'x/y')).toBe('acme/api#4');
    expect(issueKey(links('#5')[0] as GitHubLink, 'Acme/Incidents')).toBe('acme/incidents#5');
    expect(issueKey(links('#5')[0] as GitHubLink, null)).toBeNull();
  });

  test('linear time on long hostile text', () => {
    const text = (size: number): string =>
      `${'a/'.repeat(size)}#${'b'.repeat(size)} https://github.com/${'c'.repeat(size)}`;
    const read = (value: string): unknown => trackerLinks({ id: value, action: value }, hosts);
    expect(growthRatio(text, read, 50_000, { repeat: 5, samples: 3 })).toBeLessThan(LINEAR_GROWTH);
  });
});
