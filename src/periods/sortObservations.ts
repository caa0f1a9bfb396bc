import type { FiscalCalendar } from './FiscalCalendar.js';
import { readObservations } from './internal/observations.js';
import { readCalendar } from './internal/parts.js';
import type { PeriodObservation } from './PeriodObservation.js';

/**
 * Checks a series and returns its observations sorted by period, oldest first, as a new array holding the
 * same objects (the input array is not reordered).
 *
 * Every `period` must be a canonical label of one frequency, and each period may appear once: this is the
 * check every time-series function of `civic-metrics/periods` applies to its input.
 *
 * @param observations - The series; see {@link PeriodObservation}. Other fields are kept.
 * @param calendar - The fiscal calendar, required for fiscal labels.
 * @returns The observations in period order.
 * @throws {PeriodError} `frequency_mismatch` when observations differ in frequency (naming the first
 *   observation and the offending one); `duplicate_observation` when two share a period (naming both);
 *   `invalid_period` / `missing_calendar` for an unreadable label (path `observations[i].period`).
 * @throws {ArgumentError} `invalid_argument` when `observations` is not an array of objects.
 * @see {@link comparePeriods} for the order.
 *
 * @example
 * ```ts
 * import { sortObservations } from 'civic-metrics';
 * sortObservations([{ period: '2024-03', value: 3 }, { period: '2024-01', value: 1 }]).map((o) => o.period);
 * // => ['2024-01', '2024-03']
 * ```
 */
export function sortObservations<T extends PeriodObservation>(
  observations: readonly T[],
  calendar?: FiscalCalendar,
): T[] {
  const fn = 'sortObservations';
  const series = readObservations(fn, 'observations', observations, readCalendar(fn, 'calendar', calendar));
  return Array.from(series.source, (i) => observations[i] as T);
}
