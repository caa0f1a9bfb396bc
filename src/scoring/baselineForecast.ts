import { assertProbability, fail } from '../internal/assert.js';
import type { FiscalCalendar } from '../periods/FiscalCalendar.js';
import type { Explanation } from './Explanation.js';
import { dec, fixed, maxPlaces, num } from './internal/decimal.js';
import { fitSeries } from './internal/fitSeries.js';
import { readDecimals } from './internal/numeric.js';
import {
  lastPeriodIn,
  periodDistance,
  readPeriodLabel,
  readPeriodSeries,
  type SeriesPoint,
  shift,
} from './internal/periodSeries.js';
import type { PeriodValue } from './PeriodValue.js';

/**
 * Options of {@link baselineForecast}.
 *
 * @example
 * ```ts
 * import type { BaselineForecastOptions } from 'civic-metrics/scoring';
 * const options: BaselineForecastOptions = { until: '2026', method: 'sen' };
 * ```
 */
export interface BaselineForecastOptions {
  /** The last period to forecast (any frequency; read as the series period holding its last day). */
  readonly until: string;
  /**
   * `linear` (least squares, default), `sen` (Sen's slope, robust to outliers), `compound` (constant growth
   * rate; values > 0) or `flat` (no change from the latest value).
   */
  readonly method?: 'linear' | 'sen' | 'compound' | 'flat' | undefined;
  /** 1 − level of the interval, in (0, 1); default 0.05 (a 95% interval). */
  readonly alpha?: number | undefined;
  /** `prediction` (of a future value, default) or `confidence` (of the trend line). Not used by `sen`/`flat`. */
  readonly interval?: 'prediction' | 'confidence' | undefined;
  /** Decimals of the forecast shown (0–12); default: the most among the history values. */
  readonly decimals?: number | undefined;
  /** The fiscal calendar, needed for fiscal periods. */
  readonly calendar?: FiscalCalendar | undefined;
}

/**
 * One forecast period.
 *
 * @example
 * ```ts
 * import type { ForecastPoint } from 'civic-metrics/scoring';
 * const point: ForecastPoint = { period: '2023', value: 58, lower: 57.2, upper: 58.8, display: '58' };
 * ```
 */
export interface ForecastPoint {
  /** The period label. */
  readonly period: string;
  /** The forecast value. */
  readonly value: number;
  /** Lower end of the interval, or `null` when none. */
  readonly lower: number | null;
  /** Upper end of the interval, or `null` when none. */
  readonly upper: number | null;
  /** The forecast as shown, at the declared decimals. */
  readonly display: string;
}

/**
 * The result of {@link baselineForecast}.
 *
 * @example
 * ```ts
 * import { baselineForecast } from 'civic-metrics/scoring';
 * const history = [50, 52, 54, 56].map((value, i) => ({ period: `${2019 + i}`, value }));
 * const result = baselineForecast(history, { until: '2024' });
 * result.status === 'ok' && result.forecast.map((p) => p.value);
 * // => [58, 60]
 * ```
 */
export type BaselineForecastResult =
  | {
      readonly status: 'ok';
      /** The method used. */
      readonly method: 'linear' | 'sen' | 'compound' | 'flat';
      /** The history: every reported value, oldest first. */
      readonly history: { readonly period: string; readonly value: number }[];
      /** The forecast for each period after the latest report, through `until` (empty when `until` is not later). */
      readonly forecast: ForecastPoint[];
      /** The fitted trend: change per period (`rate`, a growth fraction for `compound`), slope, intercept at the first period. */
      readonly fit: {
        readonly slope: number;
        readonly intercept: number;
        readonly rate: number;
        readonly n: number;
      };
      /** Method, periods, fitted quantities. */
      readonly explanation: Explanation;
    }
  | {
      readonly status: 'insufficient_data';
      readonly required: number;
      readonly received: number;
      readonly explanation: Explanation;
    }
  | {
      readonly status: 'not_comparable';
      readonly reason: 'non_positive_values';
      readonly explanation: Explanation;
    };

const FN = 'baselineForecast';
const METHODS = ['linear', 'sen', 'compound', 'flat'] as const;

/**
 * The Results-Based Accountability baseline: the indicator's history and a forecast of where it is headed
 * if nothing new is done, the curve that a strategy must "turn" (see {@link turnTheCurve}).
 *
 * The forecast extends a trend fitted to every reported value, x being the period position (gaps kept, so
 * a missing year is not squeezed out):
 * - `linear`: least squares y = a + b·x in decimal arithmetic, with the t interval
 *   ŷ ± t(1 − α/2, n − 2)·s·√(1 + 1/n + (x − x̄)²/Sxx) (prediction) or without the 1 (confidence);
 * - `sen`: Sen's slope with Conover's intercept (`civic-metrics/trend`), band from Gilbert's slope interval
 *   through (median x, median y);
 * - `compound`: least squares on ln y, a constant growth rate e^b − 1 per period, interval exp-transformed;
 * - `flat`: the latest value carried forward, no interval.
 * Needs at least 3 reported values (1 for `flat`), otherwise
 * `insufficient_data`; `compound` with a value ≤ 0 is `not_comparable`.
 *
 * @param observations - The history, `{ period, value }[]`; `null` values are missing.
 * @param options - See {@link BaselineForecastOptions}.
 * @returns A {@link BaselineForecastResult}.
 * @throws {PeriodError} for unreadable labels, duplicates or mixed frequencies.
 * @throws {ArgumentError} `invalid_argument` for an unknown method or interval, alpha outside (0, 1).
 * @see M. Friedman, "Trying Hard Is Not Good Enough" (2005), baselines and turning the curve; D. C.
 *   Montgomery, E. A. Peck, G. G. Vining, "Introduction to Linear Regression Analysis", §2.4–2.5
 *   (prediction intervals); P. K. Sen (1968).
 *
 * @example
 * ```ts
 * import { baselineForecast } from 'civic-metrics/scoring';
 * const calls = [120, 126, 131, 139, 144].map((value, i) => ({ period: `2024-0${i + 1}`, value }));
 * const result = baselineForecast(calls, { until: '2024-07' });
 * result.status === 'ok' && result.forecast.map((p) => p.display);
 * // => ['150', '156']
 * ```
 */
export function baselineForecast(
  observations: readonly PeriodValue[],
  options: BaselineForecastOptions,
): BaselineForecastResult {
  if (typeof options !== 'object' || options === null) fail(FN, 'options', 'to be an object', options);
  const method = options.method ?? 'linear';
  if (!(METHODS as readonly string[]).includes(method))
    fail(FN, 'options.method', "to be one of 'linear', 'sen', 'compound', 'flat'", method);
  const alpha = options.alpha ?? 0.05;
  assertProbability(FN, 'options.alpha', alpha);
  const intervalKind = options.interval ?? 'prediction';
  if (intervalKind !== 'prediction' && intervalKind !== 'confidence') {
    fail(FN, 'options.interval', "to be 'prediction' or 'confidence'", intervalKind);
  }
  const calendar = options.calendar;
  const decimalsOption = readDecimals(FN, 'options.decimals', options.decimals);
  const series = readPeriodSeries(FN, 'observations', observations, calendar);
  const untilRaw = readPeriodLabel(FN, 'options.until', options.until, calendar);
  const history = series.points.filter((p) => p.value !== null);
  const inputs: Record<string, unknown> = { until: untilRaw.label, method, alpha, interval: intervalKind };
  const required = method === 'flat' ? 1 : 3;
  if (history.length < required || series.frequency === undefined) {
    return {
      status: 'insufficient_data',
      required,
      received: history.length,
      explanation: {
        method: FN,
        summary: `A ${method} baseline needs ${required} reported value${required === 1 ? '' : 's'}; ${history.length} reported.`,
        inputs,
        intermediate: { required, received: history.length },
      },
    };
  }
  const F = series.frequency;
  const until = lastPeriodIn(FN, 'options.until', untilRaw, F, calendar);
  const first = series.points[0] as SeriesPoint;
  const latest = history[history.length - 1] as SeriesPoint;
  const untilIndex = periodDistance(FN, first.period, until.label, calendar);
  const decimals = decimalsOption ?? maxPlaces(history.map((p) => p.value));

  let predict: (x: number) => number;
  let interval: (x: number) => { lower: number; upper: number } | null;
  let fitInfo: { slope: number; intercept: number; rate: number; n: number };
  let formula: string;
  if (method === 'flat') {
    const v = num(latest.value as NonNullable<SeriesPoint['value']>);
    predict = () => v;
    interval = () => null;
    fitInfo = { slope: 0, intercept: v, rate: 0, n: history.length };
    formula = 'forecast = latest value';
  } else {
    const outcome = fitSeries(method, series.points, { kind: intervalKind, alpha });
    if (outcome.status === 'not_comparable') {
      return {
        status: 'not_comparable',
        reason: outcome.reason,
        explanation: {
          method: FN,
          summary: 'A compound (constant growth rate) baseline needs every value above zero.',
          inputs,
          intermediate: { reason: outcome.reason },
        },
      };
    }
    if (outcome.status !== 'ok') {
      return {
        status: 'insufficient_data',
        required: outcome.required,
        received: outcome.received,
        explanation: {
          method: FN,
          summary: 'Too few values for a trend.',
          inputs,
          intermediate: { ...outcome },
        },
      };
    }
    const fit = outcome.fit;
    predict = fit.predict;
    interval = fit.interval;
    fitInfo = { slope: fit.slope, intercept: fit.intercept, rate: fit.rate, n: fit.n };
    formula =
      method === 'linear'
        ? 'ŷ = a + b·x (least squares)'
        : method === 'sen'
          ? 'ŷ = a + b·x (Sen slope, Conover intercept)'
          : 'ŷ = exp(a + b·x) (least squares on ln y)';
  }

  const forecast: ForecastPoint[] = [];
  for (let x = latest.index + 1; x <= untilIndex; x++) {
    const value = predict(x);
    const band = interval(x);
    forecast.push({
      period: shift(FN, first.period, x, calendar).label,
      value,
      lower: band ? band.lower : null,
      upper: band ? band.upper : null,
      display: fixed(dec(value), decimals),
    });
  }
  const lastForecast = forecast[forecast.length - 1];
  return {
    status: 'ok',
    method,
    history: history.map((p) => ({
      period: p.period,
      value: num(p.value as NonNullable<SeriesPoint['value']>),
    })),
    forecast,
    fit: fitInfo,
    explanation: {
      method: FN,
      summary:
        `${method === 'flat' ? 'Flat' : `${method[0]?.toUpperCase()}${method.slice(1)}`} baseline from ${history.length} values (${first.period} to ${latest.period})` +
        (lastForecast
          ? `: ${lastForecast.display} by ${lastForecast.period} if nothing changes.`
          : `; ${until.label} is not after the latest report, so there is nothing to forecast.`),
      inputs,
      intermediate: {
        firstPeriod: first.period,
        latestPeriod: latest.period,
        forecastPeriods: forecast.length,
        slope: fitInfo.slope,
        intercept: fitInfo.intercept,
        ratePerPeriod: fitInfo.rate,
      },
      rule: { id: method, description: formula },
      source: "Friedman, 'Trying Hard Is Not Good Enough' (RBA baseline: history plus forecast)",
    },
  };
}
