import type { IndexEntry, IndexedActionItem } from '../corpus/index-entry.js';
import { daysBetween, isoDay } from '../model/dates.js';
import {
  issueKey,
  trackedBy,
  trackerLinks,
  type TrackerLinkOptions,
} from '../model/tracker-links.js';
import {
  isOverdue,
  statusReader,
  type ActionItemState,
  type ActionItemStatusOptions,
  type StatusReader,
} from '../practice/action-item-status.js';
import { reconciledState, type TrackedIssue } from '../practice/tracked-issue.js';
import { actionItemDeadline } from '../trends/action-items.js';
import type { OverdueTrackerState } from '../trends/report.js';

/**
 * Open action items for the tracking issue's reminders: overdue and due within `remindDays`,
 * grouped by owner. Where the tracker's state of an item's issue is known it decides (an item
 * whose issue is closed is not overdue, whatever the Markdown says), and both are shown when
 * they differ.
 */

export interface ReminderItem {
  path: string;
  line: number;
  incidentId: string | null;
  id: string | null;
  action: string | null;
  owner: string | null;
  deadline: string;
  status: string | null;
  /** Both states (`Done here · #57 open on GitHub`) when the tracker's differs; null otherwise. */
  trackerNote: string | null;
  /** Positive: days past the deadline; zero or negative: days left (0: due today). */
  daysOverdue: number;
}

export interface Reminders {
  overdue: ReminderItem[];
  dueSoon: ReminderItem[];
  /** Items open here whose issue is closed: no longer overdue, but the Markdown is behind. */
  closedOnGitHub: ReminderItem[];
  /** Owner (as written; `(no owner)` for none) → their overdue and due-soon items, owners sorted. */
  byOwner: Array<{ owner: string; items: ReminderItem[] }>;
}

export interface TrackerView {
  /** What the tracker said, by `owner/repo#number` (from lookUpIssues). */
  issues: Record<string, TrackedIssue>;
  /** The repository a bare `#123` belongs to. */
  repository: string | null;
  links: TrackerLinkOptions;
}

function trackedIssueOf(
  item: { id: string | null; action: string | null },
  tracker: TrackerView | null,
): { key: string; issue: TrackedIssue } | null {
  if (tracker === null) return null;
  const link = trackedBy(trackerLinks(item, tracker.links));
  if (link?.kind !== 'github') return null;
  const key = issueKey(link, tracker.repository);
  const issue = key === null ? undefined : tracker.issues[key];
  return key === null || issue === undefined ? null : { key, issue };
}

/** `To Do here · #1 closed on GitHub 2026-01-18`, `Done here · #2 open on GitHub`. */
function bothStates(
  status: string | null,
  tracked: { key: string; issue: TrackedIssue },
  tracker: TrackerView,
): string {
  // The postmortem's own repository is implied, as in its `#123` links.
  const own = tracker.repository !== null && tracked.key.startsWith(`${tracker.repository}#`);
  const ref = own ? tracked.key.slice(tracked.key.indexOf('#')) : tracked.key;
  const closedOn = tracked.issue.closedAt?.slice(0, 10);
  const there =
    tracked.issue.state === 'closed'
      ? `closed on GitHub${closedOn ? ` ${closedOn}` : ''}`
      : 'open on GitHub';
  return `${status ?? '(no status)'} here · ${ref} ${there}`;
}

/** Whether the tracker moves an item across done / not done, with both states when it does. */
function drift(
  item: IndexedActionItem,
  statuses: StatusReader,
  tracker: TrackerView | null,
): { state: ActionItemState; note: string | null; closedOn: string | null } {
  const written = statuses.state(item.status);
  const tracked = trackedIssueOf(item, tracker);
  const state = reconciledState(written, tracked?.issue);
  const differs =
    tracked !== null && tracker !== null && (written === 'done') !== (state === 'done');
  return {
    state,
    note: differs ? bothStates(item.status, tracked, tracker) : null,
    closedOn: tracked?.issue.closedAt?.slice(0, 10) ?? null,
  };
}

/**
 * The tracker's state of an item's issue for the JSON report, where it differs from the
 * postmortem's (`status` as written): null when they agree, or the issue is unknown or unreadable.
 */
export function trackerStateOf(
  item: { id: string | null; action: string | null; status: string | null },
  statuses: StatusReader,
  tracker: TrackerView | null,
): OverdueTrackerState | null {
  const tracked = trackedIssueOf(item, tracker);
  if (tracked === null) return null;
  const { state, reason, closedAt } = tracked.issue;
  if (state !== 'open' && state !== 'closed') return null;
  if ((statuses.state(item.status) === 'done') === (state === 'closed')) return null;
  return {
    issue: tracked.key,
    state,
    closedAt: state === 'closed' ? (closedAt?.slice(0, 10) ?? null) : null,
    stateReason: state === 'closed' ? (reason ?? null) : null,
  };
}

/**
 * The GitHub issues the items of `entries` link to, for a lookup (`owner/repo#number`), and how
 * many links are a bare `#123` that cannot be looked up because `repository` is unknown.
 */
export function linkedIssues(
  entries: readonly IndexEntry[],
  links: TrackerLinkOptions,
  repository: string | null,
): { keys: string[]; bare: number } {
  const keys = new Set<string>();
  let bare = 0;
  for (const entry of entries)
    for (const item of entry.actionItems) {
      const link = trackedBy(trackerLinks(item, links));
      if (link?.kind !== 'github') continue;
      const key = issueKey(link, repository);
      if (key === null) bare++;
      else keys.add(key);
    }
  return { keys: [...keys], bare };
}

export function reminders(
  entries: readonly IndexEntry[],
  statuses: StatusReader,
  now: Date,
  remindDays: number,
  tracker: TrackerView | null,
): Reminders {
  const today = isoDay(now);
  const overdue: ReminderItem[] = [];
  const dueSoon: ReminderItem[] = [];
  const closedOnGitHub: ReminderItem[] = [];
  for (const entry of entries) {
    for (const item of entry.actionItems) {
      const deadline = actionItemDeadline(item, entry);
      if (deadline === null) continue;
      const { state, note } = drift(item, statuses, tracker);
      const days = daysBetween(deadline, today);
      const reminder: ReminderItem = {
        path: entry.path,
        line: item.line,
        incidentId: entry.id,
        id: item.id,
        action: item.action,
        owner: item.owner,
        deadline,
        status: item.status,
        trackerNote: note,
        daysOverdue: days,
      };
      if (state === 'done') {
        if (note !== null) closedOnGitHub.push(reminder);
        continue;
      }
      if (isOverdue(deadline, state, today)) overdue.push(reminder);
      else if (-days <= remindDays) dueSoon.push(reminder);
    }
  }
  const order = (a: ReminderItem, b: ReminderItem): number =>
    b.daysOverdue - a.daysOverdue || a.path.localeCompare(b.path) || a.line - b.line;
  overdue.sort(order);
  dueSoon.sort(order);
  closedOnGitHub.sort(order);
  const owners = new Map<string, ReminderItem[]>();
  for (const item of [...overdue, ...dueSoon]) {
    const owner = item.owner?.trim() || '(no owner)';
    owners.set(owner, [...(owners.get(owner) ?? []), item]);
  }
  return {
    overdue,
    dueSoon,
    closedOnGitHub,
    byOwner: [...owners.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([owner, items]) => ({ owner, items })),
  };
}

/** The index's items as the tracker has them, with both states of each item it changed. */
export interface ReconciledEntries {
  entries: IndexEntry[];
  /** `path:line` → the status as written and both states, for each item the tracker changed. */
  changed: Map<string, { status: string | null; note: string }>;
}

export const itemKey = (path: string, line: number): string => `${path}:${line}`;

/**
 * The entries with the tracker heard, for the trend report: an item the tracker moves across done
 * / not done gets a configured status of that state (a done one dated with the issue's closing
 * day, so the time to close is the tracker's), so that every count and list of the report
 * follows the tracker (an item whose issue is closed is not overdue). An item whose state no
 * configured status can say is left as written.
 */
export function reconciledEntries(
  entries: readonly IndexEntry[],
  options: ActionItemStatusOptions,
  tracker: TrackerView | null,
): ReconciledEntries {
  const statuses = statusReader(options);
  const doneStatus = options.doneStatuses.find((status) => statuses.state(status) === 'done');
  const openStatus = options.statuses.find((status) => statuses.state(status) === 'open');
  const changed = new Map<string, { status: string | null; note: string }>();
  if (tracker === null) return { entries: [...entries], changed };
  const reconciled = entries.map((entry) => {
    let touched = false;
    const actionItems = entry.actionItems.map((item) => {
      const { state, note, closedOn } = drift(item, statuses, tracker);
      if (note === null) return item;
      const status =
        state === 'done'
          ? doneStatus && (closedOn ? `${doneStatus} ${closedOn}` : doneStatus)
          : openStatus;
      if (status === undefined || statuses.state(status) !== state) return item;
      changed.set(itemKey(entry.path, item.line), { status: item.status, note });
      touched = true;
      return { ...item, status };
    });
    return touched ? { ...entry, actionItems } : entry;
  });
  return { entries: reconciled, changed };
}
