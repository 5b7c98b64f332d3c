/**
 * Small statistics helpers for the benchmarks: percentiles and pass counts.
 */

/**
 * The `p`-th percentile (0–100) of `values`, linearly interpolated between the two nearest
 * ranks (NumPy's default), so that p50 of an even-sized sample is the mean of the middle two.
 * Returns `NaN` for an empty sample rather than inventing a number.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (p < 0 || p > 100) throw new RangeError(`percentile: p must be in [0, 100], got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (rank - lo);
}

/**
 * How many timed passes over a corpus to run: enough to fill `targetSeconds` given how long
 * one pass took, at least one (slow extractors are timed over one full pass), at most `maxPasses`.
 */
export function passesFor(onePassSeconds: number, targetSeconds: number, maxPasses: number): number {
  if (!(onePassSeconds > 0)) return maxPasses;
  return Math.max(1, Math.min(maxPasses, Math.ceil(targetSeconds / onePassSeconds)));
}
