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
export declare const DEFAULT_GITHUB_HOSTS: readonly string[];
/** The GitHub Enterprise host of `GITHUB_SERVER_URL` (and github.com), for `githubHosts`. */
export declare function githubHosts(serverUrl: string | undefined): string[];
/**
 * Every tracker link of an action item, the id's before the action's, each in the order written.
 * The first `github` or `external` one is where the item is tracked (see trackedBy).
 */
export declare function trackerLinks(item: {
    id: string | null;
    action: string | null;
}, options?: TrackerLinkOptions): TrackerLink[];
/** Where the item is tracked: its first readable link, or null when it has none. */
export declare function trackedBy(links: readonly TrackerLink[]): GitHubLink | ExternalLink | null;
/** `owner/repo#123` of a GitHub link, `#123` taken to be in `repository` (`owner/repo`), else null. */
export declare function issueKey(link: GitHubLink, repository: string | null): string | null;
