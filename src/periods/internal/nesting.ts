import { PeriodError } from '../../errors/PeriodError.js';
import type { FiscalCalendar } from '../FiscalCalendar.js';
import type { Frequency } from '../Frequency.js';

/**
 * Whether every period of frequency `fine` lies within exactly one period of frequency `coarse` (for the
 * given fiscal calendar). Days nest in everything; ISO weeks only in weeks (they straddle months and
 * years); months in every month-based frequency; calendar quarters in fiscal ones when the fiscal year starts
 * in January, April, July or October; calendar and fiscal years in each other when it starts in January.
 */
export function nests(fine: Frequency, coarse: Frequency, calendar: FiscalCalendar | undefined): boolean {
  if (fine === coarse || fine === 'day') return true;
  const quarterAligned = calendar !== undefined && (calendar.fiscalYearStartMonth - 1) % 3 === 0;
  const january = calendar !== undefined && calendar.fiscalYearStartMonth === 1;
  switch (fine) {
    case 'week':
      return false;
    case 'month':
      return coarse !== 'day' && coarse !== 'week';
    case 'quarter':
      return (
        coarse === 'year' || (quarterAligned && (coarse === 'fiscal-quarter' || coarse === 'fiscal-year'))
      );
    case 'fiscal-quarter':
      return (
        coarse === 'fiscal-year' || (quarterAligned && coarse === 'quarter') || (january && coarse === 'year')
      );
    case 'year':
    case 'fiscal-year':
      return january && (coarse === 'year' || coarse === 'fiscal-year');
  }
}

/** Why `fine` does not nest in `coarse`, for messages. */
export function nestingReason(
  fine: Frequency,
  coarse: Frequency,
  calendar: FiscalCalendar | undefined,
): string {
  return fine === 'week'
    ? 'ISO weeks straddle months and years; aggregate daily data instead'
    : `a ${fine} does not lie within a single ${coarse}${calendar === undefined ? '' : ` of a fiscal year starting in month ${calendar.fiscalYearStartMonth}`}`;
}

/** Throws `frequency_mismatch` unless `fine` nests in `coarse`. */
export function assertNests(
  fn: string,
  path: string,
  fine: Frequency,
  coarse: Frequency,
  calendar: FiscalCalendar | undefined,
): void {
  if (nests(fine, coarse, calendar)) return;
  throw new PeriodError(
    'frequency_mismatch',
    `${fn}: expected ${path} to be a frequency that ${fine} periods nest in (${nestingReason(fine, coarse, calendar)}), received '${coarse}'`,
    { path, value: coarse },
  );
}
