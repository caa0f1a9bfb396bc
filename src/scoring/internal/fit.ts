import { dec, num } from './decimal.js';
import { commonScale, scaleTo } from './scaled.js';
import { studentTQuantile } from './studentT.js';

/**
 * Trend fits used by projections and baseline forecasts, on (x = period position, y = value) pairs.
 *
 * - `linear`: ordinary least squares, y = a + b·x, with the t-based interval of a new observation
 *   (prediction) or of the fitted mean (confidence): ŷ ± t(1 − α/2, n − 2)·s·√(k + 1/n + (x − x̄)²/Sxx),
 *   k = 1 for prediction and 0 for confidence (Montgomery, Peck & Vining, Introduction to Linear Regression
 *   Analysis, §2.4–2.5).
 * - `compound`: least squares on ln y (a constant growth rate per period, e^b − 1), interval transformed back
 *   with exp; needs every value > 0.
 * - `sen`: Sen's slope with Conover's intercept and Gilbert's slope interval from `civic-metrics/trend`; the
 *   band is the pair of lines through (median x, median y) with the lower and upper slopes.
 */
export type FitMethod = 'linear' | 'sen' | 'compound';

/** A fitted trend. */
export interface TrendFit {
  readonly method: FitMethod;
  /** Number of values fitted. */
  readonly n: number;
  /** Slope per period (on ln y for `compound`). */
  readonly slope: number;
  /** Fitted value at x = 0 (ln y for `compound`). */
  readonly intercept: number;
  /** Change per period: units per period, or a growth fraction per period for `compound`. */
  readonly rate: number;
  /** Residual standard deviation (on ln y for `compound`); `null` for `sen`. */
  readonly residualSd: number | null;
  /** The fitted value at x. */
  predict(x: number): number;
  /** The interval at x, or `null` when it cannot be computed. */
  interval(x: number): { lower: number; upper: number } | null;
  /** The x at which the fitted value equals `value`, or `null` when the fit is flat or cannot reach it. */
  solve(value: number): number | null;
}

/** Interval kind and level. */
export interface IntervalSpec {
  readonly kind: 'prediction' | 'confidence';
  readonly alpha: number;
}

interface Ols {
  slope: number;
  intercept: number;
  xbar: number;
  sxx: number;
  s: number;
  n: number;
}

function ols(xs: readonly number[], ys: readonly number[]): Ols {
  const n = xs.length;
  let xbar = 0;
  let ybar = 0;
  for (let i = 0; i < n; i++) {
    xbar += xs[i] as number;
    ybar += ys[i] as number;
  }
  xbar /= n;
  ybar /= n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - xbar;
    sxx += dx * dx;
    sxy += dx * ((ys[i] as number) - ybar);
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const intercept = ybar - slope * xbar;
  let sse = 0;
  for (let i = 0; i < n; i++) {
    const r = (ys[i] as number) - (intercept + slope * (xs[i] as number));
    sse += r * r;
  }
  const s = n > 2 ? Math.sqrt(sse / (n - 2)) : Number.NaN;
  return { slope, intercept, xbar, sxx, s, n };
}

function halfWidth(fit: Ols, x: number, spec: IntervalSpec): number | null {
  if (!(fit.n > 2) || fit.sxx === 0 || !Number.isFinite(fit.s)) return null;
  const t = studentTQuantile(1 - spec.alpha / 2, fit.n - 2);
  const k = spec.kind === 'prediction' ? 1 : 0;
  const dx = x - fit.xbar;
  return t * fit.s * Math.sqrt(k + 1 / fit.n + (dx * dx) / fit.sxx);
}

/** The nearest float64 to the exact rational p/q (q > 0). */
function ratioToNumber(p: bigint, q: bigint): number {
  const limit = 9007199254740992n;
  if (p < limit && p > -limit && q < limit) {
    const x = Number(p) / Number(q);
    return x === 0 ? 0 : x;
  }
  return num(dec(p.toString()).div(dec(q.toString())));
}

/**
 * Ordinary least squares trend. When every value has at most 9 decimals (scaled to integers below 2^51),
 * slope, intercept and fitted values are exact rationals (BigInt sums) rounded once to float64, so data on
 * an exact line give exact forecasts (50, 52, 54, 56 → 58, 60); otherwise a centred two-pass float64 fit.
 * The interval is float64 either way.
 */
export function fitLinear(xs: readonly number[], ys: readonly number[], spec: IntervalSpec): TrendFit {
  const n = xs.length;
  const k = commonScale(ys);
  const scaled = k < 0 ? null : ys.map((y) => scaleTo(y, k));
  let predict: (x: number) => number;
  let slope: number;
  let intercept: number;
  if (scaled?.every((y) => !Number.isNaN(y))) {
    const N = BigInt(n);
    let sx = 0n;
    let sxx = 0n;
    let sy = 0n;
    let sxy = 0n;
    for (let i = 0; i < n; i++) {
      const x = BigInt(xs[i] as number);
      const y = BigInt(scaled[i] as number);
      sx += x;
      sxx += x * x;
      sy += y;
      sxy += x * y;
    }
    const numer = N * sxy - sx * sy; // slope = numer / (denom · 10^k)
    const denom = N * sxx - sx * sx;
    const unit = 10n ** BigInt(k);
    if (denom === 0n) {
      const level = ratioToNumber(sy, N * unit);
      predict = () => level;
      slope = 0;
      intercept = level;
    } else {
      const base = sy * denom - numer * sx; // fitted(x) = (base + numer·n·x) / (n·denom·10^k)
      const q = N * denom * unit;
      const sign = q < 0n ? -1n : 1n;
      predict = (x) => ratioToNumber(sign * (base + numer * N * BigInt(x)), sign * q);
      slope = ratioToNumber(sign * numer, sign * denom * unit);
      intercept = predict(0);
    }
  } else {
    const fit = ols(xs, ys);
    slope = fit.slope;
    intercept = fit.intercept;
    predict = (x) => intercept + slope * x;
  }
  let xbar = 0;
  for (const x of xs) xbar += x;
  xbar /= n;
  let sxxF = 0;
  let sse = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - xbar;
    sxxF += dx * dx;
    const r = (ys[i] as number) - (intercept + slope * (xs[i] as number));
    sse += r * r;
  }
  const stats: Ols = {
    slope,
    intercept,
    xbar,
    sxx: sxxF,
    s: n > 2 ? Math.sqrt(sse / (n - 2)) : Number.NaN,
    n,
  };
  return {
    method: 'linear',
    n,
    slope,
    intercept,
    rate: slope,
    residualSd: Number.isFinite(stats.s) ? stats.s : null,
    predict,
    interval: (x) => {
      const h = halfWidth(stats, x, spec);
      const y = predict(x);
      return h === null ? null : { lower: y - h, upper: y + h };
    },
    solve: (value) => (slope === 0 ? null : (value - intercept) / slope),
  };
}

/** Constant growth rate: least squares on ln y. Every y must be > 0. */
export function fitCompound(xs: readonly number[], ys: readonly number[], spec: IntervalSpec): TrendFit {
  const fit = ols(
    xs,
    ys.map((y) => Math.log(y)),
  );
  return {
    method: 'compound',
    n: fit.n,
    slope: fit.slope,
    intercept: fit.intercept,
    rate: Math.expm1(fit.slope),
    residualSd: Number.isFinite(fit.s) ? fit.s : null,
    predict: (x) => Math.exp(fit.intercept + fit.slope * x),
    interval: (x) => {
      const h = halfWidth(fit, x, spec);
      const y = fit.intercept + fit.slope * x;
      return h === null ? null : { lower: Math.exp(y - h), upper: Math.exp(y + h) };
    },
    solve: (value) => (value > 0 && fit.slope !== 0 ? (Math.log(value) - fit.intercept) / fit.slope : null),
  };
}

/** Sen's slope trend from a precomputed slope, intercept and slope interval. */
export function fitSen(
  xs: readonly number[],
  ys: readonly number[],
  sen: { slope: number; intercept: number; lower: number | null; upper: number | null },
): TrendFit {
  const mx = median(xs);
  const my = median(ys);
  return {
    method: 'sen',
    n: xs.length,
    slope: sen.slope,
    intercept: sen.intercept,
    rate: sen.slope,
    residualSd: null,
    predict: (x) => sen.intercept + sen.slope * x,
    interval: (x) => {
      if (sen.lower === null || sen.upper === null) return null;
      const a = my + sen.lower * (x - mx);
      const b = my + sen.upper * (x - mx);
      return { lower: Math.min(a, b), upper: Math.max(a, b) };
    },
    solve: (value) => (sen.slope === 0 ? null : (value - sen.intercept) / sen.slope),
  };
}

/** The median (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const m = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[m] as number)
    : ((sorted[m - 1] as number) + (sorted[m] as number)) / 2;
}
