import { ArgumentError } from '../errors/ArgumentError.js';
import { PeriodError } from '../errors/PeriodError.js';
import { describe } from '../internal/describe.js';
import type { FiscalCalendar } from './FiscalCalendar.js';
import { labelOf, ordinalOf, partsOfOrdinal, readCalendar, readPeriod, toPeriod } from './internal/parts.js';
import type { Period } from './Period.js';

/**
 * The period `n` periods after (`n > 0`) or before (`n < 0`) a period, of the same frequency.
 *
 * Periods are counted, not days: `shiftPeriod('2024-01', 1)` is `2024-02` and
 * `shiftPeriod('2020-W53', 1)` is `2021-W01`. Days shift by `n` days, weeks by `7n` days, months, quarters
 * and fiscal quarters by `n` within the year with carry into the next, years by `n` years. Shifting is
 * exactly invertible: `shiftPeriod(shiftPeriod(p, n), -n)` is `p`.
 *
 * @param period - A {@link Period} or its label.
 * @param n - The number of periods, a safe integer (negative for earlier).
 * @param calendar - The fiscal calendar, required to read a fiscal label.
 * @returns The shifted {@link Period}.
 * @throws {ArgumentError} `invalid_argument` when `n` is not a safe integer.
 * @throws {PeriodError} `invalid_period` for an unreadable period or a result outside
 *   0001-01-01..9999-12-31; `missing_calendar` for a fiscal label without `calendar`.
 * @see ISO 8601-1:2019 §5.2.4 (week date).
 *
 * @example
 * ```ts
 * import { shiftPeriod } from 'civic-metrics';
 * shiftPeriod('2024-11', 3).label;
 * // => '2025-02'
 * shiftPeriod('2021-W01', -1).label;
 * // => '2020-W53'
 * ```
 */
export function shiftPeriod(period: Period | string, n: number, calendar?: FiscalCalendar): Period {
  const fn = 'shiftPeriod';
  const parts = readPeriod(fn, 'period', period, readCalendar(fn, 'calendar', calendar));
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
    throw new ArgumentError(`${fn}: expected n to be a safe integer, received ${describe(n)}`, {
      path: 'n',
      value: n,
    });
  }
  const shifted = partsOfOrdinal(parts.frequency, ordinalOf(parts) + n, parts.calendar);
  if (shifted === undefined) {
    throw new PeriodError(
      'invalid_period',
      `${fn}: expected a result within 0001-01-01..9999-12-31, received '${labelOf(parts)}' shifted by ${n}`,
      { path: 'n', value: n },
    );
  }
  return toPeriod(shifted);
}
