import { assertProbability } from '../internal/assert.js';
import { prepareSeries } from './internal/series.js';
import { studentTTwoSidedP, studentTUpperQuantile } from './internal/specialFunctions.js';
import type { TrendSeries } from './TrendSeries.js';
import type { TrendTimeInput, TrendTimeUnit } from './TrendTimeInput.js';
import type { InsufficientTrendData } from './TrendWarning.js';

/**
 * Options of {@link linearTrend}.
 *
 * @example
 * ```ts
 * import type { LinearTrendOptions } from 'civic-metrics/trend';
 * const options: LinearTrendOptions = { alpha: 0.1, times: ['2020-01-01', '2021-01-01', '2022-01-01'] };
 * ```
 */
export interface LinearTrendOptions {
  /** Observation times for irregular series; default positions 0, 1, 2, … */
  times?: TrendTimeInput;
  /** Unit of the slope when `times` are dates; default `'year'`. */
  timeUnit?: TrendTimeUnit;
  /** Significance level of the slope's two-sided confidence interval, in (0, 1); default 0.05. */
  alpha?: number;
}

/**
 * Result of {@link linearTrend} with at least three non-missing values.
 *
 * @example
 * ```ts
 * import { linearTrend, type LinearTrendResult } from 'civic-metrics/trend';
 * const result = linearTrend([2, 4, 5, 4, 5]) as LinearTrendResult;
 * ```
 */
export interface LinearTrendResult {
  /** Always `'ok'`. */
  status: 'ok';
  /** Least-squares slope per position (or per time unit with `times`). */
  slope: number;
  /** Fitted value at the first element's time. */
  intercept: number;
  /** Pearson correlation of value with time. */
  r: number;
  /** Coefficient of determination r². */
  r2: number;
  /** Two-sided p-value of the t-test of slope = 0, with n − 2 degrees of freedom. */
  p: number;
  /** Standard error of the slope. */
  slopeStdErr: number;
  /** Standard error of the intercept. */
  interceptStdErr: number;
  /** Lower bound of the slope's confidence interval, slope − t_{1−α/2, n−2}·slopeStdErr. */
  lower: number;
  /** Upper bound of the slope's confidence interval. */
  upper: number;
  /** Confidence level 1 − alpha. */
  confidence: number;
  /** Number of non-missing values. */
  n: number;
}

const FN = 'linearTrend';
const TINY = 1e-20;

/**
 * Ordinary least-squares trend line with a t-test on the slope, as SciPy `stats.linregress`.
 *
 * The familiar straight-line trend: use it when the change is roughly linear and the residuals roughly
 * normal; prefer {@link mannKendall} with {@link sensSlope} for skewed data or outliers.
 *
 * Formula (t the times, x the values, means t̄, x̄; biased moments s_tt = Σ(t − t̄)²/n, s_xx, s_tx):
 * slope = s_tx/s_tt; intercept = x̄ − slope·t̄; r = s_tx/√(s_tt·s_xx) (0 when s_xx = 0), clipped to [−1, 1];
 * T = r·√(df/((1 − r + 10⁻²⁰)(1 + r + 10⁻²⁰))) with df = n − 2 (SciPy's guard against r = ±1);
 * p = P(|T_df| ≥ |T|) from the regularized incomplete beta I_{df/(df+T²)}(df/2, ½) (continued fraction,
 * Lentz's method); slopeStdErr = √((1 − r²)·s_xx/s_tt/df); interceptStdErr = slopeStdErr·√(s_tt + t̄²);
 * interval slope ± t_{1−α/2, df}·slopeStdErr. Missing values are dropped; the others keep their positions (or
 * `times`), so the intercept is at the first element (SciPy with x = the original indices).
 *
 * @param values - the series, oldest first; `null`/`NaN` mark missing values.
 * @param options - see {@link LinearTrendOptions}.
 * @returns a {@link LinearTrendResult}, or `{ status: 'insufficient_data', required: 3, received }`.
 * @throws {ArgumentError} `invalid_argument` for a non-numeric value, alpha outside (0, 1) or bad `times`;
 *   `mismatched_lengths` when `times` differs in length.
 * @see SciPy `scipy.stats.linregress` (1.17); N. R. Draper, H. Smith (1998), Applied Regression Analysis,
 *   3rd ed., ch. 1; M. Abramowitz, I. A. Stegun (1964), 26.7.1 and 26.5.8.
 *
 * @example
 * ```ts
 * import { linearTrend } from 'civic-metrics';
 * const result = linearTrend([2, 4, 5, 4, 5]);
 * result.status === 'ok' && [result.slope, result.intercept, result.r2];
 * // => [0.6, 2.8, 0.6]
 * ```
 */
export function linearTrend(
  values: TrendSeries,
  options: LinearTrendOptions = {},
): LinearTrendResult | InsufficientTrendData {
  const alpha = options.alpha ?? 0.05;
  assertProbability(FN, 'options.alpha', alpha);
  const series = prepareSeries(FN, values, options.times, options.timeUnit);
  const x = series.validValues;
  const t = series.validTimes;
  const n = x.length;
  if (n < 3) return { status: 'insufficient_data', required: 3, received: n };
  let tMean = 0;
  let xMean = 0;
  for (let i = 0; i < n; i++) {
    tMean += t[i]!;
    xMean += x[i]!;
  }
  tMean /= n;
  xMean /= n;
  let stt = 0;
  let sxx = 0;
  let stx = 0;
  for (let i = 0; i < n; i++) {
    const dt = t[i]! - tMean;
    const dx = x[i]! - xMean;
    stt += dt * dt;
    sxx += dx * dx;
    stx += dt * dx;
  }
  stt /= n;
  sxx /= n;
  stx /= n;
  let r = stt === 0 || sxx === 0 ? 0 : stx / Math.sqrt(stt * sxx);
  r = Math.max(-1, Math.min(1, r));
  const slope = stx / stt;
  const intercept = xMean - slope * tMean;
  const df = n - 2;
  const statistic = r * Math.sqrt(df / ((1 - r + TINY) * (1 + r + TINY)));
  const p = studentTTwoSidedP(statistic, df);
  const slopeStdErr = Math.sqrt(((1 - r * r) * sxx) / stt / df);
  const interceptStdErr = slopeStdErr * Math.sqrt(stt + tMean * tMean);
  const half = studentTUpperQuantile(alpha / 2, df) * slopeStdErr;
  return {
    status: 'ok',
    slope,
    intercept,
    r,
    r2: r * r,
    p,
    slopeStdErr,
    interceptStdErr,
    lower: slope - half,
    upper: slope + half,
    confidence: 1 - alpha,
    n,
  };
}
