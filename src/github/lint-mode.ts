import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { loadConfig } from '../config/load.js';
import type { ResolvedConfig } from '../config/types.js';
import { CACHE_FILE_NAME } from '../engine/cache/file.js';
import { lintPostmortems } from '../app/lint.js';
import { reconcileTracking } from '../app/tracker.js';
import type { LintRun } from '../engine/types.js';
import { discoverFiles, NoFilesError } from '../files/discover.js';
import { formatJson } from '../reporters/json.js';
import { formatSarif } from '../reporters/sarif.js';
import { plural } from '../text/wording.js';
import { hiddenAnnotationsNotice, planAnnotations } from './annotations.js';
import { apiErrorText, createOctokit, describeApiFailure, type Octokit } from './api.js';
import {
  declaredChangedFiles,
  LISTED_FILES_LIMIT,
  listingTruncated,
  pullRequestFiles,
} from './changed-files.js';
import { upsertStickyComment } from './comment.js';
import type { RunContext } from './context.js';
import { countsText, failedFiles, scopeText, type CheckedRun } from './findings-markdown.js';
import { InputError } from './inputs.js';
import type { ModeRun } from './mode.js';
import { buildSummary, writeJobSummary } from './summary.js';

/** File name of the ESLint-shape results (output `json`). */
export const RESULTS_FILE_NAME = 'postmortem-lint-results.json';

export function repositoryPath(absolutePath: string, workspace: string): string {
  return relative(workspace, absolutePath).split(sep).join('/');
}

/**
 * Every postmortem the `paths` globs match (config ignores applied), as absolute paths, and the
 * globs that match none. No globs (the default `paths`): the configuration's `files`.
 */
async function matchPaths(
  patterns: string[],
  config: ResolvedConfig,
  workspace: string,
): Promise<{ files: string[]; unmatched: NoFilesError[] }> {
  const found = new Set<string>();
  const unmatched: NoFilesError[] = [];
  // No globs: the configuration's `files`, discovered as the CLI does without a path (the
  // default one gives every Markdown file under postmortems/: `.md`, `.markdown`, any case).
  if (patterns.length === 0) {
    try {
      for (const path of await discoverFiles([], config, workspace))
        found.add(resolve(workspace, path));
    } catch (error) {
      if (!(error instanceof NoFilesError)) throw error;
      unmatched.push(error);
    }
  }
  for (const pattern of patterns) {
    try {
      for (const path of await discoverFiles([pattern], config, workspace))
        found.add(resolve(workspace, path));
    } catch (error) {
      if (!(error instanceof NoFilesError)) throw error;
      unmatched.push(error);
    }
  }
  return { files: [...found].sort(), unmatched };
}

/** What the globs that match nothing lack, for one line: `no file matches "a/*.md"; …`. */
function unmatchedText(unmatched: readonly NoFilesError[]): string {
  return unmatched
    .map((error) =>
      error.allIgnored
        ? `every file "${error.pattern}" matches is ignored (see "ignores" in the configuration)`
        : `no file matches "${error.pattern}"`,
    )
    .join('; ');
}

/**
 * `mode: report`: every postmortem the `paths` globs match (config ignores applied), as absolute
 * paths. A glob that matches nothing gets a notice, not a failure: the report of a repository
 * without postmortems yet is an empty one, and a scheduled report should not fail every week.
 */
export async function discoverCorpus(
  patterns: string[],
  config: ResolvedConfig,
  workspace: string,
): Promise<string[]> {
  const { files, unmatched } = await matchPaths(patterns, config, workspace);
  if (unmatched.length > 0) {
    core.notice(
      `Input "paths": ${unmatchedText(unmatched)}; ` +
        (files.length === 0
          ? 'the report covers no postmortem.'
          : `the report covers the ${plural(files.length, 'postmortem')} the other globs match.`),
    );
  }
  return files;
}

/**
 * `mode: lint`: the postmortems the `paths` globs match. A glob that matches no postmortem fails
 * the step (InputError), as it makes the CLI exit with 2: a typo in a glob must not pass as a
 * check of nothing.
 */
async function lintCorpus(
  patterns: string[],
  config: ResolvedConfig,
  workspace: string,
): Promise<string[]> {
  const { files, unmatched } = await matchPaths(patterns, config, workspace);
  if (unmatched.length > 0) throw new InputError(`input "paths": ${unmatchedText(unmatched)}`);
  return files;
}

/**
 * The postmortems to report on: on a pull request with `changed-only`, those it adds or changes;
 * otherwise (or when the API cannot list the files, or lists fewer than the pull request changes:
 * it stops at 3,000) the whole corpus.
 */
async function selectFiles(
  run: ModeRun,
  corpus: string[],
  octokit: Octokit | null,
): Promise<{ files: string[]; changedOnly: boolean }> {
  const { inputs, context } = run;
  if (!inputs.changedOnly || context.pullRequest === null)
    return { files: corpus, changedOnly: false };
  if (octokit === null) {
    core.notice(
      'No github-token: checking every postmortem instead of only those the pull request changes.',
    );
    return { files: corpus, changedOnly: false };
  }
  const declared = declaredChangedFiles();
  const truncated = (count: number): { files: string[]; changedOnly: boolean } => {
    core.notice(
      `GitHub lists at most ${LISTED_FILES_LIMIT.toLocaleString('en-US')} files of a pull request; ` +
        `this one changes ${count.toLocaleString('en-US')}: checking every postmortem.`,
    );
    return { files: corpus, changedOnly: false };
  };
  // Past the limit the listing is incomplete whatever it holds: not worth 30 API calls.
  if (declared !== null && declared >= LISTED_FILES_LIMIT) return truncated(declared);
  try {
    const listing = await pullRequestFiles(octokit, context, context.pullRequest.number);
    if (listingTruncated(listing.listed, declared))
      return truncated(Math.max(declared ?? 0, listing.listed));
    const changed = new Set(listing.paths);
    return {
      files: corpus.filter((path) => changed.has(repositoryPath(path, context.workspace))),
      changedOnly: true,
    };
  } catch (error) {
    core.notice(
      `Could not list the pull request's files (${apiErrorText(error)}): checking every postmortem instead.`,
    );
    return { files: corpus, changedOnly: false };
  }
}

/** Result paths as the repository shows them (`postmortems/2026/db.md`), for annotations and links. */
function withRepositoryPaths(run: LintRun, workspace: string): LintRun {
  return {
    ...run,
    results: run.results.map((result) => ({
      ...result,
      filePath: repositoryPath(result.filePath, workspace),
    })),
  };
}

async function writeResultFile(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

/**
 * The findings as annotations, within GitHub's 10 errors and 10 warnings per step counting the
 * step's own: the failure line (core.setFailed is an error annotation) and `otherWarnings`.
 */
function emitAnnotations(
  checked: CheckedRun,
  fullResults: string[],
  own: { fails: boolean; otherWarnings: number },
): void {
  const plan = planAnnotations(checked.run.results, {
    errors: own.fails ? 1 : 0,
    warnings: own.otherWarnings,
  });
  for (const annotation of plan.annotations) {
    if (annotation.severity === 'error') core.error(annotation.message, annotation.properties);
    else core.warning(annotation.message, annotation.properties);
  }
  const notice = hiddenAnnotationsNotice(plan, fullResults.join(', '));
  if (notice !== null) core.notice(notice);
}

async function commentOnPullRequest(
  context: RunContext,
  octokit: Octokit | null,
  checked: CheckedRun,
): Promise<void> {
  const pull = context.pullRequest;
  if (pull === null) return;
  if (pull.fromFork) {
    core.notice(
      'Pull request from a fork: its token is read-only, so no comment was posted. The findings are in the annotations and the job summary.',
    );
    return;
  }
  if (octokit === null) {
    core.notice('No github-token: no pull request comment was posted.');
    return;
  }
  try {
    const outcome = await upsertStickyComment(octokit, context, pull.number, checked);
    core.info(`Pull request comment: ${outcome}.`);
  } catch (error) {
    const { kind, reason } = describeApiFailure(error);
    if (kind === 'forbidden') {
      core.notice(
        `No pull request comment (${reason}). The workflow needs permissions: pull-requests: write to get one; ` +
          'the findings are in the annotations and the job summary.',
      );
    } else if (kind === 'rate-limited') {
      core.notice(
        `No pull request comment (${reason}); the next run writes it. ` +
          'The findings are in the annotations and the job summary.',
      );
    } else {
      core.warning(`The pull request comment could not be written (${reason}).`);
    }
  }
}

/**
 * The configuration to lint with: with a token, action-item-tracking gets the states of the
 * issues the checked files' action items link to (a read: a fork's read-only token does too).
 * What GitHub could not tell (rate limits, outages) is a notice, never a failure.
 */
export async function trackedConfig(
  run: ModeRun,
  config: ResolvedConfig,
  files: readonly string[],
): Promise<ResolvedConfig> {
  const { inputs, context } = run;
  if (inputs.githubToken === '' || files.length === 0) return config;
  const tracked = await reconcileTracking({
    files,
    config,
    client: { token: inputs.githubToken, apiUrl: context.apiUrl },
    repository: context.owner ? `${context.owner}/${context.repo}` : null,
    serverUrl: context.serverUrl,
  });
  for (const notice of tracked.notices)
    core.notice(notice, { title: 'postmortem-lint: action item tracking' });
  if (tracked.linked > 0)
    core.info(
      `Action item tracking: ${plural(tracked.linked, 'linked issue')} looked up in ${plural(tracked.requests, 'request')}.`,
    );
  return tracked.config;
}

/** Why the step fails, or null when it passes. */
export function failureReason(checked: CheckedRun): string | null {
  const { run, failOn } = checked;
  const failing =
    failOn === 'error'
      ? run.errorCount
      : failOn === 'warning'
        ? run.errorCount + run.warningCount
        : 0;
  if (failing === 0) return null;
  return `postmortem-lint found ${countsText(run)} in ${scopeText(checked)} (fail-on: ${failOn}).`;
}

/** `mode: lint`: check postmortems, report them every way GitHub shows, pass or fail the step. */
export async function runLintMode(run: ModeRun): Promise<void> {
  const { inputs, context } = run;
  const { workspace } = context;
  const config = await loadConfig({
    configPath: inputs.config,
    searchFrom: workspace,
    cwd: workspace,
  });
  const octokit = inputs.githubToken === '' ? null : createOctokit(inputs.githubToken, context);

  const corpus = await lintCorpus(inputs.paths, config, workspace);
  const selection = await selectFiles(run, corpus, octokit);
  const lintConfig = await trackedConfig(run, config, selection.files);
  // Nothing to report (no postmortem changed): no need to read the corpus either.
  const linted: LintRun =
    selection.files.length === 0
      ? { results: [], index: [], errorCount: 0, warningCount: 0 }
      : await lintPostmortems({
          rules: run.rules,
          files: selection.files,
          contextFiles: corpus,
          config: lintConfig,
          now: inputs.now,
          cache: inputs.cache,
          cacheLocation: join(workspace, CACHE_FILE_NAME),
        });
  // An unusable cache file is rebuilt: worth a log line, never a failure.
  for (const warning of linted.warnings ?? []) core.warning(warning);
  const checked: CheckedRun = {
    run: withRepositoryPaths(linted, workspace),
    changedOnly: selection.changedOnly,
    failOn: inputs.failOn,
  };

  const jsonPath = join(context.tempDir ?? workspace, RESULTS_FILE_NAME);
  await writeResultFile(jsonPath, formatJson(checked.run, { cwd: workspace }));
  const fullResults = ['the job summary', `the JSON results (output "json": ${jsonPath})`];
  if (inputs.sarifFile !== null) {
    await writeResultFile(
      resolve(workspace, inputs.sarifFile),
      formatSarif(checked.run, { baseDir: workspace }),
    );
    fullResults.push(`the SARIF file ${inputs.sarifFile}`);
  }
  core.setOutput('errors', checked.run.errorCount);
  core.setOutput('warnings', checked.run.warningCount);
  core.setOutput('files-checked', checked.run.results.length);
  core.setOutput('files-failed', failedFiles(checked));
  core.setOutput('json', jsonPath);

  const reason = failureReason(checked);
  emitAnnotations(checked, fullResults, {
    fails: reason !== null,
    otherWarnings: linted.warnings?.length ?? 0,
  });
  await writeJobSummary(buildSummary(context, checked, { fullResults: fullResults.slice(1) }));
  if (inputs.comment) await commentOnPullRequest(context, octokit, checked);

  if (reason === null)
    core.info(`postmortem-lint: ${countsText(checked.run)} in ${scopeText(checked)}.`);
  else core.setFailed(reason);
}
