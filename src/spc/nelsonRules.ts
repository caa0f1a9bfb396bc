import type { SeriesInput } from '../internal/readSeries.js';
import { zoneRules } from './internal/zoneRulesPublic.js';
import type { ZoneRulesOptions, ZoneRulesResult } from './westernElectricRules.js';

/**
 * Nelson's eight tests for special causes, as listed by Minitab, on a series with a known centre line and
 * sigma.
 *
 * With d = x − centre (strict comparisons throughout):
 * 1. one point beyond 3σ;
 * 2. nine points in a row on the same side of the centre line (a point on the line breaks the run);
 * 3. six points in a row steadily increasing or decreasing (five strict steps; an equal pair breaks it);
 * 4. fourteen points in a row alternating up and down (thirteen non-zero steps alternating in sign);
 * 5. two of three points beyond 2σ on the same side;
 * 6. four of five points beyond 1σ on the same side;
 * 7. fifteen points in a row within 1σ of the centre line (|d| < σ), either side;
 * 8. eight points in a row beyond 1σ (|d| > σ), either side (Minitab's reading: not required on both sides).
 *
 * `signals` and `members` as in {@link westernElectricRules}. Missing values are dropped and patterns run
 * across them. O(n) per test.
 *
 * @param values - The series in time order; `null`/`undefined`/`NaN` for missing values.
 * @param options - `{ centre, sigma }` (numbers, or arrays the length of `values`).
 * @returns Per-rule signals and members ('1'…'8'), and their union `flagged`.
 * @throws ArgumentError `invalid_argument` for non-finite values, centre or sigma, or a negative sigma;
 *   `mismatched_lengths` for per-point arrays of the wrong length.
 * @see Nelson LS (1984) The Shewhart control chart — tests for special causes, J Qual Technol
 *   16(4):237–239; Minitab, "Select tests for special causes".
 *
 * @example
 * ```ts
 * import { nelsonRules } from 'civic-metrics';
 * const result = nelsonRules([1, 2, 3, 4, 5, 6, 4], { centre: 3.5, sigma: 2 });
 * result.rules['3']?.members;
 * // => [0, 1, 2, 3, 4, 5]
 * ```
 */
export function nelsonRules(values: SeriesInput, options: ZoneRulesOptions): ZoneRulesResult {
  return zoneRules('nelsonRules', 'nelson', values, options);
}
