import type { IndexEntry } from './index-entry.js';
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
    keys: Array<{
        kind: PatternKind;
        key: string;
    }>;
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
export declare const DEFAULT_PATTERN_OPTIONS: PatternOptions;
/**
 * A function of the corpus that proposes patterns. The pattern-analysis rule takes a list of them,
 * so text-similarity candidates can be added beside the grouped patterns without changing the rule.
 */
export type PatternSource = (corpus: readonly IndexEntry[], options: PatternOptions) => Pattern[];
/** Group key as compared: lower case, spaces and underscores as hyphens (`Connection_Pool` → `connection-pool`). */
export declare function normaliseKey(value: string): string;
/** The ISO date `months` calendar months before `date`, the day clamped to the month's length. */
export declare function monthsBefore(date: string, months: number): string;
/** Date order, then path order, so equal dates sort the same way on every run. */
export declare function byDate(a: IndexEntry, b: IndexEntry): number;
/** Recurring patterns of the corpus by shared category / service / tag, within a sliding window. */
export declare const groupedPatterns: PatternSource;
/** Every source's patterns, indexed by member postmortem. */
export declare function patternsByEntry(corpus: readonly IndexEntry[], options: PatternOptions, sources: readonly PatternSource[]): Map<IndexEntry, Pattern[]>;
/**
 * The incidents `entry` recurs after: members of its patterns dated before it (or on its date and
 * earlier in path order) and within `windowMonths` before it, in date order.
 */
export declare function earlierInWindow(entry: IndexEntry, patterns: readonly Pattern[], windowMonths: number): IndexEntry[];
/**
 * Patterns with the same incidents merged into one problem, its keys shown together: a category, a
 * tag and a service that all group the same three incidents are one problem, not three. Order of
 * first appearance is kept.
 */
export declare function recurringProblems(patterns: readonly Pattern[]): RecurringProblem[];
