import { ArgumentError } from '../../errors/ArgumentError.js';
import { CivicMetricsError } from '../../errors/CivicMetricsError.js';
import { PeriodError } from '../../errors/PeriodError.js';
import { describe } from '../../internal/describe.js';
import type { FiscalCalendar } from '../../periods/FiscalCalendar.js';
import type { Frequency } from '../../periods/Frequency.js';
import type { Period } from '../../periods/Period.js';
import { parsePeriod } from '../../periods/parsePeriod.js';
import { periodOf } from '../../periods/periodOf.js';
import { periodsBetween } from '../../periods/periodsBetween.js';
import { shiftPeriod } from '../../periods/shiftPeriod.js';
import { sortObservations } from '../../periods/sortObservations.js';
import type { Decimal } from './decimal.js';
import { readOptionalNumeric } from './numeric.js';

/**
 * Period handling shared by the time-aware scoring functions, on the public API of `civic-metrics/periods`
 * (no label parsing of our own). Errors raised by the periods functions are re-raised under the scoring
 * function's name, with the same code and path.
 */

/** Re-raises a civic-metrics error from a periods function under `fn`'s name (same class, code and path). */
export function rethrowAs(fn: string, error: unknown, pathPrefix?: string): never {
  if (error instanceof CivicMetricsError) {
    const message = error.message.replace(/^[A-Za-z]+:/, `${fn}:`);
    const path =
      pathPrefix !== undefined && error.path !== undefined
        ? error.path.replace(/^[A-Za-z]+/, pathPrefix)
        : pathPrefix !== undefined && error.path === undefined
          ? pathPrefix
          : error.path;
    const options = { ...(path === undefined ? {} : { path }), value: error.value, cause: error };
    if (error instanceof PeriodError) {
      throw new PeriodError(error.code as ConstructorParameters<typeof PeriodError>[0], message, options);
    }
    if (error instanceof ArgumentError) {
      throw new ArgumentError(message, options, error.code as ConstructorParameters<typeof ArgumentError>[2]);
    }
    throw new CivicMetricsError(error.code, message, options);
  }
  throw error;
}

/** Runs a periods call, re-raising its errors under `fn`'s name. */
export function guard<T>(fn: string, call: () => T, pathPrefix?: string): T {
  try {
    return call();
  } catch (error) {
    return rethrowAs(fn, error, pathPrefix);
  }
}

/** One observation of a read series. */
export interface SeriesPoint {
  /** Canonical period label. */
  readonly period: string;
  /** Position in periods from the first observation (0-based; gaps count). */
  readonly index: number;
  /** The value, `null` when missing. */
  readonly value: Decimal | null;
}

/** A series read, checked and sorted, with period positions. */
export interface PeriodSeries {
  readonly frequency: Frequency | undefined;
  readonly points: readonly SeriesPoint[];
  readonly calendar: FiscalCalendar | undefined;
}

/** Reads `{ period, value }` observations: one frequency, no duplicates, sorted, values exact. */
export function readPeriodSeries(
  fn: string,
  path: string,
  observations: unknown,
  calendar: FiscalCalendar | undefined,
): PeriodSeries {
  if (!Array.isArray(observations)) {
    throw new ArgumentError(
      `${fn}: expected ${path} to be an array of { period, value }, received ${describe(observations)}`,
      {
        path,
        value: observations,
      },
    );
  }
  const position = new Map<unknown, number>();
  observations.forEach((o, i) => {
    if (!position.has(o)) position.set(o, i);
  });
  const sorted = guard(fn, () => sortObservations(observations as { period: string }[], calendar), path);
  const points: SeriesPoint[] = [];
  let previous: string | undefined;
  let index = 0;
  for (const o of sorted) {
    const label = guard(fn, () => parsePeriod(o.period, calendar).label, path);
    if (previous !== undefined) index += periodsBetween(previous, label, calendar).length - 1;
    const at = position.get(o) ?? 0;
    const value = readOptionalNumeric(fn, `${path}[${at}].value`, (o as { value?: unknown }).value);
    points.push({ period: label, index, value });
    previous = label;
  }
  const first = sorted[0];
  const frequency =
    first === undefined ? undefined : guard(fn, () => parsePeriod(first.period, calendar).frequency, path);
  return { frequency, points, calendar };
}

/** Signed number of periods from `from` to `to` (same frequency). */
export function periodDistance(
  fn: string,
  from: string,
  to: string,
  calendar: FiscalCalendar | undefined,
): number {
  return guard(fn, () => {
    const a = parsePeriod(from, calendar);
    const b = parsePeriod(to, calendar);
    if (a.start <= b.start) return periodsBetween(a, b, calendar).length - 1;
    return -(periodsBetween(b, a, calendar).length - 1);
  });
}

/** Parses a label, re-raising errors under `fn` with `path`. */
export function readPeriodLabel(
  fn: string,
  path: string,
  label: unknown,
  calendar: FiscalCalendar | undefined,
): Period {
  if (typeof label !== 'string') {
    throw new ArgumentError(`${fn}: expected ${path} to be a period label, received ${describe(label)}`, {
      path,
      value: label,
    });
  }
  return guard(fn, () => parsePeriod(label, calendar), path);
}

/**
 * The period of `frequency` that holds the last day of `period` (itself when the frequencies match): where a
 * coarse target period (FY2027) ends on a monthly series.
 */
export function lastPeriodIn(
  fn: string,
  path: string,
  period: Period,
  frequency: Frequency,
  calendar: FiscalCalendar | undefined,
): Period {
  if (period.frequency === frequency) return period;
  return guard(fn, () => periodOf(period.end, frequency, calendar ?? period.calendar), path);
}

/** The period `n` steps after `period`. */
export function shift(fn: string, period: string, n: number, calendar: FiscalCalendar | undefined): Period {
  return guard(fn, () => shiftPeriod(period, n, calendar));
}

/** Whether a shift by `n` stays within the periods' range (0001–9999). */
export function canShift(period: string, n: number, calendar: FiscalCalendar | undefined): boolean {
  try {
    shiftPeriod(period, n, calendar);
    return true;
  } catch {
    return false;
  }
}
