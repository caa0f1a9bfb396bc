import { assertProbability, fail } from '../internal/assert.js';
import { pooledScore } from './internal/seasonalScore.js';
import { readSeasons } from './internal/seasons.js';
import type { TrendSeries } from './TrendSeries.js';
import type { InsufficientTrendData, TrendDirection } from './TrendWarning.js';

/**
 * Options of {@link seasonalMannKendall}.
 *
 * @example
 * ```ts
 * import type { SeasonalMannKendallOptions } from 'civic-metrics/trend';
 * const options: SeasonalMannKendallOptions = { period: 4, alpha: 0.1 };
 * ```
 */
export interface SeasonalMannKendallOptions {
  /** Values per cycle (12 for monthly data, 4 for quarterly), an integer ≥ 2; default 12. */
  period?: number;
  /** Significance level in (0, 1); default 0.05. */
  alpha?: number;
  /** Continuity correction of z on the total S; default true (pyMannKendall, R `trend::smk.test`). */
  continuity?: boolean;
}

/**
 * One season's contribution to {@link seasonalMannKendall}.
 *
 * @example
 * ```ts
 * import type { SeasonStatistic } from 'civic-metrics/trend';
 * const january: SeasonStatistic = { season: 0, n: 10, s: 21, varS: 125 };
 * ```
 */
export interface SeasonStatistic {
  /** Season index j (positions ≡ j mod period). */
  season: number;
  /** Non-missing values in this season. */
  n: number;
  /** Mann-Kendall S within the season. */
  s: number;
  /** Its tie-corrected variance. */
  varS: number;
}

/**
 * Result of {@link seasonalMannKendall} when at least one season has two values.
 *
 * @example
 * ```ts
 * import { seasonalMannKendall, type SeasonalMannKendallResult } from 'civic-metrics/trend';
 * const result = seasonalMannKendall([1, 5, 2, 6, 3, 7], { period: 2 }) as SeasonalMannKendallResult;
 * ```
 */
export interface SeasonalMannKendallResult {
  /** Always `'ok'`. */
  status: 'ok';
  /** Direction when significant, else `'no trend'`. */
  trend: TrendDirection;
  /** Whether the null hypothesis of no trend is rejected. */
  h: boolean;
  /** Two-sided p-value. */
  p: number;
  /** Standardised statistic of the total S. */
  z: number;
  /** S / Σ_j n_j(n_j−1)/2 (pyMannKendall's `Tau`). */
  tau: number;
  /** S / Σ_j √(D_j(D_j − T_j)), the per-season tau-b denominator (SciPy `kendalltau_seasonal` "global tau (alt)"); `null` if 0. */
  tauB: number | null;
  /** Total S = Σ_j S_j. */
  s: number;
  /** Σ_j var(S_j) (seasons taken as independent). */
  varS: number;
  /** Seasonal Sen's slope, per cycle. */
  slope: number;
  /** Its intercept (fitted value at the first element). */
  intercept: number;
  /** Number of non-missing values. */
  n: number;
  /** The significance level used. */
  alpha: number;
  /** The per-season statistics. */
  seasons: SeasonStatistic[];
}

const FN = 'seasonalMannKendall';

/**
 * Seasonal Mann-Kendall test (Hirsch, Slack & Smith 1982): a monotonic trend in a seasonal series.
 *
 * Use it for monthly or quarterly indicators with a seasonal pattern (response times, permits, visitors):
 * each season is tested against itself and the scores are pooled. Season j is every position ≡ j (mod
 * period) counted from the first element (no calendar alignment).
 *
 * Formula: per season j (missing values dropped), S_j and var(S_j) as in {@link mannKendall} with ties within
 * the season; S = Σ S_j, var(S) = Σ var(S_j) (no covariance between seasons); z = (S − sgn S)/√var(S);
 * p = erfc(|z|/√2); tau = S/Σ D_j with D_j = n_j(n_j−1)/2. Equal to pyMannKendall `seasonal_test`, R
 * `trend::smk.test` and SciPy `mstats.kendalltau_seasonal` "global p-value (indep)". The slope is
 * {@link seasonalSensSlope}.
 *
 * @param values - the series, oldest first; `null`/`NaN` mark missing values.
 * @param options - see {@link SeasonalMannKendallOptions}.
 * @returns a {@link SeasonalMannKendallResult}, or `{ status: 'insufficient_data', required: 2, received }`
 *   when no season has 2 values.
 * @throws {ArgumentError} `invalid_argument` for a non-numeric value, a period that is not an integer ≥ 2, or
 *   alpha outside (0, 1).
 * @see R. M. Hirsch, J. R. Slack, R. A. Smith (1982), WRR 18(1):107–121; R. M. Hirsch, J. R. Slack (1984),
 *   WRR 20(6):727–732.
 *
 * @example
 * ```ts
 * import { seasonalMannKendall } from 'civic-metrics';
 * const monthly = Array.from({ length: 60 }, (_, i) => 100 + 10 * Math.sin((2 * Math.PI * i) / 12) + 0.5 * i);
 * const result = seasonalMannKendall(monthly, { period: 12 });
 * result.status === 'ok' && [result.trend, result.s];
 * // => ['increasing', 120]
 * ```
 */
export function seasonalMannKendall(
  values: TrendSeries,
  options: SeasonalMannKendallOptions = {},
): SeasonalMannKendallResult | InsufficientTrendData {
  const alpha = options.alpha ?? 0.05;
  assertProbability(FN, 'options.alpha', alpha);
  const continuity = options.continuity ?? true;
  if (typeof continuity !== 'boolean') fail(FN, 'options.continuity', 'to be a boolean', continuity);
  const period = options.period ?? 12;
  const split = readSeasons(FN, values, period);
  if (split.largest < 2) return { status: 'insufficient_data', required: 2, received: split.largest };
  return Object.assign({ status: 'ok' as const }, pooledScore(split, alpha, continuity), { alpha });
}
