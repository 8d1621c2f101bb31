import type { StatusReader } from '../practice/action-item-status.js';
import type { IndexEntry } from '../corpus/index-entry.js';
import type { FailedFile } from '../corpus/corpus-index.js';
import type { PatternKind } from '../corpus/patterns.js';
import { duplicateIds, withoutDuplicates } from '../corpus/duplicates.js';
import { appendTo } from '../corpus/group.js';
import {
  incidentsIn,
  overdueActionItems,
  periodMetrics,
  restoreMinutes,
  timingSamples,
  type FollowUpJudge,
  type OverdueActionItem,
  type PeriodMetrics,
} from './metrics.js';
import {
  buildSimilarityIndex,
  similarityClusters,
  type SimilarityOptions,
} from '../corpus/similarity.js';
import { incidentInstant, isoInstant, previousWindow, type Window } from './window.js';
import { medianDifferenceInterval, nearestRank, round2, sortedFinite } from './stats.js';

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
  keys: Array<{ kind: PatternKind; key: string }>;
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
  buckets: Array<{ label: string; fromMinutes: number; toMinutes: number | null; count: number }>;
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
  window: { since: string; until: string };
  previousWindow: { since: string; until: string };
  files: {
    indexed: number;
    failed: FailedFile[];
    /** Postmortems whose date cannot be read: not placed in any period. */
    undated: string[];
  };
  /** Incident ids written by more than one postmortem of a repository: counted once. */
  duplicates: Array<{ id: string; first: IncidentRef; duplicates: IncidentRef[] }>;
  /** Incidents of the window kept out of the timing measures, with the reason written. */
  excluded: Array<{ incident: IncidentRef; reason: string }>;
  current: PeriodMetrics;
  previous: PeriodMetrics;
  changes: MetricChange[];
  restoreDistribution: RestoreDistribution;
  /** `repository` is set in organisation reports; `tracker` where GitHub's state differs. */
  overdueActionItems: Array<
    OverdueActionItem & { repository?: string | null; tracker?: OverdueTrackerState }
  >;
  patterns: ReportPattern[];
  /** The similarity threshold, and the highest score compared (so "none above X" can be said). */
  similarity: { threshold: number; closestScore: number | null };
  similar: ReportSimilarGroup[];
  /** By repository, when the indexes name more than one (or any) repository. */
  repositories: RepositoryRow[];
}

/** Finds recurring problems in a period's incidents (the pattern-analysis engine, merged). */
export type PatternFinder = (
  entries: readonly IndexEntry[],
) => Array<{ keys: Array<{ kind: PatternKind; key: string }>; incidents: IndexEntry[] }>;

export interface ReportInput {
  entries: readonly IndexEntry[];
  failed: readonly FailedFile[];
  now: Date;
  window: Window;
  followUp: FollowUpJudge;
  /** What "done" means: the configured action-item statuses. */
  statuses: StatusReader;
  findPatterns: PatternFinder;
  similarity: Partial<SimilarityOptions> & { enabled: boolean; threshold: number };
  /** The repository each postmortem came from (organisation reports); none by default. */
  repositoryOf?: (entry: IndexEntry) => string | null;
}

const NO_REPOSITORY = (): null => null;

export function incidentRef(
  entry: IndexEntry,
  repositoryOf: (entry: IndexEntry) => string | null = NO_REPOSITORY,
): IncidentRef {
  return {
    repository: repositoryOf(entry),
    path: entry.path,
    id: entry.id,
    title: entry.title,
    date: entry.date,
    line: entry.lines.title,
  };
}

/** 1.96: the two-sided 95% point of the normal distribution. */
const Z95 = 1.96;

function judged(
  metric: string,
  label: string,
  current: number | null,
  previous: number | null,
  interval: [number, number] | null,
  smallest: number | null,
): MetricChange {
  const delta = current !== null && previous !== null ? round2(current - previous) : null;
  return {
    metric,
    label,
    current,
    previous,
    delta,
    interval,
    distinguishable: interval === null ? null : interval[0] > 0 || interval[1] < 0,
    smallestDetectable: smallest === null ? null : round2(smallest),
  };
}

/** Two counts over windows of equal length: their difference against √(a + b) (Poisson). */
function countChange(
  metric: string,
  label: string,
  current: number,
  previous: number,
): MetricChange {
  const total = current + previous;
  if (total === 0) return judged(metric, label, current, previous, null, null);
  const margin = Z95 * Math.sqrt(total);
  const delta = current - previous;
  return judged(
    metric,
    label,
    current,
    previous,
    [round2(delta - margin), round2(delta + margin)],
    margin,
  );
}

/** Two medians: a bootstrap interval of their difference (seeded). */
function medianChange(
  metric: string,
  label: string,
  current: readonly number[],
  previous: readonly number[],
  medians: [number | null, number | null],
): MetricChange {
  const interval = medianDifferenceInterval(current, previous);
  return judged(
    metric,
    label,
    medians[0],
    medians[1],
    interval,
    interval === null ? null : (interval[1] - interval[0]) / 2,
  );
}

/** Two proportions: a normal-approximation interval of their difference, pooled for the margin. */
function rateChange(
  metric: string,
  label: string,
  current: { rate: number | null; n: number },
  previous: { rate: number | null; n: number },
): MetricChange {
  if (current.rate === null || previous.rate === null || current.n === 0 || previous.n === 0)
    return judged(metric, label, current.rate, previous.rate, null, null);
  const pooled = (current.rate * current.n + previous.rate * previous.n) / (current.n + previous.n);
  // A pooled 0 or 1 has no spread: use the smallest one a single incident would give.
  const spread = Math.max(pooled * (1 - pooled), 1 / (current.n + previous.n));
  const margin = Z95 * Math.sqrt(spread * (1 / current.n + 1 / previous.n));
  const delta = current.rate - previous.rate;
  return judged(
    metric,
    label,
    current.rate,
    previous.rate,
    [
      Math.round((delta - margin) * 10_000) / 10_000,
      Math.round((delta + margin) * 10_000) / 10_000,
    ],
    Math.round(margin * 10_000) / 10_000,
  );
}

function changes(
  current: PeriodMetrics,
  previous: PeriodMetrics,
  samples: ReturnType<typeof timingSamples>[],
): MetricChange[] {
  const [now, before] = samples;
  const judgedMeetings = (period: PeriodMetrics): number =>
    period.followUp.within + period.followUp.late + period.followUp.missing;
  return [
    countChange('incidents', 'Incidents', current.incidents.total, previous.incidents.total),
    medianChange('mttrMedianMinutes', 'Time to restore, median', now.restore, before.restore, [
      current.mttrMinutes.median,
      previous.mttrMinutes.median,
    ]),
    medianChange('ttmMedianMinutes', 'Time to mitigate, median', now.mitigate, before.mitigate, [
      current.timeToMitigateMinutes.median,
      previous.timeToMitigateMinutes.median,
    ]),
    medianChange('ttdMedianMinutes', 'Time to detect, median', now.detect, before.detect, [
      current.timeToDetectMinutes.median,
      previous.timeToDetectMinutes.median,
    ]),
    rateChange(
      'completionRate',
      'Postmortems completed',
      { rate: current.completion.rate, n: current.completion.total },
      { rate: previous.completion.rate, n: previous.completion.total },
    ),
    rateChange(
      'followUpRate',
      'Review meeting on time',
      { rate: current.followUp.rate, n: judgedMeetings(current) },
      { rate: previous.followUp.rate, n: judgedMeetings(previous) },
    ),
    rateChange(
      'actionItemCompletionRate',
      'Action items done',
      { rate: current.actionItems.completionRate, n: current.actionItems.total },
      { rate: previous.actionItems.completionRate, n: previous.actionItems.total },
    ),
  ];
}

/** Restore-time ranges of the distribution chart (upper bounds in minutes; the last is open). */
const RESTORE_BUCKETS: Array<[string, number]> = [
  ['< 15 min', 15],
  ['15–30 min', 30],
  ['30 min–1 h', 60],
  ['1–2 h', 120],
  ['2–4 h', 240],
  ['4–8 h', 480],
  ['8–24 h', 1440],
  ['1–3 days', 4320],
];

export function restoreDistribution(sorted: readonly number[]): RestoreDistribution {
  const edges = RESTORE_BUCKETS.map(([, upper]) => upper);
  const bucketOf = (minutes: number): number => {
    const index = edges.findIndex((upper) => minutes < upper);
    return index === -1 ? edges.length : index;
  };
  const buckets = [
    ...RESTORE_BUCKETS.map(([label, upper], i) => ({
      label,
      fromMinutes: i === 0 ? 0 : edges[i - 1],
      toMinutes: upper as number | null,
      count: 0,
    })),
    { label: '≥ 3 days', fromMinutes: edges[edges.length - 1], toMinutes: null, count: 0 },
  ];
  for (const minutes of sorted) buckets[bucketOf(minutes)].count++;
  const median = sorted.length === 0 ? null : sorted[Math.floor((sorted.length - 1) / 2)];
  const p90 = nearestRank(sorted, 90);
  return {
    buckets,
    medianBucket: median === null ? null : bucketOf(median),
    p90Bucket: p90 === null ? null : bucketOf(p90),
  };
}

function byRepository(
  entries: readonly IndexEntry[],
  window: Window,
  overdue: ReadonlyArray<{ repository?: string | null }>,
  repositoryOf: (entry: IndexEntry) => string | null,
  statuses: StatusReader,
): RepositoryRow[] {
  const groups = new Map<string, IndexEntry[]>();
  for (const entry of entries) {
    const repository = repositoryOf(entry);
    if (repository !== null) appendTo(groups, repository, entry);
  }
  return [...groups]
    .map(([repository, members]) => {
      const placed = incidentsIn(members, window);
      const restore = sortedFinite(
        placed.flatMap(({ entry }) =>
          entry.excludedFromMetrics === null ? (restoreMinutes(entry) ?? []) : [],
        ),
      );
      const mid =
        restore.length === 0
          ? null
          : (restore[Math.floor((restore.length - 1) / 2)] +
              restore[Math.floor(restore.length / 2)]) /
            2;
      return {
        repository,
        postmortems: members.length,
        incidents: placed.length,
        mttrMedianMinutes: mid === null ? null : round2(mid),
        openItems: placed.reduce(
          (sum, { entry }) =>
            sum + entry.actionItems.filter((item) => statuses.state(item.status) !== 'done').length,
          0,
        ),
        overdueItems: overdue.filter((item) => item.repository === repository).length,
      };
    })
    .sort((a, b) => b.incidents - a.incidents || a.repository.localeCompare(b.repository));
}

/** Every number of the trend report, for one window and the window of the same length before it. */
export function buildReport(input: ReportInput): TrendReport {
  const { window, now } = input;
  const repositoryOf = input.repositoryOf ?? NO_REPOSITORY;
  const ref = (entry: IndexEntry): IncidentRef => incidentRef(entry, repositoryOf);
  // Ids are unique per repository: the same id in two repositories is two incidents.
  const perRepository = new Map<string | null, IndexEntry[]>();
  for (const entry of input.entries) appendTo(perRepository, repositoryOf(entry), entry);
  const found = [...perRepository.values()].flatMap((members) => duplicateIds(members));
  const entries = withoutDuplicates(input.entries, found);

  const before = previousWindow(window);
  const current = periodMetrics(entries, window, now, input.followUp, input.statuses);
  const previous = periodMetrics(entries, before, now, input.followUp, input.statuses);
  const inCurrent = incidentsIn(entries, window).map(({ entry }) => entry);
  const inPrevious = incidentsIn(entries, before).map(({ entry }) => entry);
  const keyOf = (key: { kind: PatternKind; key: string }): string => `${key.kind}\u0000${key.key}`;
  const previousKeys = new Set(
    input.findPatterns(inPrevious).flatMap((pattern) => pattern.keys.map(keyOf)),
  );
  const patterns = input.findPatterns(inCurrent).map((pattern) => ({
    keys: pattern.keys,
    incidents: pattern.incidents.map(ref),
    from: pattern.incidents[0]?.date ?? '',
    to: pattern.incidents[pattern.incidents.length - 1]?.date ?? '',
    isNew: !pattern.keys.some((key) => previousKeys.has(keyOf(key))),
  }));
  const similarityIndex = buildSimilarityIndex(inCurrent, input.similarity);
  const similar = input.similarity.enabled
    ? similarityClusters(similarityIndex, input.similarity.topTerms).map((cluster) => ({
        score: cluster.score,
        sharedTerms: cluster.sharedTerms,
        incidents: cluster.entries.map(ref),
      }))
    : [];
  const samples = [timingSamples(entries, window), timingSamples(entries, before)];
  const overdue = overdueActionItems(
    entries.filter((entry) => (incidentInstant(entry) ?? -Infinity) < window.until),
    now,
    input.statuses,
  );
  const repositoryByPath = new Map<string, string | null>();
  for (const entry of entries) repositoryByPath.set(entry.path, repositoryOf(entry));
  const overdueItems = overdue.map((item) => ({
    ...item,
    repository: repositoryByPath.get(item.path) ?? null,
  }));
  return {
    schemaVersion: 2,
    generatedAt: now.toISOString(),
    window: { since: isoInstant(window.since), until: isoInstant(window.until) },
    previousWindow: { since: isoInstant(before.since), until: isoInstant(before.until) },
    files: {
      indexed: input.entries.length,
      failed: [...input.failed],
      undated: entries
        .filter((entry) => incidentInstant(entry) === null)
        .map((entry) => entry.path),
    },
    duplicates: found.map((duplicate) => ({
      id: duplicate.id,
      first: ref(duplicate.first),
      duplicates: duplicate.duplicates.map(ref),
    })),
    excluded: inCurrent.flatMap((entry) =>
      entry.excludedFromMetrics === null
        ? []
        : [{ incident: ref(entry), reason: entry.excludedFromMetrics }],
    ),
    current,
    previous,
    changes: changes(current, previous, samples),
    restoreDistribution: restoreDistribution(samples[0].restore),
    overdueActionItems: overdueItems,
    patterns,
    similarity: {
      threshold: similarityIndex.threshold,
      closestScore: similarityIndex.closest?.score ?? null,
    },
    similar,
    repositories: byRepository(entries, window, overdueItems, repositoryOf, input.statuses),
  };
}
