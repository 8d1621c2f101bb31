/**
 * The largest time ratio a linear step may show when its input doubles. Linear work doubles the
 * time (2×) and quadratic work quadruples it (4×); 3× lies between them, with room for the noise of
 * test workers sharing the machine's two cores.
 */
export const LINEAR_GROWTH = 3;

export interface GrowthOptions {
  /** Runs of the work per timed sample, for inputs that take well under a millisecond. */
  repeat?: number;
  /** Timed samples of each size; the fastest counts. */
  samples?: number;
  /** A size run once before timing, to warm code that speeds up over its first inputs. */
  warmSize?: number;
}

/**
 * Time of `run` on `input(2 × size)` over its time on `input(size)`: about 2 for linear work, 4 for
 * quadratic. The inputs are built before timing; the sizes take turns and the fastest sample of
 * each counts, because a busy machine slows single runs and never speeds them up. A ratio above
 * LINEAR_GROWTH is measured again, up to three times, and the smallest is returned: quadratic work
 * is slow on every attempt, a disturbed measurement is not three times over.
 */
export function growthRatio<T>(
  input: (size: number) => T,
  run: (input: T) => unknown,
  size: number,
  options: GrowthOptions = {},
): number {
  const { repeat = 1, samples = 5, warmSize = size } = options;
  const small = input(size);
  const large = input(2 * size);
  const timed = (value: T): number => {
    const started = process.hrtime.bigint();
    for (let i = 0; i < repeat; i++) run(value);
    return Number(process.hrtime.bigint() - started);
  };
  run(input(warmSize));
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio >= LINEAR_GROWTH; attempt++) {
    let [fastSmall, fastLarge] = [Infinity, Infinity];
    for (let sample = 0; sample < samples; sample++) {
      fastSmall = Math.min(fastSmall, timed(small));
      fastLarge = Math.min(fastLarge, timed(large));
    }
    ratio = Math.min(ratio, fastLarge / Math.max(fastSmall, 1));
  }
  return ratio;
}
