import type { ResolvedConfig } from '../config/types.js';
import type { TrackedIssue } from '../practice/tracked-issue.js';
/**
 * Looks up the GitHub issues action items link to, before the rules run: the rules are pure, so
 * what GitHub says is handed to `action-item-tracking` as its options. Plain `fetch` against the
 * REST API (the CLI and the Action alike); every fault (HTTP errors, HTML bodies, timeouts, rate
 * limits) ends as a notice, never as a failure of the run.
 */
export declare const RULE_ID = "action-item-tracking";
/** Tries of one request (the first and two retries) on a 5xx, a timeout or a short rate limit. */
export declare const MAX_TRIES = 3;
/** A wait GitHub asks for that is longer than this is not waited for: the lookup stops instead. */
export declare const MAX_RETRY_DELAY_MS = 30000;
/** Above this many linked issues in one repository, its issues are listed (100 a page) instead. */
export declare const SINGLE_LOOKUPS_MAX = 10;
/** Pages of the listing read at most (1,000 issues); GitHub's own UI stops being useful well before. */
export declare const MAX_PAGES = 10;
export interface TrackerClientOptions {
    token: string;
    /** GITHUB_API_URL, e.g. https://api.github.com or https://ghe.example.com/api/v3. */
    apiUrl: string;
    fetch?: typeof fetch;
    sleep?: (ms: number) => Promise<void>;
    timeoutMs?: number;
    /** ETags of earlier answers (If-None-Match): a 304 costs no rate limit. */
    cache?: EtagCache;
    /**
     * The run's own repository (`owner/repo`, lower case): a 403 there means the token lacks the
     * issues permission, one notice for the run, not a warning on every item linking there.
     */
    ownRepository?: string | null;
}
export interface EtagCache {
    entries: Record<string, {
        etag: string;
        body: unknown;
    }>;
}
/**
 * The wait between tries of every GitHub API client (the lookups here and the Action's own):
 * POSTMORTEM_LINT_RETRY_DELAY_SCALE (a factor, e.g. 0) shortens it for tests of the built bundle.
 * The decision to retry always uses the real delay.
 */
export declare function retrySleep(ms: number): Promise<void>;
export interface LookupResult {
    /** By `owner/repo#number` (lower case), for the rule's `issues` option. */
    issues: Record<string, TrackedIssue>;
    /** One line each: what could not be looked up and why. */
    notices: string[];
    requests: number;
}
/**
 * Looks up issues (`owner/repo#number` keys): one GET each for a few in a repository; for more, the
 * repository's issues listed 100 a page (at most MAX_PAGES pages), then single GETs for up to
 * SINGLE_LOOKUPS_MAX the listing missed. A rate limit stops every lookup left; other faults stop
 * one repository's. Never throws for what GitHub answers.
 */
export declare function lookUpIssues(keys: readonly string[], options: TrackerClientOptions): Promise<LookupResult>;
export interface TrackingRequest {
    /** The postmortems whose action items are checked (absolute paths). */
    files: readonly string[];
    config: ResolvedConfig;
    client: TrackerClientOptions;
    /** `owner/repo` a bare `#123` belongs to; null: bare links are not looked up. */
    repository: string | null;
    /** GITHUB_SERVER_URL: its host's issue URLs are GitHub's too. */
    serverUrl?: string;
}
export interface TrackingResult {
    /** The configuration with `action-item-tracking` given what GitHub said. */
    config: ResolvedConfig;
    notices: string[];
    requests: number;
    /** Linked issues found in the files (each counted once). */
    linked: number;
}
/** `config` with the tracking rule given `options` (it stays off when the configuration turns it off). */
export declare function withTrackingRule(config: ResolvedConfig, options: Record<string, unknown>): ResolvedConfig;
/**
 * Reads the action items' links in `files`, looks the GitHub ones up and returns the configuration
 * the lint runs with: the tracking rule on, with the states found. Notices say what was not checked.
 */
export declare function reconcileTracking(request: TrackingRequest): Promise<TrackingResult>;
/**
 * Issues of `repository` with `label` whose body passes `marked`, written by the token's own
 * identity (a bot's, else GET /user's login): anyone can paste a marker, only the author proves
 * it is ours. At most MAX_PAGES pages. By number, with their bodies.
 */
export declare function markedIssues(repository: string, label: string, marked: (body: string) => boolean, options: TrackerClientOptions): Promise<{
    issues: Array<{
        number: number;
        body: string;
    }>;
    notices: string[];
}>;
/** An ETag cache kept in a JSON file between runs (a missing or unreadable file: an empty cache). */
export declare function readEtagCache(path: string): Promise<EtagCache>;
export declare function writeEtagCache(path: string, cache: EtagCache): Promise<void>;
