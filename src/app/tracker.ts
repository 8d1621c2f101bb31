import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import type { ResolvedConfig } from '../config/types.js';
import { practiceOptions } from '../config/resolve.js';
import { modelBytes, readPostmortem } from '../engine/pipeline.js';
import {
  githubHosts,
  issueKey,
  trackedBy,
  trackerLinks,
  type TrackerLinkOptions,
} from '../model/tracker-links.js';
import type { TrackedIssue } from '../practice/tracked-issue.js';
import { plural } from '../text/wording.js';

/**
 * Looks up the GitHub issues action items link to, before the rules run: the rules are pure, so
 * what GitHub says is handed to `action-item-tracking` as its options. Plain `fetch` against the
 * REST API (the CLI and the Action alike); every fault (HTTP errors, HTML bodies, timeouts, rate
 * limits) ends as a notice, never as a failure of the run.
 */

export const RULE_ID = 'action-item-tracking';
/** Tries of one request (the first and two retries) on a 5xx, a timeout or a short rate limit. */
export const MAX_TRIES = 3;
/** A wait GitHub asks for that is longer than this is not waited for: the lookup stops instead. */
export const MAX_RETRY_DELAY_MS = 30_000;
const BASE_DELAY_MS = 1_000;
/** Per request: GitHub answers in well under a second; a hung connection must not hang the check. */
const REQUEST_TIMEOUT_MS = 10_000;
/** Above this many linked issues in one repository, its issues are listed (100 a page) instead. */
export const SINGLE_LOOKUPS_MAX = 10;
/** Pages of the listing read at most (1,000 issues); GitHub's own UI stops being useful well before. */
export const MAX_PAGES = 10;

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
  entries: Record<string, { etag: string; body: unknown }>;
}

/** Why a lookup stopped: `rate-limited` ends every other lookup of the run too. */
class LookupFault extends Error {
  constructor(
    message: string,
    readonly rateLimited: boolean,
  ) {
    super(message);
    this.name = 'LookupFault';
  }
}

/**
 * The wait between tries of every GitHub API client (the lookups here and the Action's own):
 * POSTMORTEM_LINT_RETRY_DELAY_SCALE (a factor, e.g. 0) shortens it for tests of the built bundle.
 * The decision to retry always uses the real delay.
 */
export function retrySleep(ms: number): Promise<void> {
  const scale = Number(process.env.POSTMORTEM_LINT_RETRY_DELAY_SCALE ?? 1);
  const wait = Number.isFinite(scale) && scale >= 0 ? ms * scale : ms;
  return new Promise((resolve) => setTimeout(resolve, wait));
}

type Answer = { status: number; body: unknown; next: string | null };

/** Seconds a rate-limited answer asks to wait (Retry-After, else the reset time), null: unsaid. */
function waitAsked(response: Response): number | null {
  const retryAfter = response.headers.get('retry-after')?.trim();
  if (retryAfter && /^\d+$/.test(retryAfter)) return Number(retryAfter);
  const reset = response.headers.get('x-ratelimit-reset')?.trim();
  if (response.headers.get('x-ratelimit-remaining') === '0' && reset && /^\d+$/.test(reset))
    return Math.max(0, Math.ceil(Number(reset) - Date.now() / 1000));
  return null;
}

function isRateLimit(response: Response, text: string): boolean {
  if (response.status === 429) return true;
  if (response.status !== 403) return false;
  return (
    response.headers.has('retry-after') ||
    response.headers.get('x-ratelimit-remaining') === '0' ||
    /rate limit/i.test(text)
  );
}

function nextLink(response: Response): string | null {
  const link = response.headers.get('link') ?? '';
  return /<([^>]+)>;\s*rel="next"/.exec(link)?.[1] ?? null;
}

/** A REST GET with ETags, bounded retries with back-off, and a timeout; faults as LookupFault. */
class TrackerClient {
  requests = 0;
  private readonly fetch: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: TrackerClientOptions) {
    this.fetch = options.fetch ?? fetch;
    this.sleep = options.sleep ?? retrySleep;
  }

  async get(url: string): Promise<Answer> {
    const cached = this.options.cache?.entries[url];
    for (let attempt = 1; ; attempt++) {
      const backOff = BASE_DELAY_MS * 2 ** (attempt - 1);
      const retry = async (delay: number, why: string, rateLimited = false): Promise<void> => {
        if (attempt >= MAX_TRIES || delay > MAX_RETRY_DELAY_MS)
          throw new LookupFault(why, rateLimited);
        await this.sleep(delay);
      };
      let response: Response;
      let text: string;
      this.requests++;
      try {
        response = await this.fetch(url, {
          headers: {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${this.options.token}`,
            'x-github-api-version': '2022-11-28',
            'user-agent': 'postmortem-lint',
            ...(cached ? { 'if-none-match': cached.etag } : {}),
          },
          signal: AbortSignal.timeout(this.options.timeoutMs ?? REQUEST_TIMEOUT_MS),
        });
        text = await response.text();
      } catch (error) {
        const timedOut = (error as Error).name === 'TimeoutError';
        await retry(
          backOff,
          timedOut
            ? `GitHub did not answer within ${(this.options.timeoutMs ?? REQUEST_TIMEOUT_MS) / 1000} s`
            : `GitHub could not be reached (${(error as Error).message})`,
        );
        continue;
      }
      if (response.status === 304 && cached) return { status: 200, body: cached.body, next: null };
      if (isRateLimit(response, text)) {
        const wait = waitAsked(response);
        const after = wait === null ? '' : ` (retry after ${wait} s)`;
        await retry(wait === null ? backOff : wait * 1000, `rate limited by GitHub${after}`, true);
        continue;
      }
      if (response.status >= 500) {
        await retry(backOff, `GitHub answered HTTP ${response.status}`);
        continue;
      }
      if (response.status === 404 || response.status === 410 || response.status === 403)
        return { status: response.status === 403 ? 403 : 404, body: null, next: null };
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new LookupFault(
          `GitHub answered HTTP ${response.status} with a body that is not JSON`,
          false,
        );
      }
      if (response.status !== 200)
        throw new LookupFault(`GitHub answered HTTP ${response.status}`, false);
      const etag = response.headers.get('etag');
      if (etag && this.options.cache) this.options.cache.entries[url] = { etag, body };
      return { status: 200, body, next: nextLink(response) };
    }
  }
}

interface IssueJson {
  number?: unknown;
  state?: unknown;
  state_reason?: unknown;
  closed_at?: unknown;
  pull_request?: { merged_at?: unknown } | null;
}

/** An issue (or pull request) as the REST API gives it; null for a shape that is not one. */
function trackedIssue(json: unknown): TrackedIssue | null {
  const issue = json as IssueJson | null;
  if (issue === null || typeof issue !== 'object') return null;
  if (issue.state !== 'open' && issue.state !== 'closed') return null;
  if (issue.state === 'open') return { state: 'open' };
  const closedAt = typeof issue.closed_at === 'string' ? issue.closed_at : null;
  // A pull request closed without being merged was not done; its state_reason is always null.
  const reason = issue.pull_request
    ? issue.pull_request.merged_at
      ? 'completed'
      : 'not_planned'
    : typeof issue.state_reason === 'string'
      ? issue.state_reason
      : 'completed';
  return { state: 'closed', reason, closedAt };
}

function permissionFault(): LookupFault {
  return new LookupFault(
    `the token cannot read them (HTTP 403); a workflow needs "permissions: issues: read"`,
    false,
  );
}

export interface LookupResult {
  /** By `owner/repo#number` (lower case), for the rule's `issues` option. */
  issues: Record<string, TrackedIssue>;
  /** One line each: what could not be looked up and why. */
  notices: string[];
  requests: number;
}

function apiPath(apiUrl: string, owner: string, repo: string): string {
  return `${apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/issues`;
}

/**
 * Looks up issues (`owner/repo#number` keys): one GET each for a few in a repository; for more, the
 * repository's issues listed 100 a page (at most MAX_PAGES pages), then single GETs for up to
 * SINGLE_LOOKUPS_MAX the listing missed. A rate limit stops every lookup left; other faults stop
 * one repository's. Never throws for what GitHub answers.
 */
export async function lookUpIssues(
  keys: readonly string[],
  options: TrackerClientOptions,
): Promise<LookupResult> {
  const client = new TrackerClient(options);
  const issues: Record<string, TrackedIssue> = {};
  const notices: string[] = [];
  const byRepository = new Map<string, number[]>();
  for (const key of new Set(keys)) {
    const [repository, number] = key.split('#');
    byRepository.set(repository, [...(byRepository.get(repository) ?? []), Number(number)]);
  }
  let unchecked = 0;
  let stopped: string | null = null;
  for (const [repository, numbers] of byRepository) {
    if (stopped !== null) {
      unchecked += numbers.length;
      continue;
    }
    const own = repository === options.ownRepository;
    const [owner, repo] = repository.split('/');
    const base = apiPath(options.apiUrl, owner, repo);
    const wanted = new Set(numbers);
    try {
      if (numbers.length > SINGLE_LOOKUPS_MAX) {
        let url: string | null = `${base}?state=all&per_page=100`;
        let pages = 0;
        while (url !== null && wanted.size > 0 && pages < MAX_PAGES) {
          const answer = await client.get(url);
          pages++;
          if (answer.status === 403 && own) throw permissionFault();
          if (answer.status !== 200) {
            // The whole repository is unreadable (or gone): every link to it says so.
            for (const number of wanted)
              issues[`${repository}#${number}`] = {
                state: answer.status === 403 ? 'inaccessible' : 'missing',
              };
            wanted.clear();
            break;
          }
          for (const json of Array.isArray(answer.body) ? answer.body : []) {
            const number = (json as IssueJson).number;
            const state = trackedIssue(json);
            if (typeof number !== 'number' || state === null || !wanted.has(number)) continue;
            issues[`${repository}#${number}`] = state;
            wanted.delete(number);
          }
          url = answer.next;
        }
        if (url === null) {
          // The listing ended: what it did not hold does not exist (deleted or transferred).
          for (const number of wanted) issues[`${repository}#${number}`] = { state: 'missing' };
          wanted.clear();
        } else if (wanted.size > SINGLE_LOOKUPS_MAX) {
          notices.push(
            `${plural(wanted.size, 'linked issue')} of ${repository} are older than the ${MAX_PAGES * 100} issues listed (${MAX_PAGES} pages): not checked.`,
          );
          unchecked += wanted.size;
          wanted.clear();
        }
      }
      for (const number of [...wanted].sort((a, b) => a - b)) {
        const answer = await client.get(`${base}/${number}`);
        if (answer.status === 403 && own) throw permissionFault();
        const state =
          answer.status === 403
            ? { state: 'inaccessible' as const }
            : answer.status === 404
              ? { state: 'missing' as const }
              : trackedIssue(answer.body);
        if (state === null)
          throw new LookupFault(
            `GitHub's answer for ${repository}#${number} is not an issue`,
            false,
          );
        issues[`${repository}#${number}`] = state;
        wanted.delete(number);
      }
    } catch (error) {
      if (!(error instanceof LookupFault)) throw error;
      unchecked += wanted.size;
      if (error.rateLimited) stopped = error.message;
      else notices.push(`Issues of ${repository} not checked: ${error.message}.`);
    }
  }
  if (stopped !== null)
    notices.push(
      `Action item tracking stopped (${stopped}): ${plural(unchecked, 'linked issue')} not checked; the next run checks them.`,
    );
  return { issues, notices, requests: client.requests };
}

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

/** What every GitHub link contains: a `#` before digits, or an issues or pull path. */
const LINK_HINT = /#\d|\/(?:issues|pull)\//;

/** The GitHub issue keys the action items of `files` link to. */
function linkedKeys(
  files: readonly string[],
  config: ResolvedConfig,
  linkOptions: TrackerLinkOptions,
  repository: string | null,
): { keys: string[]; bare: number } {
  const keys = new Set<string>();
  let bare = 0;
  for (const path of files) {
    const bytes = readPostmortem(path, config);
    if (!(bytes instanceof Uint8Array)) continue; // The lint reports the unreadable file.
    // Most postmortems link no issue: not worth a second parse.
    if (
      !LINK_HINT.test(
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'),
      )
    )
      continue;
    const modelled = modelBytes(path, bytes, config);
    if (!modelled.ok) continue;
    for (const item of modelled.model.actionItems?.items ?? []) {
      const link = trackedBy(
        trackerLinks({ id: item.id?.text ?? null, action: item.action?.text ?? null }, linkOptions),
      );
      if (link?.kind !== 'github') continue;
      const key = issueKey(link, repository);
      if (key === null) bare++;
      else keys.add(key);
    }
  }
  return { keys: [...keys], bare };
}

/** `config` with the tracking rule given `options` (it stays off when the configuration turns it off). */
export function withTrackingRule(
  config: ResolvedConfig,
  options: Record<string, unknown>,
): ResolvedConfig {
  const rules = config.rules.map((rule) =>
    rule.id === RULE_ID ? { ...rule, options: { ...rule.options, ...options } } : rule,
  );
  // The looked-up states change findings: cached results of another lookup must not be reused.
  const hash = createHash('sha256')
    .update(`${config.hash}\0${JSON.stringify(options)}`)
    .digest('hex');
  return { ...config, rules, hash };
}

/**
 * Reads the action items' links in `files`, looks the GitHub ones up and returns the configuration
 * the lint runs with: the tracking rule on, with the states found. Notices say what was not checked.
 */
export async function reconcileTracking(request: TrackingRequest): Promise<TrackingResult> {
  // Turned off in the configuration: not worth a request.
  if (request.config.rules.find((rule) => rule.id === RULE_ID)?.severity === 'off')
    return { config: request.config, notices: [], requests: 0, linked: 0 };
  const hosts = githubHosts(request.serverUrl);
  const repository = request.repository?.toLowerCase() ?? null;
  const { keys, bare } = linkedKeys(
    request.files,
    request.config,
    { githubHosts: hosts },
    repository,
  );
  const lookup =
    keys.length === 0
      ? { issues: {}, notices: [], requests: 0 }
      : await lookUpIssues(keys, { ownRepository: repository, ...request.client });
  const notices = [...lookup.notices];
  if (bare > 0)
    notices.push(
      `${plural(bare, 'action item')} link to a bare #number, but the repository is unknown (set GITHUB_REPOSITORY=owner/repo): not checked.`,
    );
  const config = withTrackingRule(request.config, {
    lookedUp: true,
    ...practiceOptions(request.config).statuses,
    repository: repository ?? '',
    githubHosts: hosts,
    issues: lookup.issues,
  });
  return { config, notices, requests: lookup.requests, linked: keys.length };
}

interface MarkedIssueJson {
  number?: unknown;
  body?: unknown;
  pull_request?: unknown;
  user?: { login?: unknown; type?: unknown } | null;
}

/**
 * Issues of `repository` with `label` whose body passes `marked`, written by the token's own
 * identity (a bot's, else GET /user's login): anyone can paste a marker, only the author proves
 * it is ours. At most MAX_PAGES pages. By number, with their bodies.
 */
export async function markedIssues(
  repository: string,
  label: string,
  marked: (body: string) => boolean,
  options: TrackerClientOptions,
): Promise<{ issues: Array<{ number: number; body: string }>; notices: string[] }> {
  const client = new TrackerClient(options);
  const [owner, repo] = repository.split('/');
  const found: Array<{ number: number; body: string; login: string; bot: boolean }> = [];
  try {
    let url: string | null =
      `${apiPath(options.apiUrl, owner, repo)}?state=all&labels=${encodeURIComponent(label)}&per_page=100`;
    for (let page = 0; url !== null && page < MAX_PAGES; page++) {
      const answer: Answer = await client.get(url);
      if (answer.status !== 200)
        return {
          issues: [],
          notices: [`Issues of ${repository} cannot be read (HTTP ${answer.status}).`],
        };
      for (const json of (Array.isArray(answer.body) ? answer.body : []) as MarkedIssueJson[]) {
        const body = typeof json.body === 'string' ? json.body : '';
        if (typeof json.number !== 'number' || json.pull_request || !marked(body)) continue;
        found.push({
          number: json.number,
          body,
          login: typeof json.user?.login === 'string' ? json.user.login : '',
          bot: json.user?.type === 'Bot',
        });
      }
      url = answer.next;
    }
    let trusted = found.filter((issue) => issue.bot);
    if (trusted.length === 0 && found.length > 0) {
      const me = await client.get(`${options.apiUrl.replace(/\/+$/, '')}/user`);
      const login = (me.body as { login?: unknown } | null)?.login;
      trusted = found.filter((issue) => typeof login === 'string' && issue.login === login);
    }
    return {
      issues: trusted
        .sort((a, b) => a.number - b.number)
        .map(({ number, body }) => ({ number, body })),
      notices: [],
    };
  } catch (error) {
    if (!(error instanceof LookupFault)) throw error;
    return { issues: [], notices: [`Issues of ${repository} not read: ${error.message}.`] };
  }
}

/** An ETag cache kept in a JSON file between runs (a missing or unreadable file: an empty cache). */
export async function readEtagCache(path: string): Promise<EtagCache> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as EtagCache;
    if (parsed && typeof parsed.entries === 'object' && parsed.entries !== null) return parsed;
  } catch {
    // Rebuilt from the next answers.
  }
  return { entries: {} };
}

export async function writeEtagCache(path: string, cache: EtagCache): Promise<void> {
  await writeFile(path, `${JSON.stringify(cache)}\n`);
}
