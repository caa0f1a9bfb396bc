import { PeriodError } from '../errors/PeriodError.js';
import type { FiscalCalendar } from './FiscalCalendar.js';
import { formatDay, MAX_DAY } from './internal/civil.js';
import { readCount } from './internal/options.js';
import { labelOf, readCalendar, readPeriod } from './internal/parts.js';
import type { Period } from './Period.js';

/**
 * The date a period's figure is due: the period's last day plus the reporting lag, in civil days.
 *
 * A lag of 0 means due on the period's last day; 30 means due 30 days after it (a June figure with a 30-day
 * lag is due on 2024-07-30). The figure is on time through the due date and late from the next day (see
 * {@link isLate}).
 *
 * @param period - A {@link Period} or label.
 * @param reportingLagDays - The lag in days, an integer ≥ 0.
 * @param calendar - The fiscal calendar, required to read a fiscal label.
 * @returns The due date, `YYYY-MM-DD`.
 * @throws {ArgumentError} `invalid_argument` for a negative or fractional lag.
 * @throws {PeriodError} `invalid_period` / `missing_calendar` for an unreadable period, or a due date after
 *   9999-12-31.
 * @see {@link isLate}.
 *
 * @example
 * ```ts
 * import { dueDate } from 'civic-metrics';
 * dueDate('2024-06', 30);
 * // => '2024-07-30'
 * dueDate('FY2024-Q4', 45, { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' });
 * // => '2024-08-14'
 * ```
 */
export function dueDate(
  period: Period | string,
  reportingLagDays: number,
  calendar?: FiscalCalendar,
): string {
  const fn = 'dueDate';
  const parts = readPeriod(fn, 'period', period, readCalendar(fn, 'calendar', calendar));
  const lag = readCount(fn, 'reportingLagDays', reportingLagDays, 0);
  return formatDay(dueDay(fn, parts.end, lag, labelOf(parts)));
}

/** The due day number of a period ending on day `end`; throws beyond 9999-12-31. */
export function dueDay(fn: string, end: number, lag: number, label: string): number {
  if (end + lag > MAX_DAY) {
    throw new PeriodError(
      'invalid_period',
      `${fn}: expected a due date on or before 9999-12-31, received '${label}' with a lag of ${lag} days`,
      { path: 'reportingLagDays', value: lag },
    );
  }
  return end + lag;
}
