// Small, dependency-free statistics for the benchmark.

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
