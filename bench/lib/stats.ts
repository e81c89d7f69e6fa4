// Small statistics for the benchmark, with no dependency but the tests'
// seeded PRNG (test/support/random.ts).
import { mulberry32 } from '../../test/support/random';

/** Median (mean of the two middle values for an even count); NaN for no values. */
export function median(xs: readonly number[]): number {
  return percentile(xs, 50);
}

/**
 * The p-th percentile with linear interpolation between closest ranks
 * (numpy's default): percentile(xs, 50) is the median.
 */
export function percentile(xs: readonly number[], p: number): number {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return Number.NaN;
  const rank = (p / 100) * (v.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return v[lo]! + (v[hi]! - v[lo]!) * (rank - lo);
}

export function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/** Rounds for the report: 3 significant decimals for small numbers. */
export function round(x: number, digits = 3): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Percentile bootstrap interval of `statistic` over `xs`: `resamples` draws
 * of xs.length values with replacement, the statistic of each, and the
 * (1 − level)/2 and (1 + level)/2 percentiles of those. Says how far the
 * figure could move if the same run were made again over pages like these.
 */
export function bootstrapInterval(
  xs: readonly number[],
  statistic: (sample: number[]) => number,
  { resamples = 2000, level = 0.95, seed = 1 }: { resamples?: number; level?: number; seed?: number } = {},
): [number, number] {
  const v = xs.filter((x) => Number.isFinite(x));
  if (v.length === 0) return [Number.NaN, Number.NaN];
  // Seeded: the same data gives the same interval on every run.
  const random = mulberry32(seed);
  const stats: number[] = [];
  for (let i = 0; i < resamples; i++) {
    const sample = Array.from({ length: v.length }, () => v[Math.floor(random() * v.length)]!);
    stats.push(statistic(sample));
  }
  return [percentile(stats, ((1 - level) / 2) * 100), percentile(stats, ((1 + level) / 2) * 100)];
}
