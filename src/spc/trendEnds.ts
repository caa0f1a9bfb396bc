import { trendEndsKernel } from './internal/patterns.js';
import { readFinite, readPatternLength } from './internal/readArrays.js';
import type { PatternLengthOptions } from './shiftEnds.js';

/**
 * NHS trend test, end points: +1 / −1 where a point ends `length` points that rise / fall at every step.
 *
 * +1 where x[i − length + 1] < … < x[i] (length − 1 strictly positive steps), −1 where every step is
 * strictly negative, else 0. An equal pair of neighbours breaks a trend. The mean plays no part (a trend
 * may cross it). One pass, O(n). Equivalent to NHSRplotthedots 0.2.2 `ptd_seven_point_trend`.
 *
 * @param values - The series (finite numbers; drop missing values first).
 * @param options - `{ length }`, default 7.
 * @returns −1/0/1 per point.
 * @throws ArgumentError `invalid_argument` for a non-finite value or a length below 2.
 * @see NHSRplotthedots 0.2.2 `R/ptd_calculate_point_type.R`; NHS England, Making Data Count.
 *
 * @example
 * ```ts
 * import { trendEnds } from 'civic-metrics';
 * trendEnds([2, 7, 6, 5, 4, 3, 2, 1, 3]);
 * // => [0, 0, 0, 0, 0, 0, 0, -1, 0]
 * ```
 */
export function trendEnds(values: readonly number[], options?: PatternLengthOptions): number[] {
  const fn = 'trendEnds';
  const length = readPatternLength(fn, options);
  return Array.from(trendEndsKernel(readFinite(fn, 'values', values), length));
}
