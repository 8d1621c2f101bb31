import { median, nearestRank, summarize, MIN_TREND_SAMPLE } from '../../src/trends/stats.js';

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
