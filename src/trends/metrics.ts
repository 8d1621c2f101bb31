import type { IndexEntry } from '../corpus/index-entry.js';
import { COMPLETED_STATUS } from '../corpus/index-entry.js';
import { daysBetween, isoDay } from '../model/dates.js';
import { appendTo } from '../corpus/group.js';
import { MIN_TREND_SAMPLE, round2, summarize, type Summary } from './stats.js';
import {
  incidentInstant,
  inWindow,
  isoInstant,
  monthKey,
  monthsOf,
  type Window,
} from './window.js';
import { actionItemClosedOn, actionItemDeadline } from './action-items.js';
import { isOverdue, type StatusReader } from '../practice/action-item-status.js';

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

interface Bucket {
  incidents: number;
  bySeverity: Record<string, number>;
  mttr: number[];
}

function buckets(keys: string[]): Map<string, Bucket> {
  return new Map(keys.map((key) => [key, { incidents: 0, bySeverity: {}, mttr: [] }]));
}

function bucketMetrics(bucket: Bucket): BucketMetrics {
  return {
    incidents: bucket.incidents,
    bySeverity: bucket.bySeverity,
    mttrMinutes: summarize(bucket.mttr),
  };
}

export interface PeriodMetrics {
  window: { since: string; until: string };
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
  timeToDetectMinutes: Summary & { unknown: number };
  /** Time between consecutive incident starts. */
  mtbfHours: { overall: Summary; byService: Record<string, Summary> };
  completion: { total: number; completed: number; rate: number | null; daysToComplete: Summary };
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

function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

function count(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

function severityKey(entry: IndexEntry): string {
  return entry.severity === null ? 'unknown' : `SEV-${entry.severity}`;
}

/** Minutes from start to resolution, else the stated duration; null when neither can be read. */
function restoreMinutes(entry: IndexEntry): number | null {
  if (
    entry.startedAt !== null &&
    entry.resolvedAt !== null &&
    entry.resolvedAt >= entry.startedAt
  ) {
    return (entry.resolvedAt - entry.startedAt) / 60_000;
  }
  return entry.durationMinutes;
}

function detectMinutes(entry: IndexEntry): number | null {
  if (entry.startedAt === null || entry.detectedAt === null || entry.detectedAt < entry.startedAt)
    return null;
  return (entry.detectedAt - entry.startedAt) / 60_000;
}

/** A summary per key (of `measure` of its values), keys sorted so the JSON is stable. */
function summaries(
  groups: Map<string, number[]>,
  measure: (values: number[]) => number[] = (values) => values,
): Record<string, Summary> {
  return Object.fromEntries(
    [...groups]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, values]) => [key, summarize(measure(values))]),
  );
}

/** Gaps (hours) between consecutive instants. */
function gapsHours(instants: number[]): number[] {
  const sorted = [...instants].sort((a, b) => a - b);
  return sorted.slice(1).map((instant, i) => (instant - sorted[i]) / 3_600_000);
}

/** Postmortems whose incident falls in the window, with the instant that placed them. */
function incidentsIn(
  entries: readonly IndexEntry[],
  window: Window,
): Array<{ entry: IndexEntry; at: number }> {
  const placed: Array<{ entry: IndexEntry; at: number }> = [];
  for (const entry of entries) {
    const at = incidentInstant(entry);
    if (at !== null && inWindow(at, window)) placed.push({ entry, at });
  }
  return placed.sort((a, b) => a.at - b.at || a.entry.path.localeCompare(b.entry.path));
}

/** Every metric of one period. `followUp` judges each review meeting (the follow-up-meeting rule's window). */
export function periodMetrics(
  entries: readonly IndexEntry[],
  window: Window,
  now: Date,
  followUp: FollowUpJudge,
  statuses: StatusReader,
): PeriodMetrics {
  const placed = incidentsIn(entries, window);
  const bySeverity: Record<string, number> = {};
  const byService: Record<string, number> = {};
  const serviceStarts = new Map<string, number[]>();
  const monthKeys = monthsOf(window);
  const monthly = buckets(monthKeys);
  const yearly = buckets([...new Set(monthKeys.map((month) => month.slice(0, 4)))]);
  const mttr: number[] = [];
  const mttrBySeverity = new Map<string, number[]>();
  const mttrByService = new Map<string, number[]>();
  const detect: number[] = [];
  const toComplete: number[] = [];
  const toClose: number[] = [];
  const follow = { within: 0, late: 0, missing: 0, unknown: 0 };
  const items = { total: 0, done: 0, overdue: 0 };
  let completed = 0;
  const today = isoDay(now);

  for (const { entry, at } of placed) {
    const severity = severityKey(entry);
    count(bySeverity, severity);
    for (const service of new Set(entry.services)) {
      count(byService, service);
      appendTo(serviceStarts, service, at);
    }
    const minutes = restoreMinutes(entry);
    const month = monthKey(at);
    for (const bucket of [monthly.get(month), yearly.get(month.slice(0, 4))]) {
      if (!bucket) continue;
      bucket.incidents++;
      count(bucket.bySeverity, severity);
      if (minutes !== null) bucket.mttr.push(minutes);
    }
    if (minutes !== null) {
      mttr.push(minutes);
      appendTo(mttrBySeverity, severity, minutes);
      for (const service of new Set(entry.services)) appendTo(mttrByService, service, minutes);
    }
    const detectedAfter = detectMinutes(entry);
    if (detectedAfter !== null) detect.push(detectedAfter);
    if (entry.status !== null && COMPLETED_STATUS.test(entry.status)) {
      completed++;
      if (entry.completedAt !== null)
        toComplete.push(daysBetween(isoDay(new Date(at)), entry.completedAt));
    }
    follow[followUp(entry)]++;
    for (const item of entry.actionItems) {
      items.total++;
      const state = statuses.state(item.status);
      if (state === 'done') {
        items.done++;
        const closedOn = actionItemClosedOn(item, entry, statuses);
        if (closedOn !== null) toClose.push(daysBetween(isoDay(new Date(at)), closedOn));
      } else if (isOverdue(actionItemDeadline(item, entry), state, today)) items.overdue++;
    }
  }

  const months = [...monthly].map(([month, data]) => ({ month, ...bucketMetrics(data) }));
  const judged = follow.within + follow.late + follow.missing;
  return {
    window: { since: isoInstant(window.since), until: isoInstant(window.until) },
    incidents: {
      total: placed.length,
      perMonth: months.length === 0 ? 0 : round2(placed.length / months.length),
      bySeverity,
      byService,
    },
    sampleTooSmall: placed.length < MIN_TREND_SAMPLE,
    months,
    years: [...yearly].map(([year, data]) => ({ year, ...bucketMetrics(data) })),
    mttrMinutes: {
      ...summarize(mttr),
      unknown: placed.length - mttr.length,
      bySeverity: summaries(mttrBySeverity),
      byService: summaries(mttrByService),
    },
    timeToDetectMinutes: { ...summarize(detect), unknown: placed.length - detect.length },
    mtbfHours: {
      overall: summarize(gapsHours(placed.map(({ at }) => at))),
      byService: summaries(serviceStarts, gapsHours),
    },
    completion: {
      total: placed.length,
      completed,
      rate: rate(completed, placed.length),
      // Negative spans (completion date before the incident) are typos, not data.
      daysToComplete: summarize(toComplete.filter((days) => days >= 0)),
    },
    followUp: { total: placed.length, ...follow, rate: rate(follow.within, judged) },
    actionItems: {
      total: items.total,
      done: items.done,
      open: items.total - items.done,
      overdue: items.overdue,
      completionRate: rate(items.done, items.total),
      daysToClose: summarize(toClose.filter((days) => days >= 0)),
    },
  };
}

/**
 * Open action items whose deadline is before `now`'s day, across every postmortem given (an
 * overdue item stays a debt whatever the reporting window), most overdue first.
 */
export function overdueActionItems(
  entries: readonly IndexEntry[],
  now: Date,
  statuses: StatusReader,
): OverdueActionItem[] {
  const today = isoDay(now);
  const overdue: OverdueActionItem[] = [];
  for (const entry of entries) {
    const at = incidentInstant(entry);
    for (const item of entry.actionItems) {
      const deadline = actionItemDeadline(item, entry);
      if (deadline === null || !isOverdue(deadline, statuses.state(item.status), today)) continue;
      overdue.push({
        path: entry.path,
        line: item.line,
        incidentId: entry.id,
        incidentDate: entry.date,
        id: item.id,
        action: item.action,
        owner: item.owner,
        deadline,
        status: item.status,
        daysOverdue: daysBetween(deadline, today),
        ageDays: at === null ? null : daysBetween(isoDay(new Date(at)), today),
      });
    }
  }
  return overdue.sort(
    (a, b) => b.daysOverdue - a.daysOverdue || a.path.localeCompare(b.path) || a.line - b.line,
  );
}
