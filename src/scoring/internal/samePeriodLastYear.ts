import type { FiscalCalendar } from '../../periods/FiscalCalendar.js';
import type { Period } from '../../periods/Period.js';
import { parsePeriod } from '../../periods/parsePeriod.js';
import { shift } from './periodSeries.js';

/**
 * The label of the same period one year earlier, or `null` when it does not exist (ISO week 53 of a year
 * whose predecessor has 52 weeks): 12 months, 4 quarters or 1 year back; the same ISO week number of the
 * previous ISO year; the same date last year, 29 February read as 28 February. Errors (a shift before the
 * year 0001) are raised under `fn`'s name.
 */
export function samePeriodLastYear(
  fn: string,
  period: Period,
  calendar: FiscalCalendar | undefined,
): string | null {
  switch (period.frequency) {
    case 'day': {
      const [y, m, d] = period.start.split('-') as [string, string, string];
      const year = String(Number(y) - 1).padStart(4, '0');
      const day = m === '02' && d === '29' ? '28' : d;
      return `${year}-${m}-${day}`;
    }
    case 'week': {
      const label = `${String(period.year - 1).padStart(4, '0')}-W${String(period.index).padStart(2, '0')}`;
      try {
        return parsePeriod(label).label;
      } catch {
        return null;
      }
    }
    case 'month':
      return shift(fn, period.label, -12, calendar).label;
    case 'quarter':
    case 'fiscal-quarter':
      return shift(fn, period.label, -4, calendar ?? period.calendar).label;
    default:
      return shift(fn, period.label, -1, calendar ?? period.calendar).label;
  }
}
