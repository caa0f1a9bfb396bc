import { assertInteger, assertProbability, fail } from '../internal/assert.js';
import { readSeries } from '../internal/readSeries.js';
import type {
  CorrelatedMannKendallOptions,
  CorrelatedMannKendallResult,
} from './correlatedMultivariateMannKendall.js';
import { correlatedCore } from './internal/correlated.js';
import type { TrendSeries } from './TrendSeries.js';
import type { InsufficientTrendData } from './TrendWarning.js';

/**
 * Options of {@link correlatedSeasonalMannKendall}.
 *
 * @example
 * ```ts
 * import type { CorrelatedSeasonalMannKendallOptions } from 'civic-metrics/trend';
 * const options: CorrelatedSeasonalMannKendallOptions = { period: 4 };
 * ```
 */
export interface CorrelatedSeasonalMannKendallOptions extends CorrelatedMannKendallOptions {
  /** Values per cycle, an integer ≥ 2; default 12. */
  period?: number;
}

const FN = 'correlatedSeasonalMannKendall';

/**
 * Correlated seasonal Mann-Kendall test (Hipel & McLeod 1994): the seasonal test with the covariance between
 * seasons estimated from the data, for series whose seasons move together (a wet year raises every month).
 *
 * Formula: the series is padded to whole cycles and split into seasons (position ≡ j mod period); cycles
 * with any missing season are dropped; then {@link correlatedMultivariateMannKendall} with the seasons as
 * series: var(S) = Σ_j Σ_k Γ_jk (Dietz–Killeen), z = S/√var(S) without continuity correction by default
 * (pyMannKendall `correlated_seasonal_test`; `continuity: true` gives SciPy `mstats.kendalltau_seasonal`
 * "global p-value (dep)" for complete data). It needs several complete cycles: with fewer than about ten the
 * covariance estimate is poor. Slope: {@link seasonalSensSlope} of the whole series.
 *
 * @param values - the series, oldest first; `null`/`NaN` mark missing values.
 * @param options - see {@link CorrelatedSeasonalMannKendallOptions}.
 * @returns a {@link CorrelatedMannKendallResult} (`n` counts complete cycles), or
 *   `{ status: 'insufficient_data', required: 3, received }` with fewer than 3 complete cycles.
 * @throws {ArgumentError} `invalid_argument` for a non-numeric value, a period that is not an integer ≥ 2, or
 *   alpha outside (0, 1).
 * @see K. W. Hipel, A. I. McLeod (1994), Time Series Modelling of Water Resources and Environmental Systems,
 *   ch. 23; T. Dietz, J. Killeen (1981), Psychometrika 46:43–52.
 *
 * @example
 * ```ts
 * import { correlatedSeasonalMannKendall } from 'civic-metrics';
 * const quarterly = [5, 9, 7, 3, 6, 10, 8, 4, 7, 12, 9, 5, 8, 13, 11, 6];
 * const result = correlatedSeasonalMannKendall(quarterly, { period: 4 });
 * result.status === 'ok' && result.s;
 * // => 24
 * ```
 */
export function correlatedSeasonalMannKendall(
  values: TrendSeries,
  options: CorrelatedSeasonalMannKendallOptions = {},
): CorrelatedMannKendallResult | InsufficientTrendData {
  const alpha = options.alpha ?? 0.05;
  assertProbability(FN, 'options.alpha', alpha);
  const continuity = options.continuity ?? false;
  if (typeof continuity !== 'boolean') fail(FN, 'options.continuity', 'to be a boolean', continuity);
  const period = options.period ?? 12;
  assertInteger(FN, 'options.period', period, 2);
  const all = readSeries(FN, 'values', values);
  const cycles = Math.ceil(all.length / period);
  const columns = Array.from({ length: period }, (_, j) => {
    const column = new Float64Array(cycles).fill(Number.NaN);
    for (let i = 0; i < cycles; i++) if (i * period + j < all.length) column[i] = all[i * period + j]!;
    return column;
  });
  return correlatedCore(FN, columns, all, period, alpha, continuity);
}
