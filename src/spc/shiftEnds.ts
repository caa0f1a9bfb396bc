import { shiftEndsKernel } from './internal/patterns.js';
import { readPatternLength, readSigns } from './internal/readArrays.js';

/**
 * Options of the NHS pattern helpers ({@link shiftEnds}, {@link trendEnds}, {@link patternMembers}).
 *
 * @example
 * ```ts
 * import type { PatternLengthOptions } from 'civic-metrics';
 * const options: PatternLengthOptions = { length: 6 };
 * ```
 */
export interface PatternLengthOptions {
  /** Points in the pattern (integer >= 2, default 7). */
  length?: number;
}

/**
 * NHS shift test, end points: which points end a run of `length` consecutive points on the same side of
 * the mean.
 *
 * `side[i]` is sign(x_i − mean) ∈ {−1, 0, 1}. The result is 1 where side[i] ≠ 0 and the `length` values
 * side[i − length + 1..i] are all equal, else 0. A point exactly on the mean (0) breaks the run. One pass,
 * O(n). Combine with {@link patternMembers} to mark every point of the shift. Equivalent to NHSRplotthedots
 * 0.2.2 `ptd_seven_point_one_side_mean` (for length 7).
 *
 * @param side - Signs of the deviations from the mean, in time order.
 * @param options - `{ length }`, default 7.
 * @returns 0/1 per point.
 * @throws ArgumentError `invalid_argument` for a value other than −1, 0, 1 or a length below 2.
 * @see NHSRplotthedots 0.2.2 `R/ptd_calculate_point_type.R`; NHS England, Making Data Count.
 *
 * @example
 * ```ts
 * import { shiftEnds } from 'civic-metrics';
 * shiftEnds([1, 1, 1, 1, 1, 1, 1, 1, -1]);
 * // => [0, 0, 0, 0, 0, 0, 1, 1, 0]
 * ```
 */
export function shiftEnds(side: readonly number[], options?: PatternLengthOptions): number[] {
  const fn = 'shiftEnds';
  const length = readPatternLength(fn, options);
  return Array.from(shiftEndsKernel(readSigns(fn, 'side', side), length));
}
