import {
  median,
  medianDifferenceInterval,
  medianInterval,
  nearestRank,
  seededRandom,
  summarize,
  MIN_TREND_SAMPLE,
} from '../../src/trends/stats.js';

describe('nearest-rank percentiles', () => {
  it('picks the value at rank ceil(p/100 × n)', () => {
    const values = [15, 20, 35, 40, 50];
    // The classic worked example: p30 → rank 2, p40 → rank 2, p50 → rank 3, p100 → rank 5.
    expect(nearestRank(values, 30)).toBe(20);
    expect(nearestRank(values, 40)).toBe(20);
    expect(nearestRank(values, 50)).toBe(35);
    expect(nearestRank(values, 100)).toBe(50);
  });

  it('p90 of 1..10 is 9, of 1..20 is 18, of 1..11 is 10', () => {
    const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    expect(nearestRank(range(10), 90)).toBe(9);
    expect(nearestRank(range(20), 90)).toBe(18);
    expect(nearestRank(range(11), 90)).toBe(10);
  });

  it('is always an observed value, and the first one for p0', () => {
    expect(nearestRank([3, 7], 0)).toBe(3);
    expect(nearestRank([3, 7], 90)).toBe(7);
    expect(nearestRank([], 90)).toBeNull();
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle values', () => {
    expect(median([1, 2, 9])).toBe(2);
    expect(median([1, 2, 4, 9])).toBe(3);
    expect(median([5])).toBe(5);
    expect(median([])).toBeNull();
  });
});

describe('summarize', () => {
  it('reports n, median, p90 and mean together and sorts its input', () => {
    expect(summarize([30, 10, 20, 1000])).toEqual({
      // A resample with three or four of the 1000s (5% of them) has a median of 1000.
      medianCi: [10, 1000],
      n: 4,
      median: 25,
      p90: 1000,
      mean: 265,
      min: 10,
      max: 1000,
    });
  });

  it('has nulls and n = 0 for no values', () => {
    expect(summarize([])).toEqual({
      medianCi: null,
      n: 0,
      median: null,
      p90: null,
      mean: null,
      min: null,
      max: null,
    });
  });

  it('one value is its own median, p90 and mean', () => {
    expect(summarize([42])).toMatchObject({ n: 1, median: 42, p90: 42, mean: 42 });
  });

  it('drops values that are not finite (unparseable durations)', () => {
    expect(summarize([Number.NaN, 5, Number.POSITIVE_INFINITY])).toMatchObject({ n: 1, median: 5 });
  });

  it('calls samples below 10 too small for a trend', () => {
    expect(MIN_TREND_SAMPLE).toBe(10);
  });
});

describe('bootstrap intervals (seeded)', () => {
  const sample = (seed: number, n: number, shift = 0): number[] => {
    const random = seededRandom(seed);
    // Exponential restore times with a median of 60 × ln 2 ≈ 41.6 minutes.
    return Array.from({ length: n }, () => shift - 60 * Math.log(1 - random())).sort(
      (a, b) => a - b,
    );
  };

  it('is the same on every run, and holds the sample median', () => {
    const values = sample(1, 40);
    const interval = medianInterval(values) as [number, number];
    expect(medianInterval(values)).toEqual(interval);
    expect(interval[0]).toBeLessThanOrEqual(median(values) as number);
    expect(interval[1]).toBeGreaterThanOrEqual(median(values) as number);
    expect(medianInterval([5])).toBeNull();
  });

  it('narrows as the sample grows, around the true median', () => {
    const small = medianInterval(sample(2, 20)) as [number, number];
    const large = medianInterval(sample(3, 2000)) as [number, number];
    expect(large[1] - large[0]).toBeLessThan((small[1] - small[0]) / 3);
    expect(large[0]).toBeLessThan(41.6);
    expect(large[1]).toBeGreaterThan(41.6);
  });

  it('tells a doubled median from noise at n = 200, not at n = 5', () => {
    const shifted = (values: number[]) => values.map((value) => value * 2);
    const big = medianDifferenceInterval(shifted(sample(4, 200)), sample(5, 200)) as number[];
    expect(big[0]).toBeGreaterThan(0);
    const tiny = medianDifferenceInterval(shifted(sample(6, 5)), sample(7, 5)) as number[];
    expect(tiny[0]).toBeLessThan(0);
    expect(tiny[1]).toBeGreaterThan(0);
  });
});
