import { ArgumentError } from '../errors/ArgumentError.js';
import { assertInteger, assertOneOf, assertProbability, fail } from '../internal/assert.js';
import { autocorrelation } from './internal/acf.js';
import { direction, normalDecision, zScore } from './internal/decision.js';
import { averageRanks, kendallScore } from './internal/kendall.js';
import { kendallExactTwoSidedP } from './internal/kendallExact.js';
import { normalUpperQuantile } from './internal/normal.js';
import { conoverIntercept, medianSlope } from './internal/sen.js';
import { prepareSeries } from './internal/series.js';
import type { TrendSeries } from './TrendSeries.js';
import type { TrendTimeInput, TrendTimeUnit } from './TrendTimeInput.js';
import type { InsufficientTrendData, TrendDirection, TrendWarning } from './TrendWarning.js';

/**
 * Which Mann-Kendall test {@link mannKendall} runs:
 *
 * - `'original'`: Mann (1945) / Kendall (1975), for serially independent data.
 * - `'hamed-rao'`: variance correction for autocorrelation from the significant lags of the ranks of the
 *   detrended series (Hamed & Rao 1998).
 * - `'yue-wang'`: variance correction from the autocorrelation of the detrended series itself (Yue & Wang 2004).
 * - `'pre-whitening'`: the test on x_{t+1} − r₁·x_t (Yue & Wang 2002).
 * - `'trend-free-pre-whitening'`: remove Sen's trend, pre-whiten, add the trend back (Yue et al. 2002).
 *
 * @example
 * ```ts
 * import type { MannKendallVariant } from 'civic-metrics/trend';
 * const variant: MannKendallVariant = 'hamed-rao';
 * ```
 */
export type MannKendallVariant =
  | 'original'
  | 'hamed-rao'
  | 'yue-wang'
  | 'pre-whitening'
  | 'trend-free-pre-whitening';

const VARIANTS: readonly MannKendallVariant[] = [
  'original',
  'hamed-rao',
  'yue-wang',
  'pre-whitening',
  'trend-free-pre-whitening',
];

/**
 * Options of {@link mannKendall}.
 *
 * @example
 * ```ts
 * import type { MannKendallOptions } from 'civic-metrics/trend';
 * const options: MannKendallOptions = { variant: 'hamed-rao', alpha: 0.1, lag: 3 };
 * ```
 */
export interface MannKendallOptions {
  /** The test; default `'original'`. */
  variant?: MannKendallVariant;
  /** Significance level in (0, 1); default 0.05. Two-sided. */
  alpha?: number;
  /**
   * Hamed-Rao and Yue-Wang only: use autocorrelation lags 1..lag (an integer from 1 to n − 1); default all
   * lags 1..n − 1 (as pyMannKendall with `lag=None`). Hamed & Rao suggest 3.
   */
  lag?: number;
  /**
   * `'normal'` (default): the normal approximation. `'exact'`: the exact null distribution of S (Kendall's
   * recurrence) for an untied series of at most 1,000 values, with variants `'original'`, `'pre-whitening'`
   * and `'trend-free-pre-whitening'`; a tied or longer series falls back to the normal approximation with the
   * warning `exact_p_unavailable`.
   */
  pValue?: 'normal' | 'exact';
  /** Continuity correction of z, (S − sgn S)/√var(S); default true (pyMannKendall, R `trend`). */
  continuity?: boolean;
  /** Observation times for irregular series (slope per time unit); default positions 0, 1, 2, … */
  times?: TrendTimeInput;
  /** Unit of the slope when `times` are dates; default `'year'`. */
  timeUnit?: TrendTimeUnit;
  /**
   * Hamed-Rao only. `'paper'` (default): n/n* = 1 + 2/(n(n−1)(n−2))·Σ…, as Hamed & Rao (1998), R modifiedmk
   * and pyMannKendall 1.4.3. `'absolute'`: takes |Σ…|, as pyMannKendall master (PR #34), so negative
   * autocorrelation inflates the variance.
   */
  hamedRaoVariance?: 'paper' | 'absolute';
  /** Hamed-Rao only: significance level of the lag filter; default `alpha` (as pyMannKendall). */
  acfAlpha?: number;
}

/**
 * Result of {@link mannKendall} when there are enough data.
 *
 * @example
 * ```ts
 * import { mannKendall, type MannKendallResult } from 'civic-metrics/trend';
 * const result = mannKendall([3, 1, 4, 1, 5, 9, 2, 6]) as MannKendallResult;
 * ```
 */
export interface MannKendallResult {
  /** Always `'ok'`. */
  status: 'ok';
  /** The test that ran. */
  variant: MannKendallVariant;
  /** `'increasing'` / `'decreasing'` when significant at `alpha`, else `'no trend'`. */
  trend: TrendDirection;
  /** Whether the null hypothesis of no trend is rejected. */
  h: boolean;
  /** Two-sided p-value; `null` when the corrected variance is not positive (see `warnings`). */
  p: number | null;
  /** Standardised statistic; `null` when the corrected variance is not positive. */
  z: number | null;
  /** Kendall's tau-a, S / (n(n−1)/2) (pyMannKendall's `Tau`; a tied series cannot reach ±1). */
  tau: number;
  /** Kendall's tau-b, S / √(N·(N − T)) (SciPy, R `trend`); `null` for an all-equal series. */
  tauB: number | null;
  /** Mann-Kendall score S. */
  s: number;
  /** var(S), tie-corrected, times `varianceFactor` for Hamed-Rao and Yue-Wang. */
  varS: number;
  /** The autocorrelation correction n/n* applied to var(S) (1 for the other variants). */
  varianceFactor: number;
  /** Sen's slope of the original series, per position (or per time unit with `times`). */
  slope: number;
  /** Conover's intercept: the fitted value at the first element's time. */
  intercept: number;
  /** Number of values S was computed on (non-missing; n − 1 for the pre-whitening variants). */
  n: number;
  /** The significance level used. */
  alpha: number;
  /** How p was computed. */
  pValueMethod: 'normal' | 'exact';
  /** Diagnostics; empty when all went as asked. */
  warnings: TrendWarning[];
}

const FN = 'mannKendall';

/**
 * Mann-Kendall test for a monotonic trend, with the autocorrelation-robust variants of pyMannKendall.
 *
 * Tests whether a series rises or falls over time without assuming a straight line or normal errors; the
 * standard tool for "is this indicator really improving?".
 *
 * Formula (on the non-missing values x_1..x_n, in order): S = Σ_{i<j} sgn(x_j − x_i);
 * var(S) = [n(n−1)(2n+5) − Σ_k t_k(t_k−1)(2t_k+5)]/18 over tied groups of sizes t_k;
 * z = (S − sgn S)/√var(S) (continuity correction, z = 0 when S = 0); p = 2·(1 − Φ(|z|)) computed as
 * erfc(|z|/√2); h = |z| > Φ⁻¹(1 − α/2); tau = S/(n(n−1)/2). Hamed-Rao multiplies var(S) by
 * 1 + 2/(n(n−1)(n−2))·Σ_{significant i}(n−i)(n−i−1)(n−i−2)·ρ_i (ρ the autocorrelation of the ranks of the
 * Sen-detrended series, lags kept when |ρ_i| > Φ⁻¹(1 − acfAlpha/2)/√n); Yue-Wang by 1 + 2·Σ_k (1 − k/n)·r_k
 * (r the autocorrelation of the detrended series); pre-whitening tests x_{t+1} − r₁·x_t; trend-free
 * pre-whitening tests e_t + β·t with e_t = d_{t+1} − r₁·d_t and d_t = x_t − β·t. S and its tie-corrected
 * variance are computed in O(n log n) (Knight 1966); Sen's slope by exact selection (see {@link sensSlope}).
 *
 * Missing values (`null`, `undefined`, `NaN`) are dropped for S, var(S) and the autocorrelation steps (the
 * series is compacted, as pyMannKendall); Sen's slope keeps their positions (or `times`).
 *
 * @param values - the series, oldest first; `null`/`NaN` mark missing values.
 * @param options - see {@link MannKendallOptions}.
 * @returns a {@link MannKendallResult}, or `{ status: 'insufficient_data', required: 3, received }` with fewer
 *   than 3 non-missing values.
 * @throws {ArgumentError} `invalid_argument` for a non-numeric value, alpha or acfAlpha outside (0, 1), an
 *   unknown variant, lag outside 1..n − 1 or given to a variant without lags, `pValue: 'exact'` with
 *   Hamed-Rao or Yue-Wang, or bad `times`; `mismatched_lengths` when `times` differs in length.
 * @see H. B. Mann (1945), Econometrica 13:245–259; M. G. Kendall (1975), Rank Correlation Methods;
 *   R. O. Gilbert (1987), Statistical Methods for Environmental Pollution Monitoring, ch. 16;
 *   K. H. Hamed, A. R. Rao (1998), J. Hydrol. 204:182–196; S. Yue, C. Y. Wang (2004), Water Resour. Manage.
 *   18:201–218; S. Yue, C. Y. Wang (2002), WRR 38(6):1068; S. Yue, P. Pilon, B. Phinney, G. Cavadias (2002),
 *   Hydrol. Process. 16:1807–1829; pyMannKendall (Hussain & Mahmud 2019, JOSS 4:1556).
 *
 * @example
 * ```ts
 * import { mannKendall } from 'civic-metrics';
 * const result = mannKendall([12, 14, 13, 17, 16, 20, 19, 24, 22, 28]);
 * result.status === 'ok' && result.trend;
 * // => 'increasing'
 * result.status === 'ok' && result.p;
 * // => 0.0013
 * ```
 */
export function mannKendall(
  values: TrendSeries,
  options: MannKendallOptions = {},
): MannKendallResult | InsufficientTrendData {
  const variant = options.variant ?? 'original';
  assertOneOf(FN, 'options.variant', variant, VARIANTS);
  const alpha = options.alpha ?? 0.05;
  assertProbability(FN, 'options.alpha', alpha);
  const pValueMethod = options.pValue ?? 'normal';
  assertOneOf(FN, 'options.pValue', pValueMethod, ['normal', 'exact'] as const);
  const continuity = options.continuity ?? true;
  if (typeof continuity !== 'boolean') fail(FN, 'options.continuity', 'to be a boolean', continuity);
  const hamedRaoVariance = options.hamedRaoVariance ?? 'paper';
  assertOneOf(FN, 'options.hamedRaoVariance', hamedRaoVariance, ['paper', 'absolute'] as const);
  const acfAlpha = options.acfAlpha ?? alpha;
  assertProbability(FN, 'options.acfAlpha', acfAlpha);
  const lagged = variant === 'hamed-rao' || variant === 'yue-wang';
  if (options.lag !== undefined && !lagged) {
    throw new ArgumentError(
      `${FN}: expected options.lag only with variant 'hamed-rao' or 'yue-wang', received lag ${String(options.lag)} with '${variant}'`,
      { path: 'options.lag', value: options.lag },
    );
  }
  if (variant !== 'hamed-rao') {
    for (const key of ['hamedRaoVariance', 'acfAlpha'] as const) {
      if (options[key] !== undefined) {
        throw new ArgumentError(
          `${FN}: expected options.${key} only with variant 'hamed-rao', received it with '${variant}'`,
          { path: `options.${key}`, value: options[key] },
        );
      }
    }
  }
  if (pValueMethod === 'exact' && lagged) {
    throw new ArgumentError(
      `${FN}: expected options.pValue 'exact' only with variants 'original', 'pre-whitening' or 'trend-free-pre-whitening', received it with '${variant}'`,
      { path: 'options.pValue', value: pValueMethod },
    );
  }

  const series = prepareSeries(FN, values, options.times, options.timeUnit);
  const x = series.validValues;
  const n = x.length;
  if (n < 3) return { status: 'insufficient_data', required: 3, received: n };
  if (options.lag !== undefined) assertInteger(FN, 'options.lag', options.lag, 1, n - 1);

  const slope = medianSlope([{ t: series.validTimes, x }]).slope;
  // Detrending index: 1..n over the compacted series (pyMannKendall), or the observation times.
  const detrendTime = (k: number): number => (series.timed ? series.validTimes[k]! : k + 1);

  let tested = x;
  let varianceFactor = 1;
  if (variant === 'pre-whitening' || variant === 'trend-free-pre-whitening') {
    let base = x;
    if (variant === 'trend-free-pre-whitening') {
      base = new Float64Array(n);
      for (let k = 0; k < n; k++) base[k] = x[k]! - detrendTime(k) * slope;
    }
    const r1 = autocorrelation(base, 1)[1]!;
    tested = new Float64Array(n - 1);
    for (let k = 0; k < n - 1; k++) tested[k] = base[k + 1]! - base[k]! * r1;
    if (variant === 'trend-free-pre-whitening') {
      for (let k = 0; k < n - 1; k++)
        tested[k] = tested[k]! + (series.timed ? series.validTimes[k + 1]! : k + 1) * slope;
    }
  }

  const score = kendallScore(tested);
  // The test's sort gives median(x) for free when the series is tested as it is.
  const intercept = conoverIntercept(x, series.validTimes, slope, tested === x ? score.median : undefined);
  const m = score.n;
  let varS = score.varS;
  if (lagged) {
    const maxLag = options.lag ?? n - 1;
    const detrended = new Float64Array(n);
    for (let k = 0; k < n; k++) detrended[k] = x[k]! - detrendTime(k) * slope;
    if (variant === 'hamed-rao') {
      const rho = autocorrelation(averageRanks(detrended), maxLag);
      const bound = normalUpperQuantile(acfAlpha / 2) / Math.sqrt(n);
      let sni = 0;
      for (let i = 1; i <= maxLag; i++) {
        const r = rho[i]!;
        if (r > bound || r < -bound) sni += (n - i) * (n - i - 1) * (n - i - 2) * r;
      }
      if (hamedRaoVariance === 'absolute') sni = Math.abs(sni);
      varianceFactor = 1 + (2 / (n * (n - 1) * (n - 2))) * sni;
    } else {
      const r = autocorrelation(detrended, maxLag);
      let sum = 0;
      for (let k = 1; k <= maxLag; k++) sum += (1 - k / n) * r[k]!;
      varianceFactor = 1 + 2 * sum;
    }
    varS *= varianceFactor;
  }

  const warnings: TrendWarning[] = [];
  const tau = score.s / score.pairs;
  const tauB =
    score.pairs - score.tiedPairs > 0
      ? score.s / Math.sqrt(score.pairs * (score.pairs - score.tiedPairs))
      : null;
  // One object literal per result: spreading a shared base and adding fields costs V8 microseconds a call.
  const result = (
    trend: MannKendallResult['trend'],
    h: boolean,
    p: number | null,
    z: number | null,
    pValueMethod: MannKendallResult['pValueMethod'],
  ): MannKendallResult => ({
    status: 'ok',
    variant,
    tau,
    tauB,
    s: score.s,
    varS,
    varianceFactor,
    slope,
    intercept,
    n: m,
    alpha,
    trend,
    h,
    p,
    z,
    pValueMethod,
    warnings,
  });

  if (varS < 0 || (varS === 0 && score.s !== 0)) {
    warnings.push({
      code: 'non_positive_variance',
      message: `${FN}: the ${variant} corrected var(S) is ${varS} (correction factor ${varianceFactor}); z and p are not defined`,
    });
    if (score.s !== 0) {
      return result('no trend', false, null, null, 'normal');
    }
  }

  const z = zScore(score.s, varS, continuity);
  if (pValueMethod === 'exact') {
    if (score.tiedPairs === 0 && m <= 1000) {
      const p = kendallExactTwoSidedP(m, score.s);
      const h = p <= alpha;
      return result(direction(h, score.s), h, p, z, 'exact');
    }
    warnings.push({
      code: 'exact_p_unavailable',
      message:
        score.tiedPairs > 0
          ? `${FN}: the exact null distribution is for untied series, and this one has ${score.tiedPairs} tied pairs; the normal approximation was used`
          : `${FN}: the exact null distribution is computed for at most 1000 values, received ${m}; the normal approximation was used`,
    });
  }
  const { p, h, trend } = normalDecision(z, alpha);
  return result(trend, h, p, z, 'normal');
}
