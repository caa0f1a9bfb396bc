/**
 * Codes of the diagnostics a trend result can carry in `warnings`:
 *
 * - `non_positive_variance`: an autocorrelation-corrected var(S) came out ≤ 0 (Hamed-Rao with the paper's
 *   formula, or Yue-Wang, on strongly negatively autocorrelated data), so z and p are `null` and the result
 *   says `'no trend'`.
 * - `exact_p_unavailable`: `pValue: 'exact'` was asked for, but the series has ties or more than 1,000 values;
 *   the normal approximation was used instead.
 * - `ci_unavailable`: a Gilbert confidence bound of Sen's slope falls outside the ranked slopes (too few
 *   points for the confidence level); that bound is `null`, as R `trend::sens.slope` gives NA.
 *
 * @example
 * ```ts
 * import type { TrendWarningCode } from 'civic-metrics/trend';
 * const code: TrendWarningCode = 'ci_unavailable';
 * ```
 */
export type TrendWarningCode = 'non_positive_variance' | 'exact_p_unavailable' | 'ci_unavailable';

/**
 * A diagnostic attached to a trend result: a literal code and a sentence for people.
 *
 * @example
 * ```ts
 * import type { TrendWarning } from 'civic-metrics/trend';
 * const warning: TrendWarning = { code: 'ci_unavailable', message: 'sensSlope: the lower bound is outside the ranked slopes' };
 * ```
 */
export interface TrendWarning {
  /** What happened. */
  code: TrendWarningCode;
  /** A readable explanation naming the function. */
  message: string;
}

/**
 * The data were too few for the statistic: fewer than `required` usable values were `received` (missing
 * values do not count). Returned, never thrown.
 *
 * @example
 * ```ts
 * import type { InsufficientTrendData } from 'civic-metrics/trend';
 * const result: InsufficientTrendData = { status: 'insufficient_data', required: 3, received: 2 };
 * ```
 */
export interface InsufficientTrendData {
  /** Always `'insufficient_data'`. */
  status: 'insufficient_data';
  /** The minimum number of non-missing values (or, for seasonal statistics, values in one season). */
  required: number;
  /** How many there were. */
  received: number;
}

/**
 * The direction a significance test concludes: `'increasing'` or `'decreasing'` when the null hypothesis of
 * no trend is rejected at the chosen alpha, otherwise `'no trend'`.
 *
 * @example
 * ```ts
 * import type { TrendDirection } from 'civic-metrics/trend';
 * const direction: TrendDirection = 'no trend';
 * ```
 */
export type TrendDirection = 'increasing' | 'decreasing' | 'no trend';
