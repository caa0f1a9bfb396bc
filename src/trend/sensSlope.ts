import { assertProbability } from '../internal/assert.js';
import { senWithInterval } from './internal/sen.js';
import { prepareSeries } from './internal/series.js';
import type { TrendSeries } from './TrendSeries.js';
import type { TrendTimeInput, TrendTimeUnit } from './TrendTimeInput.js';
import type { InsufficientTrendData, TrendWarning } from './TrendWarning.js';

/**
 * Options of {@link sensSlope}.
 *
 * @example
 * ```ts
 * import type { SensSlopeOptions } from 'civic-metrics/trend';
 * const options: SensSlopeOptions = { alpha: 0.1, times: [2015, 2016, 2018, 2019] };
 * ```
 */
export interface SensSlopeOptions {
  /** Significance level of the two-sided confidence interval, in (0, 1); default 0.05 (a 95% interval). */
  alpha?: number;
  /** Observation times for irregular series; default positions 0, 1, 2, … */
  times?: TrendTimeInput;
  /** Unit of the slope when `times` are dates; default `'year'`. */
  timeUnit?: TrendTimeUnit;
}

/**
 * Result of {@link sensSlope} when there are at least two non-missing values.
 *
 * @example
 * ```ts
 * import { sensSlope, type SensSlopeResult } from 'civic-metrics/trend';
 * const result = sensSlope([1, 3, 2, 5, 4, 6]) as SensSlopeResult;
 * ```
 */
export interface SensSlopeResult {
  /** Always `'ok'`. */
  status: 'ok';
  /** Median of all pairwise slopes, per position (or per time unit with `times`). */
  slope: number;
  /** Conover's intercept, median(x) − median(t)·slope: the fitted value at the first element's time. */
  intercept: number;
  /** Lower confidence bound (Gilbert's rank method); `null` when its rank falls outside the slopes. */
  lower: number | null;
  /** Upper confidence bound; `null` when its rank falls outside the slopes. */
  upper: number | null;
  /** Confidence level 1 − alpha. */
  confidence: number;
  /** Number of non-missing values. */
  n: number;
  /** `ci_unavailable` when a bound is `null`. */
  warnings: TrendWarning[];
}

const FN = 'sensSlope';

/**
 * Sen's slope (Theil–Sen estimator) with Conover's intercept and Gilbert's confidence interval.
 *
 * A robust rate of change: the median of the slopes between every pair of observations, insensitive to
 * outliers and to a few missing values. Pair it with {@link mannKendall} for significance.
 *
 * Formula: d_ij = (x_j − x_i)/(t_j − t_i) for all i < j with both values present; slope = median(d) (mean of
 * the two middle values for an even count N); intercept = median(x) − median(t)·slope (Conover 1980; equal to
 * SciPy `theilslopes(method='separate')`). Interval (Gilbert 1987 §16.5, as R `trend::sens.slope` and SciPy):
 * C = Φ⁻¹(1 − α/2)·√var(S) with var(S) tie-corrected; with the slopes sorted, the 0-based ranks are
 * round((N − C)/2) − 1 and round((N + C)/2) (round half to even). A rank outside 0..N − 1 gives `null` and
 * the warning `ci_unavailable` (R gives NA; SciPy clamps to the extreme slope). Exact median in O(n log n)
 * expected time and O(n) memory for long series (randomised slope selection, Dillencourt, Mount &
 * Netanyahu 1992); the direct method below about 2 million slopes.
 *
 * Missing values are skipped, and the others keep their positions (or `times`), so gaps are honoured.
 *
 * @param values - the series, oldest first; `null`/`NaN` mark missing values.
 * @param options - see {@link SensSlopeOptions}.
 * @returns a {@link SensSlopeResult}, or `{ status: 'insufficient_data', required: 2, received }`.
 * @throws {ArgumentError} `invalid_argument` for a non-numeric value, alpha outside (0, 1) or bad `times`;
 *   `mismatched_lengths` when `times` differs in length.
 * @see H. Theil (1950), Proc. Kon. Ned. Akad. Wetensch. A 53; P. K. Sen (1968), JASA 63:1379–1389;
 *   W. J. Conover (1980), Practical Nonparametric Statistics, 2nd ed., §5.5; R. O. Gilbert (1987), ch. 16.
 *
 * @example
 * ```ts
 * import { sensSlope } from 'civic-metrics';
 * const result = sensSlope([12, 14, 13, 17, 16, 20, 19, 24, 22, 28]);
 * result.status === 'ok' && [result.slope, result.intercept];
 * // => [1.5, 11.25]
 * ```
 */
export function sensSlope(
  values: TrendSeries,
  options: SensSlopeOptions = {},
): SensSlopeResult | InsufficientTrendData {
  const alpha = options.alpha ?? 0.05;
  assertProbability(FN, 'options.alpha', alpha);
  const series = prepareSeries(FN, values, options.times, options.timeUnit);
  const n = series.validValues.length;
  if (n < 2) return { status: 'insufficient_data', required: 2, received: n };
  const { slope, intercept, lower, upper } = senWithInterval(series.validValues, series.validTimes, alpha);
  const warnings: TrendWarning[] = [];
  if (lower === null || upper === null) {
    const which =
      lower === null && upper === null
        ? 'both bounds'
        : lower === null
          ? 'the lower bound'
          : 'the upper bound';
    warnings.push({
      code: 'ci_unavailable',
      message: `${FN}: ${which} of the ${(1 - alpha) * 100}% interval fall outside the ${(n * (n - 1)) / 2} ranked slopes of ${n} values`,
    });
  }
  return { status: 'ok', slope, intercept, lower, upper, confidence: 1 - alpha, n, warnings };
}
