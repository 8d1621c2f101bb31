import type { IndexEntry } from './index-entry.js';
import { isIsoDate } from '../model/dates.js';
import { appendTo } from './group.js';

/** What incidents of a grouped pattern share. */
export type GroupKind = 'category' | 'service' | 'tag';

/**
 * Where a pattern comes from: a shared field (`GroupKind`), or text similarity of the root causes
 * (candidate patterns built in `similarity.ts` and fed to the same rule).
 */
export type PatternKind = GroupKind | 'similarity';

export interface Pattern {
  /** The shared value, normalised (`connection-pool-exhaustion`), or a label for similarity. */
  key: string;
  kind: PatternKind;
  /**
   * Member postmortems in date order (then path order), every one with a valid date: every incident
   * of the key in a chain of overlapping windows, so it may span more than `windowMonths`.
   */
  incidents: IndexEntry[];
}

/** One recurring problem: the patterns of every key whose incidents are exactly the same. */
export interface RecurringProblem {
  /** The keys that group these incidents, in the order their patterns came. */
  keys: Array<{ kind: PatternKind; key: string }>;
  /** Member postmortems in date order (then path order). */
  incidents: IndexEntry[];
  /** Dates of the first and the last incident. */
  from: string;
  to: string;
}

export type PatternOptions = {
  /** Which fields group incidents. */
  groupBy: GroupKind[];
  /** How many incidents within the window make a pattern. */
  minOccurrences: number;
  /** Window length in calendar months. */
  windowMonths: number;
};

export const DEFAULT_PATTERN_OPTIONS: PatternOptions = {
  groupBy: ['category'],
  minOccurrences: 3,
  windowMonths: 6,
};

/**
 * A function of the corpus that proposes patterns. The pattern-analysis rule takes a list of them,
 * so text-similarity candidates can be added beside the grouped patterns without changing the rule.
 */
export type PatternSource = (corpus: readonly IndexEntry[], options: PatternOptions) => Pattern[];

/** Group key as compared: lower case, spaces and underscores as hyphens (`Connection_Pool` → `connection-pool`). */
export function normaliseKey(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The ISO date `months` calendar months before `date`, the day clamped to the month's length. */
export function monthsBefore(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const clamped = Math.min(day, lastDay);
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(clamped).padStart(2, '0')}`;
}

/** Date order, then path order, so equal dates sort the same way on every run. */
export function byDate(a: IndexEntry, b: IndexEntry): number {
  return (a.date ?? '').localeCompare(b.date ?? '') || a.path.localeCompare(b.path);
}

function keysOf(entry: IndexEntry, kind: GroupKind): string[] {
  const values =
    kind === 'category'
      ? [entry.rootCauseCategory ?? '']
      : kind === 'service'
        ? entry.services
        : entry.tags;
  return [...new Set(values.map(normaliseKey).filter((key) => key !== ''))];
}

/**
 * One pattern per recurring problem of a group: the maximal runs of at least `minOccurrences`
 * incidents within `windowMonths` (sorted once per group, then a two-pointer sweep: O(n log n) per
 * group, no pairwise comparison), with runs that share incidents merged into one. Overlapping
 * 6-month windows of one problem are one pattern listing all its incidents, not a row per window.
 */
function windowsOf(
  key: string,
  kind: GroupKind,
  incidents: IndexEntry[],
  options: PatternOptions,
): Pattern[] {
  incidents.sort(byDate);
  const starts: number[] = [];
  let left = 0;
  for (let i = 0; i < incidents.length; i++) {
    const from = monthsBefore(incidents[i].date as string, options.windowMonths);
    while ((incidents[left].date as string) < from) left++;
    starts.push(left);
  }
  // Runs as [first, last] indexes; a run is maximal when the next incident's window starts later.
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < incidents.length; i++) {
    const maximal = i === incidents.length - 1 || starts[i + 1] > starts[i];
    if (!maximal || i - starts[i] + 1 < options.minOccurrences) continue;
    const last = runs[runs.length - 1];
    if (last && starts[i] <= last[1]) last[1] = i;
    else runs.push([starts[i], i]);
  }
  return runs.map(([first, last]) => ({ key, kind, incidents: incidents.slice(first, last + 1) }));
}

/** Recurring patterns of the corpus by shared category / service / tag, within a sliding window. */
export const groupedPatterns: PatternSource = (corpus, options) => {
  const groups = new Map<string, IndexEntry[]>();
  for (const entry of corpus) {
    if (entry.date === null || !isIsoDate(entry.date)) continue;
    for (const kind of options.groupBy) {
      for (const key of keysOf(entry, kind)) appendTo(groups, `${kind}\u0000${key}`, entry);
    }
  }
  const patterns: Pattern[] = [];
  for (const [group, incidents] of groups) {
    if (incidents.length < options.minOccurrences) continue;
    const [kind, key] = group.split('\u0000') as [GroupKind, string];
    patterns.push(...windowsOf(key, kind, incidents, options));
  }
  return patterns;
};

/** Every source's patterns, indexed by member postmortem. */
export function patternsByEntry(
  corpus: readonly IndexEntry[],
  options: PatternOptions,
  sources: readonly PatternSource[],
): Map<IndexEntry, Pattern[]> {
  const byEntry = new Map<IndexEntry, Pattern[]>();
  for (const source of sources) {
    for (const pattern of source(corpus, options)) {
      for (const entry of pattern.incidents) appendTo(byEntry, entry, pattern);
    }
  }
  return byEntry;
}

/**
 * The incidents `entry` recurs after: members of its patterns dated before it (or on its date and
 * earlier in path order) and within `windowMonths` before it, in date order.
 */
export function earlierInWindow(
  entry: IndexEntry,
  patterns: readonly Pattern[],
  windowMonths: number,
): IndexEntry[] {
  if (entry.date === null) return [];
  const from = monthsBefore(entry.date, windowMonths);
  const earlier = new Set<IndexEntry>();
  for (const pattern of patterns) {
    for (const incident of pattern.incidents) {
      if (
        incident !== entry &&
        incident.date !== null &&
        incident.date >= from &&
        byDate(incident, entry) < 0
      ) {
        earlier.add(incident);
      }
    }
  }
  return [...earlier].sort(byDate);
}

/**
 * Patterns with the same incidents merged into one problem, its keys shown together: a category, a
 * tag and a service that all group the same three incidents are one problem, not three. Order of
 * first appearance is kept.
 */
export function recurringProblems(patterns: readonly Pattern[]): RecurringProblem[] {
  const numbers = new Map<IndexEntry, number>();
  const number = (entry: IndexEntry): number => {
    let n = numbers.get(entry);
    if (n === undefined) numbers.set(entry, (n = numbers.size));
    return n;
  };
  const problems = new Map<string, RecurringProblem>();
  for (const pattern of patterns) {
    // Incidents are already in date order, so equal sets give equal signatures.
    const signature = pattern.incidents.map(number).join(',');
    const problem = problems.get(signature);
    if (problem) problem.keys.push({ kind: pattern.kind, key: pattern.key });
    else
      problems.set(signature, {
        keys: [{ kind: pattern.kind, key: pattern.key }],
        incidents: pattern.incidents,
        from: pattern.incidents[0]?.date ?? '',
        to: pattern.incidents[pattern.incidents.length - 1]?.date ?? '',
      });
  }
  return [...problems.values()];
}
