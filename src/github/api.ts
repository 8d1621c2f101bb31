import { getOctokit } from '@actions/github';
import type { RunContext } from './context.js';

export type Octokit = ReturnType<typeof getOctokit>;

/**
 * A REST client for the run's API (GITHUB_API_URL read now, not when @actions/github was loaded:
 * GitHub Enterprise Server and test servers work the same way).
 */
export function createOctokit(token: string, context: RunContext): Octokit {
  return getOctokit(token, { baseUrl: context.apiUrl });
}

/** The HTTP status of a failed API request, or null for any other error. */
export function httpStatus(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}

/** `HTTP 403: Resource not accessible by integration` for an API error, the message otherwise. */
export function apiErrorText(error: unknown): string {
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return status === null
    ? message
    : `HTTP ${status}: ${message.replace(/ - https:\/\/docs\.github\.com\S*$/, '')}`;
}
