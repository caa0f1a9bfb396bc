import { windowMembersKernel } from './internal/patterns.js';
import { readPatternLength, readSigns } from './internal/readArrays.js';
import type { PatternLengthOptions } from './shiftEnds.js';

/**
 * Expands pattern end points to every point of the pattern: 1 for each point inside a window of `length`
 * points that ends at a non-zero element of `ends`, else 0.
 *
 * Marks i − length + 1..i for every i with ends[i] ≠ 0 (a shift or a trend of `length` points ends
 * there). One backward pass, O(n). Equivalent to NHSRplotthedots 0.2.2 `ptd_part_of_seven_trend`.
 *
 * @param ends - Pattern end markers (−1, 0, 1), e.g. from {@link shiftEnds} or {@link trendEnds}.
 * @param options - `{ length }`, default 7.
 * @returns 0/1 per point.
 * @throws ArgumentError `invalid_argument` for a value other than −1, 0, 1 or a length below 2.
 * @see NHSRplotthedots 0.2.2 `R/ptd_calculate_point_type.R`.
 *
 * @example
 * ```ts
 * import { patternMembers } from 'civic-metrics';
 * patternMembers([0, 0, 0, 0, 0, 0, 0, -1, 0]);
 * // => [0, 1, 1, 1, 1, 1, 1, 1, 0]
 * ```
 */
export function patternMembers(ends: readonly number[], options?: PatternLengthOptions): number[] {
  const fn = 'patternMembers';
  const length = readPatternLength(fn, options);
  return Array.from(windowMembersKernel(readSigns(fn, 'ends', ends), length));
}
