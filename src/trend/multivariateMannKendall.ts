import { assertProbability, fail } from '../internal/assert.js';
import { readColumns } from './internal/columns.js';
import { pooledScore } from './internal/seasonalScore.js';
import { splitSeasons } from './internal/seasons.js';
import type { TrendSeries } from './TrendSeries.js';
import type { InsufficientTrendData, TrendDirection } from './TrendWarning.js';

/**
 * Options of {@link multivariateMannKendall}.
 *
 * @example
 * ```ts
 * import type { MultivariateMannKendallOptions } from 'civic-metrics/trend';
 * const options: MultivariateMannKendallOptions = { alpha: 0.1 };
 * ```
 */
export interface MultivariateMannKendallOptions {
  /** Significance level in (0, 1); default 0.05. */
  alpha?: number;
  /** Continuity correction of z on the total S; default true (pyMannKendall). */
  continuity?: boolean;
}

/**
 * Result of {@link multivariateMannKendall}.
 *
 * @example
 * ```ts
 * import { multivariateMannKendall, type MultivariateMannKendallResult } from 'civic-metrics/trend';
 * const result = multivariateMannKendall([[1, 2, 3], [2, 3, 5]]) as MultivariateMannKendallResult;
 * ```
 */
export interface MultivariateMannKendallResult {
  /** Always `'ok'`. */
  status: 'ok';
  /** Direction when significant, else `'no trend'`. */
  trend: TrendDirection;
  /** Whether the null hypothesis of no common trend is rejected. */
  h: boolean;
  /** Two-sided p-value. */
  p: number;
  /** Standardised statistic of the total S. */
  z: number;
  /** S / Σ_j n_j(n_j−1)/2. */
  tau: number;
  /** S / Σ_j √(D_j(D_j − T_j)); `null` if 0. */
  tauB: number | null;
  /** Σ_j S_j over the series. */
  s: number;
  /** Σ_j var(S_j) (series taken as independent). */
  varS: number;
  /** Median of all within-series pairwise slopes pooled, per time step. */
  slope: number;
  /** Its intercept at the first time step. */
  intercept: number;
  /** Number of non-missing values over all series. */
  n: number;
  /** The significance level used. */
  alpha: number;
  /** Per series: index, n, S and var(S) (`season` is the series index). */
  series: { season: number; n: number; s: number; varS: number }[];
}

const FN = 'multivariateMannKendall';

/**
 * Multivariate (regional) Mann-Kendall test: a common monotonic trend across several series observed at the
 * same times, e.g. one indicator in every district (Hirsch & Slack 1984; Helsel & Frans 2006).
 *
 * Formula: the seasonal test of {@link seasonalMannKendall} with the series in place of the seasons:
 * S = Σ_j S_j and var(S) = Σ_j var(S_j) (missing values dropped per series, ties within a series),
 * z = (S − sgn S)/√var(S), tau = S/Σ_j n_j(n_j−1)/2; slope = median of all within-series pairwise slopes.
 * Equal to pyMannKendall `multivariate_test` and `regional_test` (which ignores its alpha). The series are
 * taken as independent; when they are correlated, use {@link correlatedMultivariateMannKendall}.
 *
 * @param series - two or more equally long series (oldest first); `null`/`NaN` mark missing values.
 * @param options - see {@link MultivariateMannKendallOptions}.
 * @returns a {@link MultivariateMannKendallResult}, or `{ status: 'insufficient_data', required: 2, received }`
 *   when no series has 2 values.
 * @throws {ArgumentError} `invalid_argument` for fewer than 2 series, a non-numeric value or alpha outside
 *   (0, 1); `mismatched_lengths` when the series differ in length.
 * @see R. M. Hirsch, J. R. Slack (1984), WRR 20(6):727–732; D. R. Helsel, L. M. Frans (2006), Environ. Sci.
 *   Technol. 40(13):4066–4073.
 *
 * @example
 * ```ts
 * import { multivariateMannKendall } from 'civic-metrics';
 * const result = multivariateMannKendall([
 *   [10, 11, 13, 12, 15, 16],
 *   [20, 22, 21, 24, 26, 25],
 * ]);
 * result.status === 'ok' && [result.s, result.trend];
 * // => [24, 'increasing']
 * ```
 */
export function multivariateMannKendall(
  series: readonly TrendSeries[],
  options: MultivariateMannKendallOptions = {},
): MultivariateMannKendallResult | InsufficientTrendData {
  const alpha = options.alpha ?? 0.05;
  assertProbability(FN, 'options.alpha', alpha);
  const continuity = options.continuity ?? true;
  if (typeof continuity !== 'boolean') fail(FN, 'options.continuity', 'to be a boolean', continuity);
  const { columns, flat } = readColumns(FN, series, 2);
  const split = splitSeasons(flat, columns.length);
  if (split.largest < 2) return { status: 'insufficient_data', required: 2, received: split.largest };
  const { seasons, ...rest } = pooledScore(split, alpha, continuity);
  return Object.assign({ status: 'ok' as const }, rest, { alpha, series: seasons });
}
