import { readFileSync } from 'node:fs';
import type { Octokit } from './api.js';
import type { RunContext } from './context.js';

/** The most files GitHub's API lists for one pull request; the rest are silently left out. */
export const LISTED_FILES_LIMIT = 3000;

/** What the API lists of a pull request's files. */
export interface PullRequestFileList {
  /** Paths it adds or changes (renamed files under their new name; removed files left out). */
  paths: string[];
  /** Every entry listed, removed files included: what `pull_request.changed_files` counts. */
  listed: number;
}

/**
 * Repository paths a pull request adds or changes. Paginated: the API lists 100 files a page, up
 * to 3,000 files (LISTED_FILES_LIMIT).
 */
export async function pullRequestFiles(
  octokit: Octokit,
  context: RunContext,
  pullNumber: number,
): Promise<PullRequestFileList> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: context.owner,
    repo: context.repo,
    pull_number: pullNumber,
    per_page: 100,
  });
  return {
    paths: files.filter((file) => file.status !== 'removed').map((file) => file.filename),
    listed: files.length,
  };
}

/**
 * `pull_request.changed_files` of the event payload (GITHUB_EVENT_PATH): how many files the pull
 * request changes, however many the API lists. Null when the payload does not say (or cannot be
 * read: readRunContext has already failed the run on an unreadable one).
 */
export function declaredChangedFiles(env: NodeJS.ProcessEnv = process.env): number | null {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return null;
  try {
    const payload = JSON.parse(readFileSync(path, 'utf8')) as {
      pull_request?: { changed_files?: unknown };
    };
    const count = payload?.pull_request?.changed_files;
    return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : null;
  } catch {
    return null;
  }
}

/**
 * Whether the listing may lack files of the pull request: it lists fewer than the payload counts,
 * the payload counts more than GitHub lists, or (the count unknown) it reached the limit.
 */
export function listingTruncated(listed: number, declared: number | null): boolean {
  if (declared !== null && (declared >= LISTED_FILES_LIMIT || listed < declared)) return true;
  return listed >= LISTED_FILES_LIMIT;
}
