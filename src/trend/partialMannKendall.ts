import { ArgumentError } from '../errors/ArgumentError.js';
import { assertProbability } from '../internal/assert.js';
import { readSeries } from '../internal/readSeries.js';
import { completeRows } from './internal/columns.js';
import { normalDecision } from './internal/decision.js';
import { averageRanks, kendallConcordance, kendallScore } from './internal/kendall.js';
import { conoverIntercept, medianSlope } from './internal/sen.js';
import type { TrendSeries } from './TrendSeries.js';
import type { InsufficientTrendData, TrendDirection, TrendWarning } from './TrendWarning.js';

/**
 * Options of {@link partialMannKendall}.
 *
 * @example
 * ```ts
 * import type { PartialMannKendallOptions } from 'civic-metrics/trend';
 * const options: PartialMannKendallOptions = { alpha: 0.1 };
 * ```
 */
export interface PartialMannKendallOptions {
  /** Significance level in (0, 1); default 0.05. */
  alpha?: number;
}

/**
 * Result of {@link partialMannKendall}.
 *
 * @example
 * ```ts
 * import { partialMannKendall, type PartialMannKendallResult } from 'civic-metrics/trend';
 * const result = partialMannKendall([1, 3, 2, 4, 5], [2, 2, 3, 3, 4]) as PartialMannKendallResult;
 * ```
 */
export interface PartialMannKendallResult {
  /** Always `'ok'`. */
  status: 'ok';
  /** Direction when significant, else `'no trend'`. */
  trend: TrendDirection;
  /** Whether the null hypothesis of no trend (given the covariate) is rejected. */
  h: boolean;
  /** Two-sided p-value; `null` when the conditional variance is not positive. */
  p: number | null;
  /** Standardised statistic; `null` when the conditional variance is not positive. */
  z: number | null;
  /** S_x / (n(n−1)/2), tau-a of the series. */
  tau: number;
  /** Partial score S_x − ρ·S_y. */
  s: number;
  /** Conditional variance (1 − ρ²)·n(n−1)(2n+5)/18. */
  varS: number;
  /** ρ = Γ_xy / (n(n−1)(2n+5)/18), the correlation of the two scores. */
  rho: number;
  /** Sen's slope of the series (its own missing values skipped, positions kept). */
  slope: number;
  /** Its Conover intercept at the first element. */
  intercept: number;
  /** Number of complete rows used. */
  n: number;
  /** The significance level used. */
  alpha: number;
  /** `non_positive_variance` when z and p are undefined. */
  warnings: TrendWarning[];
}

const FN = 'partialMannKendall';

/**
 * Partial Mann-Kendall test (Libiseller & Grimvall 2002): a trend in a series after allowing for a covariate
 * that drives it (e.g. service calls given population, or emissions given temperature).
 *
 * Formula: rows where either series is missing are dropped (n rows); S_x, S_y the Mann-Kendall scores;
 * Γ_xy = (K_xy + 4·Σ R_x·R_y − n(n+1)²)/3 (Dietz–Killeen, K by Knight's algorithm, R average ranks);
 * σ² = n(n−1)(2n+5)/18; ρ = Γ_xy/σ²; S = S_x − ρ·S_y; var(S) = (1 − ρ²)·σ²; z = S/√var(S) without continuity
 * correction; tau = S_x/(n(n−1)/2). As pyMannKendall `partial_test` (no tie correction of σ²).
 *
 * @param values - the series tested, oldest first; `null`/`NaN` mark missing values.
 * @param covariate - the explanatory series at the same times.
 * @param options - see {@link PartialMannKendallOptions}.
 * @returns a {@link PartialMannKendallResult}, or `{ status: 'insufficient_data', required: 3, received }`.
 * @throws {ArgumentError} `invalid_argument` for a non-numeric value or alpha outside (0, 1);
 *   `mismatched_lengths` when the two series differ in length.
 * @see C. Libiseller, A. Grimvall (2002), Performance of partial Mann-Kendall tests for trend detection in
 *   the presence of covariates, Environmetrics 13:71–84.
 *
 * @example
 * ```ts
 * import { partialMannKendall } from 'civic-metrics';
 * const result = partialMannKendall([3, 5, 4, 7, 8, 7, 10, 11], [1, 2, 2, 3, 2, 3, 4, 3]);
 * result.status === 'ok' && result.tau;
 * // => 0.8214
 * ```
 */
export function partialMannKendall(
  values: TrendSeries,
  covariate: TrendSeries,
  options: PartialMannKendallOptions = {},
): PartialMannKendallResult | InsufficientTrendData {
  const alpha = options.alpha ?? 0.05;
  assertProbability(FN, 'options.alpha', alpha);
  const x = readSeries(FN, 'values', values);
  const y = readSeries(FN, 'covariate', covariate);
  if (x.length !== y.length) {
    throw new ArgumentError(
      `${FN}: expected covariate to have the length of values (${x.length}), received length ${y.length}`,
      { path: 'covariate', value: y.length },
      'mismatched_lengths',
    );
  }
  const [cx, cy] = completeRows([x, y]) as [Float64Array, Float64Array];
  const n = cx.length;
  if (n < 3) return { status: 'insufficient_data', required: 3, received: n };
  const sx = kendallScore(cx).s;
  const sy = kendallScore(cy).s;
  const rx = averageRanks(cx);
  const ry = averageRanks(cy);
  let rankProducts = 0;
  for (let i = 0; i < n; i++) rankProducts += rx[i]! * ry[i]!;
  const gamma = (kendallConcordance(cx, cy) + 4 * rankProducts - n * (n + 1) * (n + 1)) / 3;
  const sigma2 = (n * (n - 1) * (2 * n + 5)) / 18;
  const rho = gamma / sigma2;
  const s = sx - rho * sy;
  const varS = ((1 - rho * rho) * (n * (n - 1) * (2 * n + 5))) / 18;
  const tau = sx / (0.5 * n * (n - 1));
  let validX = 0;
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!)) validX++;
  const xs = new Float64Array(validX);
  const ts = new Float64Array(validX);
  for (let i = 0, k = 0; i < x.length; i++) {
    if (!Number.isNaN(x[i]!)) {
      xs[k] = x[i]!;
      ts[k++] = i;
    }
  }
  const slope = medianSlope([{ t: ts, x: xs }]).slope;
  const intercept = conoverIntercept(xs, ts, slope);
  const warnings: TrendWarning[] = [];
  if (s !== 0 && !(varS > 0)) {
    warnings.push({
      code: 'non_positive_variance',
      message: `${FN}: the conditional var(S) is ${varS} (ρ = ${rho}); z and p are not defined`,
    });
    return {
      status: 'ok',
      trend: 'no trend',
      h: false,
      p: null,
      z: null,
      tau,
      s,
      varS,
      rho,
      slope,
      intercept,
      n,
      alpha,
      warnings,
    };
  }
  const z = s === 0 ? 0 : s / Math.sqrt(varS);
  const { p, h, trend } = normalDecision(z, alpha);
  return { status: 'ok', trend, h, p, z, tau, s, varS, rho, slope, intercept, n, alpha, warnings };
}
