import type { FiscalCalendar } from './FiscalCalendar.js';
import { hasValue, readObservations } from './internal/observations.js';
import { partsOfOrdinal, toPeriod } from './internal/parts.js';
import { assertSameFrequency, readRange } from './internal/require.js';
import type { Period } from './Period.js';
import type { PeriodObservation } from './PeriodObservation.js';

/**
 * The periods from `from` to `to` (inclusive) that the series does not report: no observation, or one
 * without a value (`null`, `undefined` or `NaN`; for ratio indicators, without both numerator and
 * denominator).
 *
 * `from` and `to` fix the frequency; the observations must have the same one. Observations outside the
 * range are ignored.
 *
 * @param observations - The series (checked like {@link sortObservations}).
 * @param from - The first period to check, a {@link Period} or label.
 * @param to - The last period to check, on or after `from`.
 * @param calendar - The fiscal calendar, required for fiscal labels.
 * @returns The missing periods, oldest first; `[]` when the range is fully reported.
 * @throws {PeriodError} `frequency_mismatch` when `from`, `to` and the observations differ in frequency;
 *   `duplicate_observation`; `invalid_period` / `missing_calendar` for unreadable labels.
 * @throws {ArgumentError} `invalid_argument` when `to` is before `from`, or for a bad value.
 * @see {@link isLate} for whether a missing period is already overdue.
 *
 * @example
 * ```ts
 * import { findGaps } from 'civic-metrics';
 * const series = [{ period: '2024-01', value: 5 }, { period: '2024-02', value: null }, { period: '2024-04', value: 7 }];
 * findGaps(series, '2024-01', '2024-05').map((p) => p.label);
 * // => ['2024-02', '2024-03', '2024-05']
 * ```
 */
export function findGaps(
  observations: readonly PeriodObservation[],
  from: Period | string,
  to: Period | string,
  calendar?: FiscalCalendar,
): Period[] {
  const fn = 'findGaps';
  const { cal, first, a, b } = readRange(fn, from, to, calendar);
  const series = readObservations(fn, 'observations', observations, first.calendar ?? cal);
  const head = series.first;
  if (head !== undefined)
    assertSameFrequency(fn, 'from', first, `observations[${series.source[0]}].period`, head);
  const reported = new Set<number>();
  for (let k = 0; k < series.length; k++) {
    const ordinal = series.ordinals[k] as number;
    if (ordinal < a || ordinal > b) continue;
    const i = series.source[k] as number;
    if (hasValue(fn, 'observations', observations, i)) reported.add(ordinal);
  }
  const gaps: Period[] = [];
  for (let k = a; k <= b; k++) {
    if (!reported.has(k)) gaps.push(toPeriod(partsOfOrdinal(first.frequency, k, first.calendar)!));
  }
  return gaps;
}
