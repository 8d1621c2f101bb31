import type { ResolvedConfig } from '../config/types.js';
import type { CorpusIndex } from '../corpus/corpus-index.js';
import type { TrendReport } from '../trends/report.js';
import { type TrackerView } from './reminders.js';
import { type TrackerClientOptions } from './tracker.js';
import { type ReportRequest } from '../trends/run.js';
/**
 * The trend report of a corpus index, with the settings this configuration gives (the follow-up
 * window, what "done" means, the pattern thresholds): the CLI's `report` and the Action's report
 * mode both call this. Several indexes (one per repository) give one organisation report.
 */
export declare function buildTrendReport(index: CorpusIndex | readonly CorpusIndex[], config: ResolvedConfig, request: ReportRequest): TrendReport;
type Indexes = CorpusIndex | readonly CorpusIndex[];
/**
 * The trend report with the tracker's state where it is known (see `reconciledEntries`): every
 * count and list follows the tracker, overdue items keep their status as written and carry the
 * tracker's state (`tracker`) where it differs, and `notes` gives both states (`path:line` →
 * `Done here · #2 open on GitHub`) of the items it changed. A bare `#123` belongs to the
 * repository its index records, else to `tracker.repository`.
 */
export declare function buildTrackedTrendReport(index: Indexes, config: ResolvedConfig, request: ReportRequest, tracker: TrackerView | null): {
    report: TrendReport;
    notes: Map<string, string>;
};
/**
 * The report as Markdown shows it: an overdue item the tracker changed names both states beside
 * its id (kept before the action text, which the table may shorten).
 */
export declare function withTrackerNotes(report: TrendReport, notes: ReadonlyMap<string, string>): TrendReport;
export interface TrackerLookup {
    client: TrackerClientOptions;
    /** `owner/repo` of a bare `#123` in an index that records no repository; null: unknown. */
    repository: string | null;
    /** GITHUB_SERVER_URL: its host's issue URLs are GitHub's too. */
    serverUrl?: string;
}
/**
 * What GitHub says of the issues the indexes' action items link to, for `buildTrackedTrendReport`
 * and the reminders; null when none links to one, or the configuration turns
 * `action-item-tracking` off (no request then). Notices say what was not looked up; what GitHub
 * answers never throws.
 */
export declare function lookUpTracker(index: Indexes, config: ResolvedConfig, lookup: TrackerLookup): Promise<{
    tracker: TrackerView | null;
    notices: string[];
}>;
export {};
