import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  readEtagCache,
  reconcileTracking,
  writeEtagCache,
  type TrackerClientOptions,
} from '../app/tracker.js';
import type { ResolvedConfig } from '../config/types.js';
import type { CorpusIndex } from '../corpus/corpus-index.js';
import { lookUpTracker } from '../app/report.js';
import type { TrackerView } from '../app/reminders.js';
import { UsageError, type CliIo, type OptionSpec, type OptionValues } from './command.js';

/** ETags of the issue lookups, kept beside the lint cache (only with `--cache`). */
export const ETAG_CACHE_FILE = '.postmortem-lint-etags.json';

export const GITHUB_TOKEN_ENV_OPTION: OptionSpec = {
  type: 'string',
  valueName: 'NAME',
  description:
    'Read the GitHub token for action-item-tracking from the environment variable NAME (default: GITHUB_TOKEN, then GH_TOKEN).',
};

/** The token: `--github-token-env NAME`'s variable (which must be set), else GITHUB_TOKEN or GH_TOKEN. */
export function githubToken(values: OptionValues, env: NodeJS.ProcessEnv): string | null {
  const name = values['github-token-env'];
  if (typeof name === 'string') {
    const token = env[name]?.trim();
    if (!token)
      throw new UsageError(`--github-token-env ${name}: the variable ${name} is not set or empty.`);
    return token;
  }
  return env.GITHUB_TOKEN?.trim() || env.GH_TOKEN?.trim() || null;
}

/** `owner/repo` of a github.com or `serverHost` remote URL (https, ssh or scp-like form). */
export function repositoryOfRemote(url: string, hosts: readonly string[]): string | null {
  const match =
    /^(?:[a-z+]+:\/\/)?(?:[^@/\s]+@)?([^/:\s]+)(?::\d+)?[:/]([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/i.exec(
      url.trim(),
    );
  if (!match || !hosts.includes(match[1].toLowerCase())) return null;
  return `${match[2]}/${match[3]}`;
}

/** The repository a bare `#123` means: GITHUB_REPOSITORY, else the checkout's `origin` remote. */
export async function repositoryOf(io: CliIo): Promise<string | null> {
  const declared = io.env.GITHUB_REPOSITORY?.trim();
  if (declared && /^[^/\s]+\/[^/\s]+$/.test(declared)) return declared;
  let text: string;
  try {
    text = await readFile(join(io.cwd, '.git', 'config'), 'utf8');
  } catch {
    return null;
  }
  const origin = /\[remote "origin"\][^[]*?^\s*url\s*=\s*(\S+)/m.exec(text);
  const server = io.env.GITHUB_SERVER_URL;
  const hosts = ['github.com'];
  if (server) {
    try {
      hosts.push(new URL(server).host.toLowerCase());
    } catch {
      // github.com only.
    }
  }
  return origin ? repositoryOfRemote(origin[1], hosts) : null;
}

/**
 * The configuration to lint with: with a token, `action-item-tracking` gets the states of the
 * issues the action items of `files` link to; without one, `config` as it is. What could not be
 * looked up is printed as a notice on standard error, never a failure.
 */
export async function withTracking(
  config: ResolvedConfig,
  files: readonly string[],
  values: OptionValues,
  io: CliIo,
): Promise<ResolvedConfig> {
  const token = githubToken(values, io.env);
  if (token === null) return config;
  const cachePath = values.cache === true ? join(io.cwd, ETAG_CACHE_FILE) : null;
  const client: TrackerClientOptions = {
    token,
    apiUrl: io.env.GITHUB_API_URL?.trim() || 'https://api.github.com',
    ...(cachePath ? { cache: await readEtagCache(cachePath) } : {}),
  };
  const tracked = await reconcileTracking({
    files,
    config,
    client,
    repository: await repositoryOf(io),
    serverUrl: io.env.GITHUB_SERVER_URL,
  });
  for (const notice of tracked.notices) io.stderr(`postmortem-lint: notice: ${notice}\n`);
  if (cachePath && client.cache) {
    try {
      await writeEtagCache(cachePath, client.cache);
    } catch (error) {
      io.stderr(
        `postmortem-lint: ${ETAG_CACHE_FILE} could not be written (${(error as Error).message}).\n`,
      );
    }
  }
  return tracked.config;
}

export const REPOSITORY_OPTION: OptionSpec = {
  type: 'string',
  valueName: 'OWNER/NAME',
  description:
    'With a GitHub token: the repository a bare #123 of the postmortems belongs to (default: GITHUB_REPOSITORY, else the origin remote; an index uses the one it records).',
};

/**
 * For `report`: with a token, what GitHub says of the issues the indexes' action items link to
 * (the Action's report mode does the same lookup); without one, null and no request. What could
 * not be looked up is a notice on standard error, never a failed report.
 */
export async function reportTracker(
  index: CorpusIndex | readonly CorpusIndex[],
  config: ResolvedConfig,
  values: OptionValues,
  io: CliIo,
): Promise<TrackerView | null> {
  const given = values.repository;
  if (given !== undefined && (typeof given !== 'string' || !/^[^/\s]+\/[^/\s]+$/.test(given)))
    throw new UsageError(`--repository must be owner/name (got "${String(given)}").`);
  const token = githubToken(values, io.env);
  if (token === null) return null;
  const { tracker, notices } = await lookUpTracker(index, config, {
    client: { token, apiUrl: io.env.GITHUB_API_URL?.trim() || 'https://api.github.com' },
    repository: typeof given === 'string' ? given : await repositoryOf(io),
    serverUrl: io.env.GITHUB_SERVER_URL,
  });
  for (const notice of notices) io.stderr(`postmortem-lint: notice: ${notice}\n`);
  return tracker;
}
