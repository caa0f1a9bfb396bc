import { assertInteger, assertProbability, fail } from '../internal/assert.js';
import type { FiscalCalendar } from '../periods/FiscalCalendar.js';
import type { Explanation } from './Explanation.js';
import { type Decimal, dec, fixed, maxPlaces, num, percentText } from './internal/decimal.js';
import type { TrendFit } from './internal/fit.js';
import { fitSeries } from './internal/fitSeries.js';
import { readDecimals, readNumeric } from './internal/numeric.js';
import {
  canShift,
  lastPeriodIn,
  periodDistance,
  readPeriodLabel,
  readPeriodSeries,
  type SeriesPoint,
  shift,
} from './internal/periodSeries.js';
import type { PeriodValue } from './PeriodValue.js';

/**
 * Options of {@link projectAttainment}.
 *
 * @example
 * ```ts
 * import type { ProjectAttainmentOptions } from 'civic-metrics/scoring';
 * const options: ProjectAttainmentOptions = { method: 'sen', polarity: 'decrease' };
 * ```
 */
export interface ProjectAttainmentOptions {
  /** `linear` (least squares, default), `sen` (Sen's slope) or `compound` (constant growth rate; values > 0). */
  readonly method?: 'linear' | 'sen' | 'compound' | undefined;
  /** Which direction is better; default: the target's direction from the first reported value. */
  readonly polarity?: 'increase' | 'decrease' | undefined;
  /** 1 − level of the interval, in (0, 1); default 0.05 (95%). */
  readonly alpha?: number | undefined;
  /** `prediction` (of the value in the target period, default) or `confidence` (of the trend line). */
  readonly interval?: 'prediction' | 'confidence' | undefined;
  /** How many periods past the latest report to look for the first period the target is met; default 1000. */
  readonly horizon?: number | undefined;
  /** Decimals of the figures shown (0–12); default: the most among the values and the target. */
  readonly decimals?: number | undefined;
  /** The fiscal calendar, needed for fiscal periods. */
  readonly calendar?: FiscalCalendar | undefined;
}

/**
 * A projection of {@link projectAttainment}.
 *
 * @example
 * ```ts
 * import type { ProjectAttainmentProjected } from 'civic-metrics/scoring';
 * const r: Pick<ProjectAttainmentProjected, 'firstPeriodMet' | 'outlook'> = { firstPeriodMet: 'never', outlook: 'unlikely' };
 * ```
 */
export interface ProjectAttainmentProjected {
  readonly status: 'ok';
  /** The method used. */
  readonly method: 'linear' | 'sen' | 'compound';
  /** The polarity used (given, or from the target's direction). */
  readonly polarity: 'increase' | 'decrease';
  /** The latest reported period and value. */
  readonly latest: { readonly period: string; readonly value: number };
  /** The target, with its period at the series frequency (the last sub-period of a coarser target period). */
  readonly target: { readonly period: string; readonly value: number };
  /** The projected value in the target period with its interval (`null` ends when unavailable). */
  readonly projected: {
    readonly period: string;
    readonly value: number;
    readonly lower: number | null;
    readonly upper: number | null;
  };
  /** Whether the projected value meets the target. */
  readonly projectedToMeet: boolean;
  /**
   * `likely` when the whole interval meets the target, `unlikely` when none of it does, `uncertain` when it
   * straddles the target; `null` without an interval.
   */
  readonly outlook: 'likely' | 'uncertain' | 'unlikely' | null;
  /** Whether the latest actual already meets the target. */
  readonly alreadyMet: boolean;
  /**
   * The first period in which the target is met: the latest period when already met, else the first later
   * period whose fitted value meets it; `never` when the trend does not move towards it; `beyond_horizon`
   * when later than `horizon` periods.
   */
  readonly firstPeriodMet: string;
  /** Periods from the latest report to the target period (≤ 0 once it has passed). */
  readonly remainingPeriods: number;
  /** Change needed per remaining period to reach the target from the latest actual; `null` when none remain. */
  readonly requiredRate: number | null;
  /** The trend's change per period. */
  readonly currentRate: number;
  /** Units of the rates: `per_period` (linear, sen) or `growth_per_period` (compound, a fraction). */
  readonly rateUnit: 'per_period' | 'growth_per_period';
  /** Whether the current rate is at least the required one in the better direction; `null` when none is required. */
  readonly onPace: boolean | null;
  /** The figures as shown. */
  readonly display: {
    readonly projected: string;
    readonly lower: string | null;
    readonly upper: string | null;
    readonly requiredRate: string | null;
    readonly currentRate: string;
  };
  /** Periods, fit, rates and the rule for each answer. */
  readonly explanation: Explanation;
}

/**
 * The result of {@link projectAttainment}: a projection, or a data status.
 *
 * @example
 * ```ts
 * import { projectAttainment } from 'civic-metrics/scoring';
 * projectAttainment([{ period: '2024', value: 1 }], { period: '2030', value: 5 }).status;
 * // => 'insufficient_data'
 * ```
 */
export type ProjectAttainmentResult =
  | ProjectAttainmentProjected
  | {
      readonly status: 'insufficient_data';
      readonly required: number;
      readonly received: number;
      readonly explanation: Explanation;
    }
  | {
      readonly status: 'not_comparable';
      /** `non_positive_values` (compound), `polarity_unknown` (target equals the first value and no polarity given). */
      readonly reason: 'non_positive_values' | 'polarity_unknown';
      readonly explanation: Explanation;
    };

const FN = 'projectAttainment';

/** First x ≥ from where the fit meets the target, or null when it never does (within the search rules). */
function firstMeeting(fit: TrendFit, target: number, d: 1 | -1, from: number): number | null {
  const meets = (x: number) => d * (fit.predict(x) - target) >= 0;
  if (meets(from)) return from;
  if (d * fit.slope <= 0) return null;
  const root = fit.solve(target);
  if (root === null || !Number.isFinite(root)) return null;
  let x = Math.max(from, Math.ceil(root - 1e-9));
  if (!Number.isSafeInteger(x)) return null;
  while (x > from && meets(x - 1)) x--;
  while (!meets(x)) x++;
  return x;
}

/**
 * Will the indicator reach its target, and when? Projects the trend of the reported values to the target
 * period, with an interval; finds the first period in which the target is projected to be met (or `never`);
 * and sets the change still required per remaining period against the current rate, as GPRA quarterly
 * reviews ask ("the likelihood of meeting the planned level of performance").
 *
 * Trend fits (x = period position from the first report, gaps kept; at least 3 values):
 * - `linear`: least squares (decimal arithmetic), prediction interval ŷ ± t(1 − α/2, n − 2)·s·√(1 + 1/n + (x − x̄)²/Sxx);
 * - `sen`: Sen's slope with Conover's intercept (`civic-metrics/trend`), band from Gilbert's slope interval
 *   through (median x, median y);
 * - `compound`: least squares on ln y; rate e^b − 1 per period; every value > 0.
 * Rates, with y the latest actual, T the target and m the remaining periods: required = (T − y)/m per period
 * (linear, sen, exact decimal) or (T/y)^(1/m) − 1 (compound, float64); current = the fitted slope (or e^b − 1).
 * `onPace` when d·current ≥ d·required (d = +1 higher is better, −1 lower is better). The first period met is
 * the latest period when the latest actual meets the target, else the first later period whose fitted value
 * meets it (`never` when the trend is flat or moves away, `beyond_horizon` past `horizon` periods).
 *
 * @param observations - The history, `{ period, value }[]`; `null` values are missing.
 * @param target - `{ period, value }`; the period may be coarser than the series (FY2027 on a monthly series
 *   means its last month).
 * @param options - See {@link ProjectAttainmentOptions}.
 * @returns A {@link ProjectAttainmentResult}: `insufficient_data` below 3 values, `not_comparable` for
 *   compound with values ≤ 0 or when the direction cannot be told.
 * @throws {PeriodError} for unreadable labels, duplicates or mixed frequencies.
 * @throws {ArgumentError} `invalid_argument` for an unknown method, interval or polarity, alpha outside
 *   (0, 1), or a horizon that is not a positive integer.
 * @see 31 U.S.C. §1121(b) (likelihood of meeting planned performance); Eurostat SDG monitoring (required vs
 *   actual growth rates); Montgomery, Peck & Vining §2.5; P. K. Sen (1968); R. O. Gilbert (1987) ch. 16.
 *
 * @example
 * ```ts
 * import { projectAttainment } from 'civic-metrics/scoring';
 * const days = [160, 150, 138, 131].map((value, i) => ({ period: `${2010 + i}`, value }));
 * const r = projectAttainment(days, { period: '2016', value: 80 });
 * r.status === 'ok' && [r.projected.value, r.firstPeriodMet, r.onPace];
 * // => [100.2, '2019', false]
 * ```
 */
export function projectAttainment(
  observations: readonly PeriodValue[],
  target: { readonly period: string; readonly value: number | string },
  options: ProjectAttainmentOptions = {},
): ProjectAttainmentResult {
  if (typeof options !== 'object' || options === null) fail(FN, 'options', 'to be an object', options);
  if (typeof target !== 'object' || target === null) fail(FN, 'target', 'to be { period, value }', target);
  const method = options.method ?? 'linear';
  if (method !== 'linear' && method !== 'sen' && method !== 'compound') {
    fail(FN, 'options.method', "to be one of 'linear', 'sen', 'compound'", method);
  }
  const alpha = options.alpha ?? 0.05;
  assertProbability(FN, 'options.alpha', alpha);
  const intervalKind = options.interval ?? 'prediction';
  if (intervalKind !== 'prediction' && intervalKind !== 'confidence') {
    fail(FN, 'options.interval', "to be 'prediction' or 'confidence'", intervalKind);
  }
  const horizon = options.horizon ?? 1000;
  assertInteger(FN, 'options.horizon', horizon, 1);
  if (options.polarity !== undefined && options.polarity !== 'increase' && options.polarity !== 'decrease') {
    fail(FN, 'options.polarity', "to be 'increase' or 'decrease'", options.polarity);
  }
  const calendar = options.calendar;
  const decimalsOption = readDecimals(FN, 'options.decimals', options.decimals);
  const targetValue = readNumeric(FN, 'target.value', target.value);
  const targetRaw = readPeriodLabel(FN, 'target.period', target.period, calendar);
  const series = readPeriodSeries(FN, 'observations', observations, calendar);
  const reported = series.points.filter((p) => p.value !== null);
  const inputs: Record<string, unknown> = {
    target: { period: targetRaw.label, value: num(targetValue) },
    method,
    polarity: options.polarity ?? null,
    alpha,
    interval: intervalKind,
    horizon,
  };
  const insufficient = (received: number): ProjectAttainmentResult => ({
    status: 'insufficient_data',
    required: 3,
    received,
    explanation: {
      method: FN,
      summary: `A projection needs 3 reported values; ${received} reported.`,
      inputs,
      intermediate: { required: 3, received },
    },
  });
  if (reported.length < 3 || series.frequency === undefined) return insufficient(reported.length);
  const first = series.points[0] as SeriesPoint;
  const firstValue = (reported[0] as SeriesPoint).value as Decimal;
  const latest = reported[reported.length - 1] as SeriesPoint;
  const latestValue = latest.value as Decimal;
  let polarity = options.polarity;
  if (polarity === undefined) {
    const c = targetValue.comparedTo(firstValue);
    if (c === 0) {
      return {
        status: 'not_comparable',
        reason: 'polarity_unknown',
        explanation: {
          method: FN,
          summary:
            'The target equals the first reported value, so its direction is unknown; pass options.polarity.',
          inputs,
          intermediate: { reason: 'polarity_unknown' },
        },
      };
    }
    polarity = c > 0 ? 'increase' : 'decrease';
  }
  const d: 1 | -1 = polarity === 'increase' ? 1 : -1;
  inputs.polarity = polarity;
  const outcome = fitSeries(method, series.points, { kind: intervalKind, alpha });
  if (outcome.status === 'insufficient_data') return insufficient(outcome.received);
  if (outcome.status === 'not_comparable' || (method === 'compound' && !targetValue.gt(0))) {
    return {
      status: 'not_comparable',
      reason: 'non_positive_values',
      explanation: {
        method: FN,
        summary: 'A compound (constant growth rate) projection needs every value and the target above zero.',
        inputs,
        intermediate: { reason: 'non_positive_values' },
      },
    };
  }
  const fit = outcome.fit;
  const F = series.frequency;
  const targetPeriod = lastPeriodIn(FN, 'target.period', targetRaw, F, calendar);
  const xT = periodDistance(FN, first.period, targetPeriod.label, calendar);
  const remaining = xT - latest.index;
  const T = num(targetValue);

  const projectedValue = fit.predict(xT);
  const band = fit.interval(xT);
  const projectedToMeet = d * (projectedValue - T) >= 0;
  let outlook: ProjectAttainmentProjected['outlook'] = null;
  if (band) {
    const lowMeets = d * ((d === 1 ? band.lower : band.upper) - T) >= 0;
    const highMeets = d * ((d === 1 ? band.upper : band.lower) - T) >= 0;
    outlook = lowMeets ? 'likely' : highMeets ? 'uncertain' : 'unlikely';
  }
  const alreadyMet = latestValue.minus(targetValue).times(d).gte(0);
  let firstPeriodMet: string;
  let firstReason: string;
  if (alreadyMet) {
    firstPeriodMet = latest.period;
    firstReason = 'latest actual meets the target';
  } else {
    const x = firstMeeting(fit, T, d, latest.index + 1);
    if (x === null) {
      firstPeriodMet = 'never';
      firstReason =
        d * fit.slope <= 0
          ? 'the trend is flat or moves away from the target'
          : 'the trend does not reach the target';
    } else if (x - latest.index > horizon || !canShift(first.period, x, calendar)) {
      firstPeriodMet = 'beyond_horizon';
      firstReason = `first met more than ${horizon} periods after the latest report`;
    } else {
      firstPeriodMet = shift(FN, first.period, x, calendar).label;
      firstReason = 'first period whose fitted value meets the target';
    }
  }
  let required: Decimal | null = null;
  let requiredReason: string | null = null;
  if (remaining <= 0) requiredReason = 'target_period_reached';
  else if (method === 'compound') {
    // a growth rate is a statistic, not a published figure: float64 (Math.pow) suffices
    const r = Math.expm1(Math.log(targetValue.toNumber() / latestValue.toNumber()) / remaining);
    required = Number.isFinite(r) ? dec(r) : null;
    if (required === null) requiredReason = 'rate_overflow';
  } else required = targetValue.minus(latestValue).div(remaining);
  const requiredRate = required === null ? null : num(required);
  const currentRate = fit.rate;
  const onPace = requiredRate === null ? null : d * currentRate >= d * requiredRate;
  const rateUnit = method === 'compound' ? 'growth_per_period' : 'per_period';
  const decimals = decimalsOption ?? maxPlaces([...reported.map((p) => p.value), targetValue]);
  const showValue = (x: number) => fixed(dec(x), decimals);
  const showRate = (x: number) =>
    method === 'compound' ? percentText(dec(x), 2) : fixed(dec(x), Math.min(decimals + 2, 12));
  const display = {
    projected: showValue(projectedValue),
    lower: band ? showValue(band.lower) : null,
    upper: band ? showValue(band.upper) : null,
    requiredRate: requiredRate === null ? null : showRate(requiredRate),
    currentRate: showRate(currentRate),
  };
  const level = `${Number(((1 - alpha) * 100).toPrecision(12))}%`;
  const intervalName = method === 'sen' ? 'Sen slope' : intervalKind;
  const intervalText = band
    ? ` (${level} ${intervalName} interval ${display.lower} to ${display.upper})`
    : '';
  const when =
    firstPeriodMet === 'never'
      ? 'the trend never meets the target'
      : firstPeriodMet === 'beyond_horizon'
        ? `the target is not met within ${horizon} periods`
        : alreadyMet
          ? `the target is already met in ${latest.period}`
          : `the trend first meets the target in ${firstPeriodMet}`;
  const pace =
    requiredRate === null
      ? ''
      : ` Required ${display.requiredRate} per period from here, against a current ${display.currentRate}${onPace ? ' (on pace)' : ' (not on pace)'}.`;
  return {
    status: 'ok',
    method,
    polarity,
    latest: { period: latest.period, value: num(latestValue) },
    target: { period: targetPeriod.label, value: T },
    projected: {
      period: targetPeriod.label,
      value: projectedValue,
      lower: band ? band.lower : null,
      upper: band ? band.upper : null,
    },
    projectedToMeet,
    outlook,
    alreadyMet,
    firstPeriodMet,
    remainingPeriods: remaining,
    requiredRate,
    currentRate,
    rateUnit,
    onPace,
    display,
    explanation: {
      method: FN,
      summary:
        `Projected ${display.projected} in ${targetPeriod.label} against the target ${showValue(T)}${intervalText}; ${when}.` +
        pace,
      inputs,
      intermediate: {
        n: fit.n,
        firstPeriod: first.period,
        latestPeriod: latest.period,
        targetPeriod: targetPeriod.label,
        slope: fit.slope,
        intercept: fit.intercept,
        residualSd: fit.residualSd,
        remainingPeriods: remaining,
        requiredRate,
        requiredRateReason: requiredReason,
        currentRate,
        firstPeriodMetReason: firstReason,
      },
      rule: {
        id: outlook ?? (projectedToMeet ? 'projected_to_meet' : 'projected_to_miss'),
        description:
          'likely: the whole interval meets the target; uncertain: it straddles the target; unlikely: none of it meets it',
        thresholds: { target: T, lower: band ? band.lower : null, upper: band ? band.upper : null },
      },
      source:
        method === 'linear'
          ? 'least squares with t prediction interval (Montgomery, Peck & Vining §2.5)'
          : method === 'sen'
            ? "Sen's slope, Conover intercept, Gilbert interval (civic-metrics/trend)"
            : 'least squares on ln y (constant growth rate), interval exp-transformed',
    },
  };
}
