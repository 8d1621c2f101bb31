import type { StatusReader } from '../practice/action-item-status.js';
import type { IndexEntry } from '../corpus/index-entry.js';
import type { FailedFile } from '../corpus/corpus-index.js';
import type { PatternKind } from '../corpus/patterns.js';
import { type FollowUpJudge, type OverdueActionItem, type PeriodMetrics } from './metrics.js';
import { type SimilarityOptions } from '../corpus/similarity.js';
import { type Window } from './window.js';
/** A postmortem as a report cites it: enough to name it and link to it. */
export interface IncidentRef {
    /** `owner/name` of the repository it came from (organisation reports); null when not recorded. */
    repository: string | null;
    path: string;
    id: string | null;
    title: string | null;
    date: string | null;
    line: number | null;
}
/**
 * One recurring problem: incidents that share a root-cause category, service or tag within the
 * pattern window (overlapping windows merged), every key grouping exactly these incidents shown
 * together.
 */
export interface ReportPattern {
    keys: Array<{
        kind: PatternKind;
        key: string;
    }>;
    incidents: IncidentRef[];
    /** Dates of the first and the last incident. */
    from: string;
    to: string;
    /** None of its keys was a pattern in the previous period. */
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
    /** 95% interval of the change (bootstrap for medians, normal approximation otherwise). */
    interval: [number, number] | null;
    /** Whether the change is told apart from noise at 95%; null when it cannot be judged. */
    distinguishable: boolean | null;
    /** About the smallest change (either way) these samples could tell from noise. */
    smallestDetectable: number | null;
}
/** Restore times of the period in ranges, with the ranges its median and p90 fall in. */
export interface RestoreDistribution {
    buckets: Array<{
        label: string;
        fromMinutes: number;
        toMinutes: number | null;
        count: number;
    }>;
    medianBucket: number | null;
    p90Bucket: number | null;
}
/**
 * The tracker's state of an overdue item's issue where it differs from the postmortem's (a report
 * run with a GitHub token): Done here but still open there, or closed there but not done here.
 */
export interface OverdueTrackerState {
    /** `owner/repo#number`, lower case. */
    issue: string;
    state: 'open' | 'closed';
    /** The day it was closed (ISO date); null while open, or when GitHub gave none. */
    closedAt: string | null;
    /** GitHub's `state_reason` (`completed`, `not_planned`); null while open. */
    stateReason: string | null;
}
/** One repository's share of an organisation report. */
export interface RepositoryRow {
    repository: string;
    postmortems: number;
    incidents: number;
    mttrMedianMinutes: number | null;
    openItems: number;
    overdueItems: number;
}
export interface TrendReport {
    schemaVersion: 2;
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
    /** Incident ids written by more than one postmortem of a repository: counted once. */
    duplicates: Array<{
        id: string;
        first: IncidentRef;
        duplicates: IncidentRef[];
    }>;
    /** Incidents of the window kept out of the timing measures, with the reason written. */
    excluded: Array<{
        incident: IncidentRef;
        reason: string;
    }>;
    current: PeriodMetrics;
    previous: PeriodMetrics;
    changes: MetricChange[];
    restoreDistribution: RestoreDistribution;
    /** `repository` is set in organisation reports; `tracker` where GitHub's state differs. */
    overdueActionItems: Array<OverdueActionItem & {
        repository?: string | null;
        tracker?: OverdueTrackerState;
    }>;
    patterns: ReportPattern[];
    /** The similarity threshold, and the highest score compared (so "none above X" can be said). */
    similarity: {
        threshold: number;
        closestScore: number | null;
    };
    similar: ReportSimilarGroup[];
    /** By repository, when the indexes name more than one (or any) repository. */
    repositories: RepositoryRow[];
}
/** Finds recurring problems in a period's incidents (the pattern-analysis engine, merged). */
export type PatternFinder = (entries: readonly IndexEntry[]) => Array<{
    keys: Array<{
        kind: PatternKind;
        key: string;
    }>;
    incidents: IndexEntry[];
}>;
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
        threshold: number;
    };
    /** The repository each postmortem came from (organisation reports); none by default. */
    repositoryOf?: (entry: IndexEntry) => string | null;
}
export declare function incidentRef(entry: IndexEntry, repositoryOf?: (entry: IndexEntry) => string | null): IncidentRef;
export declare function restoreDistribution(sorted: readonly number[]): RestoreDistribution;
/** Every number of the trend report, for one window and the window of the same length before it. */
export declare function buildReport(input: ReportInput): TrendReport;
