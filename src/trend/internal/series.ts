import { ArgumentError } from '../../errors/ArgumentError.js';
import { assertOneOf } from '../../internal/assert.js';
import { describe } from '../../internal/describe.js';
import { readSeries } from '../../internal/readSeries.js';
import type { TrendTimeUnit } from '../TrendTimeInput.js';

/** Length of each time unit in milliseconds (a year is the mean Gregorian year of 365.2425 days). */
const UNIT_MS: Record<TrendTimeUnit, number> = {
  day: 86_400_000,
  week: 7 * 86_400_000,
  month: (365.2425 / 12) * 86_400_000,
  quarter: (365.2425 / 4) * 86_400_000,
  year: 365.2425 * 86_400_000,
};

export const timeUnits: readonly TrendTimeUnit[] = ['day', 'week', 'month', 'quarter', 'year'];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A series with its time axis, and the compacted non-missing points. */
export interface PreparedSeries {
  /** All values, NaN where missing. */
  values: Float64Array;
  /** Time of every position, measured from the first position (0-based positions by default). */
  times: Float64Array;
  /** Non-missing values in order. */
  validValues: Float64Array;
  /** Their times. */
  validTimes: Float64Array;
  /** Whether the caller supplied `times`. */
  timed: boolean;
}

function timeValue(fn: string, path: string, value: unknown): { ms: number; isDate: boolean } {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new ArgumentError(
        `${fn}: expected ${path} to be a finite number or an ISO date, received ${describe(value)}`,
        {
          path,
          value,
        },
      );
    }
    return { ms: value, isDate: false };
  }
  if (value instanceof Date && !Number.isNaN(value.getTime())) return { ms: value.getTime(), isDate: true };
  if (typeof value === 'string') {
    const match = ISO_DATE.exec(value);
    if (match) {
      // Date-only and zone-less date-times are read as UTC, so the result never depends on the time zone.
      const text = value.length === 10 ? `${value}T00:00:00Z` : match[1] === undefined ? `${value}Z` : value;
      const ms = Date.parse(text.replace(' ', 'T'));
      if (!Number.isNaN(ms)) return { ms, isDate: true };
    }
  }
  throw new ArgumentError(
    `${fn}: expected ${path} to be a finite number or an ISO date, received ${describe(value)}`,
    {
      path,
      value,
    },
  );
}

/**
 * Reads `times` (numbers, ISO 8601 date strings or Dates, strictly increasing, one per value) into time
 * offsets from the first element: numbers as given, dates in `timeUnit`s (default year).
 */
export function readTimes(
  fn: string,
  times: unknown,
  length: number,
  timeUnit: TrendTimeUnit | undefined,
): Float64Array {
  if (!Array.isArray(times) && !ArrayBuffer.isView(times)) {
    throw new ArgumentError(`${fn}: expected options.times to be an array, received ${describe(times)}`, {
      path: 'options.times',
      value: times,
    });
  }
  const input = times as ArrayLike<unknown>;
  if (input.length !== length) {
    throw new ArgumentError(
      `${fn}: expected options.times to have the length of values (${length}), received length ${input.length}`,
      { path: 'options.times', value: input.length },
      'mismatched_lengths',
    );
  }
  const out = new Float64Array(length);
  let dates = 0;
  let origin = 0;
  for (let i = 0; i < length; i++) {
    const { ms, isDate } = timeValue(fn, `options.times[${i}]`, input[i]);
    if (isDate) dates++;
    if (dates !== 0 && dates !== i + 1) {
      throw new ArgumentError(
        `${fn}: expected options.times to be all numbers or all dates, received a mixture`,
        {
          path: `options.times[${i}]`,
          value: input[i],
        },
      );
    }
    if (i === 0) origin = ms;
    out[i] = ms - origin;
    if (i > 0 && !(out[i]! > out[i - 1]!)) {
      throw new ArgumentError(
        `${fn}: expected options.times to be strictly increasing, received ${describe(input[i])} at options.times[${i}] after ${describe(input[i - 1])}`,
        { path: `options.times[${i}]`, value: input[i] },
      );
    }
  }
  if (timeUnit !== undefined) {
    assertOneOf(fn, 'options.timeUnit', timeUnit, timeUnits);
    if (dates === 0 && length > 0) {
      throw new ArgumentError(
        `${fn}: expected options.timeUnit only with date times (numeric times are used as given), received '${timeUnit}'`,
        { path: 'options.timeUnit', value: timeUnit },
      );
    }
  }
  if (dates > 0) {
    const unit = UNIT_MS[timeUnit ?? 'year'];
    for (let i = 0; i < length; i++) out[i] = out[i]! / unit;
  }
  return out;
}

/** Positions 0, 1, …, n − 1, shared between calls (read-only: every caller only reads times). */
let sharedPositions = new Float64Array(0);
function positions(n: number): Float64Array {
  if (n > 1 << 16) return Float64Array.from({ length: n }, (_, i) => i);
  if (sharedPositions.length < n) {
    sharedPositions = new Float64Array(Math.min(1 << 16, Math.max(n, 2 * sharedPositions.length)));
    for (let i = 0; i < sharedPositions.length; i++) sharedPositions[i] = i;
  }
  return sharedPositions.subarray(0, n);
}

/** Reads values (null/undefined/NaN missing) and the optional time axis. */
export function prepareSeries(
  fn: string,
  values: unknown,
  times: unknown,
  timeUnit: TrendTimeUnit | undefined,
): PreparedSeries {
  const all = readSeries(fn, 'values', values);
  const n = all.length;
  let t: Float64Array;
  const timed = times !== undefined;
  if (timed) t = readTimes(fn, times, n, timeUnit);
  else {
    if (timeUnit !== undefined) {
      throw new ArgumentError(
        `${fn}: expected options.timeUnit only together with options.times, received '${String(timeUnit)}'`,
        {
          path: 'options.timeUnit',
          value: timeUnit,
        },
      );
    }
    t = positions(n);
  }
  let valid = 0;
  for (let i = 0; i < n; i++) if (!Number.isNaN(all[i]!)) valid++;
  // Nothing missing: the valid values and times are the series itself (read-only from here on).
  if (valid === n) return { values: all, times: t, validValues: all, validTimes: t, timed };
  const validValues = new Float64Array(valid);
  const validTimes = new Float64Array(valid);
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isNaN(all[i]!)) {
      validValues[k] = all[i]!;
      validTimes[k] = t[i]!;
      k++;
    }
  }
  return { values: all, times: t, validValues, validTimes, timed };
}
