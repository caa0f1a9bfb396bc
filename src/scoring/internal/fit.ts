import { type Decimal, dec, num } from './decimal.js';
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

/**
 * Ordinary least squares trend. Slope, intercept and fitted values are computed in decimal arithmetic, so
 * data on an exact line give exact forecasts (50, 52, 54, 56 → 58, 60); the interval is float64.
 */
export function fitLinear(xs: readonly number[], ys: readonly Decimal[], spec: IntervalSpec): TrendFit {
  const n = xs.length;
  let sx = dec(0);
  let sy = dec(0);
  for (let i = 0; i < n; i++) {
    sx = sx.plus(xs[i] as number);
    sy = sy.plus(ys[i] as Decimal);
  }
  const xbar = sx.div(n);
  const ybar = sy.div(n);
  let sxx = dec(0);
  let sxy = dec(0);
  for (let i = 0; i < n; i++) {
    const dx = xbar.neg().plus(xs[i] as number);
    sxx = sxx.plus(dx.times(dx));
    sxy = sxy.plus(dx.times((ys[i] as Decimal).minus(ybar)));
  }
  const slope = sxx.isZero() ? dec(0) : sxy.div(sxx);
  const intercept = ybar.minus(slope.times(xbar));
  let sse = 0;
  for (let i = 0; i < n; i++) {
    const r = (ys[i] as Decimal).minus(intercept.plus(slope.times(xs[i] as number))).toNumber();
    sse += r * r;
  }
  const fit: Ols = {
    slope: slope.toNumber(),
    intercept: intercept.toNumber(),
    xbar: xbar.toNumber(),
    sxx: sxx.toNumber(),
    s: n > 2 ? Math.sqrt(sse / (n - 2)) : Number.NaN,
    n,
  };
  const predictDec = (x: number) => intercept.plus(slope.times(x));
  return {
    method: 'linear',
    n,
    slope: num(slope),
    intercept: num(intercept),
    rate: num(slope),
    residualSd: Number.isFinite(fit.s) ? fit.s : null,
    predict: (x) => num(predictDec(x)),
    interval: (x) => {
      const h = halfWidth(fit, x, spec);
      const y = num(predictDec(x));
      return h === null ? null : { lower: y - h, upper: y + h };
    },
    solve: (value) => (slope.isZero() ? null : num(dec(value).minus(intercept).div(slope))),
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
