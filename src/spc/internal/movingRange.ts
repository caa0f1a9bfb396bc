import { URL_FACTOR } from './constants.js';
import { compensatedMean } from './numeric.js';

/** Centre and average moving range of one segment's baseline. */
export interface BaselineStats {
  /** Non-missing points in the baseline. */
  count: number;
  /** Mean of the baseline's non-missing values. */
  mean: number;
  /** Average moving range after optional screening (NaN when `movingRanges` is 0). */
  mrBar: number;
  /** Moving ranges used for `mrBar`. */
  movingRanges: number;
  /** Moving ranges discarded by screening. */
  screenedOut: number;
}

/**
 * Baseline statistics of positions `[start, end]` of `x` (NaN = missing): the mean of the non-missing
 * values and the average moving range |x[i] - x[i-1]| over pairs of adjacent positions that are both
 * present (no moving range across a gap). With `screen`, one pass of Nelson's (1982) screening: moving
 * ranges >= 3.267 MRbar are discarded and MRbar recomputed; skipped when MRbar is 0 (every range would
 * go). The mean is never screened.
 */
export function baselineStats(x: Float64Array, start: number, end: number, screen: boolean): BaselineStats {
  // Neumaier-compensated running sums of the values and of the moving ranges.
  let sum = 0;
  let sumC = 0;
  let mrSum = 0;
  let mrC = 0;
  let count = 0;
  let movingRanges = 0;
  for (let i = start; i <= end; i++) {
    const v = x[i]!;
    if (Number.isNaN(v)) continue;
    count++;
    let t = sum + v;
    sumC += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
    if (i > start) {
      const previous = x[i - 1]!;
      if (!Number.isNaN(previous)) {
        const r = Math.abs(v - previous);
        movingRanges++;
        t = mrSum + r;
        mrC += mrSum >= r ? mrSum - t + r : r - t + mrSum;
        mrSum = t;
      }
    }
  }
  const mean = count > 0 ? (sum + sumC) / count : Number.NaN;
  let mrBar = movingRanges > 0 ? (mrSum + mrC) / movingRanges : Number.NaN;
  let screenedOut = 0;
  if (screen && movingRanges > 0 && mrBar > 0) {
    const limit = URL_FACTOR * mrBar;
    const kept = new Float64Array(movingRanges);
    let k = 0;
    for (let i = start + 1; i <= end; i++) {
      const v = x[i]!;
      const previous = x[i - 1]!;
      if (Number.isNaN(v) || Number.isNaN(previous)) continue;
      const r = Math.abs(v - previous);
      if (r < limit) kept[k++] = r;
    }
    screenedOut = movingRanges - k;
    movingRanges = k;
    mrBar = compensatedMean(kept, k);
  }
  return { count, mean, mrBar, movingRanges, screenedOut };
}
