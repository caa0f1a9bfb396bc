import { assertProbability, fail } from '../internal/assert.js';
import { readColumns } from './internal/columns.js';
import { correlatedCore } from './internal/correlated.js';
import type { TrendSeries } from './TrendSeries.js';
import type { InsufficientTrendData, TrendDirection, TrendWarning } from './TrendWarning.js';

/**
 * Options of {@link correlatedMultivariateMannKendall} and {@link correlatedSeasonalMannKendall}.
 *
 * @example
 * ```ts
 * import type { CorrelatedMannKendallOptions } from 'civic-metrics/trend';
 * const options: CorrelatedMannKendallOptions = { alpha: 0.1, continuity: true };
 * ```
 */
export interface CorrelatedMannKendallOptions {
  /** Significance level in (0, 1); default 0.05 (honoured, unlike pyMannKendall issue #36). */
  alpha?: number;
  /**
   * Continuity correction of z; default false, as pyMannKendall. `true` reproduces SciPy
   * `mstats.kendalltau_seasonal` "global p-value (dep)".
   */
  continuity?: boolean;
}

/**
 * Result of the correlated (covariance-adjusted) Mann-Kendall tests.
 *
 * @example
 * ```ts
 * import { correlatedMultivariateMannKendall, type CorrelatedMannKendallResult } from 'civic-metrics/trend';
 * const result = correlatedMultivariateMannKendall([[1, 2, 3, 5], [2, 3, 5, 4]]) as CorrelatedMannKendallResult;
 * ```
 */
export interface CorrelatedMannKendallResult {
  /** Always `'ok'`. */
  status: 'ok';
  /** Direction when significant, else `'no trend'`. */
  trend: TrendDirection;
  /** Whether the null hypothesis of no common trend is rejected. */
  h: boolean;
  /** Two-sided p-value; `null` when the covariance sum is not positive. */
  p: number | null;
  /** Standardised statistic; `null` when the covariance sum is not positive. */
  z: number | null;
  /** S / (c·n(n−1)/2). */
  tau: number;
  /** Σ_j S_j over the complete rows. */
  s: number;
  /** Σ_j Σ_k Γ_jk, the Dietz–Killeen covariance sum. */
  varS: number;
  /** Pooled within-series (or within-season) Sen slope, per row (per cycle). */
  slope: number;
  /** Its intercept at the first element. */
  intercept: number;
  /** Number of complete rows used. */
  n: number;
  /** The significance level used. */
  alpha: number;
  /** `non_positive_variance` when z and p are undefined. */
  warnings: TrendWarning[];
}

const FN = 'correlatedMultivariateMannKendall';

/**
 * Correlated multivariate Mann-Kendall test: a common trend across series that are correlated with each other
 * (neighbouring districts, related indicators), with the covariance of their scores estimated from the data
 * (Dietz & Killeen 1981; Hipel & McLeod 1994; Libiseller & Grimvall 2002).
 *
 * Formula: rows with any missing value are dropped (n complete rows, c series); S = Σ_j S_j;
 * var(S) = Σ_j Σ_k Γ_jk with Γ_jk = (K_jk + 4·Σ_i R_ij·R_ik − n(n+1)²)/3, K_jk = Σ_{i<l} sgn((x_lj − x_ij)·(x_lk −
 * x_ik)) (Knight's O(n log n) algorithm) and R average ranks; z = S/√var(S) without continuity correction
 * (as pyMannKendall `correlated_multivariate_test`); tau = S/(c·n(n−1)/2). Slope: the pooled within-series
 * Sen slope of all rows. pyMannKendall issue #23 questions whether Hipel & McLeod's variance has a further
 * term; we follow pyMannKendall and SciPy, which agree.
 *
 * @param series - two or more equally long series (oldest first); `null`/`NaN` mark missing values.
 * @param options - see {@link CorrelatedMannKendallOptions}.
 * @returns a {@link CorrelatedMannKendallResult}, or `{ status: 'insufficient_data', required: 3, received }`
 *   with fewer than 3 complete rows.
 * @throws {ArgumentError} `invalid_argument` for fewer than 2 series, a non-numeric value or alpha outside
 *   (0, 1); `mismatched_lengths` when the series differ in length.
 * @see T. Dietz, J. Killeen (1981), Psychometrika 46:43–52; K. W. Hipel, A. I. McLeod (1994), ch. 23;
 *   C. Libiseller, A. Grimvall (2002), Environmetrics 13:71–84.
 *
 * @example
 * ```ts
 * import { correlatedMultivariateMannKendall } from 'civic-metrics';
 * const result = correlatedMultivariateMannKendall([
 *   [10, 11, 13, 12, 15, 16, 18, 17],
 *   [20, 22, 21, 24, 26, 25, 28, 30],
 * ]);
 * result.status === 'ok' && [result.s, result.trend];
 * // => [48, 'increasing']
 * ```
 */
export function correlatedMultivariateMannKendall(
  series: readonly TrendSeries[],
  options: CorrelatedMannKendallOptions = {},
): CorrelatedMannKendallResult | InsufficientTrendData {
  const alpha = options.alpha ?? 0.05;
  assertProbability(FN, 'options.alpha', alpha);
  const continuity = options.continuity ?? false;
  if (typeof continuity !== 'boolean') fail(FN, 'options.continuity', 'to be a boolean', continuity);
  const { columns, flat } = readColumns(FN, series, 2);
  return correlatedCore(FN, columns, flat, columns.length, alpha, continuity);
}
