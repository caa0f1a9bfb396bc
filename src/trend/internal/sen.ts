import { tieSums } from './kendall.js';
import { normalUpperQuantile } from './normal.js';
import { middleSlopes, type SlopeGroup, slopeCount, slopesAtRanks } from './pairwiseSlopes.js';
import { median } from './select.js';

/** Median slope of the groups' pairwise slopes, plus any extra ranks asked for. */
export function medianSlope(
  groups: readonly SlopeGroup[],
  extraRanks: readonly number[] = [],
): {
  slope: number;
  extra: number[];
  count: number;
} {
  const count = slopeCount(groups);
  if (extraRanks.length === 0) {
    const [low, high] = middleSlopes(groups);
    return { slope: (low + high) / 2, extra: [], count };
  }
  const lowMid = Math.floor((count - 1) / 2);
  const highMid = Math.floor(count / 2);
  const values = slopesAtRanks(groups, [lowMid, highMid, ...extraRanks]);
  return { slope: (values[0]! + values[1]!) / 2, extra: values.slice(2), count };
}

/** Conover's intercept: median(x) − median(t)·slope (`medianX` when the caller already has median(x)). */
export function conoverIntercept(
  x: Float64Array,
  t: ArrayLike<number>,
  slope: number,
  medianX: number = median(x),
): number {
  return medianX - sortedMedian(t) * slope;
}

/** The median of `t`, read off the middle when `t` is ascending (as times are), else selected. */
function sortedMedian(t: ArrayLike<number>): number {
  const n = t.length;
  for (let k = 1; k < n; k++) if (!(t[k - 1]! <= t[k]!)) return median(t);
  if (n === 0) return Number.NaN;
  return n % 2 === 1 ? t[(n - 1) / 2]! : (t[n / 2 - 1]! + t[n / 2]!) / 2;
}

/** Round half to even, as R `round` and numpy `round`. */
export function roundHalfEven(v: number): number {
  const r = Math.round(v);
  return Math.abs(v % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Sen's slope with Gilbert's rank confidence interval (SciPy `theilslopes` ranks). */
export function senWithInterval(
  x: Float64Array,
  t: Float64Array,
  alpha: number,
): { slope: number; intercept: number; lower: number | null; upper: number | null } {
  const n = x.length;
  const count = (n * (n - 1)) / 2;
  const sorted = Float64Array.from(x).sort();
  const [, tieTerm] = tieSums(sorted);
  const varS = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
  const c = normalUpperQuantile(alpha / 2) * Math.sqrt(varS);
  const lowerRank = roundHalfEven((count - c) / 2) - 1;
  const upperRank = roundHalfEven((count + c) / 2);
  const lowerOk = lowerRank >= 0 && lowerRank <= count - 1;
  const upperOk = upperRank >= 0 && upperRank <= count - 1;
  const extra: number[] = [];
  if (lowerOk) extra.push(lowerRank);
  if (upperOk) extra.push(upperRank);
  const result = medianSlope([{ t, x }], extra);
  const lower = lowerOk ? result.extra[0]! : null;
  const upper = upperOk ? result.extra[lowerOk ? 1 : 0]! : null;
  return { slope: result.slope, intercept: conoverIntercept(x, t, result.slope), lower, upper };
}
