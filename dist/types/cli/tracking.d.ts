import type { ResolvedConfig } from '../config/types.js';
import type { CorpusIndex } from '../corpus/corpus-index.js';
import type { TrackerView } from '../app/reminders.js';
import { type CliIo, type OptionSpec, type OptionValues } from './command.js';
/** ETags of the issue lookups, kept beside the lint cache (only with `--cache`). */
export declare const ETAG_CACHE_FILE = ".postmortem-lint-etags.json";
export declare const GITHUB_TOKEN_ENV_OPTION: OptionSpec;
/** The token: `--github-token-env NAME`'s variable (which must be set), else GITHUB_TOKEN or GH_TOKEN. */
export declare function githubToken(values: OptionValues, env: NodeJS.ProcessEnv): string | null;
/** `owner/repo` of a github.com or `serverHost` remote URL (https, ssh or scp-like form). */
export declare function repositoryOfRemote(url: string, hosts: readonly string[]): string | null;
/** The repository a bare `#123` means: GITHUB_REPOSITORY, else the checkout's `origin` remote. */
export declare function repositoryOf(io: CliIo): Promise<string | null>;
/**
 * The configuration to lint with: with a token, `action-item-tracking` gets the states of the
 * issues the action items of `files` link to; without one, `config` as it is. What could not be
 * looked up is printed as a notice on standard error, never a failure.
 */
export declare function withTracking(config: ResolvedConfig, files: readonly string[], values: OptionValues, io: CliIo): Promise<ResolvedConfig>;
export declare const REPOSITORY_OPTION: OptionSpec;
/**
 * For `report`: with a token, what GitHub says of the issues the indexes' action items link to
 * (the Action's report mode does the same lookup); without one, null and no request. What could
 * not be looked up is a notice on standard error, never a failed report.
 */
export declare function reportTracker(index: CorpusIndex | readonly CorpusIndex[], config: ResolvedConfig, values: OptionValues, io: CliIo): Promise<TrackerView | null>;
