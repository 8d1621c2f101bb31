import type { IndexEntry } from '../corpus/index-entry.js';
import { COMPLETED_STATUS } from '../corpus/index-entry.js';
import { daysBetween, isoDay } from '../model/dates.js';
import { appendTo } from '../corpus/group.js';
import { MIN_TREND_SAMPLE, round2, sortedFinite, summarize, type Summary } from './stats.js';
import {
  incidentInstant,
  inWindow,
  isoInstant,
  monthKey,
  monthSpan,
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

/** A service or an action-item owner with the incidents and the open and overdue items it carries. */
export interface Hotspot {
  key: string;
  /** Incidents of the service; for an owner, incidents in which they own an action item. */
  incidents: number;
  openItems: number;
  overdueItems: number;
}

export interface PeriodMetrics {
  window: { since: string; until: string };
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
  timeToDetectMinutes: Summary & { unknown: number };
  /** Start → mitigated (impact stopped, before the full fix). */
  timeToMitigateMinutes: Summary & { unknown: number };
  /**
   * Time to restore of the deployment-triggered incidents (`trigger: deploy`): the input of
   * DORA's failed-deployment recovery time.
   */
  deployTriggered: { incidents: number; restoreMinutes: Summary & { unknown: number } };
  /** Incidents kept out of every timing measure (`exclude_from_metrics`); still counted as incidents. */
  excludedFromTiming: number;
  /** Services and owners with the most incidents, most first (then most overdue items). */
  hotspots: { services: Hotspot[]; owners: Hotspot[] };
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

/** `YYYY` of a `YYYY-MM` key. */
function yearOf(month: string): string {
  return month.slice(0, month.lastIndexOf('-'));
}

/** Most incidents first, then most overdue items, then name: a stable order. */
function ranked(spots: Map<string, Hotspot>): Hotspot[] {
  return [...spots.values()].sort(
    (a, b) =>
      b.incidents - a.incidents || b.overdueItems - a.overdueItems || a.key.localeCompare(b.key),
  );
}

/** The timing samples of a period (excluded incidents left out), each sorted. */
export function timingSamples(entries: readonly IndexEntry[], window: Window): TimingSamples {
  const samples: TimingSamples = { restore: [], detect: [], mitigate: [] };
  for (const { entry } of incidentsIn(entries, window)) {
    if (entry.excludedFromMetrics !== null) continue;
    const restore = restoreMinutes(entry);
    if (restore !== null) samples.restore.push(restore);
    const detect = detectMinutes(entry);
    if (detect !== null) samples.detect.push(detect);
    const mitigate = mitigateMinutes(entry);
    if (mitigate !== null) samples.mitigate.push(mitigate);
  }
  return {
    restore: sortedFinite(samples.restore),
    detect: sortedFinite(samples.detect),
    mitigate: sortedFinite(samples.mitigate),
  };
}

/** Windows of more months than this list years only. */
export const MAX_MONTHS = 1200;

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
export function restoreMinutes(entry: IndexEntry): number | null {
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

function mitigateMinutes(entry: IndexEntry): number | null {
  if (entry.startedAt === null || entry.mitigatedAt === null || entry.mitigatedAt < entry.startedAt)
    return null;
  return (entry.mitigatedAt - entry.startedAt) / 60_000;
}

/** `trigger: deploy` (or deployment, a release, a rollout): a change set the incident off. */
export function isDeployTriggered(entry: IndexEntry): boolean {
  return entry.trigger !== null && /^(deploy|release|rollout|change)/.test(entry.trigger);
}

/** Timing values of the incidents a period keeps for timing (sorted: the comparisons reuse them). */
export interface TimingSamples {
  restore: number[];
  detect: number[];
  mitigate: number[];
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
export function incidentsIn(
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
  const yearly = buckets([...new Set(monthKeys.map(yearOf))]);
  const mttr: number[] = [];
  const mttrBySeverity = new Map<string, number[]>();
  const mttrByService = new Map<string, number[]>();
  const detect: number[] = [];
  const mitigate: number[] = [];
  const deployRestore: number[] = [];
  let deployIncidents = 0;
  let excluded = 0;
  const services = new Map<string, Hotspot>();
  const owners = new Map<string, Hotspot>();
  const hotspot = (map: Map<string, Hotspot>, key: string): Hotspot => {
    let spot = map.get(key);
    if (!spot) map.set(key, (spot = { key, incidents: 0, openItems: 0, overdueItems: 0 }));
    return spot;
  };
  const toComplete: number[] = [];
  const toClose: number[] = [];
  const follow = { within: 0, late: 0, missing: 0, unknown: 0 };
  const items = { total: 0, done: 0, overdue: 0 };
  let completed = 0;
  const today = isoDay(now);

  for (const { entry, at } of placed) {
    const severity = severityKey(entry);
    count(bySeverity, severity);
    const timed = entry.excludedFromMetrics === null;
    if (!timed) excluded++;
    const entryServices = [...new Set(entry.services)];
    for (const service of entryServices) {
      count(byService, service);
      hotspot(services, service).incidents++;
      if (timed) appendTo(serviceStarts, service, at);
    }
    // An excluded incident (a test, a false alarm) is counted, but no timing measure reads it.
    const minutes = timed ? restoreMinutes(entry) : null;
    if (isDeployTriggered(entry)) {
      deployIncidents++;
      if (minutes !== null) deployRestore.push(minutes);
    }
    const month = monthKey(at);
    for (const bucket of [monthly.get(month), yearly.get(yearOf(month))]) {
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
    const detectedAfter = timed ? detectMinutes(entry) : null;
    if (detectedAfter !== null) detect.push(detectedAfter);
    const mitigatedAfter = timed ? mitigateMinutes(entry) : null;
    if (mitigatedAfter !== null) mitigate.push(mitigatedAfter);
    const ownersHere = new Set<string>();
    if (entry.status !== null && COMPLETED_STATUS.test(entry.status)) {
      completed++;
      if (entry.completedAt !== null)
        toComplete.push(daysBetween(isoDay(new Date(at)), entry.completedAt));
    }
    follow[followUp(entry)]++;
    for (const item of entry.actionItems) {
      items.total++;
      const state = statuses.state(item.status);
      // "???" or "-" names nobody: such an item counts as open, not as someone's.
      const owner =
        item.owner === null || !/[\p{L}\p{N}]/u.test(item.owner)
          ? null
          : hotspot(owners, item.owner);
      if (owner && !ownersHere.has(owner.key)) {
        ownersHere.add(owner.key);
        owner.incidents++;
      }
      if (state === 'done') {
        items.done++;
        const closedOn = actionItemClosedOn(item, entry, statuses);
        if (closedOn !== null) toClose.push(daysBetween(isoDay(new Date(at)), closedOn));
        continue;
      }
      const overdue = isOverdue(actionItemDeadline(item, entry), state, today);
      if (overdue) items.overdue++;
      for (const spot of [owner, ...entryServices.map((service) => hotspot(services, service))]) {
        if (!spot) continue;
        spot.openItems++;
        if (overdue) spot.overdueItems++;
      }
    }
  }

  // Beyond a century, months would make the JSON tens of MB: such windows are read by year.
  const months =
    monthKeys.length > MAX_MONTHS
      ? []
      : [...monthly].map(([month, data]) => ({ month, ...bucketMetrics(data) }));
  const judged = follow.within + follow.late + follow.missing;
  return {
    window: { since: isoInstant(window.since), until: isoInstant(window.until) },
    incidents: {
      total: placed.length,
      perMonth: months.length === 0 ? 0 : round2(placed.length / monthSpan(window)),
      bySeverity,
      byService,
    },
    sampleTooSmall: placed.length < MIN_TREND_SAMPLE,
    months,
    years: [...yearly].map(([year, data]) => ({ year, ...bucketMetrics(data) })),
    mttrMinutes: {
      ...summarize(mttr),
      unknown: placed.length - excluded - mttr.length,
      bySeverity: summaries(mttrBySeverity),
      byService: summaries(mttrByService),
    },
    timeToDetectMinutes: {
      ...summarize(detect),
      unknown: placed.length - excluded - detect.length,
    },
    timeToMitigateMinutes: {
      ...summarize(mitigate),
      unknown: placed.length - excluded - mitigate.length,
    },
    deployTriggered: {
      incidents: deployIncidents,
      restoreMinutes: {
        ...summarize(deployRestore),
        unknown: deployIncidents - deployRestore.length,
      },
    },
    excludedFromTiming: excluded,
    hotspots: { services: ranked(services), owners: ranked(owners) },
    mtbfHours: {
      overall: summarize(
        gapsHours(
          placed.filter(({ entry }) => entry.excludedFromMetrics === null).map(({ at }) => at),
        ),
      ),
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
