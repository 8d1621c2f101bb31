/**
 * Summary statistics for skewed samples (incident durations, gaps between incidents).
 *
 * Percentiles use the nearest-rank method: the p-th percentile of n sorted values is the value at
 * rank ceil(p / 100 × n) (1-based), so it is always one of the observed values and needs no
 * interpolation. The median is the middle value, or the mean of the two middle values when n is
 * even. A mean is never reported alone: every summary carries its count, median and p90.
 */
/** Below this many values a report says the sample is too small to show a trend. */
export declare const MIN_TREND_SAMPLE = 10;
export interface Summary {
    n: number;
    median: number | null;
    p90: number | null;
    mean: number | null;
    min: number | null;
    max: number | null;
    /**
     * 95% bootstrap interval of the median ([low, high]), seeded so a report is reproducible; null
     * below two values.
     */
    medianCi: [number, number] | null;
}
/** Resamples per bootstrap interval: enough for a stable 95% interval, cheap at 10,000 values. */
export declare const BOOTSTRAP_RESAMPLES = 1000;
/** mulberry32: a small, fast, seedable generator (uniform in [0, 1)). */
export declare function seededRandom(seed: number): () => number;
/** 95% bootstrap interval of the median of sorted values; null below two values. */
export declare function medianInterval(sorted: readonly number[]): [number, number] | null;
/**
 * 95% bootstrap interval of (median of `current` − median of `previous`), both sorted; null when
 * either has fewer than two values. An interval that excludes 0 is a change distinguishable from
 * noise; its half-width is about the smallest change these samples could show.
 */
export declare function medianDifferenceInterval(current: readonly number[], previous: readonly number[]): [number, number] | null;
/** Nearest-rank percentile of values sorted in ascending order; null for an empty sample. */
export declare function nearestRank(sorted: readonly number[], percent: number): number | null;
export declare function median(sorted: readonly number[]): number | null;
/** Two decimals: enough for minutes and days, and stable in JSON snapshots. */
export declare function round2(value: number): number;
/** The finite values, ascending. */
export declare function sortedFinite(values: Iterable<number>): number[];
/** Count, median (with its bootstrap interval), nearest-rank p90, mean, min and max of the finite values given. */
export declare function summarize(values: Iterable<number>): Summary;
