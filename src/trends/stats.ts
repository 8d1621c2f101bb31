/**
 * Summary statistics for skewed samples (incident durations, gaps between incidents).
 *
 * Percentiles use the nearest-rank method: the p-th percentile of n sorted values is the value at
 * rank ceil(p / 100 × n) (1-based), so it is always one of the observed values and needs no
 * interpolation. The median is the middle value, or the mean of the two middle values when n is
 * even. A mean is never reported alone: every summary carries its count, median and p90.
 */

/** Below this many values a report says the sample is too small to show a trend. */
export const MIN_TREND_SAMPLE = 10;

export interface Summary {
  n: number;
  median: number | null;
  p90: number | null;
  mean: number | null;
  min: number | null;
  max: number | null;
}

/** Nearest-rank percentile of values sorted in ascending order; null for an empty sample. */
export function nearestRank(sorted: readonly number[], percent: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((percent / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

export function median(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const middle = Math.floor(n / 2);
  return n % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Two decimals: enough for minutes and days, and stable in JSON snapshots. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Count, median, nearest-rank p90, mean, min and max of the finite values given. */
export function summarize(values: Iterable<number>): Summary {
  const sorted = [...values].filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0)
    return { n: 0, median: null, p90: null, mean: null, min: null, max: null };
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    n: sorted.length,
    median: round2(median(sorted) as number),
    p90: round2(nearestRank(sorted, 90) as number),
    mean: round2(sum / sorted.length),
    min: round2(sorted[0]),
    max: round2(sorted[sorted.length - 1]),
  };
}
