import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, posix, resolve, sep } from 'node:path';
import { loadConfig } from '../config/load.js';
import type { ResolvedConfig } from '../config/types.js';
import { indexPostmortems } from '../app/corpus.js';
import { buildTrackedTrendReport, lookUpTracker, withTrackerNotes } from '../app/report.js';
import { renderMarkdown } from '../trends/render/document.js';
import { overdueTable, patternTable, type MarkdownOptions } from '../trends/render/tables.js';
import { linkTarget } from '../trends/render/escape.js';
import type { TrendReport } from '../trends/report.js';
import {
  createOctokit,
  describeApiFailure,
  issuesWriteHint,
  writtenByToken,
  type Octokit,
} from './api.js';
import { blobUrl, type RunContext } from './context.js';
import { readReportInputs, type ReportInputs } from './inputs.js';
import { discoverCorpus, repositoryPath } from './lint-mode.js';
import type { ModeRun } from './mode.js';
import { SUMMARY_BUDGET_BYTES, writeJobSummary } from './summary.js';
import { plural } from '../text/wording.js';
import { table } from '../text/markdown-escape.js';
import { escapeMarkdown } from '../trends/render/escape.js';
import { reportSettings } from '../trends/run.js';
import { statusReader } from '../practice/action-item-status.js';
import {
  reminders as remindersOf,
  type ReminderItem,
  type Reminders,
  type TrackerView,
} from '../app/reminders.js';
import type { IndexEntry } from '../corpus/index-entry.js';
import { itemIssuesSummary, openItemIssues } from './action-item-issues.js';
import { onDefaultBranch } from './context.js';

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

/** Items due soon (or, in the digest, any reminder): a table linking each to its line. */
function reminderTable(
  items: readonly ReminderItem[],
  options: MarkdownOptions,
  withOwner: boolean,
): string {
  const rows = items.slice(0, MAX_ROWS).map((item) => {
    const linkTo =
      options.linkTo ?? ((path: string, line: number | null) => linkTarget(path, line));
    const name = escapeMarkdown(item.id ?? item.action ?? `line ${item.line}`, { maxLength: 60 });
    const status = escapeMarkdown(item.trackerNote ?? item.status ?? '(no status)', {
      maxLength: 80,
    });
    const due =
      item.daysOverdue > 0
        ? `${plural(item.daysOverdue, 'day')} overdue`
        : item.daysOverdue === 0
          ? 'due today'
          : `due in ${plural(-item.daysOverdue, 'day')}`;
    return [
      `[${escapeMarkdown(item.incidentId ?? item.path, { maxLength: 60 })}](${linkTo(item.path, item.line)})`,
      name,
      ...(withOwner
        ? [escapeMarkdown(item.owner ?? '(no owner)', { mentions: options.mentions })]
        : []),
      item.deadline,
      due,
      status,
    ];
  });
  const header = [
    'Postmortem',
    'Item',
    ...(withOwner ? ['Owner'] : []),
    'Deadline',
    'When',
    'Status',
  ];
  const more = items.length > MAX_ROWS ? `\n\n…and ${items.length - MAX_ROWS} more.` : '';
  return table(header, rows) + more;
}

/** The per-owner digest: each owner's overdue and due-soon items; `@owner` pings only when asked. */
function digest(reminders: Reminders, options: MarkdownOptions): string {
  return reminders.byOwner
    .map(
      ({ owner, items }) =>
        `### ${escapeMarkdown(owner, { mentions: options.mentions, maxLength: 60 })}\n\n${reminderTable(items, options, false)}`,
    )
    .join('\n\n');
}

/** Items whose issue is closed but whose status is not: the postmortem's table is behind. */
function closedList(items: readonly ReminderItem[], options: MarkdownOptions): string {
  const linkTo = options.linkTo ?? ((path: string, line: number | null) => linkTarget(path, line));
  const lines = items.slice(0, MAX_ROWS).map((item) => {
    const name = escapeMarkdown(item.id ?? item.action ?? `line ${item.line}`, { maxLength: 60 });
    const where = escapeMarkdown(item.incidentId ?? item.path, { maxLength: 60 });
    return `- [${where}](${linkTo(item.path, item.line)}) ${name}: ${escapeMarkdown(item.trackerNote ?? '', { maxLength: 100 })}`;
  });
  const more = items.length > MAX_ROWS ? `\n\n…and ${items.length - MAX_ROWS} more.` : '';
  return `Not overdue, since the tracker has them done; update their status.\n\n${lines.join('\n')}${more}`;
}

/**
 * The tracking issue: overdue action items (the tracker's state deciding where known), those due
 * within `remind-days`, a digest per owner, and patterns new this period, escaped; owners ping
 * only when asked.
 */
export function issueBody(
  report: TrendReport,
  context: RunContext,
  inputs: ReportInputs,
  reminders: Reminders | null = null,
): string {
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
    ...(reminders === null
      ? []
      : [
          `## Due soon (within ${plural(inputs.remindDays, 'day')})`,
          reminders.dueSoon.length === 0
            ? 'None.'
            : reminderTable(reminders.dueSoon, options, true),
          ...(reminders.byOwner.length === 0 ? [] : ['## By owner', digest(reminders, options)]),
          ...(reminders.closedOnGitHub.length === 0
            ? []
            : [
                '## Closed on GitHub, still open here',
                closedList(reminders.closedOnGitHub, options),
              ]),
        ]),
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
  reminders: Reminders | null = null,
): Promise<IssueOutcome> {
  const body = issueBody(report, context, inputs, reminders);
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
  if (
    report.overdueActionItems.length === 0 &&
    (reminders === null || reminders.byOwner.length === 0) &&
    !report.patterns.some((pattern) => pattern.isNew)
  )
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

/** What GitHub says of the issues the corpus links to (with a token); notices for what it could not. */
async function trackerView(
  run: ModeRun,
  index: Parameters<typeof lookUpTracker>[0],
  config: ResolvedConfig,
): Promise<TrackerView | null> {
  const { inputs, context } = run;
  if (inputs.githubToken === '') return null;
  const { tracker, notices } = await lookUpTracker(index, config, {
    client: { token: inputs.githubToken, apiUrl: context.apiUrl },
    repository: context.owner ? `${context.owner}/${context.repo}` : null,
    serverUrl: context.serverUrl,
  });
  for (const notice of notices)
    core.notice(notice, { title: 'postmortem-lint: action item tracking' });
  return tracker;
}

/** `create-issues`: issues for untracked items (default branch only), as job summary lines. */
async function itemIssuesStep(
  run: ModeRun,
  reportInputs: ReportInputs,
  octokit: Octokit | null,
  entries: readonly IndexEntry[],
  statuses: ReturnType<typeof statusReader>,
): Promise<string> {
  if (!reportInputs.createIssues) return '';
  if (!onDefaultBranch(run.context)) {
    core.notice(
      'create-issues: issues are opened only by runs on the default branch; none was opened.',
    );
    return '';
  }
  if (octokit === null) {
    core.warning('create-issues: true needs a github-token: no issue was opened.');
    return '';
  }
  const outcome = await openItemIssues(octokit, run.context, entries, statuses);
  for (const notice of outcome.notices)
    core.notice(notice, { title: 'postmortem-lint: create-issues' });
  core.setOutput('created-issues', outcome.issues.filter((issue) => issue.created).length);
  for (const issue of outcome.issues)
    core.info(
      `${issue.name} → #${issue.number}${issue.created ? ' (opened)' : ' (found)'}: add the link to the postmortem.`,
    );
  return itemIssuesSummary(outcome, run.context);
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
  const statuses = statusReader(reportSettings(config).statuses);
  const octokit = inputs.githubToken === '' ? null : createOctokit(inputs.githubToken, context);
  const tracker = await trackerView(run, index, config);
  // The tracker's state decides where it is known: an item whose issue is closed is not overdue.
  const { report, notes } = buildTrackedTrendReport(
    index,
    config,
    { now: inputs.now, since: null, until: null },
    tracker,
  );
  const shown = withTrackerNotes(report, notes);
  const reminders = remindersOf(
    index.entries,
    statuses,
    inputs.now,
    reportInputs.remindDays,
    tracker,
  );
  const itemIssues = await itemIssuesStep(run, reportInputs, octokit, index.entries, statuses);

  const jsonPath = join(context.tempDir ?? workspace, REPORT_JSON_NAME);
  await writeText(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
  if (reportInputs.reportPath !== null) {
    const markdown = renderMarkdown(shown, { linkTo: relativeLinks(reportInputs.reportPath) });
    await writeText(resolve(workspace, reportInputs.reportPath), markdown);
    core.setOutput('report-path', reportInputs.reportPath);
  }
  let summary = renderMarkdown(shown, { linkTo: blobLinks(context), maxRows: MAX_ROWS });
  if (itemIssues !== '') summary = `${summary}\n${itemIssues}`;
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
  if (octokit === null) {
    core.warning('issue: true needs a github-token: no tracking issue was written.');
    return;
  }
  try {
    const outcome = await upsertTrackingIssue(octokit, context, shown, reportInputs, reminders);
    if (outcome.action !== 'not-needed') core.setOutput('issue-number', outcome.number);
    core.info(
      `Tracking issue: ${outcome.action}${outcome.action === 'not-needed' ? '' : ` (#${outcome.number})`}.`,
    );
  } catch (error) {
    const failure = describeApiFailure(error);
    const hint = issuesWriteHint(failure, 'It is written again on the next run.');
    core.warning(`The tracking issue could not be written (${failure.reason}).${hint}`);
  }
}
