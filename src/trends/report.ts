import type { StatusReader } from '../practice/action-item-status.js';
import type { IndexEntry } from '../corpus/index-entry.js';
import type { FailedFile } from '../corpus/corpus-index.js';
import type { GroupKind } from '../corpus/patterns.js';
import {
  overdueActionItems,
  periodMetrics,
  type FollowUpJudge,
  type OverdueActionItem,
  type PeriodMetrics,
} from './metrics.js';
import {
  buildSimilarityIndex,
  similarityClusters,
  type SimilarityOptions,
} from '../corpus/similarity.js';
import { incidentInstant, inWindow, isoInstant, previousWindow, type Window } from './window.js';
import { MIN_TREND_SAMPLE } from './stats.js';

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
  window: { since: string; until: string };
  previousWindow: { since: string; until: string };
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
  similarity: Partial<SimilarityOptions> & { enabled: boolean };
}

export function incidentRef(entry: IndexEntry): IncidentRef {
  return {
    path: entry.path,
    id: entry.id,
    title: entry.title,
    date: entry.date,
    line: entry.lines.title,
  };
}

function change(
  metric: string,
  label: string,
  current: number | null,
  previous: number | null,
  sampleSizes: [number, number],
): MetricChange {
  const small = Math.min(...sampleSizes) < MIN_TREND_SAMPLE;
  return {
    metric,
    label,
    current,
    previous,
    delta:
      current !== null && previous !== null ? Math.round((current - previous) * 100) / 100 : null,
    caveat: small
      ? `Small samples (n = ${sampleSizes[0]} now, ${sampleSizes[1]} before, under ${MIN_TREND_SAMPLE}): not a trend.`
      : null,
  };
}

function changes(current: PeriodMetrics, previous: PeriodMetrics): MetricChange[] {
  const incidents: [number, number] = [current.incidents.total, previous.incidents.total];
  return [
    change('incidents', 'Incidents', current.incidents.total, previous.incidents.total, incidents),
    change(
      'mttrMedianMinutes',
      'MTTR median',
      current.mttrMinutes.median,
      previous.mttrMinutes.median,
      [current.mttrMinutes.n, previous.mttrMinutes.n],
    ),
    change(
      'ttdMedianMinutes',
      'Time to detect median',
      current.timeToDetectMinutes.median,
      previous.timeToDetectMinutes.median,
      [current.timeToDetectMinutes.n, previous.timeToDetectMinutes.n],
    ),
    change(
      'completionRate',
      'Postmortems completed',
      current.completion.rate,
      previous.completion.rate,
      incidents,
    ),
    change(
      'followUpRate',
      'Review meeting on time',
      current.followUp.rate,
      previous.followUp.rate,
      incidents,
    ),
    change(
      'actionItemCompletionRate',
      'Action items done',
      current.actionItems.completionRate,
      previous.actionItems.completionRate,
      [current.actionItems.total, previous.actionItems.total],
    ),
  ];
}

function inPeriod(entries: readonly IndexEntry[], window: Window): IndexEntry[] {
  return entries.filter((entry) => {
    const at = incidentInstant(entry);
    return at !== null && inWindow(at, window);
  });
}

/** Every number of the trend report, for one window and the window of the same length before it. */
export function buildReport(input: ReportInput): TrendReport {
  const { entries, window, now } = input;
  const before = previousWindow(window);
  const current = periodMetrics(entries, window, now, input.followUp, input.statuses);
  const previous = periodMetrics(entries, before, now, input.followUp, input.statuses);
  const inCurrent = inPeriod(entries, window);
  const previousKeys = new Set(
    input
      .findPatterns(inPeriod(entries, before))
      .map((pattern) => `${pattern.kind}\u0000${pattern.key}`),
  );
  const patterns = input.findPatterns(inCurrent).map((pattern) => ({
    ...pattern,
    isNew: !previousKeys.has(`${pattern.kind}\u0000${pattern.key}`),
  }));
  const similar = input.similarity.enabled
    ? similarityClusters(
        buildSimilarityIndex(inCurrent, input.similarity),
        input.similarity.topTerms,
      ).map((cluster) => ({
        score: cluster.score,
        sharedTerms: cluster.sharedTerms,
        incidents: cluster.entries.map(incidentRef),
      }))
    : [];
  return {
    schemaVersion: 1,
    generatedAt: now.toISOString(),
    window: { since: isoInstant(window.since), until: isoInstant(window.until) },
    previousWindow: { since: isoInstant(before.since), until: isoInstant(before.until) },
    files: {
      indexed: entries.length,
      failed: [...input.failed],
      undated: entries
        .filter((entry) => incidentInstant(entry) === null)
        .map((entry) => entry.path),
    },
    current,
    previous,
    changes: changes(current, previous),
    overdueActionItems: overdueActionItems(
      entries.filter((entry) => (incidentInstant(entry) ?? -Infinity) < window.until),
      now,
      input.statuses,
    ),
    patterns,
    similar,
  };
}
