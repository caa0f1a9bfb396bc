import { ArgumentError } from '../errors/ArgumentError.js';
import { PeriodError } from '../errors/PeriodError.js';
import { describe } from '../internal/describe.js';
import type { FiscalCalendar } from './FiscalCalendar.js';
import type { Frequency } from './Frequency.js';
import { isLeapYear, isoWeeksInYear } from './internal/civil.js';
import { isFiscal, labelOf, partsOf, readCalendar, readFrequency } from './internal/parts.js';

/**
 * The fields {@link formatPeriod} reads: a frequency, the year in the label and the position within it.
 * Every {@link Period} has them.
 *
 * @example
 * ```ts
 * import type { PeriodFields } from 'civic-metrics';
 * const fields: PeriodFields = { frequency: 'quarter', year: 2024, index: 3 };
 * ```
 */
export interface PeriodFields {
  /** The frequency. */
  readonly frequency: Frequency;
  /** The year written in the label (calendar, ISO week-numbering or fiscal), 1–9999. */
  readonly year: number;
  /** Day of year, ISO week, month, quarter or fiscal quarter; 1 for (fiscal) years. */
  readonly index: number;
  /** The fiscal calendar, required for fiscal frequencies. */
  readonly calendar?: FiscalCalendar | undefined;
}

function maxIndex(frequency: Frequency, year: number): number {
  switch (frequency) {
    case 'day':
      return isLeapYear(year) ? 366 : 365;
    case 'week':
      return isoWeeksInYear(year);
    case 'month':
      return 12;
    case 'quarter':
    case 'fiscal-quarter':
      return 4;
    default:
      return 1;
  }
}

/**
 * Formats a period as its canonical label, the inverse of {@link parsePeriod}:
 * `parsePeriod(formatPeriod(p), p.calendar)` equals `p`.
 *
 * The label is computed from `frequency`, `year` and `index` (a `Period`'s own `label` field is not read),
 * so this also builds labels from numbers: `{ frequency: 'week', year: 2020, index: 53 }` → `2020-W53`.
 * Years are written with four digits, weeks and months with two.
 *
 * @param period - A {@link Period} or {@link PeriodFields}.
 * @returns The canonical label.
 * @throws {ArgumentError} `invalid_argument` for an unknown frequency, a year outside 1–9999, or an index
 *   outside the year (`week` 53 of a 52-week year, `month` 13); path `period.year` / `period.index`.
 * @throws {PeriodError} `missing_calendar` for a fiscal frequency without `calendar`; `invalid_period` for a
 *   period reaching outside 0001-01-01..9999-12-31.
 * @see ISO 8601-1:2019 §5.2.4 (week date).
 *
 * @example
 * ```ts
 * import { formatPeriod } from 'civic-metrics';
 * formatPeriod({ frequency: 'week', year: 2020, index: 53 });
 * // => '2020-W53'
 * formatPeriod({ frequency: 'fiscal-quarter', year: 2025, index: 1, calendar: { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' } });
 * // => 'FY2025-Q1'
 * ```
 */
export function formatPeriod(period: PeriodFields): string {
  const fn = 'formatPeriod';
  if (typeof period !== 'object' || period === null) {
    throw new ArgumentError(`${fn}: expected period to be a Period, received ${describe(period)}`, {
      path: 'period',
      value: period,
    });
  }
  const frequency = readFrequency(fn, 'period.frequency', period.frequency);
  const { year, index } = period;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1 || year > 9999) {
    throw new ArgumentError(
      `${fn}: expected period.year to be an integer from 1 to 9999, received ${describe(year)}`,
      {
        path: 'period.year',
        value: year,
      },
    );
  }
  const max = maxIndex(frequency, year);
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 1 || index > max) {
    throw new ArgumentError(
      `${fn}: expected period.index to be an integer from 1 to ${max} for a ${frequency} of ${year}, received ${describe(index)}`,
      { path: 'period.index', value: index },
    );
  }
  const calendar = isFiscal(frequency) ? readCalendar(fn, 'period.calendar', period.calendar) : undefined;
  if (isFiscal(frequency) && calendar === undefined) {
    throw new PeriodError(
      'missing_calendar',
      `${fn}: expected period.calendar, a fiscal calendar, for a ${frequency}, received none`,
      { path: 'period.calendar' },
    );
  }
  const parts = partsOf(frequency, year, index, calendar);
  if (parts === undefined) {
    throw new PeriodError(
      'invalid_period',
      `${fn}: expected a period lying within 0001-01-01..9999-12-31, received ${frequency} ${year} #${index}`,
      { path: 'period', value: period },
    );
  }
  return labelOf(parts);
}
