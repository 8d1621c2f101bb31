import { allMatches } from '../text/matches.js';
/**
 * Where an action item is tracked, read from its id and action text: a GitHub issue or pull
 * request (`#123`, `owner/repo#123`, `https://github.com/owner/repo/issues/123` or `/pull/123`,
 * on github.com or the run's GitHub Enterprise host), or another tracker's link (Jira, Linear),
 * which is kept as a reference but never looked up. Pure and linear: a few anchored or bounded
 * patterns over the two texts, nothing evaluated.
 */

/** A GitHub issue or pull request; `owner`/`repo` null: the repository the postmortem lives in (`#123`). */
export interface GitHubLink {
  kind: 'github';
  owner: string | null;
  repo: string | null;
  number: number;
  /** The text as written (`#57`, `acme/api#57`, the URL). */
  text: string;
  field: 'id' | 'action';
}

/** Another tracker's reference (shown in reports, not looked up). */
export interface ExternalLink {
  kind: 'external';
  system: 'jira' | 'linear' | 'other';
  /** The issue key (`OPS-12`) or, for `other`, the URL. */
  key: string;
  text: string;
  field: 'id' | 'action';
}

/** Something written as a tracker link that cannot be one (`#0`, `/issues/abc`), with why. */
export interface MalformedLink {
  kind: 'malformed';
  text: string;
  reason: string;
  field: 'id' | 'action';
}

export type TrackerLink = GitHubLink | ExternalLink | MalformedLink;

export interface TrackerLinkOptions {
  /** Hosts whose `/owner/repo/issues/N` URLs are GitHub's, lower case (github.com, the GHE host). */
  githubHosts: readonly string[];
}

export const DEFAULT_GITHUB_HOSTS: readonly string[] = ['github.com'];

/** GitHub's largest issue numbers are 7 digits; more than 10 is a typo, not an issue. */
const MAX_DIGITS = 10;
/** GitHub owner and repository names: letters, digits, `-`, `_`, `.` (owners up to 39, repos 100). */
const NAME = '[A-Za-z0-9][A-Za-z0-9_.-]{0,99}';
const URL_PATTERN = /\bhttps?:\/\/[^\s<>()|`"']{1,2000}/g;
const SHORT_REF = new RegExp(`(?<![\\w/#.-])(?:(${NAME})\\/(${NAME}))?#(\\d+)(?![\\w#])`, 'g');
const ISSUE_PATH = new RegExp(`^/(${NAME})/(${NAME})/(issues|pull)(?:/([^/?#]*))?`);
const JIRA_BROWSE = /\/browse\/([A-Z][A-Z0-9_]{0,30}-\d{1,12})(?![\w-])/;
const LINEAR_ISSUE = /^\/[^/]+\/issue\/([A-Z][A-Z0-9]{0,30}-\d{1,12})(?![\w-])/i;

/** The GitHub Enterprise host of `GITHUB_SERVER_URL` (and github.com), for `githubHosts`. */
export function githubHosts(serverUrl: string | undefined): string[] {
  const hosts = new Set(DEFAULT_GITHUB_HOSTS);
  if (serverUrl) {
    try {
      hosts.add(new URL(serverUrl).host.toLowerCase());
    } catch {
      // Not a URL: github.com only.
    }
  }
  return [...hosts];
}

function issueNumber(digits: string): number | null {
  if (digits.length > MAX_DIGITS || !/^\d+$/.test(digits)) return null;
  const number = Number(digits);
  return number > 0 ? number : null;
}

function readUrl(
  text: string,
  field: 'id' | 'action',
  options: TrackerLinkOptions,
): TrackerLink | null {
  // Trailing punctuation of the sentence the URL ends is not part of it.
  const href = text.replace(/[.,;:!?]+$/, '');
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const host = url.host.toLowerCase();
  const path = ISSUE_PATH.exec(url.pathname);
  if (options.githubHosts.includes(host)) {
    if (!path) return null; // A link to a repository, a file or a commit: not a tracker link.
    const [, owner, repo, kind, digits = ''] = path;
    const number = issueNumber(digits);
    if (number === null)
      return {
        kind: 'malformed',
        text: href,
        reason: `"${digits}" after /${kind}/ is not an issue number`,
        field,
      };
    return { kind: 'github', owner, repo, number, text: href, field };
  }
  const jira = JIRA_BROWSE.exec(url.pathname);
  if (jira) return { kind: 'external', system: 'jira', key: jira[1], text: href, field };
  const linear = host === 'linear.app' ? LINEAR_ISSUE.exec(url.pathname) : null;
  if (linear)
    return { kind: 'external', system: 'linear', key: linear[1].toUpperCase(), text: href, field };
  // `/owner/repo/issues/N` on a host not known as GitHub: most likely an Enterprise server the
  // run was not told about; kept as a reference, never looked up.
  if (path && path[4] !== undefined && issueNumber(path[4]) !== null)
    return { kind: 'external', system: 'other', key: href, text: href, field };
  return null;
}

function readText(
  text: string,
  field: 'id' | 'action',
  options: TrackerLinkOptions,
  links: TrackerLink[],
): void {
  const withoutUrls = text.replace(URL_PATTERN, (match) => {
    const link = readUrl(match, field, options);
    if (link !== null) links.push(link);
    return ' '.repeat(match.length);
  });
  for (const match of allMatches(SHORT_REF, withoutUrls)) {
    const [whole, owner, repo, digits] = match;
    const number = issueNumber(digits);
    if (number === null) {
      links.push({
        kind: 'malformed',
        text: whole,
        reason:
          digits.length > MAX_DIGITS
            ? 'the number is too long for an issue'
            : 'issue numbers start at 1',
        field,
      });
    } else {
      links.push({
        kind: 'github',
        owner: owner ?? null,
        repo: repo ?? null,
        number,
        text: whole,
        field,
      });
    }
  }
}

/**
 * Every tracker link of an action item, the id's before the action's, each in the order written.
 * The first `github` or `external` one is where the item is tracked (see trackedBy).
 */
export function trackerLinks(
  item: { id: string | null; action: string | null },
  options: TrackerLinkOptions = { githubHosts: DEFAULT_GITHUB_HOSTS },
): TrackerLink[] {
  const links: TrackerLink[] = [];
  if (item.id) readText(item.id, 'id', options, links);
  if (item.action) readText(item.action, 'action', options, links);
  return links;
}

/** Where the item is tracked: its first readable link, or null when it has none. */
export function trackedBy(links: readonly TrackerLink[]): GitHubLink | ExternalLink | null {
  for (const link of links) if (link.kind !== 'malformed') return link;
  return null;
}

/** `owner/repo#123` of a GitHub link, `#123` taken to be in `repository` (`owner/repo`), else null. */
export function issueKey(link: GitHubLink, repository: string | null): string | null {
  if (link.owner !== null && link.repo !== null)
    return `${link.owner.toLowerCase()}/${link.repo.toLowerCase()}#${link.number}`;
  return repository ? `${repository.toLowerCase()}#${link.number}` : null;
}
