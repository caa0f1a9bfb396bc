import type { FiscalCalendar } from './FiscalCalendar.js';
import { readCalendar, readDay, readPeriod } from './internal/parts.js';
import type { Period } from './Period.js';

/**
 * Whether every day of `inner` lies within `outer`: `outer.start <= inner.start` and
 * `inner.end <= outer.end` (a period contains itself).
 *
 * The two may have any frequencies: `2024-Q3` contains `2024-08`, `2024-08-15` and `2024-W27`
 * (2024-07-01..07-07), but not `2024-W40` (2024-09-30..10-06 straddles the quarter's end).
 *
 * @param outer - A {@link Period} or label.
 * @param inner - A {@link Period}, a label (a day label `YYYY-MM-DD` is a date), or a `Date` (read by its
 *   local calendar date).
 * @param calendar - The fiscal calendar, required to read fiscal labels.
 * @returns `true` when `inner` lies entirely within `outer`.
 * @throws {PeriodError} `invalid_period` / `missing_calendar` for an unreadable period or date.
 * @see {@link coarsenPeriod} for the enclosing period of a frequency.
 *
 * @example
 * ```ts
 * import { periodContains } from 'civic-metrics';
 * periodContains('FY2025', '2025-06', { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' });
 * // => true
 * periodContains('2024-Q3', '2024-W40');
 * // => false
 * ```
 */
export function periodContains(
  outer: Period | string,
  inner: Period | string | Date,
  calendar?: FiscalCalendar,
): boolean {
  const fn = 'periodContains';
  const cal = readCalendar(fn, 'calendar', calendar);
  const o = readPeriod(fn, 'outer', outer, cal);
  if (inner instanceof Date) {
    const day = readDay(fn, 'inner', inner);
    return o.start <= day && day <= o.end;
  }
  const i = readPeriod(fn, 'inner', inner, cal);
  return o.start <= i.start && i.end <= o.end;
}
