import { ArgumentError } from '../../errors/ArgumentError.js';
import { PeriodError } from '../../errors/PeriodError.js';
import { describe } from '../../internal/describe.js';
import type { Aggregation } from '../Aggregation.js';
import type { FiscalCalendar } from '../FiscalCalendar.js';
import type { Frequency } from '../Frequency.js';
import type { PeriodObservation } from '../PeriodObservation.js';
import { MIN_DAY } from './civil.js';
import { DECIMAL_STRING } from './exact.js';
import { describePeriod, labelOf, type Parts, parseLabel } from './parts.js';

/** Observations read, checked and sorted by period. */
export interface ObservationSeries {
  /** The common frequency, `undefined` for no observations. */
  readonly frequency: Frequency | undefined;
  /** The periods, oldest first. */
  readonly parts: Parts[];
  /** `source[k]` is the input index of `parts[k]`. */
  readonly source: Int32Array;
}

function duplicate(fn: string, path: string, first: number, second: number, parts: Parts): never {
  const [a, b] = first < second ? [first, second] : [second, first];
  throw new PeriodError(
    'duplicate_observation',
    `${fn}: expected one observation per period, received ${path}[${a}] and ${path}[${b}] both for '${labelOf(parts)}'`,
    { path: `${path}[${b}].period`, value: labelOf(parts) },
  );
}

/**
 * Reads observations: checks the array and every `period` label, requires one frequency (the first
 * observation's; any other is a `frequency_mismatch` naming both observations) and one observation per
 * period (a `duplicate_observation` naming both), and sorts them by period without touching the input.
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
      {
        path,
        value: observations,
      },
    );
  }
  const n = observations.length;
  const parts: Parts[] = new Array(n);
  let sorted = true;
  let first: Parts | undefined;
  for (let i = 0; i < n; i++) {
    const observation = observations[i] as PeriodObservation | null | undefined;
    if (typeof observation !== 'object' || observation === null) {
      throw new ArgumentError(
        `${fn}: expected ${path}[${i}] to be an observation { period, value }, received ${describe(observation)}`,
        { path: `${path}[${i}]`, value: observation },
      );
    }
    const p = parseLabel(fn, `${path}[${i}].period`, observation.period, calendar);
    if (first === undefined) first = p;
    else if (p.frequency !== first.frequency) {
      throw new PeriodError(
        'frequency_mismatch',
        `${fn}: expected every observation to have one frequency, received ${path}[0].period ${describePeriod(first)} and ${path}[${i}].period ${describePeriod(p)}`,
        { path: `${path}[${i}].period`, value: observation.period },
      );
    }
    if (i > 0) {
      const previous = (parts[i - 1] as Parts).start;
      if (p.start === previous) duplicate(fn, path, i - 1, i, p);
      if (p.start < previous) sorted = false;
    }
    parts[i] = p;
  }
  const source = new Int32Array(n);
  if (sorted) {
    for (let i = 0; i < n; i++) source[i] = i;
    return { frequency: first?.frequency, parts, source };
  }
  // Sort by start day, ties impossible but broken by input index: keys (start − MIN_DAY)·2^31 + index are
  // distinct safe integers (start − MIN_DAY < 2^22), so a native numeric sort orders them.
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = ((parts[i] as Parts).start - MIN_DAY) * 2147483648 + i;
  keys.sort();
  const ordered: Parts[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const i = (keys[k] as number) % 2147483648;
    source[k] = i;
    ordered[k] = parts[i] as Parts;
    if (k > 0 && (ordered[k - 1] as Parts).start === (ordered[k] as Parts).start)
      duplicate(fn, path, source[k - 1] as number, i, ordered[k] as Parts);
  }
  return { frequency: first?.frequency, parts: ordered, source };
}

/** A value read from an observation: a finite number, a decimal string, or `null` for missing. */
export type ReadValue = number | string | null;

/** Reads one value field: numbers (NaN is missing), decimal strings, `null`/`undefined` (missing). */
export function readValue(fn: string, path: string, value: unknown): ReadValue {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    if (Number.isNaN(value)) return null;
  } else if (value === null || value === undefined) return null;
  else if (typeof value === 'string' && DECIMAL_STRING.test(value)) return value;
  throw new ArgumentError(
    `${fn}: expected ${path} to be a finite number, a decimal string, null or NaN, received ${describe(value)}`,
    { path, value },
  );
}

/**
 * The values of sorted observations for an aggregation, in period order: `values[k]` for `parts[k]`
 * (`value` field), or for `ratio` the numerators and denominators, `null` unless both are present.
 */
export function readValues(
  fn: string,
  path: string,
  observations: readonly PeriodObservation[],
  series: ObservationSeries,
  aggregation: Aggregation,
): { values: ReadValue[]; denominators: ReadValue[] | undefined } {
  const n = series.source.length;
  const values: ReadValue[] = new Array(n);
  if (aggregation !== 'ratio') {
    for (let k = 0; k < n; k++) {
      const i = series.source[k] as number;
      values[k] = readValue(fn, `${path}[${i}].value`, (observations[i] as PeriodObservation).value);
    }
    return { values, denominators: undefined };
  }
  const denominators: ReadValue[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const i = series.source[k] as number;
    const observation = observations[i] as PeriodObservation;
    const num = readValue(fn, `${path}[${i}].numerator`, observation.numerator);
    const den = readValue(fn, `${path}[${i}].denominator`, observation.denominator);
    const both = num !== null && den !== null;
    values[k] = both ? num : null;
    denominators[k] = both ? den : null;
  }
  return { values, denominators };
}

/** Whether an observation has a value (or, for ratio indicators, both a numerator and a denominator). */
export function hasValue(fn: string, path: string, observation: PeriodObservation): boolean {
  if (readValue(fn, `${path}.value`, observation.value) !== null) return true;
  return (
    readValue(fn, `${path}.numerator`, observation.numerator) !== null &&
    readValue(fn, `${path}.denominator`, observation.denominator) !== null
  );
}
