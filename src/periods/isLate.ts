import { dueDay } from './dueDate.js';
import type { FiscalCalendar } from './FiscalCalendar.js';
import { hasValue, readObservations } from './internal/observations.js';
import { readCount } from './internal/options.js';
import { labelOf, readCalendar, readDay, readPeriod } from './internal/parts.js';
import { assertSameFrequency } from './internal/require.js';
import type { Period } from './Period.js';
import type { PeriodObservation } from './PeriodObservation.js';

/**
 * Whether a period's figure is late: the as-of date is after its {@link dueDate} and the observations
 * hold no value for the period.
 *
 * A period counts as reported when an observation for it has a `value`, or both a `numerator` and a
 * `denominator`; an observation whose value is `null`/`NaN` does not count. A figure is never late on or
 * before its due date, reported or not.
 *
 * @param period - A {@link Period} or label.
 * @param reportingLagDays - The lag in days after the period's end, an integer ≥ 0.
 * @param asOf - The date of the check, `YYYY-MM-DD` or a `Date` (read by its local calendar date).
 * @param observations - The series reported so far (checked like {@link sortObservations}); its frequency
 *   must be the period's.
 * @param calendar - The fiscal calendar, required for fiscal labels.
 * @returns `true` when overdue and missing.
 * @throws {PeriodError} `frequency_mismatch` when the observations' frequency differs from the period's, or
 *   they mix frequencies; `duplicate_observation`; `invalid_period` / `missing_calendar` for unreadable
 *   labels or dates.
 * @throws {ArgumentError} `invalid_argument` for a bad lag or observations.
 * @see {@link dueDate}.
 *
 * @example
 * ```ts
 * import { isLate } from 'civic-metrics';
 * isLate('2024-06', 30, '2024-07-31', [{ period: '2024-05', value: 12 }]);
 * // => true
 * isLate('2024-06', 30, '2024-07-30', []);
 * // => false
 * ```
 */
export function isLate(
  period: Period | string,
  reportingLagDays: number,
  asOf: string | Date,
  observations: readonly PeriodObservation[],
  calendar?: FiscalCalendar,
): boolean {
  const fn = 'isLate';
  const cal = readCalendar(fn, 'calendar', calendar);
  const parts = readPeriod(fn, 'period', period, cal);
  const lag = readCount(fn, 'reportingLagDays', reportingLagDays, 0);
  const day = readDay(fn, 'asOf', asOf);
  const series = readObservations(fn, 'observations', observations, parts.calendar ?? cal);
  const first = series.first;
  if (first !== undefined)
    assertSameFrequency(fn, 'period', parts, `observations[${series.source[0]}].period`, first);
  if (day <= dueDay(fn, parts.end, lag, labelOf(parts))) return false;
  for (let k = 0; k < series.length; k++) {
    if (series.starts[k] === parts.start)
      return !hasValue(fn, 'observations', observations, series.source[k] as number);
  }
  return true;
}
