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
    /** The report spans several repositories: postmortems link to their own repository on GitHub. */
    multiRepository?: boolean;
}
/** A duration in a table cell: the project's wording, or a dash when unknown. */
export declare function formatDuration(minutes: number | null): string;
export declare function formatHours(hours: number | null): string;
export declare function percent(rate: number | null): string;
export declare function day(iso: string): string;
/** `median [95% CI] (p90, mean, n)`: a median never without its interval, a mean never alone. */
export declare function summaryCell(summary: Summary, format: (value: number | null) => string): string;
/** Where a postmortem of another repository is linked (organisation reports): its blob on GitHub. */
export declare function repositoryLink(repository: string, path: string, line: number | null): string;
export declare function incidentLink(ref: IncidentRef, options: MarkdownOptions): string;
export declare function changeCell(change: MetricChange): string[];
/** Rows beyond `maxRows`, dropped with a closing line saying how many. */
export declare function capped(rows: string[][], options: MarkdownOptions, what: string): {
    rows: string[][];
    note: string;
};
/** Overdue action items with links to their lines; owners ping only with `options.mentions`. */
export declare function overdueTable(items: ReadonlyArray<OverdueActionItem & {
    repository?: string | null;
}>, options: MarkdownOptions): string;
/** Recurring problems, one row each: its keys together, how often, over which span, which postmortems. */
export declare function patternTable(patterns: readonly ReportPattern[], options: MarkdownOptions): string;
/** Any table of plain rows, capped at `maxRows` with the rest counted. */
export declare function cappedTable(headers: string[], rows: string[][], options: MarkdownOptions, what: string): string;
