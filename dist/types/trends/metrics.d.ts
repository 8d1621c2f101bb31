import type { IndexEntry } from '../corpus/index-entry.js';
import { type Summary } from './stats.js';
import { type Window } from './window.js';
import { type StatusReader } from '../practice/action-item-status.js';
/** How a postmortem's review meeting stands against the follow-up-meeting rule's window. */
export type FollowUpStanding = 'within' | 'late' | 'missing' | 'unknown';
export type FollowUpJudge = (entry: IndexEntry) => FollowUpStanding;
/** Incidents of one calendar month or year (UTC). */
export interface BucketMetrics {
    incidents: number;
    bySeverity: Record<string, number>;
    mttrMinutes: Summary;
}
export interface MonthMetrics extends BucketMetrics {
    /** `YYYY-MM` (UTC). */
    month: string;
}
export interface YearMetrics extends BucketMetrics {
    /** `YYYY` (UTC). */
    year: string;
}
/** A service or an action-item owner with the incidents and the open and overdue items it carries. */
export interface Hotspot {
    key: string;
    /** Incidents of the service; for an owner, incidents in which they own an action item. */
    incidents: number;
    openItems: number;
    overdueItems: number;
}
export interface PeriodMetrics {
    window: {
        since: string;
        until: string;
    };
    incidents: {
        total: number;
        /** Incidents per calendar month of the window (partial months by their share of days). */
        perMonth: number;
        bySeverity: Record<string, number>;
        byService: Record<string, number>;
    };
    /** True when fewer than MIN_TREND_SAMPLE incidents: too few to claim a trend. */
    sampleTooSmall: boolean;
    months: MonthMetrics[];
    /** The same by calendar year (reports over long windows chart these). */
    years: YearMetrics[];
    /** Start → resolved (or the stated duration); `unknown` counts incidents with neither. */
    mttrMinutes: Summary & {
        unknown: number;
        bySeverity: Record<string, Summary>;
        byService: Record<string, Summary>;
    };
    /** Start → detected. */
    timeToDetectMinutes: Summary & {
        unknown: number;
    };
    /** Start → mitigated (impact stopped, before the full fix). */
    timeToMitigateMinutes: Summary & {
        unknown: number;
    };
    /**
     * Time to restore of the deployment-triggered incidents (`trigger: deploy`): the input of
     * DORA's failed-deployment recovery time.
     */
    deployTriggered: {
        incidents: number;
        restoreMinutes: Summary & {
            unknown: number;
        };
    };
    /** Incidents kept out of every timing measure (`exclude_from_metrics`); still counted as incidents. */
    excludedFromTiming: number;
    /** Services and owners with the most incidents, most first (then most overdue items). */
    hotspots: {
        services: Hotspot[];
        owners: Hotspot[];
    };
    /** Time between consecutive incident starts. */
    mtbfHours: {
        overall: Summary;
        byService: Record<string, Summary>;
    };
    completion: {
        total: number;
        completed: number;
        rate: number | null;
        daysToComplete: Summary;
    };
    followUp: {
        total: number;
        within: number;
        late: number;
        missing: number;
        unknown: number;
        rate: number | null;
    };
    actionItems: {
        total: number;
        done: number;
        open: number;
        overdue: number;
        completionRate: number | null;
        daysToClose: Summary;
    };
}
export interface OverdueActionItem {
    path: string;
    line: number;
    incidentId: string | null;
    incidentDate: string | null;
    id: string | null;
    action: string | null;
    owner: string | null;
    deadline: string;
    status: string | null;
    daysOverdue: number;
    /** Days since the incident (null when its date is unknown). */
    ageDays: number | null;
}
/** The timing samples of a period (excluded incidents left out), each sorted. */
export declare function timingSamples(entries: readonly IndexEntry[], window: Window): TimingSamples;
/** Windows of more months than this list years only. */
export declare const MAX_MONTHS = 1200;
/** Minutes from start to resolution, else the stated duration; null when neither can be read. */
export declare function restoreMinutes(entry: IndexEntry): number | null;
/** `trigger: deploy` (or deployment, a release, a rollout): a change set the incident off. */
export declare function isDeployTriggered(entry: IndexEntry): boolean;
/** Timing values of the incidents a period keeps for timing (sorted: the comparisons reuse them). */
export interface TimingSamples {
    restore: number[];
    detect: number[];
    mitigate: number[];
}
/** Postmortems whose incident falls in the window, with the instant that placed them. */
export declare function incidentsIn(entries: readonly IndexEntry[], window: Window): Array<{
    entry: IndexEntry;
    at: number;
}>;
/** Every metric of one period. `followUp` judges each review meeting (the follow-up-meeting rule's window). */
export declare function periodMetrics(entries: readonly IndexEntry[], window: Window, now: Date, followUp: FollowUpJudge, statuses: StatusReader): PeriodMetrics;
/**
 * Open action items whose deadline is before `now`'s day, across every postmortem given (an
 * overdue item stays a debt whatever the reporting window), most overdue first.
 */
export declare function overdueActionItems(entries: readonly IndexEntry[], now: Date, statuses: StatusReader): OverdueActionItem[];
