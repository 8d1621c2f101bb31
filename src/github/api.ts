import type { getOctokit as GetOctokit } from '@actions/github';
import type { RunContext } from './context.js';
import { retrySleep } from '../app/tracker.js';

/**
 * `@actions/github` builds its `context` when its module loads, reading and parsing the file at
 * GITHUB_EVENT_PATH: a directory or malformed JSON there would end the process with a stack trace
 * before the Action runs a line. That `context` is never used here (context.ts reads the payload,
 * validated, when asked), so the module is loaded with the variable hidden from it.
 */
async function loadGitHub(): Promise<typeof import('@actions/github')> {
  const eventPath = process.env.GITHUB_EVENT_PATH;
  delete process.env.GITHUB_EVENT_PATH;
  try {
    return await import('@actions/github');
  } finally {
    if (eventPath !== undefined) process.env.GITHUB_EVENT_PATH = eventPath;
  }
}

const { getOctokit } = await loadGitHub();

export type Octokit = ReturnType<typeof GetOctokit>;

/** Tries of an idempotent request (GET, or PATCH of a known id) before its error is passed on. */
export const MAX_TRIES = 3;
/** A wait GitHub asks for that is longer than this is not waited for: the error is reported instead. */
export const MAX_RETRY_DELAY_MS = 30_000;
/** Back-off before the second try of a request that failed without saying how long to wait. */
const BASE_DELAY_MS = 1_000;

export interface OctokitOptions {
  /** Waits between tries (tests pass one that records and returns at once). */
  sleep?: (ms: number) => Promise<void>;
}

/** The HTTP status of a failed API request, or null for any other error. */
export function httpStatus(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}

function header(error: unknown, name: string): string | null {
  const headers = (error as { response?: { headers?: Record<string, unknown> } } | null)?.response
    ?.headers;
  const value = headers?.[name];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

/**
 * A rate limit GitHub answered with (429, or a 403 with `retry-after`, `x-ratelimit-remaining: 0`
 * or a "rate limit" message, as for the secondary rate limits), and the seconds it asks to wait
 * (null when it does not say); null for any other error, a 403 of a missing permission included.
 */
export function rateLimit(
  error: unknown,
  now = Date.now(),
): { retryAfterSeconds: number | null } | null {
  const status = httpStatus(error);
  if (status !== 429 && status !== 403) return null;
  const retryAfter = header(error, 'retry-after');
  const remaining = header(error, 'x-ratelimit-remaining');
  const reset = header(error, 'x-ratelimit-reset');
  const message = error instanceof Error ? error.message : '';
  const limited =
    status === 429 || retryAfter !== null || remaining === '0' || /rate limit/i.test(message);
  if (!limited) return null;
  if (retryAfter !== null && /^\d+$/.test(retryAfter.trim()))
    return { retryAfterSeconds: Number(retryAfter.trim()) };
  if (remaining === '0' && reset !== null && /^\d+$/.test(reset.trim()))
    return { retryAfterSeconds: Math.max(0, Math.ceil(Number(reset.trim()) - now / 1000)) };
  return { retryAfterSeconds: null };
}

/** How long to wait before trying a failed idempotent request again; null: do not try again. */
export function retryDelayMs(error: unknown, attempt: number, now = Date.now()): number | null {
  if (attempt >= MAX_TRIES) return null;
  const backOff = BASE_DELAY_MS * 2 ** (attempt - 1);
  const limit = rateLimit(error, now);
  if (limit !== null) {
    const delay = limit.retryAfterSeconds === null ? backOff : limit.retryAfterSeconds * 1000;
    return delay <= MAX_RETRY_DELAY_MS ? delay : null;
  }
  const status = httpStatus(error);
  return status !== null && status >= 500 ? backOff : null;
}

/** Requests that may be sent again without doing twice what they do (no POST: a second comment). */
function idempotent(method: string | undefined): boolean {
  const verb = (method ?? 'GET').toUpperCase();
  return verb === 'GET' || verb === 'HEAD' || verb === 'PATCH';
}

/**
 * A REST client for the run's API (GITHUB_API_URL read now, not when @actions/github was loaded:
 * GitHub Enterprise Server and test servers work the same way). Idempotent requests are tried up
 * to MAX_TRIES times on a server error or a short rate limit.
 */
export function createOctokit(
  token: string,
  context: RunContext,
  options: OctokitOptions = {},
): Octokit {
  const octokit = getOctokit(token, { baseUrl: context.apiUrl });
  const sleep = options.sleep ?? retrySleep;
  octokit.hook.wrap('request', async (request, requestOptions) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const delay = idempotent(requestOptions.method) ? retryDelayMs(error, attempt) : null;
        if (delay === null) throw error;
        await sleep(delay);
      }
    }
  });
  return octokit;
}

/** `HTTP 403: Resource not accessible by integration` for an API error, the message otherwise. */
export function apiErrorText(error: unknown): string {
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return status === null
    ? message
    : `HTTP ${status}: ${message.replace(/ - https:\/\/docs\.github\.com\S*$/, '')}`;
}

/** Why a write was refused: GitHub's rate limit, a missing permission, or something else. */
export type ApiFailure =
  | { kind: 'rate-limited'; reason: string }
  | { kind: 'forbidden'; reason: string }
  | { kind: 'other'; reason: string };

/**
 * An API error for a notice: `rate limited by GitHub (retry after 60 s)` (never mistaken for a
 * missing permission), `HTTP 403: …` for a refusal, the error's text otherwise.
 */
export function describeApiFailure(error: unknown): ApiFailure {
  const limit = rateLimit(error);
  if (limit !== null) {
    const after =
      limit.retryAfterSeconds === null ? '' : ` (retry after ${limit.retryAfterSeconds} s)`;
    return { kind: 'rate-limited', reason: `rate limited by GitHub${after}` };
  }
  const reason = apiErrorText(error);
  return { kind: httpStatus(error) === 403 ? 'forbidden' : 'other', reason };
}

/**
 * The end of a notice about an issue that could not be written: the permission a refusal asks
 * for, or, when rate limited, `retried` (when the work is tried again).
 */
export function issuesWriteHint(failure: ApiFailure, retried: string): string {
  if (failure.kind === 'forbidden') return ' The workflow needs "permissions: issues: write".';
  return failure.kind === 'rate-limited' ? ` ${retried}` : '';
}

/** Who wrote a comment or an issue, as the REST API gives it. */
export interface Authored {
  user?: { login: string; type?: string } | null;
}

/** The login behind the token; null for an installation token such as GITHUB_TOKEN (GET /user is 403). */
async function tokenLogin(octokit: Octokit): Promise<string | null> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch {
    return null;
  }
}

/**
 * Of comments or issues carrying one of our markers, those the token's identity wrote: a marker
 * anyone can paste proves nothing, the author does. GITHUB_TOKEN and GitHub App tokens write as
 * bots (type "Bot"), which no person can be; only when none of `items` is a bot's (a personal
 * access token, or someone who pasted the marker) is the token's own login asked for, so that a
 * human's comment or issue is never taken over.
 */
export async function writtenByToken<T extends Authored>(
  octokit: Octokit,
  items: readonly T[],
): Promise<T[]> {
  const byBot = items.filter((item) => item.user?.type === 'Bot');
  if (byBot.length > 0 || items.length === 0) return byBot;
  const login = await tokenLogin(octokit);
  return login === null ? [] : items.filter((item) => item.user?.login === login);
}
