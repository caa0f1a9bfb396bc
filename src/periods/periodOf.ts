import { PeriodError } from '../errors/PeriodError.js';
import type { FiscalCalendar } from './FiscalCalendar.js';
import type { Frequency } from './Frequency.js';
import { formatDay } from './internal/civil.js';
import { partsOfCivil, readCalendar, readDay, readFrequency, toPeriod } from './internal/parts.js';
import { requireCalendar } from './internal/require.js';
import type { Period } from './Period.js';

/** Scratch for the civil date read (periodOf is synchronous and not re-entrant). */
const civil: [number, number, number] = [0, 0, 0];

/**
 * The period of a frequency that holds a civil date.
 *
 * The date is a civil date, `YYYY-MM-DD`, or a JavaScript `Date`, which is read by its **local** calendar
 * date (`getFullYear()`, `getMonth()`, `getDate()`), i.e. the date a wall calendar shows in the machine's
 * time zone at that instant. Pass `YYYY-MM-DD` strings to be independent of the machine's time zone.
 *
 * ISO weeks follow ISO 8601: Monday to Sunday, numbered within the ISO week-numbering year of their
 * Thursday, so 2021-01-01 lies in `2020-W53` and 2024-12-30 in `2025-W01`.
 *
 * @param date - `YYYY-MM-DD` from 0001-01-01 to 9999-12-31, or a `Date`.
 * @param frequency - One of {@link frequencies}.
 * @param calendar - The fiscal calendar; required for `fiscal-quarter` and `fiscal-year`.
 * @returns The {@link Period} holding the date.
 * @throws {PeriodError} `invalid_period` for a malformed or non-existent date, an invalid `Date`, or a
 *   period reaching outside 0001-01-01..9999-12-31; `missing_calendar` for a fiscal frequency without
 *   `calendar`.
 * @throws {ArgumentError} `invalid_argument` for an unknown frequency or malformed calendar.
 * @see ISO 8601-1:2019 §5.2.4 (week date).
 *
 * @example
 * ```ts
 * import { periodOf } from 'civic-metrics';
 * periodOf('2021-01-01', 'week').label;
 * // => '2020-W53'
 * periodOf('2024-08-15', 'fiscal-quarter', { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' }).label;
 * // => 'FY2025-Q1'
 * ```
 */
export function periodOf(date: string | Date, frequency: Frequency, calendar?: FiscalCalendar): Period {
  const fn = 'periodOf';
  const f = readFrequency(fn, 'frequency', frequency);
  const cal = readCalendar(fn, 'calendar', calendar);
  requireCalendar(fn, 'calendar', f, cal);
  const day = readDay(fn, 'date', date, civil);
  const parts = partsOfCivil(day, civil[0], civil[1], civil[2], f, cal);
  if (parts === undefined) {
    throw new PeriodError(
      'invalid_period',
      `${fn}: expected a date whose ${f} lies within 0001-01-01..9999-12-31, received '${formatDay(day)}'`,
      { path: 'date', value: date },
    );
  }
  return toPeriod(parts);
}
