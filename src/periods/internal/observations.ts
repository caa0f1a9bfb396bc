import { ArgumentError } from '../../errors/ArgumentError.js';
import { PeriodError } from '../../errors/PeriodError.js';

type PeriodErrorCode = ConstructorParameters<typeof PeriodError>[0];

import { describe } from '../../internal/describe.js';
import type { Aggregation } from '../Aggregation.js';
import type { FiscalCalendar } from '../FiscalCalendar.js';
import type { Frequency } from '../Frequency.js';
import type { PeriodObservation } from '../PeriodObservation.js';
import { MIN_DAY } from './civil.js';
import { DECIMAL_STRING } from './exact.js';
import { describePeriod, labelOf, ordinalOf, type Parts, parseLabel } from './parts.js';

/** Observations read, checked and sorted by period, held in typed arrays (nothing per observation is retained). */
export interface ObservationSeries {
  /** The common frequency, `undefined` for no observations. */
  readonly frequency: Frequency | undefined;
  /** The earliest period, `undefined` for no observations. */
  readonly first: Parts | undefined;
  /** The number of observations. */
  readonly length: number;
  /** First day number of each period, oldest first. */
  readonly starts: Int32Array;
  /** Ordinal of each period (see `ordinalOf`), oldest first. */
  readonly ordinals: Int32Array;
  /** `source[k]` is the input index of the `k`-th period. */
  readonly source: Int32Array;
}

function duplicate(fn: string, path: string, first: number, second: number, label: string): never {
  const [a, b] = first < second ? [first, second] : [second, first];
  throw new PeriodError(
    'duplicate_observation',
    `${fn}: expected one observation per period, received ${path}[${a}] and ${path}[${b}] both for '${label}'`,
    { path: `${path}[${b}].period`, value: label },
  );
}

/**
 * Reads observations: checks the array and every `period` label, requires one frequency (the first
 * observation's; any other is a `frequency_mismatch` naming both observations) and one observation per
 * period (a `duplicate_observation` naming both), and sorts them by period without touching the input.
 * Sorting is skipped for input already in order; otherwise it is a native numeric sort of packed keys.
 */
export function readObservations(
  fn: string,
  path: string,
  observations: unknown,
  calendar: FiscalCalendar | undefined,
): ObservationSeries {
  if (!Array.isArray(observations)) {
    throw new ArgumentError(
      `${fn}: expected ${path} to be an array of observations, received ${describe(observations)}`,
      { path, value: observations },
    );
  }
  const n = observations.length;
  const starts = new Int32Array(n);
  const ordinals = new Int32Array(n);
  let sorted = true;
  let head: Parts | undefined;
  let first: Parts | undefined;
  for (let i = 0; i < n; i++) {
    const observation = observations[i] as PeriodObservation | null | undefined;
    if (typeof observation !== 'object' || observation === null) {
      throw new ArgumentError(
        `${fn}: expected ${path}[${i}] to be an observation { period, value }, received ${describe(observation)}`,
        { path: `${path}[${i}]`, value: observation },
      );
    }
    let p: Parts;
    try {
      p = parseLabel(fn, path, observation.period, calendar);
    } catch (error) {
      // The element path is built only on failure, keeping the loop free of string work.
      if (!(error instanceof PeriodError)) throw error;
      throw new PeriodError(error.code as PeriodErrorCode, error.message, {
        path: `${path}[${i}].period`,
        value: error.value,
      });
    }
    if (head === undefined) {
      head = p;
      first = p;
    } else if (p.frequency !== head.frequency) {
      throw new PeriodError(
        'frequency_mismatch',
        `${fn}: expected every observation to have one frequency, received ${path}[0].period ${describePeriod(head)} and ${path}[${i}].period ${describePeriod(p)}`,
        { path: `${path}[${i}].period`, value: observation.period },
      );
    } else if (p.start < (first as Parts).start) first = p;
    if (i > 0) {
      const previous = starts[i - 1] as number;
      if (p.start === previous) duplicate(fn, path, i - 1, i, labelOf(p));
      if (p.start < previous) sorted = false;
    }
    starts[i] = p.start;
    ordinals[i] = ordinalOf(p);
  }
  const source = new Int32Array(n);
  if (sorted) {
    for (let i = 0; i < n; i++) source[i] = i;
    return { frequency: head?.frequency, first, length: n, starts, ordinals, source };
  }
  // Sort by start day: keys (start − MIN_DAY)·2^31 + index are distinct safe integers (start − MIN_DAY < 2^22,
  // index < 2^31), so a native numeric sort of a Float64Array orders them, ties (duplicates) by input index.
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = ((starts[i] as number) - MIN_DAY) * 2147483648 + i;
  keys.sort();
  const sortedStarts = new Int32Array(n);
  const sortedOrdinals = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const i = (keys[k] as number) % 2147483648;
    source[k] = i;
    sortedStarts[k] = starts[i] as number;
    sortedOrdinals[k] = ordinals[i] as number;
    if (k > 0 && sortedStarts[k - 1] === sortedStarts[k]) {
      const label = (observations[i] as PeriodObservation).period;
      duplicate(fn, path, source[k - 1] as number, i, label);
    }
  }
  return {
    frequency: head?.frequency,
    first,
    length: n,
    starts: sortedStarts,
    ordinals: sortedOrdinals,
    source,
  };
}

/** A value read from an observation: a finite number, a decimal string, or `null` for missing. */
export type ReadValue = number | string | null;

/**
 * Reads one value field: numbers (NaN is missing), decimal strings, `null`/`undefined` (missing). The error
 * path is `path`, or `path[index].field` when `index >= 0` (built only when an error is thrown).
 */
export function readValue(fn: string, path: string, value: unknown, index = -1, field = ''): ReadValue {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    if (Number.isNaN(value)) return null;
  } else if (value === null || value === undefined) return null;
  else if (typeof value === 'string' && DECIMAL_STRING.test(value)) return value;
  const where = index < 0 ? path : `${path}[${index}].${field}`;
  throw new ArgumentError(
    `${fn}: expected ${where} to be a finite number, a decimal string, null or NaN, received ${describe(value)}`,
    { path: where, value },
  );
}

/**
 * Reads the value of observation `i` for an aggregation into `out` as `[value, denominator]`: the `value`
 * field, or for `ratio` the numerator and denominator, both `null` unless both are present.
 */
export function valueAt(
  fn: string,
  path: string,
  observations: readonly PeriodObservation[],
  i: number,
  aggregation: Aggregation,
  out: [ReadValue, ReadValue],
): [ReadValue, ReadValue] {
  const observation = observations[i] as PeriodObservation;
  if (aggregation !== 'ratio') {
    out[0] = readValue(fn, path, observation.value, i, 'value');
    out[1] = null;
    return out;
  }
  const num = readValue(fn, path, observation.numerator, i, 'numerator');
  const den = readValue(fn, path, observation.denominator, i, 'denominator');
  const both = num !== null && den !== null;
  out[0] = both ? num : null;
  out[1] = both ? den : null;
  return out;
}

/**
 * The values of sorted observations for an aggregation, in period order (see {@link valueAt}): `values[k]`
 * and, for `ratio`, `denominators[k]` of the `k`-th period.
 */
export function readValues(
  fn: string,
  path: string,
  observations: readonly PeriodObservation[],
  series: ObservationSeries,
  aggregation: Aggregation,
): { values: ReadValue[]; denominators: ReadValue[] | undefined } {
  const n = series.length;
  const values: ReadValue[] = new Array(n);
  const denominators: ReadValue[] | undefined = aggregation === 'ratio' ? new Array(n) : undefined;
  const pair: [ReadValue, ReadValue] = [null, null];
  for (let k = 0; k < n; k++) {
    valueAt(fn, path, observations, series.source[k] as number, aggregation, pair);
    values[k] = pair[0];
    if (denominators !== undefined) denominators[k] = pair[1];
  }
  return { values, denominators };
}

/** Whether observation `i` has a value (or, for ratio indicators, both a numerator and a denominator). */
export function hasValue(
  fn: string,
  path: string,
  observations: readonly PeriodObservation[],
  i: number,
): boolean {
  const observation = observations[i] as PeriodObservation;
  if (readValue(fn, path, observation.value, i, 'value') !== null) return true;
  return (
    readValue(fn, path, observation.numerator, i, 'numerator') !== null &&
    readValue(fn, path, observation.denominator, i, 'denominator') !== null
  );
}
