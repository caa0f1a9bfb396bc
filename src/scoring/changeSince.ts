import { fail } from '../internal/assert.js';
import type { FiscalCalendar } from '../periods/FiscalCalendar.js';
import { parsePeriod } from '../periods/parsePeriod.js';
import type { Explanation } from './Explanation.js';
import { changeFigures } from './internal/changeFigures.js';
import { currentPoint } from './internal/currentPoint.js';
import { type Decimal, fixed, maxPlaces, num } from './internal/decimal.js';
import { readNumeric } from './internal/numeric.js';
import { guard, readPeriodLabel, type SeriesPoint, shift } from './internal/periodSeries.js';
import { readChangeInputs } from './internal/readChangeInputs.js';
import { samePeriodLastYear } from './internal/samePeriodLastYear.js';
import type { PeriodValue } from './PeriodValue.js';
import type { ProgressPolarity } from './ProgressPolarity.js';

/**
 * Options of {@link changeSince}.
 *
 * @example
 * ```ts
 * import type { ChangeSinceOptions } from 'civic-metrics/scoring';
 * const yearOnYear: ChangeSinceOptions = { since: 'samePeriodLastYear', polarity: 'decrease' };
 * ```
 */
export interface ChangeSinceOptions {
  /**
   * What to compare with: `previous` (the period just before), `samePeriodLastYear`, or `baseline` (the
   * `baseline` option, else the first reported value).
   */
  readonly since: 'previous' | 'samePeriodLastYear' | 'baseline';
  /** The baseline for `since: 'baseline'`; default the first observation with a value. */
  readonly baseline?: { readonly period: string; readonly value: number | string } | undefined;
  /** The period to measure at; default the latest observation with a value. */
  readonly asOf?: string | undefined;
  /** When given (`increase`/`decrease`), the result says whether the change is an improvement. */
  readonly polarity?: ProgressPolarity | undefined;
  /** Decimals of the change shown (0–12); default: the most among the two values. */
  readonly decimals?: number | undefined;
  /** Decimals of the percentage shown (0–12); default 1. */
  readonly percentDecimals?: number | undefined;
  /** The fiscal calendar, needed for fiscal periods. */
  readonly calendar?: FiscalCalendar | undefined;
}

/**
 * The result of {@link changeSince}: the change, or `no_data` when a value to compare is missing.
 *
 * @example
 * ```ts
 * import { changeSince } from 'civic-metrics/scoring';
 * const r = changeSince([{ period: '2024-01', value: 0.1 }, { period: '2024-02', value: 0.3 }], { since: 'previous' });
 * r.status === 'ok' && r.absoluteChange;
 * // => 0.2
 * ```
 */
export type ChangeSinceResult =
  | {
      readonly status: 'ok';
      /** The period and value measured. */
      readonly current: { readonly period: string; readonly value: number };
      /** The period and value compared with. */
      readonly reference: { readonly period: string; readonly value: number };
      /** current − reference, exact (decimal.js). */
      readonly absoluteChange: number;
      /** (current − reference) / |reference| as a fraction; `null` for a zero reference. */
      readonly percentChange: number | null;
      /** `up`, `down` or `flat`. */
      readonly direction: 'up' | 'down' | 'flat';
      /** `improved`/`worsened`/`unchanged` for `increase`/`decrease` polarity, else `null`. */
      readonly assessment: 'improved' | 'worsened' | 'unchanged' | null;
      /** The figures as shown: signed change at `decimals`, signed percentage. */
      readonly display: { readonly absoluteChange: string; readonly percentChange: string | null };
      /** Periods chosen, the formula and the reasons for any null. */
      readonly explanation: Explanation;
    }
  | {
      readonly status: 'no_data';
      /** `no_observations`, `missing_current` or `missing_reference`. */
      readonly reason: 'no_observations' | 'missing_current' | 'missing_reference';
      /** The periods that were looked for. */
      readonly explanation: Explanation;
    };

const FN = 'changeSince';

/**
 * The absolute and percent change of an indicator since the previous period, the same period last year, or
 * the baseline: "up 4.2% on last month", "down 12 from the same quarter last year".
 *
 * Formulas (decimal.js, so 0.3 − 0.1 is exactly 0.2): change = current − reference; percent change =
 * change / |reference| (the absolute value keeps the sign of the change for negative references; `null`
 * with reason `zero_reference` when the reference is 0). The current value is the latest observation with a
 * value, or the `asOf` period's. The reference is the period immediately before (`previous`; a missing or
 * unreported period is `no_data`, never skipped silently), the same period one year earlier
 * (`samePeriodLastYear`: 12 months, 4 quarters, 1 year, the same ISO week number of the previous ISO year,
 * the same date last year with 29 February read as 28 February), or the baseline. Shown figures are signed
 * and rounded half away from zero.
 *
 * @param observations - The series, `{ period, value }[]`; `null` values are missing.
 * @param options - See {@link ChangeSinceOptions}.
 * @returns A {@link ChangeSinceResult}.
 * @throws {PeriodError} for unreadable labels, duplicates or mixed frequencies.
 * @throws {ArgumentError} `invalid_argument` for an unknown `since` or polarity, or non-numeric values.
 * @see d3-array-style explicit missing-data policy; NYC Mayor's Management Report practice of comparing with
 *   the prior fiscal year.
 *
 * @example
 * ```ts
 * import { changeSince } from 'civic-metrics/scoring';
 * const days = [
 *   { period: '2023-06', value: 140 },
 *   { period: '2024-05', value: 128 },
 *   { period: '2024-06', value: 120 },
 * ];
 * const r = changeSince(days, { since: 'samePeriodLastYear', polarity: 'decrease' });
 * r.status === 'ok' && [r.absoluteChange, r.display.percentChange, r.assessment];
 * // => [-20, '-14.3%', 'improved']
 * ```
 */
export function changeSince(
  observations: readonly PeriodValue[],
  options: ChangeSinceOptions,
): ChangeSinceResult {
  if (typeof options !== 'object' || options === null) fail(FN, 'options', 'to be an object', options);
  const since = options.since;
  if (since !== 'previous' && since !== 'samePeriodLastYear' && since !== 'baseline') {
    fail(FN, 'options.since', "to be one of 'previous', 'samePeriodLastYear', 'baseline'", since);
  }
  const { calendar, polarity, decimalsOption, percentDecimals, series, byPeriod } = readChangeInputs(
    FN,
    observations,
    options,
  );
  const inputs: Record<string, unknown> = { since, polarity: polarity ?? null, asOf: options.asOf ?? null };
  const noData = (
    reason: 'no_observations' | 'missing_current' | 'missing_reference',
    summary: string,
    extra: Record<string, string | null> = {},
  ): ChangeSinceResult => ({
    status: 'no_data',
    reason,
    explanation: { method: FN, summary, inputs, intermediate: { reason, ...extra } },
  });

  const current = currentPoint(FN, series, byPeriod, options.asOf, calendar);
  if (current.status === 'no_data') return noData(current.reason, current.summary, current.extra);
  const currentValue = current.value;

  let reference: { period: string; value: Decimal } | undefined;
  let referencePeriod: string | null;
  if (since === 'baseline') {
    if (options.baseline !== undefined) {
      if (typeof options.baseline !== 'object' || options.baseline === null) {
        fail(FN, 'options.baseline', 'to be { period, value }', options.baseline);
      }
      const period = readPeriodLabel(FN, 'options.baseline.period', options.baseline.period, calendar).label;
      reference = { period, value: readNumeric(FN, 'options.baseline.value', options.baseline.value) };
    } else {
      const first = series.points.find((p) => p.value !== null) as SeriesPoint;
      reference = { period: first.period, value: first.value as Decimal };
    }
    referencePeriod = reference.period;
  } else {
    const cur = guard(FN, () => parsePeriod(current.period, calendar));
    referencePeriod =
      since === 'previous' ? shift(FN, cur.label, -1, calendar).label : samePeriodLastYear(FN, cur, calendar);
    const point = referencePeriod === null ? undefined : byPeriod.get(referencePeriod);
    if (point?.value == null) {
      return noData(
        'missing_reference',
        referencePeriod === null
          ? `${current.period} has no same period last year.`
          : `No value reported for ${referencePeriod} to compare ${current.period} with.`,
        { currentPeriod: current.period, referencePeriod },
      );
    }
    reference = { period: point.period, value: point.value };
  }

  const decimals = decimalsOption ?? maxPlaces([currentValue, reference.value]);
  const { change, percent, direction, assessment, display } = changeFigures(
    currentValue,
    reference.value,
    polarity,
    decimals,
    percentDecimals,
  );
  const label =
    since === 'previous'
      ? 'the previous period'
      : since === 'samePeriodLastYear'
        ? 'the same period last year'
        : 'the baseline';
  return {
    status: 'ok',
    current: { period: current.period, value: num(currentValue) },
    reference: { period: reference.period, value: num(reference.value) },
    absoluteChange: num(change),
    percentChange: percent === null ? null : num(percent),
    direction,
    assessment,
    display,
    explanation: {
      method: FN,
      summary:
        `${current.period}: ${fixed(currentValue, decimals)}, ${display.absoluteChange}` +
        `${display.percentChange === null ? '' : ` (${display.percentChange})`} since ${label} (${reference.period}: ${fixed(reference.value, decimals)})` +
        `${assessment === null ? '' : `, ${assessment}`}.`,
      inputs,
      intermediate: {
        currentPeriod: current.period,
        referencePeriod: reference.period,
        absoluteChange: num(change),
        percentChange: percent === null ? null : num(percent),
        percentChangeReason: percent === null ? 'zero_reference' : null,
      },
      rule: { id: since, description: 'change = current − reference; percent = change / |reference|' },
    },
  };
}
