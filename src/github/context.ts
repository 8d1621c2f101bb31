import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { urlPath } from '../text/markdown-escape.js';

/** The pull request a run belongs to, from the event payload. */
export interface PullRequestInfo {
  number: number;
  /** The commit the author pushed (links point at it, not at the temporary merge commit). */
  headSha: string;
  /** Head repository differs from the base one (or was deleted): the token is read-only. */
  fromFork: boolean;
}

/**
 * What the runner tells a JavaScript action about the run, read from the environment when asked
 * (not when a module loads, as `@actions/github`'s `context` does), so tests and the runner can
 * set everything first.
 */
export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  /** Absolute path of the checkout: file paths in annotations and links are relative to it. */
  workspace: string;
  serverUrl: string;
  apiUrl: string;
  /** The commit links point at. */
  sha: string;
  /** Link to this workflow run (where the job summary is), when the runner says which run. */
  runUrl: string | null;
  pullRequest: PullRequestInfo | null;
  /** RUNNER_TEMP, where result files go that later steps of the job may read. */
  tempDir: string | null;
  /** GITHUB_REF (`refs/heads/main`), and the repository's default branch when the payload says. */
  ref?: string;
  defaultBranch?: string | null;
}

/**
 * Whether the run is on the default branch: scheduled runs always are; others when GITHUB_REF is
 * the branch the payload names as the default. Unknown: not (writes stay opt-in and safe).
 */
export function onDefaultBranch(context: RunContext): boolean {
  if (context.eventName === 'schedule') return true;
  return Boolean(context.defaultBranch) && context.ref === `refs/heads/${context.defaultBranch}`;
}

interface PullRequestPayload {
  number?: number;
  head?: { sha?: string; repo?: { full_name?: string } | null };
  base?: { repo?: { full_name?: string } };
}

type Payload = { pull_request?: PullRequestPayload; repository?: { default_branch?: unknown } };

/**
 * The webhook payload at GITHUB_EVENT_PATH: a readable regular file holding a JSON object (the
 * runner always writes one). Anything else fails the run with one line naming the file.
 */
function readPayload(path: string | undefined): Payload {
  if (!path) return {};
  const fail = (why: string): never => {
    throw new Error(`the event payload GITHUB_EVENT_PATH=${path} ${why}`);
  };
  let text = '';
  try {
    const stats = statSync(path);
    if (!stats.isFile()) fail(stats.isDirectory() ? 'is a directory, not a file' : 'is not a file');
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (!(error instanceof Error) || !('code' in error)) throw error;
    fail(`could not be read (${error.message})`);
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    fail(`is not valid JSON (${(error as Error).message})`);
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    const found = Array.isArray(payload) ? 'an array' : payload === null ? 'null' : typeof payload;
    fail(`holds ${found}, not a JSON object`);
  }
  return payload as Payload;
}

function pullRequestOf(payload: Payload): PullRequestInfo | null {
  const pull = payload.pull_request;
  if (!pull || typeof pull.number !== 'number') return null;
  const head = pull.head?.repo?.full_name;
  return {
    number: pull.number,
    headSha: pull.head?.sha ?? '',
    fromFork: head === undefined || head !== pull.base?.repo?.full_name,
  };
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const pullRequest = pullRequestOf(payload);
  const defaultBranch = payload.repository?.default_branch;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    owner,
    repo,
    workspace: resolve(env.GITHUB_WORKSPACE ?? process.cwd()),
    serverUrl,
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    sha: pullRequest?.headSha || (env.GITHUB_SHA ?? ''),
    runUrl:
      env.GITHUB_RUN_ID && owner
        ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
        : null,
    pullRequest,
    tempDir: env.RUNNER_TEMP || null,
    ref: env.GITHUB_REF ?? '',
    defaultBranch: typeof defaultBranch === 'string' && defaultBranch !== '' ? defaultBranch : null,
  };
}

/** Link to a file (repository-relative path), or to one of its lines, at the run's commit. */
export function blobUrl(context: RunContext, path: string, line?: number): string | null {
  if (!context.owner || !context.sha) return null;
  const url = `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.sha}/${urlPath(path)}`;
  return line === undefined ? url : `${url}#L${line}`;
}
