import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { FakeGitHub } from '../support/fake-github.js';
import {
  MAX_RETRY_DELAY_MS,
  createOctokit,
  describeApiFailure,
  rateLimit,
  retryDelayMs,
} from '../../src/github/api.js';
import { readRunContext } from '../../src/github/context.js';

const NOW = Date.UTC(2026, 1, 6, 12);

/** An error shaped as Octokit's RequestError (status, response headers), without importing it. */
function apiError(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Error & { status: number; response: { status: number; headers: Record<string, string> } } {
  return Object.assign(new Error(message), {
    name: 'HttpError',
    status,
    response: { status, url: 'https://api.github.com/x', headers, data: { message } },
  });
}

describe('rate limits told apart from permissions', () => {
  test('429, and 403 with retry-after, x-ratelimit-remaining: 0 or a rate-limit message, are rate limits', () => {
    expect(rateLimit(apiError(429, 'Too many', { 'retry-after': '7' }), NOW)).toEqual({
      retryAfterSeconds: 7,
    });
    const reset = String(NOW / 1000 + 42);
    expect(
      rateLimit(
        apiError(403, 'API rate limit exceeded', {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': reset,
        }),
        NOW,
      ),
    ).toEqual({ retryAfterSeconds: 42 });
    expect(rateLimit(apiError(403, 'You have exceeded a secondary rate limit'), NOW)).toEqual({
      retryAfterSeconds: null,
    });
  });

  test('a 403 of a missing permission is no rate limit, nor is a 404', () => {
    const forbidden = apiError(403, 'Resource not accessible by integration', {
      'x-ratelimit-remaining': '4999',
    });
    expect(rateLimit(forbidden, NOW)).toBeNull();
    expect(describeApiFailure(forbidden)).toEqual({
      kind: 'forbidden',
      reason: 'HTTP 403: Resource not accessible by integration',
    });
    expect(rateLimit(apiError(404, 'Not Found'), NOW)).toBeNull();
    expect(describeApiFailure(apiError(429, 'Too many', { 'retry-after': '30' }))).toEqual({
      kind: 'rate-limited',
      reason: 'rate limited by GitHub (retry after 30 s)',
    });
  });

  test('retry delays: back-off on 5xx, the asked wait on rate limits, none past the cap or the third try', () => {
    expect(retryDelayMs(apiError(502, 'Bad Gateway'), 1, NOW)).toBe(1000);
    expect(retryDelayMs(apiError(502, 'Bad Gateway'), 2, NOW)).toBe(2000);
    expect(retryDelayMs(apiError(502, 'Bad Gateway'), 3, NOW)).toBeNull();
    expect(retryDelayMs(apiError(429, 'x', { 'retry-after': '5' }), 1, NOW)).toBe(5000);
    expect(
      retryDelayMs(
        apiError(429, 'x', { 'retry-after': String(MAX_RETRY_DELAY_MS / 1000 + 1) }),
        1,
        NOW,
      ),
    ).toBeNull();
    expect(
      retryDelayMs(apiError(403, 'Resource not accessible by integration'), 1, NOW),
    ).toBeNull();
    expect(retryDelayMs(apiError(422, 'Validation Failed'), 1, NOW)).toBeNull();
  });
});

describe('createOctokit retries idempotent requests only, through the injected sleep', () => {
  let github: FakeGitHub;
  beforeAll(async () => {
    github = await FakeGitHub.start();
  });
  afterAll(async () => {
    await github.close();
  });
  beforeEach(() => github.reset());

  const client = (slept: number[]) =>
    createOctokit(
      'ghs_test',
      { ...readRunContext({ GITHUB_REPOSITORY: 'acme/incidents' }), apiUrl: github.url },
      { sleep: async (ms) => void slept.push(ms) },
    );

  test('a GET survives a 503 and a 429', async () => {
    github.scripted.push(
      { method: 'GET', path: /\/comments$/, status: 503 },
      { method: 'GET', path: /\/comments$/, status: 429, headers: { 'retry-after': '3' } },
    );
    const slept: number[] = [];
    const { data } = await client(slept).rest.issues.listComments({
      owner: 'acme',
      repo: 'incidents',
      issue_number: 7,
    });
    expect(data).toEqual([]);
    expect(slept).toEqual([1000, 3000]);
  });

  test('a POST is tried once', async () => {
    github.scripted.push({ method: 'POST', path: /\/comments$/, status: 502 });
    const slept: number[] = [];
    await expect(
      client(slept).rest.issues.createComment({
        owner: 'acme',
        repo: 'incidents',
        issue_number: 7,
        body: 'x',
      }),
    ).rejects.toMatchObject({ status: 502 });
    expect(slept).toEqual([]);
    expect(github.comments).toEqual([]);
  });
});
