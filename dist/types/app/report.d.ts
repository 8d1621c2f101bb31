import type { ResolvedConfig } from '../config/types.js';
import type { CorpusIndex } from '../corpus/corpus-index.js';
import type { TrendReport } from '../trends/report.js';
import { type TrackerView } from './reminders.js';
import { type ReportRequest } from '../trends/run.js';
/**
 * The trend report of a corpus index, with the settings this configuration gives (the follow-up
 * window, what "done" means, the pattern thresholds): the CLI's `report` and the Action's report
 * mode both call this. Several indexes (one per repository) give one organisation report.
 */
export declare function buildTrendReport(index: CorpusIndex | readonly CorpusIndex[], config: ResolvedConfig, request: ReportRequest): TrendReport;
/**
 * The trend report with the tracker's state where it is known (see `reconciledEntries`): every
 * count and list follows the tracker, overdue items keep their status as written, and `notes`
 * gives both states (`path:line` → `Done here · #2 open on GitHub`) of the items it changed.
 */
export declare function buildTrackedTrendReport(index: CorpusIndex, config: ResolvedConfig, request: ReportRequest, tracker: TrackerView | null): {
    report: TrendReport;
    notes: Map<string, string>;
};
