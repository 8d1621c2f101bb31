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
export interface PeriodMetrics {
    window: {
        since: string;
        until: string;
    };
    incidents: {
        total: number;
        /** Average incidents per month over the months the window touches. */
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
/** Every metric of one period. `followUp` judges each review meeting (the follow-up-meeting rule's window). */
export declare function periodMetrics(entries: readonly IndexEntry[], window: Window, now: Date, followUp: FollowUpJudge, statuses: StatusReader): PeriodMetrics;
/**
 * Open action items whose deadline is before `now`'s day, across every postmortem given (an
 * overdue item stays a debt whatever the reporting window), most overdue first.
 */
export declare function overdueActionItems(entries: readonly IndexEntry[], now: Date, statuses: StatusReader): OverdueActionItem[];
