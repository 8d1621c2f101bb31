import type { IncidentRef, MetricChange, ReportPattern } from '../report.js';
import type { OverdueActionItem } from '../metrics.js';
import type { Summary } from '../stats.js';
export interface MarkdownOptions {
    /** Link target for a file and line: relative to where the report is written, or a blob URL. */
    linkTo(path: string, line: number | null): string;
    /** Let `@owner` in action items ping (issue bodies with `mention-owners: true`). */
    mentions?: boolean;
    /** At most this many rows per table (job summaries and issues have size limits). */
    maxRows?: number;
}
/** A duration in a table cell: the project's wording, or a dash when unknown. */
export declare function formatDuration(minutes: number | null): string;
export declare function formatHours(hours: number | null): string;
export declare function percent(rate: number | null): string;
export declare function day(iso: string): string;
/** `median (p90, mean, n)`: a mean never stands alone. */
export declare function summaryCell(summary: Summary, format: (value: number | null) => string): string;
export declare function incidentLink(ref: IncidentRef, options: MarkdownOptions): string;
export declare function changeCell(change: MetricChange): string[];
/** Rows beyond `maxRows`, dropped with a closing line saying how many. */
export declare function capped(rows: string[][], options: MarkdownOptions, what: string): {
    rows: string[][];
    note: string;
};
/** Overdue action items with links to their lines; owners ping only with `options.mentions`. */
export declare function overdueTable(items: readonly OverdueActionItem[], options: MarkdownOptions): string;
/** Recurring patterns: what is shared, how often, which postmortems (linked). */
export declare function patternTable(patterns: readonly ReportPattern[], options: MarkdownOptions): string;
