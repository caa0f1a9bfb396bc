import type { SeriesInput } from '../internal/readSeries.js';
import type { AttributeChartOptions, AttributeChartResult } from './AttributeChart.js';
import { computeAttribute, readAttributeData, readAttributeOptions } from './internal/attributeEngine.js';

/**
 * A p chart for proportions (events out of cases per period: on-time permits out of permits issued),
 * with per-period limits, optional Laney p′ adjustment, and the same rule sets as {@link xmrChart}.
 *
 * Per segment, from its baseline: p̄ = Σx/Σn over periods with data; σ_i = √(p̄(1 − p̄)/n_i); limits
 * p̄ ± 3σ_i, clamped to [0, 1] for display (clamping never changes a test, since 0 ≤ p_i ≤ 1). With
 * `laney`: z_i = (p_i − p̄)/σ_i over the baseline, σz = mean |z_i − z_(i−1)| / 1.128 (adjacent periods only;
 * optional Nelson screening of those moving ranges), and σ_i is multiplied by σz, so limits widen for
 * over-dispersion (σz > 1) and narrow for under-dispersion (σz < 1). The NHS rules use p̄ ± 3σ_i as the
 * process limits and p̄ ± 2σ_i as the "near" lines; Western Electric and Nelson zones are multiples of σ_i.
 *
 * A period whose numerator or denominator is missing, or whose denominator is 0, has no data: it is left
 * out of every calculation and labelled `null` (its limits are still given when its denominator is
 * positive). The assurance icon compares `target` with the limits of the latest period with data.
 *
 * @param numerators - Events per period (finite, ≥ 0, ≤ the denominator; `null` when missing).
 * @param denominators - Cases per period (finite, ≥ 0; `null` when missing).
 * @param options - See {@link AttributeChartOptions}.
 * @returns The chart, or `insufficient_data` for a segment whose baseline has no period with data (two
 *   adjacent ones with `laney`), or `degenerate_rate` with `laney` when p̄ is 0 or 1.
 * @throws ArgumentError `invalid_argument` for invalid values or options (as {@link xmrChart}), a
 *   negative count or a numerator above its denominator; `mismatched_lengths` for series of different
 *   lengths.
 * @see Montgomery DC (2009) Introduction to Statistical Quality Control, 6th ed., §7.2; Laney DB (2002)
 *   Improved control charts for attributes, Quality Engineering 14(4):531–537; qicharts2 0.8.1 `qic.p`,
 *   `qic.pp`.
 *
 * @example
 * ```ts
 * import { pChart } from 'civic-metrics';
 * const chart = pChart([12, 15, 8, 10, 4, 7, 16, 9, 14, 10], new Array(10).fill(50));
 * chart.status === 'ok' && chart.centre;
 * // => 0.21
 * chart.status === 'ok' && chart.ucl;
 * // => 0.3828
 * ```
 */
export function pChart(
  numerators: SeriesInput,
  denominators: SeriesInput,
  options?: AttributeChartOptions,
): AttributeChartResult {
  const fn = 'pChart';
  const data = readAttributeData(fn, 'p', numerators, denominators, ['numerators', 'denominators']);
  return computeAttribute('p', data, readAttributeOptions(fn, options, data.numerators.length));
}
