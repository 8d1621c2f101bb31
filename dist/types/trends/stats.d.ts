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
}
/** Nearest-rank percentile of values sorted in ascending order; null for an empty sample. */
export declare function nearestRank(sorted: readonly number[], percent: number): number | null;
export declare function median(sorted: readonly number[]): number | null;
/** Two decimals: enough for minutes and days, and stable in JSON snapshots. */
export declare function round2(value: number): number;
/** Count, median, nearest-rank p90, mean, min and max of the finite values given. */
export declare function summarize(values: Iterable<number>): Summary;
