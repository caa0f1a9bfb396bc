import type { FiscalCalendar } from './FiscalCalendar.js';
import type { Frequency } from './Frequency.js';
import { assertNests } from './internal/nesting.js';
import { partsOfDay, readCalendar, readFrequency, readPeriod, toPeriod } from './internal/parts.js';
import { requireCalendar, resolveCalendar } from './internal/require.js';
import type { Period } from './Period.js';

/**
 * The period of a coarser (or the same) frequency that contains a period: the month of a day, the
 * fiscal year of a month, the quarter of a month.
 *
 * Only frequencies that nest are accepted, so the answer never depends on which day of the period is
 * looked at: days nest in every frequency; months in quarters, years and fiscal quarters and years;
 * quarters in years, and in fiscal quarters and years when the fiscal year starts in January, April, July
 * or October; fiscal quarters in fiscal years (and in calendar quarters under that same condition, and in
 * calendar years when the fiscal year starts in January); ISO weeks in weeks only (they straddle month and
 * year ends: use {@link periodOf} on a chosen day of the week instead).
 *
 * @param period - A {@link Period} or label.
 * @param frequency - The target frequency.
 * @param calendar - The fiscal calendar: required for a fiscal target or to read a fiscal label; a fiscal
 *   period's own calendar is used otherwise.
 * @returns The containing {@link Period}.
 * @throws {PeriodError} `frequency_mismatch` when `period` does not nest in `frequency` (including a finer
 *   target, or two different fiscal calendars); `invalid_period` / `missing_calendar` as
 *   {@link parsePeriod}, or for a target reaching outside 0001-01-01..9999-12-31.
 * @throws {ArgumentError} `invalid_argument` for an unknown frequency.
 * @see {@link periodContains}.
 *
 * @example
 * ```ts
 * import { coarsenPeriod } from 'civic-metrics';
 * coarsenPeriod('2024-08', 'fiscal-year', { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' }).label;
 * // => 'FY2025'
 * coarsenPeriod('2024-02-29', 'quarter').label;
 * // => '2024-Q1'
 * ```
 */
export function coarsenPeriod(
  period: Period | string,
  frequency: Frequency,
  calendar?: FiscalCalendar,
): Period {
  const fn = 'coarsenPeriod';
  const explicit = readCalendar(fn, 'calendar', calendar);
  const parts = readPeriod(fn, 'period', period, explicit);
  const target = readFrequency(fn, 'frequency', frequency);
  const cal = resolveCalendar(fn, 'period.calendar', parts.calendar, explicit);
  requireCalendar(fn, 'calendar', target, cal);
  assertNests(fn, 'frequency', parts.frequency, target, cal);
  return toPeriod(partsOfDay(parts.start, target, cal)!);
}
