import type { IndexEntry } from '../corpus/index-entry.js';
import { type TrackerLinkOptions } from '../model/tracker-links.js';
import { type ActionItemStatusOptions, type StatusReader } from '../practice/action-item-status.js';
import { type TrackedIssue } from '../practice/tracked-issue.js';
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
    byOwner: Array<{
        owner: string;
        items: ReminderItem[];
    }>;
}
export interface TrackerView {
    /** What the tracker said, by `owner/repo#number` (from lookUpIssues). */
    issues: Record<string, TrackedIssue>;
    /** The repository a bare `#123` belongs to. */
    repository: string | null;
    links: TrackerLinkOptions;
}
/**
 * The tracker's state of an item's issue for the JSON report, where it differs from the
 * postmortem's (`status` as written): null when they agree, or the issue is unknown or unreadable.
 */
export declare function trackerStateOf(item: {
    id: string | null;
    action: string | null;
    status: string | null;
}, statuses: StatusReader, tracker: TrackerView | null): OverdueTrackerState | null;
/**
 * The GitHub issues the items of `entries` link to, for a lookup (`owner/repo#number`), and how
 * many links are a bare `#123` that cannot be looked up because `repository` is unknown.
 */
export declare function linkedIssues(entries: readonly IndexEntry[], links: TrackerLinkOptions, repository: string | null): {
    keys: string[];
    bare: number;
};
export declare function reminders(entries: readonly IndexEntry[], statuses: StatusReader, now: Date, remindDays: number, tracker: TrackerView | null): Reminders;
/** The index's items as the tracker has them, with both states of each item it changed. */
export interface ReconciledEntries {
    entries: IndexEntry[];
    /** `path:line` → the status as written and both states, for each item the tracker changed. */
    changed: Map<string, {
        status: string | null;
        note: string;
    }>;
}
export declare const itemKey: (path: string, line: number) => string;
/**
 * The entries with the tracker heard, for the trend report: an item the tracker moves across done
 * / not done gets a configured status of that state (a done one dated with the issue's closing
 * day, so the time to close is the tracker's), so that every count and list of the report
 * follows the tracker (an item whose issue is closed is not overdue). An item whose state no
 * configured status can say is left as written.
 */
export declare function reconciledEntries(entries: readonly IndexEntry[], options: ActionItemStatusOptions, tracker: TrackerView | null): ReconciledEntries;
