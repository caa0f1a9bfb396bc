import { assertSameLength } from '../internal/assert.js';
import { twoInThreeFlagsKernel } from './internal/patterns.js';
import { readFlags, readSigns } from './internal/readArrays.js';

/**
 * NHS two-in-three test, flagged points: the `close` points of every qualifying window of
 * {@link twoInThreeWindows} (the third point of a window is not flagged).
 *
 * flag[i] = window[i] AND close[i]. O(n). Equivalent to NHSRplotthedots 0.2.2 `ptd_part_of_two_in_three`
 * applied to `ptd_two_in_three`.
 *
 * @param close - 0/1 (or boolean) per point.
 * @param side - −1/0/1 per point; same length as `close`.
 * @returns 0/1 per point.
 * @throws ArgumentError `invalid_argument` for bad elements; `mismatched_lengths` for different lengths.
 * @see NHSRplotthedots 0.2.2 `R/ptd_calculate_point_type.R`.
 *
 * @example
 * ```ts
 * import { twoInThreeFlags } from 'civic-metrics';
 * twoInThreeFlags([1, 0, 0, 1, 1], [1, 1, 1, 1, 1]);
 * // => [0, 0, 0, 1, 1]
 * ```
 */
export function twoInThreeFlags(close: readonly (number | boolean)[], side: readonly number[]): number[] {
  const fn = 'twoInThreeFlags';
  const c = readFlags(fn, 'close', close);
  const s = readSigns(fn, 'side', side);
  assertSameLength(fn, 'close', c, 'side', s);
  return Array.from(twoInThreeFlagsKernel(c, s));
}
