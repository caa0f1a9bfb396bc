import type { SeriesInput } from '../internal/readSeries.js';
import type { AttributeChartOptions, AttributeChartResult } from './AttributeChart.js';
import { computeAttribute, readAttributeData, readAttributeOptions } from './internal/attributeEngine.js';

/**
 * A u chart for rates per unit of exposure (complaints per 1,000 residents, potholes per lane-mile), with
 * per-period limits, optional Laney u′ adjustment, and the same rule sets as {@link xmrChart}.
 *
 * Per segment, from its baseline: ū = Σc/Σn over periods with data; σ_i = √(ū/n_i) (Poisson); limits
 * ū ± 3σ_i, the lower clamped at 0 for display. With `laney`: z_i = (u_i − ū)/σ_i over the baseline,
 * σz = mean |z_i − z_(i−1)| / 1.128, and σ_i is multiplied by σz. Express exposures in the unit you want
 * rates in (e.g. thousands of residents for a rate per 1,000). Missing data and icons as {@link pChart}.
 *
 * @param counts - Events per period (finite, ≥ 0; `null` when missing).
 * @param exposures - Exposure per period (finite, ≥ 0; 0 or `null` means no data).
 * @param options - See {@link AttributeChartOptions}.
 * @returns The chart, or `insufficient_data` (with `laney`, `degenerate_rate` when ū is 0).
 * @throws ArgumentError `invalid_argument` for invalid values or options, or a negative count;
 *   `mismatched_lengths` for series of different lengths.
 * @see Montgomery DC (2009) Introduction to Statistical Quality Control, 6th ed., §7.3; Laney DB (2002)
 *   Quality Engineering 14(4):531–537; qicharts2 0.8.1 `qic.u`, `qic.up`.
 *
 * @example
 * ```ts
 * import { uChart } from 'civic-metrics';
 * const chart = uChart([10, 12, 8, 14, 10, 16, 11, 7, 10, 15], new Array(10).fill(5));
 * chart.status === 'ok' && chart.centre;
 * // => 2.26
 * chart.status === 'ok' && chart.ucl;
 * // => 4.277
 * ```
 */
export function uChart(
  counts: SeriesInput,
  exposures: SeriesInput,
  options?: AttributeChartOptions,
): AttributeChartResult {
  const fn = 'uChart';
  const data = readAttributeData(fn, 'u', counts, exposures, ['counts', 'exposures']);
  return computeAttribute('u', data, readAttributeOptions(fn, options, data.numerators.length));
}
