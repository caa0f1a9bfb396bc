import { ArgumentError } from '../../errors/ArgumentError.js';
import { PeriodError } from '../../errors/PeriodError.js';
import type { FiscalCalendar } from '../FiscalCalendar.js';
import type { Frequency } from '../Frequency.js';
import {
  describePeriod,
  isFiscal,
  labelOf,
  ordinalOf,
  type Parts,
  readCalendar,
  readPeriod,
  sameCalendar,
} from './parts.js';

/** Throws `missing_calendar` when a fiscal frequency is used without a calendar. */
export function requireCalendar(
  fn: string,
  path: string,
  frequency: Frequency,
  calendar: FiscalCalendar | undefined,
): void {
  if (isFiscal(frequency) && calendar === undefined) {
    throw new PeriodError(
      'missing_calendar',
      `${fn}: expected a fiscal calendar { fiscalYearStartMonth, fiscalYearNaming } for frequency '${frequency}', received none`,
      { path },
    );
  }
}

/**
 * The calendar to use with a period that may carry its own: a fiscal period's own calendar, unless the
 * caller passed a different one, which is a `frequency_mismatch` (two fiscal calendars cannot be mixed).
 */
export function resolveCalendar(
  fn: string,
  path: string,
  own: FiscalCalendar | undefined,
  explicit: FiscalCalendar | undefined,
): FiscalCalendar | undefined {
  if (own === undefined) return explicit;
  if (explicit === undefined || sameCalendar(own, explicit)) return own;
  throw new PeriodError(
    'frequency_mismatch',
    `${fn}: expected ${path} to use the fiscal calendar passed (start month ${explicit.fiscalYearStartMonth}, naming '${explicit.fiscalYearNaming}'), received one with start month ${own.fiscalYearStartMonth}, naming '${own.fiscalYearNaming}'`,
    { path },
  );
}

/** Throws `frequency_mismatch` unless two periods have the same frequency (and fiscal calendar). */
export function assertSameFrequency(fn: string, pathA: string, a: Parts, pathB: string, b: Parts): void {
  if (a.frequency !== b.frequency) {
    throw new PeriodError(
      'frequency_mismatch',
      `${fn}: expected ${pathB} to have the frequency of ${pathA} ${describePeriod(a)}, received ${describePeriod(b)}`,
      { path: pathB, value: labelOf(b) },
    );
  }
  resolveCalendar(fn, pathB, b.calendar, a.calendar);
}

/**
 * Reads a range `from`..`to` (periods or labels, one frequency, `to` not before `from`) with the calendar,
 * and the ordinals of its ends; the errors name `fn` and the argument.
 */
export function readRange(
  fn: string,
  from: unknown,
  to: unknown,
  calendar: unknown,
): { cal: FiscalCalendar | undefined; first: Parts; last: Parts; a: number; b: number } {
  const cal = readCalendar(fn, 'calendar', calendar);
  const first = readPeriod(fn, 'from', from, cal);
  const last = readPeriod(fn, 'to', to, cal);
  assertSameFrequency(fn, 'from', first, 'to', last);
  const a = ordinalOf(first);
  const b = ordinalOf(last);
  if (b < a) {
    throw new ArgumentError(
      `${fn}: expected to to be on or after from '${labelOf(first)}', received '${labelOf(last)}'`,
      { path: 'to', value: labelOf(last) },
    );
  }
  return { cal, first, last, a, b };
}
