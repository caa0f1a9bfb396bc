import type { FiscalCalendar } from './FiscalCalendar.js';
import { partsOfOrdinal, toPeriod } from './internal/parts.js';
import { readRange } from './internal/require.js';
import type { Period } from './Period.js';

/**
 * Every period from `from` to `to`, both included, in order.
 *
 * Both ends must have the same frequency (and, if fiscal, the same calendar). `from === to` gives one
 * period. The list is materialised: a range of days over centuries is millions of entries.
 *
 * @param from - The first period, a {@link Period} or label.
 * @param to - The last period, on or after `from`.
 * @param calendar - The fiscal calendar, required to read fiscal labels.
 * @returns The periods, oldest first.
 * @throws {PeriodError} `invalid_period` / `missing_calendar` for unreadable ends; `frequency_mismatch`
 *   when the ends differ in frequency or fiscal calendar.
 * @throws {ArgumentError} `invalid_argument` when `to` is before `from`.
 * @see {@link shiftPeriod} for the succession of periods.
 *
 * @example
 * ```ts
 * import { periodsBetween } from 'civic-metrics';
 * periodsBetween('2024-Q3', '2025-Q1').map((p) => p.label);
 * // => ['2024-Q3', '2024-Q4', '2025-Q1']
 * ```
 */
export function periodsBetween(
  from: Period | string,
  to: Period | string,
  calendar?: FiscalCalendar,
): Period[] {
  const fn = 'periodsBetween';
  const { first, a, b } = readRange(fn, from, to, calendar);
  const out: Period[] = new Array(b - a + 1);
  for (let k = a; k <= b; k++) out[k - a] = toPeriod(partsOfOrdinal(first.frequency, k, first.calendar)!);
  return out;
}
