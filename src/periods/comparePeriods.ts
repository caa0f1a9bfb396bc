import type { FiscalCalendar } from './FiscalCalendar.js';
import { frequencies } from './Frequency.js';
import { readCalendar, readPeriod } from './internal/parts.js';
import type { Period } from './Period.js';

/**
 * Orders two periods: by first day, then by last day (the shorter first), then by frequency in the order
 * of {@link frequencies} (so `2024` sorts before `FY2024` of a January fiscal year, which spans the same
 * days). Usable directly as an `Array.prototype.sort` comparator.
 *
 * Periods of different frequencies may be compared; two periods compare equal (`0`) only when they have the
 * same frequency and days.
 *
 * @param a - A {@link Period} or label.
 * @param b - A {@link Period} or label.
 * @param calendar - The fiscal calendar, required to read fiscal labels.
 * @returns `-1` when `a` comes first, `1` when `b` does, `0` when they are the same period.
 * @throws {PeriodError} `invalid_period` / `missing_calendar` for an unreadable period.
 * @see {@link periodContains} for containment.
 *
 * @example
 * ```ts
 * import { comparePeriods } from 'civic-metrics';
 * ['2024-Q2', '2024-04', '2023-W52', '2024'].sort(comparePeriods);
 * // => ['2023-W52', '2024', '2024-04', '2024-Q2']
 * ```
 */
export function comparePeriods(
  a: Period | string,
  b: Period | string,
  calendar?: FiscalCalendar,
): -1 | 0 | 1 {
  const fn = 'comparePeriods';
  const cal = readCalendar(fn, 'calendar', calendar);
  const x = readPeriod(fn, 'a', a, cal);
  const y = readPeriod(fn, 'b', b, cal);
  if (x.start !== y.start) return x.start < y.start ? -1 : 1;
  if (x.end !== y.end) return x.end < y.end ? -1 : 1;
  const fx = frequencies.indexOf(x.frequency);
  const fy = frequencies.indexOf(y.frequency);
  return fx === fy ? 0 : fx < fy ? -1 : 1;
}
