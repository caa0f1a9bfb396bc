import type { FiscalCalendar } from './FiscalCalendar.js';
import { readCalendar, readPeriod } from './internal/parts.js';
import type { Period } from './Period.js';

/**
 * The number of days in a period, both ends included: `end − start + 1` in civil days.
 *
 * 1 for a day, 7 for an ISO week, 28–31 for a month, 90–92 for a quarter, 365 or 366 for a year; fiscal
 * quarters and years count the days of their months.
 *
 * @param period - A {@link Period} or label.
 * @param calendar - The fiscal calendar, required to read a fiscal label.
 * @returns The length in days, an integer ≥ 1.
 * @throws {PeriodError} `invalid_period` / `missing_calendar` for an unreadable period.
 * @see {@link parsePeriod} for the spans.
 *
 * @example
 * ```ts
 * import { periodLength } from 'civic-metrics';
 * periodLength('2024-02');
 * // => 29
 * periodLength('FY2024', { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' });
 * // => 366
 * ```
 */
export function periodLength(period: Period | string, calendar?: FiscalCalendar): number {
  const fn = 'periodLength';
  const parts = readPeriod(fn, 'period', period, readCalendar(fn, 'calendar', calendar));
  return parts.end - parts.start + 1;
}
