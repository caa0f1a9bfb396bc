import { assertSameLength } from '../internal/assert.js';
import { twoInThreeWindowsKernel } from './internal/patterns.js';
import { readFlags, readSigns } from './internal/readArrays.js';

/**
 * NHS two-in-three test, windows: 1 for every point of a window of three consecutive points in which at
 * least two are `close` to a limit and all three lie on the same side of the mean.
 *
 * `close[i]` is 1 when the point is beyond the 2-sigma line (NHSRplotthedots 0.2.2: and not beyond the
 * limit; Making Data Count since 2023: beyond the limit counts too); `side[i]` is sign(x_i − mean). A window
 * qualifies when Σclose ≥ 2 and side is +1 for all three or −1 for all three; points on opposite sides never
 * combine. O(n). Equivalent to NHSRplotthedots 0.2.2 `ptd_two_in_three`.
 *
 * @param close - 0/1 (or boolean) per point.
 * @param side - −1/0/1 per point; same length as `close`.
 * @returns 0/1 per point.
 * @throws ArgumentError `invalid_argument` for bad elements; `mismatched_lengths` for different lengths.
 * @see NHSRplotthedots 0.2.2 `R/ptd_calculate_point_type.R` (issues 143, 153, 194).
 *
 * @example
 * ```ts
 * import { twoInThreeWindows } from 'civic-metrics';
 * twoInThreeWindows([0, 0, 1, 1, 0, 0, 0], [1, 1, 1, 1, 1, 1, 1]);
 * // => [0, 1, 1, 1, 1, 0, 0]
 * ```
 */
export function twoInThreeWindows(close: readonly (number | boolean)[], side: readonly number[]): number[] {
  const fn = 'twoInThreeWindows';
  const c = readFlags(fn, 'close', close);
  const s = readSigns(fn, 'side', side);
  assertSameLength(fn, 'close', c, 'side', s);
  return Array.from(twoInThreeWindowsKernel(c, s));
}
