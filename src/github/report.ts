import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, posix, resolve, sep } from 'node:path';
import { loadConfig } from '../config/load.js';
import { indexPostmortems } from '../app/corpus.js';
import { buildTrendReport } from '../app/report.js';
import { renderMarkdown } from '../trends/render/document.js';
import { overdueTable, patternTable, type MarkdownOptions } from '../trends/render/tables.js';
import { linkTarget } from '../trends/render/escape.js';
import type { TrendReport } from '../trends/report.js';
import { createOctokit, describeApiFailure, writtenByToken, type Octokit } from './api.js';
import { blobUrl, type RunContext } from './context.js';
import { readReportInputs, type ReportInputs } from './inputs.js';
import { discoverCorpus, repositoryPath } from './lint-mode.js';
import type { ModeRun } from './mode.js';
import { SUMMARY_BUDGET_BYTES, writeJobSummary } from './summary.js';
import { plural } from '../text/wording.js';

/** Hidden marker that identifies the one tracking issue (its body carries it). */
export const ISSUE_MARKER = '<!-- postmortem-lint:trends-issue -->';
/** File name of the JSON report (output `report-json`), in RUNNER_TEMP. */
export const REPORT_JSON_NAME = 'postmortem-trends.json';
/** Rows per table in the job summary and the issue: both have size limits. */
const MAX_ROWS = 200;
/** GitHub rejects issue bodies over 65,536 characters. */
const ISSUE_BODY_LIMIT = 65_000;

/** Links for the job summary and the issue: the file at the run's commit, else repository-relative. */
function blobLinks(context: RunContext): MarkdownOptions['linkTo'] {
  return (path, line) => blobUrl(context, path, line ?? undefined) ?? linkTarget(path, line);
}

/** Links for the committed report file: relative to the folder it is written to. */
function relativeLinks(reportPath: string): MarkdownOptions['linkTo'] {
  const from = posix.dirname(reportPath.split(sep).join('/'));
  return (path, line) => linkTarget(posix.relative(from, path), line);
}

export function issueTitle(report: TrendReport): string {
  const overdue = report.overdueActionItems.length;
  return `Postmortem follow-ups: ${plural(overdue, 'overdue action item')}`;
}

/** The tracking issue: overdue action items and patterns new this period, escaped; owners ping only when asked. */
export function issueBody(report: TrendReport, context: RunContext, inputs: ReportInputs): string {
  const options: MarkdownOptions = {
    linkTo: blobLinks(context),
    mentions: inputs.mentionOwners,
    maxRows: MAX_ROWS,
  };
  const fresh = report.patterns.filter((pattern) => pattern.isNew);
  const parts = [
    ISSUE_MARKER,
    `Kept up to date by postmortem-lint (${report.generatedAt.slice(0, 10)}${context.runUrl ? `, [run](${context.runUrl})` : ''}). ` +
      `Window: ${report.window.since.slice(0, 10)} to ${report.window.until.slice(0, 10)}.`,
    '## Overdue action items',
    report.overdueActionItems.length === 0
      ? 'None: every action item with a past deadline is done.'
      : overdueTable(report.overdueActionItems, options),
    '## New recurring patterns',
    fresh.length === 0 ? 'None new this period.' : patternTable(fresh, options),
  ];
  const body = `${parts.join('\n\n')}\n`;
  return body.length <= ISSUE_BODY_LIMIT
    ? body
    : `${body.slice(0, ISSUE_BODY_LIMIT)}\n\n…(cut to GitHub's issue size limit)\n`;
}

interface TrackedIssue {
  number: number;
  body: string;
}

/**
 * The tracking issue: an open issue (not a pull request) carrying the marker and written by the
 * token's identity (writtenByToken, the rule the pull request comment follows too), so that anyone
 * who pastes the marker into an issue never gets it overwritten. First among those with the
 * label, then among any; of several, the oldest.
 */
async function findTrackingIssue(
  octokit: Octokit,
  context: RunContext,
  label: string,
): Promise<TrackedIssue | null> {
  const marked = async (labels: string | undefined): Promise<TrackedIssue | null> => {
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner: context.owner,
      repo: context.repo,
      state: 'open',
      per_page: 100,
      ...(labels ? { labels } : {}),
    });
    const candidates = issues.filter(
      (issue) => !issue.pull_request && (issue.body ?? '').includes(ISSUE_MARKER),
    );
    const [found] = (await writtenByToken(octokit, candidates)).sort((a, b) => a.number - b.number);
    return found ? { number: found.number, body: found.body ?? '' } : null;
  };
  return (await marked(label)) ?? (await marked(undefined));
}

export type IssueOutcome =
  { action: 'created' | 'updated' | 'unchanged'; number: number } | { action: 'not-needed' };

/** Creates or updates the one tracking issue; creates none while there is nothing to track. */
export async function upsertTrackingIssue(
  octokit: Octokit,
  context: RunContext,
  report: TrendReport,
  inputs: ReportInputs,
): Promise<IssueOutcome> {
  const body = issueBody(report, context, inputs);
  const title = issueTitle(report);
  const existing = await findTrackingIssue(octokit, context, inputs.issueLabel);
  if (existing) {
    if (existing.body === body) return { action: 'unchanged', number: existing.number };
    await octokit.rest.issues.update({
      owner: context.owner,
      repo: context.repo,
      issue_number: existing.number,
      title,
      body,
    });
    return { action: 'updated', number: existing.number };
  }
  if (report.overdueActionItems.length === 0 && !report.patterns.some((pattern) => pattern.isNew))
    return { action: 'not-needed' };
  const created = await octokit.rest.issues.create({
    owner: context.owner,
    repo: context.repo,
    title,
    body,
    labels: [inputs.issueLabel],
  });
  return { action: 'created', number: created.data.number };
}

async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

/**
 * `mode: report`: the trend report of every postmortem in `paths`, to the job summary and the
 * workspace (`report-path`, for a later step to commit or upload), as outputs, and optionally as
 * one tracking issue. Never fails the step over what the postmortems say.
 */
export async function runReport(run: ModeRun): Promise<void> {
  const { inputs, context } = run;
  const { workspace } = context;
  const reportInputs = readReportInputs();
  const config = await loadConfig({
    configPath: inputs.config,
    searchFrom: workspace,
    cwd: workspace,
  });
  const files = await discoverCorpus(inputs.paths, config, workspace);
  // No cache here: it is keyed to the lint configuration, and indexing is about a bare parse anyway.
  const index = await indexPostmortems({
    files,
    config,
    now: inputs.now,
    pathOf: (path) => repositoryPath(resolve(workspace, path), workspace),
  });
  const report = buildTrendReport(index, config, {
    now: inputs.now,
    since: null,
    until: null,
  });

  const jsonPath = join(context.tempDir ?? workspace, REPORT_JSON_NAME);
  await writeText(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
  if (reportInputs.reportPath !== null) {
    const markdown = renderMarkdown(report, { linkTo: relativeLinks(reportInputs.reportPath) });
    await writeText(resolve(workspace, reportInputs.reportPath), markdown);
    core.setOutput('report-path', reportInputs.reportPath);
  }
  let summary = renderMarkdown(report, { linkTo: blobLinks(context), maxRows: MAX_ROWS });
  if (Buffer.byteLength(summary, 'utf8') > SUMMARY_BUDGET_BYTES) {
    summary = `${summary.slice(0, SUMMARY_BUDGET_BYTES / 4)}\n\n…(cut to GitHub's job summary limit; the full report is in ${jsonPath})\n`;
  }
  await writeJobSummary(summary);

  core.setOutput('incidents', report.current.incidents.total);
  core.setOutput('mttr-median-minutes', report.current.mttrMinutes.median ?? '');
  core.setOutput('overdue-action-items', report.overdueActionItems.length);
  core.setOutput('patterns', report.patterns.length);
  core.setOutput('report-json', jsonPath);
  for (const failed of report.files.failed)
    core.warning(failed.message, {
      title: 'postmortem-lint: file not read',
      file: failed.path,
      startLine: failed.line,
    });

  if (!reportInputs.issue) return;
  if (inputs.githubToken === '') {
    core.warning('issue: true needs a github-token: no tracking issue was written.');
    return;
  }
  try {
    const outcome = await upsertTrackingIssue(
      createOctokit(inputs.githubToken, context),
      context,
      report,
      reportInputs,
    );
    if (outcome.action !== 'not-needed') core.setOutput('issue-number', outcome.number);
    core.info(
      `Tracking issue: ${outcome.action}${outcome.action === 'not-needed' ? '' : ` (#${outcome.number})`}.`,
    );
  } catch (error) {
    const failure = describeApiFailure(error);
    const hint =
      failure.kind === 'forbidden'
        ? ' The workflow needs "permissions: issues: write".'
        : failure.kind === 'rate-limited'
          ? ' It is written again on the next run.'
          : '';
    core.warning(`The tracking issue could not be written (${failure.reason}).${hint}`);
  }
}
