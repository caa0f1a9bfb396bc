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
  const values = new Float64Array(end - start + 1);
  const ranges = new Float64Array(end - start + 1);
  let count = 0;
  let movingRanges = 0;
  for (let i = start; i <= end; i++) {
    const v = x[i]!;
    if (Number.isNaN(v)) continue;
    values[count++] = v;
    if (i > start) {
      const previous = x[i - 1]!;
      if (!Number.isNaN(previous)) ranges[movingRanges++] = Math.abs(v - previous);
    }
  }
  const mean = count > 0 ? compensatedMean(values, count) : Number.NaN;
  let mrBar = movingRanges > 0 ? compensatedMean(ranges, movingRanges) : Number.NaN;
  let screenedOut = 0;
  if (screen && movingRanges > 0 && mrBar > 0) {
    const limit = URL_FACTOR * mrBar;
    let kept = 0;
    for (let k = 0; k < movingRanges; k++) {
      const r = ranges[k]!;
      if (r < limit) ranges[kept++] = r;
    }
    screenedOut = movingRanges - kept;
    movingRanges = kept;
    mrBar = compensatedMean(ranges, kept);
  }
  return { count, mean, mrBar, movingRanges, screenedOut };
}
