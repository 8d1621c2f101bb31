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
  /**
   * 95% bootstrap interval of the median ([low, high]), seeded so a report is reproducible; null
   * below two values.
   */
  medianCi: [number, number] | null;
}

/** Resamples per bootstrap interval: enough for a stable 95% interval, cheap at 10,000 values. */
export const BOOTSTRAP_RESAMPLES = 1000;

/** The seed of every bootstrap: the same data gives the same interval on every run. */
const BOOTSTRAP_SEED = 0x5eed;

/** mulberry32: a small, fast, seedable generator (uniform in [0, 1)). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Medians of `resamples` bootstrap resamples of sorted values. A resample is drawn as counts per
 * rank and its median read by walking the counts: O(n) per resample, no sort.
 */
function bootstrapMedians(
  sorted: readonly number[],
  resamples: number,
  random: () => number,
): Float64Array {
  const n = sorted.length;
  const counts = new Int32Array(n);
  const medians = new Float64Array(resamples);
  const lowRank = Math.floor((n - 1) / 2);
  const highRank = Math.floor(n / 2);
  for (let r = 0; r < resamples; r++) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[Math.floor(random() * n)]++;
    let seen = 0;
    let low = 0;
    let k = 0;
    for (; k < n; k++) {
      seen += counts[k];
      if (seen > lowRank) break;
    }
    low = sorted[k];
    while (seen <= highRank) seen += counts[++k];
    medians[r] = (low + sorted[k]) / 2;
  }
  return medians.sort();
}

/** The 2.5th and 97.5th percentiles of sorted bootstrap statistics. */
function interval(statistics: Float64Array): [number, number] {
  const at = (p: number): number =>
    statistics[Math.min(statistics.length - 1, Math.max(0, Math.ceil(p * statistics.length) - 1))];
  return [round2(at(0.025)), round2(at(0.975))];
}

/** 95% bootstrap interval of the median of sorted values; null below two values. */
export function medianInterval(sorted: readonly number[]): [number, number] | null {
  if (sorted.length < 2) return null;
  return interval(
    bootstrapMedians(sorted, BOOTSTRAP_RESAMPLES, seededRandom(BOOTSTRAP_SEED + sorted.length)),
  );
}

/**
 * 95% bootstrap interval of (median of `current` − median of `previous`), both sorted; null when
 * either has fewer than two values. An interval that excludes 0 is a change distinguishable from
 * noise; its half-width is about the smallest change these samples could show.
 */
export function medianDifferenceInterval(
  current: readonly number[],
  previous: readonly number[],
): [number, number] | null {
  if (current.length < 2 || previous.length < 2) return null;
  const random = seededRandom(BOOTSTRAP_SEED + current.length * 31 + previous.length);
  const a = bootstrapMedians(current, BOOTSTRAP_RESAMPLES, random);
  const b = bootstrapMedians(previous, BOOTSTRAP_RESAMPLES, random);
  // Pair the resamples in a shuffled order: both arrays come back sorted.
  const differences = new Float64Array(BOOTSTRAP_RESAMPLES);
  for (let r = 0; r < BOOTSTRAP_RESAMPLES; r++)
    differences[r] = a[r] - b[Math.floor(random() * BOOTSTRAP_RESAMPLES)];
  return interval(differences.sort());
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

/** The finite values, ascending. */
export function sortedFinite(values: Iterable<number>): number[] {
  return [...values].filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
}

/** Count, median (with its bootstrap interval), nearest-rank p90, mean, min and max of the finite values given. */
export function summarize(values: Iterable<number>): Summary {
  const sorted = sortedFinite(values);
  if (sorted.length === 0)
    return { n: 0, median: null, p90: null, mean: null, min: null, max: null, medianCi: null };
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    n: sorted.length,
    median: round2(median(sorted) as number),
    p90: round2(nearestRank(sorted, 90) as number),
    mean: round2(sum / sorted.length),
    min: round2(sorted[0]),
    max: round2(sorted[sorted.length - 1]),
    medianCi: medianInterval(sorted),
  };
}
