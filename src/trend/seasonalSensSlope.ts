import { seasonalSlope } from './internal/seasonalScore.js';
import { readSeasons } from './internal/seasons.js';
import type { TrendSeries } from './TrendSeries.js';
import type { InsufficientTrendData } from './TrendWarning.js';

/**
 * Options of {@link seasonalSensSlope}.
 *
 * @example
 * ```ts
 * import type { SeasonalSensSlopeOptions } from 'civic-metrics/trend';
 * const options: SeasonalSensSlopeOptions = { period: 4 };
 * ```
 */
export interface SeasonalSensSlopeOptions {
  /** Values per cycle (12 for monthly data, 4 for quarterly), an integer ≥ 2; default 12. */
  period?: number;
}

/**
 * Result of {@link seasonalSensSlope}.
 *
 * @example
 * ```ts
 * import { seasonalSensSlope, type SeasonalSensSlopeResult } from 'civic-metrics/trend';
 * const result = seasonalSensSlope([1, 5, 2, 6, 3, 7], { period: 2 }) as SeasonalSensSlopeResult;
 * ```
 */
export interface SeasonalSensSlopeResult {
  /** Always `'ok'`. */
  status: 'ok';
  /** Median of all within-season pairwise slopes pooled, per cycle (per year for monthly data). */
  slope: number;
  /** median(x) − median(position)/period·slope: the fitted value at the first element. */
  intercept: number;
  /** Median slope of each season (per cycle); `null` for a season with fewer than 2 values. */
  seasonSlopes: (number | null)[];
  /** Number of non-missing values. */
  n: number;
}

const FN = 'seasonalSensSlope';

/**
 * Seasonal Sen's slope (Hirsch, Slack & Smith 1982): the trend per cycle of a seasonal series.
 *
 * Compares each month only with the same month of other years, so seasonality does not masquerade as
 * trend. Season j is every position ≡ j (mod period) counted from the first element; start the series at
 * the season you want as season 0.
 *
 * Formula: slope = median over seasons j and cycles a < b of (x_{b,j} − x_{a,j})/(b − a), all seasons'
 * slopes pooled (equal to SciPy `mstats.sen_seasonal_slopes(...).inter_slope` and pyMannKendall
 * `seasonal_sens_slope`); intercept = median(x) − median(positions)/period·slope, so the fitted line is
 * intercept + slope·position/period. Missing values are skipped; the others keep their cycle.
 *
 * @param values - the series, oldest first; `null`/`NaN` mark missing values.
 * @param options - see {@link SeasonalSensSlopeOptions}.
 * @returns a {@link SeasonalSensSlopeResult}, or `{ status: 'insufficient_data', required: 2, received }`
 *   when no season has 2 values (`received` is the largest season's count).
 * @throws {ArgumentError} `invalid_argument` for a non-numeric value or a period that is not an integer ≥ 2.
 * @see R. M. Hirsch, J. R. Slack, R. A. Smith (1982), WRR 18(1):107–121; K. W. Hipel, A. I. McLeod (1994),
 *   Time Series Modelling of Water Resources and Environmental Systems, ch. 23.
 *
 * @example
 * ```ts
 * import { seasonalSensSlope } from 'civic-metrics';
 * const result = seasonalSensSlope([10, 20, 11, 22, 12, 24], { period: 2 });
 * result.status === 'ok' && result.seasonSlopes;
 * // => [1, 2]
 * ```
 */
export function seasonalSensSlope(
  values: TrendSeries,
  options: SeasonalSensSlopeOptions = {},
): SeasonalSensSlopeResult | InsufficientTrendData {
  const split = readSeasons(FN, values, options.period ?? 12);
  if (split.largest < 2) return { status: 'insufficient_data', required: 2, received: split.largest };
  let n = 0;
  for (const g of split.seasons) n += g.t.length;
  return Object.assign({ status: 'ok' as const }, seasonalSlope(split), { n });
}
