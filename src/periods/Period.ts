import type { FiscalCalendar } from './FiscalCalendar.js';
import type { Frequency } from './Frequency.js';

/**
 * A reporting period: a day, ISO week, month, quarter, year, fiscal quarter or fiscal year, with its
 * canonical label and its first and last civil dates (both inclusive, `YYYY-MM-DD`).
 *
 * Obtain one from {@link parsePeriod} or {@link periodOf}; every function of `civic-metrics/periods` accepts
 * either a `Period` or its label. Periods returned by this library are fresh plain objects (read-only in
 * their type), deep-equal (`toEqual`) whenever they denote the same period; a fiscal period's `calendar` is
 * a frozen copy shared by the periods read with the same calendar object.
 *
 * - `year` is the year written in the label: the calendar year, the ISO week-numbering year for weeks
 *   (`2020-W53` has `year` 2020 although it ends on 2021-01-03), or the fiscal year number.
 * - `index` is the position within that year: day of the year (1–366), ISO week (1–53), month (1–12),
 *   quarter or fiscal quarter (1–4), and 1 for years and fiscal years.
 * - `calendar` is present on fiscal periods only: the {@link FiscalCalendar} the label was read with.
 *
 * @example
 * ```ts
 * import type { Period } from 'civic-metrics';
 * const period: Period = {
 *   label: 'FY2025-Q1',
 *   frequency: 'fiscal-quarter',
 *   start: '2024-07-01',
 *   end: '2024-09-30',
 *   year: 2025,
 *   index: 1,
 *   calendar: { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' },
 * };
 * ```
 */
export interface Period {
  /** The canonical label, e.g. `2024-07`, `2020-W53`, `FY2025-Q1`. */
  readonly label: string;
  /** The frequency of the period. */
  readonly frequency: Frequency;
  /** The first day, `YYYY-MM-DD`, inclusive. */
  readonly start: string;
  /** The last day, `YYYY-MM-DD`, inclusive. */
  readonly end: string;
  /** The year in the label: calendar, ISO week-numbering, or fiscal year. */
  readonly year: number;
  /** The position within `year`: day of year, ISO week, month, quarter, or 1 for (fiscal) years. */
  readonly index: number;
  /** The fiscal calendar of a fiscal period; absent on calendar periods. */
  readonly calendar?: FiscalCalendar;
}
