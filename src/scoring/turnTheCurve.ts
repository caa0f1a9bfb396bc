import { PeriodError } from '../errors/PeriodError.js';
import { fail } from '../internal/assert.js';
import type { FiscalCalendar } from '../periods/FiscalCalendar.js';
import type { BaselineForecastResult } from './baselineForecast.js';
import type { Explanation } from './Explanation.js';
import { type Decimal, dec, fixed, maxPlaces, num } from './internal/decimal.js';
import { readDecimals } from './internal/numeric.js';
import { readPeriodSeries } from './internal/periodSeries.js';
import { readPolarity } from './internal/polarity.js';
import { readTolerance, toleranceAmount, toleranceJson } from './internal/tolerance.js';
import type { PeriodValue } from './PeriodValue.js';
import type { ProgressPolarity } from './ProgressPolarity.js';

/**
 * Options of {@link turnTheCurve}.
 *
 * @example
 * ```ts
 * import type { TurnTheCurveOptions } from 'civic-metrics/scoring';
 * const options: TurnTheCurveOptions = { tolerance: 0.5 };
 * ```
 */
export interface TurnTheCurveOptions {
  /**
   * How much better than the forecast the actual must be to count: an amount in the indicator's unit, or
   * `{ relative }` as a fraction of the forecast; default 0 (strictly better).
   */
  readonly tolerance?: number | { readonly relative: number } | undefined;
  /** Decimals of the gaps shown (0–12); default: the most among the values compared. */
  readonly decimals?: number | undefined;
  /** The fiscal calendar, needed for fiscal periods. */
  readonly calendar?: FiscalCalendar | undefined;
}

/**
 * One compared period of {@link turnTheCurve}.
 *
 * @example
 * ```ts
 * import type { CurvePeriod } from 'civic-metrics/scoring';
 * const p: CurvePeriod = { period: '2024', actual: 57, forecast: 60, gap: -3, improvement: 3, better: true, display: { gap: '-3' } };
 * ```
 */
export interface CurvePeriod {
  /** The period label. */
  readonly period: string;
  /** The actual value. */
  readonly actual: number;
  /** The baseline forecast for the period. */
  readonly forecast: number;
  /** actual − forecast. */
  readonly gap: number;
  /** The gap in the better direction: d·(actual − forecast), positive when better than the forecast. */
  readonly improvement: number;
  /** Whether the actual beats the forecast by more than the tolerance. */
  readonly better: boolean;
  /** The gap as shown, signed, at the declared decimals. */
  readonly display: { readonly gap: string };
}

/**
 * The result of {@link turnTheCurve}.
 *
 * @example
 * ```ts
 * import { turnTheCurve } from 'civic-metrics/scoring';
 * const r = turnTheCurve([{ period: '2024', value: 57 }], [{ period: '2024', value: 60 }], 'decrease');
 * r.status === 'ok' && r.turned;
 * // => true
 * ```
 */
export type TurnTheCurveResult =
  | {
      readonly status: 'ok';
      /** Whether the latest compared actual beats the forecast: the curve is turned (so far). */
      readonly turned: boolean;
      /** First period of the current run of better-than-forecast periods, or `null` when not turned. */
      readonly since: string | null;
      /** How many consecutive compared periods, ending at the latest, beat the forecast. */
      readonly periodsBetter: number;
      /** The latest gap, actual − forecast. */
      readonly latestGap: number;
      /** The latest gap in the better direction. */
      readonly latestImprovement: number;
      /** Every compared period, oldest first. */
      readonly periods: CurvePeriod[];
      /** Periods compared, the rule and the tolerance. */
      readonly explanation: Explanation;
    }
  | {
      readonly status: 'no_data' | 'not_comparable';
      /** `no_overlap` (no period has both an actual and a forecast), `neutral_polarity`, `range_polarity`. */
      readonly reason: 'no_overlap' | 'neutral_polarity' | 'range_polarity';
      readonly explanation: Explanation;
    };

const FN = 'turnTheCurve';

/**
 * "Turning the curve" (Results-Based Accountability): is the indicator doing better than its baseline
 * forecast, by how much, and since when?
 *
 * For each period with both an actual and a forecast: gap = actual − forecast and improvement = d·gap
 * (d = +1 when higher is better, −1 when lower is better), exactly (decimal.js). A period is better when
 * improvement > tolerance (strictly better by default). The curve is turned when the latest compared period
 * is better; `since` is the start of the run of better periods ending there. RBA gives no numeric rule: this
 * operationalisation ("actual better than the forecast in the desired direction") is the spec's, and the
 * tolerance lets a program require a margin. Periods with a missing actual are not compared (and break the
 * run: the run counts consecutive compared periods only when no forecast period between them is missing).
 *
 * @param observations - The actuals, `{ period, value }[]`.
 * @param forecast - The baseline forecast: a {@link baselineForecast} result (its `forecast`) or `{ period, value }[]`.
 * @param polarity - `increase` or `decrease`; `neutral` and `range` are `not_comparable`.
 * @param options - See {@link TurnTheCurveOptions}.
 * @returns A {@link TurnTheCurveResult}; `no_data` when no period has both figures.
 * @throws {PeriodError} for unreadable labels, duplicates, or actuals and forecast of different frequencies.
 * @throws {ArgumentError} `invalid_argument` for an unknown polarity, a forecast that is not a result or an
 *   array, or a negative tolerance.
 * @see M. Friedman, "Trying Hard Is Not Good Enough" (2005) and "The Results-Based Accountability Guide";
 *   progress spec §2.9 and vector `rba_turn_the_curve`.
 *
 * @example
 * ```ts
 * import { baselineForecast, turnTheCurve } from 'civic-metrics/scoring';
 * const history = [50, 52, 54, 56].map((value, i) => ({ period: `${2019 + i}`, value }));
 * const baseline = baselineForecast(history, { until: '2024' });
 * const actuals = [...history, { period: '2023', value: 57 }, { period: '2024', value: 57 }];
 * const r = turnTheCurve(actuals, baseline, 'decrease');
 * r.status === 'ok' && [r.turned, r.since, r.periods.map((p) => p.gap)];
 * // => [true, '2023', [-1, -3]]
 * ```
 */
export function turnTheCurve(
  observations: readonly PeriodValue[],
  forecast: BaselineForecastResult | readonly PeriodValue[],
  polarity: ProgressPolarity,
  options: TurnTheCurveOptions = {},
): TurnTheCurveResult {
  if (typeof options !== 'object' || options === null) fail(FN, 'options', 'to be an object', options);
  const p = readPolarity(FN, 'polarity', polarity);
  let forecastInput: readonly PeriodValue[];
  if (Array.isArray(forecast)) forecastInput = forecast;
  else if (typeof forecast === 'object' && forecast !== null && 'status' in forecast) {
    if (forecast.status !== 'ok')
      fail(FN, 'forecast', "to be a baselineForecast result with status 'ok'", forecast.status);
    forecastInput = forecast.forecast;
  } else fail(FN, 'forecast', 'to be a baselineForecast result or an array of { period, value }', forecast);
  const calendar = options.calendar;
  const tolerance = readTolerance(FN, 'options.tolerance', options.tolerance);
  const decimalsOption = readDecimals(FN, 'options.decimals', options.decimals);
  const actual = readPeriodSeries(FN, 'observations', observations, calendar);
  const base = readPeriodSeries(FN, 'forecast', forecastInput, calendar);
  const inputs: Record<string, unknown> = { polarity: p, tolerance: toleranceJson(tolerance) };
  if (p === 'neutral' || p === 'range') {
    const reason = p === 'neutral' ? 'neutral_polarity' : 'range_polarity';
    return {
      status: 'not_comparable',
      reason,
      explanation: {
        method: FN,
        summary: `A ${p} indicator has no better direction in which to beat a forecast.`,
        inputs,
        intermediate: { reason },
      },
    };
  }
  if (actual.frequency !== undefined && base.frequency !== undefined && actual.frequency !== base.frequency) {
    throw new PeriodError(
      'frequency_mismatch',
      `${FN}: expected the forecast at the actuals' frequency (${actual.frequency}), received ${base.frequency} periods`,
      { path: 'forecast[0].period', value: base.frequency },
    );
  }
  const actualByPeriod = new Map(actual.points.map((q) => [q.period, q.value] as const));
  const d = p === 'increase' ? 1 : -1;
  const compared: {
    period: string;
    a: Decimal;
    f: Decimal;
    better: boolean;
    gap: Decimal;
    imp: Decimal;
    contiguous: boolean;
  }[] = [];
  let missingSinceLast = false;
  for (const q of base.points) {
    const a = actualByPeriod.get(q.period);
    if (q.value === null || a === undefined || a === null) {
      if (compared.length > 0) missingSinceLast = true;
      continue;
    }
    const gap = a.minus(q.value);
    const imp = gap.times(d);
    const threshold = tolerance ? toleranceAmount(tolerance, q.value) : dec(0);
    compared.push({
      period: q.period,
      a,
      f: q.value,
      gap,
      imp,
      better: imp.gt(threshold),
      contiguous: !missingSinceLast,
    });
    missingSinceLast = false;
  }
  if (compared.length === 0) {
    return {
      status: 'no_data',
      reason: 'no_overlap',
      explanation: {
        method: FN,
        summary: 'No period has both an actual and a forecast value yet.',
        inputs,
        intermediate: { reason: 'no_overlap' },
      },
    };
  }
  const decimals = decimalsOption ?? maxPlaces(compared.flatMap((c) => [c.a, c.f]));
  const periods: CurvePeriod[] = compared.map((c) => {
    const text = fixed(c.gap, decimals);
    return {
      period: c.period,
      actual: num(c.a),
      forecast: num(c.f),
      gap: num(c.gap),
      improvement: num(c.imp),
      better: c.better,
      display: { gap: c.gap.gt(0) && !/^0(\.0*)?$/.test(text) ? `+${text}` : text },
    };
  });
  const latest = compared[compared.length - 1] as (typeof compared)[number];
  let run = 0;
  for (let i = compared.length - 1; i >= 0; i--) {
    const c = compared[i] as (typeof compared)[number];
    if (!c.better) break;
    run++;
    if (!c.contiguous) break;
  }
  const since = run > 0 ? (compared[compared.length - run] as (typeof compared)[number]).period : null;
  const latestDisplay = (periods[periods.length - 1] as CurvePeriod).display.gap;
  return {
    status: 'ok',
    turned: latest.better,
    since,
    periodsBetter: run,
    latestGap: num(latest.gap),
    latestImprovement: num(latest.imp),
    periods,
    explanation: {
      method: FN,
      summary: latest.better
        ? `Curve turned: ${latest.period} is ${latestDisplay} against the baseline forecast (${p === 'increase' ? 'higher' : 'lower'} is better), better for ${run} period${run === 1 ? '' : 's'} since ${since}.`
        : `Curve not turned: ${latest.period} is ${latestDisplay} against the baseline forecast (${p === 'increase' ? 'higher' : 'lower'} is better).`,
      inputs,
      intermediate: {
        comparedPeriods: compared.length,
        latestPeriod: latest.period,
        latestGap: num(latest.gap),
        latestImprovement: num(latest.imp),
        periodsBetter: run,
        since,
      },
      rule: {
        id: latest.better ? 'turned' : 'not_turned',
        description: `turned when d·(actual − forecast) > ${tolerance ? 'tolerance' : '0'} in the latest compared period`,
        thresholds: { toleranceAmount: tolerance ? num(toleranceAmount(tolerance, latest.f)) : 0 },
      },
      source:
        "Friedman, 'Trying Hard Is Not Good Enough' (turning the curve); operationalised as in progress spec vector rba_turn_the_curve",
    },
  };
}
