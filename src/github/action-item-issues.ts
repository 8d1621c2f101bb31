import {
  ACTION_ITEM_LABEL,
  assigneeOf,
  issueMarker,
  issueTitleOf,
  keyText,
  readMarker,
  untrackedItems,
  type UntrackedItem,
} from '../app/action-item-issues.js';
import type { IndexEntry } from '../corpus/index-entry.js';
import { githubHosts } from '../model/tracker-links.js';
import type { StatusReader } from '../practice/action-item-status.js';
import { inlineText, link } from '../text/markdown-escape.js';
import { plural } from '../text/wording.js';
import {
  describeApiFailure,
  httpStatus,
  issuesWriteHint,
  writtenByToken,
  type Octokit,
} from './api.js';
import { blobUrl, type RunContext } from './context.js';

/** Issues opened per run at most: a first run over a large backlog must not flood the tracker. */
export const MAX_CREATED_PER_RUN = 20;

export interface ItemIssue {
  /** `AI-5`, else the action's first words. */
  name: string;
  number: number;
  /** Opened by this run (false: found by its marker, opened by an earlier one). */
  created: boolean;
  path: string;
  line: number;
}

export interface ItemIssuesOutcome {
  issues: ItemIssue[];
  /** One line each: what was not done and why (never a failure of the step). */
  notices: string[];
}

function itemName(untracked: UntrackedItem): string {
  const id = untracked.item.id?.trim();
  if (id) return id;
  const title = issueTitleOf(untracked.item);
  return `"${title.length > 40 ? `${title.slice(0, 39)}…` : title}"`;
}

/** The issue body: where the item is, its incident and severity, deadline and owner; the marker. */
export function itemIssueBody(untracked: UntrackedItem, context: RunContext): string {
  const { entry, item, key } = untracked;
  const url = blobUrl(context, entry.path, item.line);
  const where =
    url === null
      ? inlineText(`${entry.path}:${item.line}`)
      : link(`${entry.path}#L${item.line}`, url);
  const incident = entry.id ?? entry.title ?? entry.path;
  const severity = entry.severity === null ? 'not stated' : `SEV-${entry.severity}`;
  // The owner is shown, never pinged from the body (the assignment notifies them).
  return [
    issueMarker(key),
    `Action item ${inlineText(item.id ?? '(no id)')} of incident ${inlineText(incident)}, from ${where}.`,
    '',
    `- Severity: ${severity}`,
    `- Deadline: ${inlineText(item.deadline ?? 'not stated')}`,
    `- Owner: ${inlineText(item.owner ?? 'not stated')}`,
    '',
    'Opened by postmortem-lint for an action item without a tracker link. Add this issue (`#123`) to the ' +
      'item in the postmortem, or run `postmortem-lint link`, so that both stay in step.',
    '',
  ].join('\n');
}

/** Issues carrying an item marker, written by the token's own identity: by item key. */
async function markedIssues(octokit: Octokit, context: RunContext): Promise<Map<string, number>> {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner: context.owner,
    repo: context.repo,
    state: 'all',
    labels: ACTION_ITEM_LABEL,
    per_page: 100,
  });
  const marked = issues.filter((issue) => !issue.pull_request && readMarker(issue.body) !== null);
  const byKey = new Map<string, number>();
  for (const issue of (await writtenByToken(octokit, marked)).sort((a, b) => a.number - b.number)) {
    const key = readMarker(issue.body);
    if (key !== null && !byKey.has(keyText(key))) byKey.set(keyText(key), issue.number);
  }
  return byKey;
}

/** Creates each label that does not exist yet (a concurrent run may create it first: 422). */
async function ensureLabels(
  octokit: Octokit,
  context: RunContext,
  names: Iterable<string>,
): Promise<void> {
  for (const name of names) {
    try {
      await octokit.rest.issues.getLabel({ owner: context.owner, repo: context.repo, name });
    } catch (error) {
      if (httpStatus(error) !== 404) throw error;
      try {
        await octokit.rest.issues.createLabel({
          owner: context.owner,
          repo: context.repo,
          name,
          color: name === ACTION_ITEM_LABEL ? '5319e7' : 'b60205',
        });
      } catch (created) {
        if (httpStatus(created) !== 422) throw created;
      }
    }
  }
}

/**
 * `create-issues`: one issue for each open action item without a tracker link, found again by its
 * marker on reruns (never a second one; an issue someone else wrote with the marker is neither
 * trusted nor touched). Labels `postmortem-action-item` and the severity; the owner assigned when
 * a handle GitHub accepts (else a notice).
 */
export async function openItemIssues(
  octokit: Octokit,
  context: RunContext,
  entries: readonly IndexEntry[],
  statuses: StatusReader,
): Promise<ItemIssuesOutcome> {
  const untracked = untrackedItems(entries, statuses, {
    githubHosts: githubHosts(context.serverUrl),
  });
  const outcome: ItemIssuesOutcome = { issues: [], notices: [] };
  if (untracked.length === 0) return outcome;
  try {
    const existing = await markedIssues(octokit, context);
    const toCreate: UntrackedItem[] = [];
    for (const item of untracked) {
      const number = existing.get(keyText(item.key));
      if (number === undefined) toCreate.push(item);
      else
        outcome.issues.push({
          name: itemName(item),
          number,
          created: false,
          path: item.entry.path,
          line: item.item.line,
        });
    }
    if (toCreate.length > MAX_CREATED_PER_RUN)
      outcome.notices.push(
        `${plural(toCreate.length, 'untracked action item')}: issues opened for the first ${MAX_CREATED_PER_RUN}; the next run opens more.`,
      );
    const batch = toCreate.slice(0, MAX_CREATED_PER_RUN);
    if (batch.length === 0) return outcome;
    const severities = batch.flatMap(({ entry }) =>
      entry.severity === null ? [] : [`SEV-${entry.severity}`],
    );
    await ensureLabels(octokit, context, new Set([ACTION_ITEM_LABEL, ...severities]));
    for (const item of batch) {
      const labels = [
        ACTION_ITEM_LABEL,
        ...(item.entry.severity === null ? [] : [`SEV-${item.entry.severity}`]),
      ];
      const assignee = assigneeOf(item.item.owner);
      const fields = {
        owner: context.owner,
        repo: context.repo,
        title: issueTitleOf(item.item),
        body: itemIssueBody(item, context),
        labels,
      };
      let number: number;
      try {
        number = (
          await octokit.rest.issues.create({
            ...fields,
            ...(assignee ? { assignees: [assignee] } : {}),
          })
        ).data.number;
      } catch (error) {
        if (assignee === null || httpStatus(error) !== 422) throw error;
        outcome.notices.push(
          `${itemName(item)}: @${assignee} cannot be assigned in ${context.owner}/${context.repo}; the issue is unassigned.`,
        );
        number = (await octokit.rest.issues.create(fields)).data.number;
      }
      outcome.issues.push({
        name: itemName(item),
        number,
        created: true,
        path: item.entry.path,
        line: item.item.line,
      });
    }
  } catch (error) {
    const failure = describeApiFailure(error);
    const hint = issuesWriteHint(failure, 'The next run opens the rest.');
    outcome.notices.push(
      `Issues for untracked action items could not all be opened (${failure.reason}).${hint}`,
    );
  }
  return outcome;
}

/** The job summary's list: `AI-5 → #123: add the link to the postmortem`. */
export function itemIssuesSummary(outcome: ItemIssuesOutcome, context: RunContext): string {
  if (outcome.issues.length === 0 && outcome.notices.length === 0) return '';
  const lines = outcome.issues.map((issue) => {
    const where = blobUrl(context, issue.path, issue.line);
    const file = where === null ? inlineText(issue.path) : link(issue.path, where);
    return `- ${inlineText(issue.name)} → #${issue.number}${issue.created ? '' : ' (opened earlier)'}: add the link to the postmortem (${file}), or run \`postmortem-lint link\`.`;
  });
  return [
    '## Issues for untracked action items',
    '',
    ...lines,
    ...outcome.notices.map((n) => `- ${inlineText(n)}`),
    '',
  ].join('\n');
}
