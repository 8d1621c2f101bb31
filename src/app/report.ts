import type { ResolvedConfig } from '../config/types.js';
import type { CorpusIndex } from '../corpus/corpus-index.js';
import type { TrendReport } from '../trends/report.js';
import { itemKey, reconciledEntries, type TrackerView } from './reminders.js';
import { reportFromIndex, reportSettings, type ReportRequest } from '../trends/run.js';

/**
 * The trend report of a corpus index, with the settings this configuration gives (the follow-up
 * window, what "done" means, the pattern thresholds): the CLI's `report` and the Action's report
 * mode both call this. Several indexes (one per repository) give one organisation report.
 */
export function buildTrendReport(
  index: CorpusIndex | readonly CorpusIndex[],
  config: ResolvedConfig,
  request: ReportRequest,
): TrendReport {
  return reportFromIndex(index, reportSettings(config), request);
}

/**
 * The trend report with the tracker's state where it is known (see `reconciledEntries`): every
 * count and list follows the tracker, overdue items keep their status as written, and `notes`
 * gives both states (`path:line` → `Done here · #2 open on GitHub`) of the items it changed.
 */
export function buildTrackedTrendReport(
  index: CorpusIndex,
  config: ResolvedConfig,
  request: ReportRequest,
  tracker: TrackerView | null,
): { report: TrendReport; notes: Map<string, string> } {
  const settings = reportSettings(config);
  const { entries, changed } = reconciledEntries(index.entries, settings.statuses, tracker);
  const report = reportFromIndex({ ...index, entries }, settings, request);
  const notes = new Map<string, string>();
  for (const [key, { note }] of changed) notes.set(key, note);
  return {
    report: {
      ...report,
      overdueActionItems: report.overdueActionItems.map((item) => {
        const written = changed.get(itemKey(item.path, item.line));
        return written === undefined ? item : { ...item, status: written.status };
      }),
    },
    notes,
  };
}
