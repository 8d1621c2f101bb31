import type { StatusReader } from '../practice/action-item-status.js';
import type { IndexEntry } from '../corpus/index-entry.js';
import type { FailedFile } from '../corpus/corpus-index.js';
import type { GroupKind } from '../corpus/patterns.js';
import { type FollowUpJudge, type OverdueActionItem, type PeriodMetrics } from './metrics.js';
import { type SimilarityOptions } from '../corpus/similarity.js';
import { type Window } from './window.js';
/** A postmortem as a report cites it: enough to name it and link to it. */
export interface IncidentRef {
    path: string;
    id: string | null;
    title: string | null;
    date: string | null;
    line: number | null;
}
/** Incidents grouped by a shared root-cause category, service or tag (see patterns.ts). */
export interface ReportPattern {
    kind: GroupKind;
    key: string;
    incidents: IncidentRef[];
    /** Not a pattern in the previous period (same kind and key). */
    isNew: boolean;
}
/** Incidents with similar text whose categories differ or are missing: a possible hidden pattern. */
export interface ReportSimilarGroup {
    score: number;
    sharedTerms: string[];
    incidents: IncidentRef[];
}
export interface MetricChange {
    metric: string;
    label: string;
    current: number | null;
    previous: number | null;
    /** current − previous, when both are known. */
    delta: number | null;
    /** Why the comparison is weak (small samples), when it is. */
    caveat: string | null;
}
export interface TrendReport {
    schemaVersion: 1;
    generatedAt: string;
    window: {
        since: string;
        until: string;
    };
    previousWindow: {
        since: string;
        until: string;
    };
    files: {
        indexed: number;
        failed: FailedFile[];
        /** Postmortems whose date cannot be read: not placed in any period. */
        undated: string[];
    };
    current: PeriodMetrics;
    previous: PeriodMetrics;
    changes: MetricChange[];
    overdueActionItems: OverdueActionItem[];
    patterns: ReportPattern[];
    similar: ReportSimilarGroup[];
}
/** Finds recurring groups in a period's incidents (the pattern-analysis engine). */
export type PatternFinder = (entries: readonly IndexEntry[]) => Array<Omit<ReportPattern, 'isNew'>>;
export interface ReportInput {
    entries: readonly IndexEntry[];
    failed: readonly FailedFile[];
    now: Date;
    window: Window;
    followUp: FollowUpJudge;
    /** What "done" means: the configured action-item statuses. */
    statuses: StatusReader;
    findPatterns: PatternFinder;
    similarity: Partial<SimilarityOptions> & {
        enabled: boolean;
    };
}
export declare function incidentRef(entry: IndexEntry): IncidentRef;
/** Every number of the trend report, for one window and the window of the same length before it. */
export declare function buildReport(input: ReportInput): TrendReport;
