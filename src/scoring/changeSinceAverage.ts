import { fail } from '../internal/assert.js';
import type { FiscalCalendar } from '../periods/FiscalCalendar.js';
import type { Explanation } from './Explanation.js';
import { changeFigures } from './internal/changeFigures.js';
import { currentPoint } from './internal/currentPoint.js';
import { type Decimal, dec, fixed, maxPlaces, num } from './internal/decimal.js';
import { shift } from './internal/periodSeries.js';
import { readChangeInputs } from './internal/readChangeInputs.js';
import type { PeriodValue } from './PeriodValue.js';
import type { ProgressPolarity } from './ProgressPolarity.js';

/**
 * Options of {@link changeSinceAverage}.
 *
 * @example
 * ```ts
 * import type { ChangeSinceAverageOptions } from 'civic-metrics/scoring';
 * const versusThreeYearAverage: ChangeSinceAverageOptions = { periods: 3, polarity: 'decrease' };
 * ```
 */
export interface ChangeSinceAverageOptions {
  /** How many periods immediately before the current one make the average (an integer ≥ 1). */
  readonly periods: number;
  /** The least number of those periods that must have a value (1 to `periods`); default 1. */
  readonly minPeriods?: number | undefined;
  /** When given (`increase`/`decrease`), the result says whether the change is an improvement. */
  readonly polarity?: ProgressPolarity | undefined;
  /** The period to measure at; default the latest observation with a value. */
  readonly asOf?: string | undefined;
  /** Decimals of the change shown (0–12); default: the most among the current value and the window's values. */
  readonly decimals?: number | undefined;
  /** Decimals of the percentage shown (0–12); default 1. */
  readonly percentDecimals?: number | undefined;
  /** The fiscal calendar, needed for fiscal periods. */
  readonly calendar?: FiscalCalendar | undefined;
}

/**
 * The result of {@link changeSinceAverage}: the change from the average of the preceding periods, or
 * `no_data` (reason `no_observations`, `missing_current`, or `missing_reference` when fewer than
 * `minPeriods` of the preceding periods have a value).
 *
 * @example
 * ```ts
 * import { changeSinceAverage } from 'civic-metrics/scoring';
 * const r = changeSinceAverage([{ period: '2023', value: 5 }], { periods: 3 });
 * r.status === 'no_data' && r.reason;
 * // => 'missing_reference'
 * ```
 */
export type ChangeSinceAverageResult =
  | {
      readonly status: 'ok';
      /** The period and value measured. */
      readonly current: { readonly period: string; readonly value: number };
      /** The average compared with: its window (first and last period), the periods used and missing. */
      readonly reference: {
        readonly from: string;
        readonly to: string;
        readonly value: number;
        readonly used: readonly string[];
        readonly missing: readonly string[];
      };
      /** current − average, exact (decimal.js, 40 significant digits). */
      readonly absoluteChange: number;
      /** (current − average) / |average|; `null` for a zero average. */
      readonly percentChange: number | null;
      /** `up`, `down` or `flat` (exactly equal to the average). */
      readonly direction: 'up' | 'down' | 'flat';
      /** `improved`/`worsened`/`unchanged` for `increase`/`decrease` polarity, else `null`. */
      readonly assessment: 'improved' | 'worsened' | 'unchanged' | null;
      /** The figures as shown: signed change at `decimals`, signed percentage. */
      readonly display: { readonly absoluteChange: string; readonly percentChange: string | null };
      /** The window, the average and the formula. */
      readonly explanation: Explanation;
    }
  | {
      readonly status: 'no_data';
      readonly reason: 'no_observations' | 'missing_current' | 'missing_reference';
      readonly explanation: Explanation;
    };

const FN = 'changeSinceAverage';
const SOURCE =
  'NYC Comptroller, "Understaffed, Underserved" (2023) and its MMR Evaluation.R: fiscal 2023 compared with fiscal 2022, ' +
  'with the mean of fiscal 2020–22 and of fiscal 2018–22 (available years only; ties count as improving)';

/**
 * The change of an indicator from the average of the periods just before it: "3.2% better than the
 * three-year average". The current value (the latest with a value, or the `asOf` period's) is compared with
 * the mean of the values reported in the `periods` periods immediately before it; unreported periods in that
 * window are left out of the mean (and listed), never read as 0, and fewer than `minPeriods` reported gives
 * `no_data`.
 *
 * Formulas (decimal.js, 40 significant digits): average = Σ values / count over the window's reported
 * periods; change = current − average; percent change = change / |average| (`null` for a zero average).
 * Direction `flat` only when the current value equals the average exactly; with a polarity, `improved` when
 * the change is in the better direction, `unchanged` when flat. With `periods: 1` this is the change since
 * the previous period.
 *
 * The NYC Comptroller's 2023 review of the Mayor's Management Report labels an indicator "Improving" over
 * one, three and five years when the fiscal 2023 value is at least as good as fiscal 2022, as the mean of
 * fiscal 2020–22 and as the mean of fiscal 2018–22: `assessment !== 'worsened'` with `periods` 1, 3 and 5.
 *
 * @param observations - The series, `{ period, value }[]`; `null` values are missing.
 * @param options - See {@link ChangeSinceAverageOptions}.
 * @returns A {@link ChangeSinceAverageResult}.
 * @throws {PeriodError} for unreadable labels, duplicates or mixed frequencies.
 * @throws {ArgumentError} `invalid_argument` for `periods` or `minPeriods` out of range, an unknown polarity,
 *   or non-numeric values.
 * @see NYC Office of the Comptroller, "Understaffed, Underserved: Assessing the Impact of Vacancies on
 *   Agency Performance" (April 2023), repository NYCComptroller/agency-performance-staff-vacancies.
 *
 * @example
 * ```ts
 * import { changeSinceAverage } from 'civic-metrics/scoring';
 * const alterationReviewDays = [
 *   { period: 'FY2020', value: 5.38 },
 *   { period: 'FY2021', value: 6.8 },
 *   { period: 'FY2022', value: 18.7 },
 *   { period: 'FY2023', value: 12.14 },
 * ];
 * const nyc = { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' } as const;
 * const r = changeSinceAverage(alterationReviewDays, { periods: 3, polarity: 'decrease', calendar: nyc });
 * r.status === 'ok' && [r.reference.value, r.assessment];
 * // => [10.2933, 'worsened']
 * ```
 */
export function changeSinceAverage(
  observations: readonly PeriodValue[],
  options: ChangeSinceAverageOptions,
): ChangeSinceAverageResult {
  if (typeof options !== 'object' || options === null) fail(FN, 'options', 'to be an object', options);
  const k = options.periods;
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 1)
    fail(FN, 'options.periods', 'to be an integer >= 1', k);
  const minPeriods = options.minPeriods ?? 1;
  if (typeof minPeriods !== 'number' || !Number.isInteger(minPeriods) || minPeriods < 1 || minPeriods > k) {
    fail(FN, 'options.minPeriods', `to be an integer from 1 to options.periods (${k})`, minPeriods);
  }
  const { calendar, polarity, decimalsOption, percentDecimals, series, byPeriod } = readChangeInputs(
    FN,
    observations,
    options,
  );
  const inputs: Record<string, unknown> = {
    periods: k,
    minPeriods,
    polarity: polarity ?? null,
    asOf: options.asOf ?? null,
  };
  const noData = (
    reason: 'no_observations' | 'missing_current' | 'missing_reference',
    summary: string,
    extra: Record<string, string | number | null> = {},
  ): ChangeSinceAverageResult => ({
    status: 'no_data',
    reason,
    explanation: { method: FN, summary, inputs, intermediate: { reason, ...extra }, source: SOURCE },
  });

  const current = currentPoint(FN, series, byPeriod, options.asOf, calendar);
  if (current.status === 'no_data') return noData(current.reason, current.summary, current.extra);
  const currentValue = current.value;

  const window: string[] = [];
  for (let i = k; i >= 1; i--) window.push(shift(FN, current.period, -i, calendar).label);
  const used: string[] = [];
  const missing: string[] = [];
  const values: Decimal[] = [];
  for (const label of window) {
    const value = byPeriod.get(label)?.value ?? null;
    if (value === null) missing.push(label);
    else {
      used.push(label);
      values.push(value);
    }
  }
  const from = window[0] as string;
  const to = window[window.length - 1] as string;
  if (values.length < minPeriods) {
    return noData(
      'missing_reference',
      `${values.length} of the ${k} periods ${from}–${to} before ${current.period} have a value; ${minPeriods} needed.`,
      { currentPeriod: current.period, from, to, present: values.length },
    );
  }
  const average = values.reduce((s, v) => s.plus(v), dec(0)).div(values.length);
  const decimals = decimalsOption ?? maxPlaces([currentValue, ...values]);
  const { change, percent, direction, assessment, display } = changeFigures(
    currentValue,
    average,
    polarity,
    decimals,
    percentDecimals,
  );
  const windowText = k === 1 ? to : `${from}–${to}`;
  return {
    status: 'ok',
    current: { period: current.period, value: num(currentValue) },
    reference: { from, to, value: num(average), used, missing },
    absoluteChange: num(change),
    percentChange: percent === null ? null : num(percent),
    direction,
    assessment,
    display,
    explanation: {
      method: FN,
      summary:
        `${current.period}: ${fixed(currentValue, decimals)}, ${display.absoluteChange}` +
        `${display.percentChange === null ? '' : ` (${display.percentChange})`} from the average of ${windowText} ` +
        `(${fixed(average, decimals)} over ${values.length} of ${k} period${k === 1 ? '' : 's'})` +
        `${assessment === null ? '' : `, ${assessment}`}.`,
      inputs,
      intermediate: {
        currentPeriod: current.period,
        from,
        to,
        average: num(average),
        present: values.length,
        absoluteChange: num(change),
        percentChange: percent === null ? null : num(percent),
        percentChangeReason: percent === null ? 'zero_reference' : null,
      },
      rule: {
        id: 'change_since_average',
        description:
          'change = current − mean of the reported values of the preceding periods; percent = change / |mean|',
        thresholds: { periods: k, minPeriods },
      },
      source: SOURCE,
    },
  };
}
