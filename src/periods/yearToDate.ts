import { ArgumentError } from '../errors/ArgumentError.js';
import { PeriodError } from '../errors/PeriodError.js';
import { describe } from '../internal/describe.js';
import type { AggregatedPeriod } from './AggregatedPeriod.js';
import type { Aggregation } from './Aggregation.js';
import type { FiscalCalendar } from './FiscalCalendar.js';
import type { Frequency } from './Frequency.js';
import { Accumulator } from './internal/accumulate.js';
import {
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  formatDay,
  isoWeekOneMonday,
  MAX_DAY,
  MIN_DAY,
  pad4,
} from './internal/civil.js';
import { Exact, plain, Quotient } from './internal/exact.js';
import { nestingReason, nests } from './internal/nesting.js';
import { type ReadValue, readObservations, valueAt } from './internal/observations.js';
import { readAggregation, readMinCoverage, readOptions } from './internal/options.js';
import { lowerBound } from './internal/ordinals.js';
import {
  labelOf,
  ordinalOf,
  type Parts,
  partsOf,
  partsOfDay,
  partsOfOrdinal,
  readCalendar,
  readDay,
  readFrequency,
  readPeriod,
  toPeriod,
} from './internal/parts.js';
import { requireCalendar, resolveCalendar } from './internal/require.js';
import type { Period } from './Period.js';
import type { PeriodObservation } from './PeriodObservation.js';

/**
 * Options of {@link yearToDate}.
 *
 * @example
 * ```ts
 * import type { YearToDateOptions } from 'civic-metrics';
 * const options: YearToDateOptions = { aggregation: 'sum', fiscal: true, calendar: { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' } };
 * ```
 */
export interface YearToDateOptions {
  /** How the periods to date are reduced; see {@link aggregations}. */
  readonly aggregation: Aggregation;
  /** Count from the start of the fiscal year (needs `calendar`) instead of the calendar year. Default `false`. */
  readonly fiscal?: boolean | undefined;
  /** The fiscal calendar: required with `fiscal: true` or fiscal labels. */
  readonly calendar?: FiscalCalendar | undefined;
  /** The least coverage (0–1) a window needs to get a value; default 0. See {@link ResampleOptions}. */
  readonly minCoverage?: number | undefined;
  /** The series' frequency, needed only when `observations` is empty (then defaulting to `asOf`'s). */
  readonly frequency?: Frequency | undefined;
}

/**
 * One year-to-date window: the periods of the series from the start of the (fiscal) year through the
 * cut-off, aggregated. `from`/`to`/`through` are `null` when no period of the year has ended yet.
 *
 * @example
 * ```ts
 * import { type YearToDateWindow, parsePeriod } from 'civic-metrics';
 * const window: YearToDateWindow = {
 *   year: '2024',
 *   start: '2024-01-01',
 *   through: '2024-05-31',
 *   from: parsePeriod('2024-01'),
 *   to: parsePeriod('2024-05'),
 *   value: 120,
 *   exact: '120',
 *   coverage: { expected: 5, present: 5, ratio: 1 },
 *   status: 'complete',
 * };
 * ```
 */
export interface YearToDateWindow extends Omit<AggregatedPeriod, 'period'> {
  /** The year's label: `2024`, `FY2025`; for weekly series the ISO week-numbering year. */
  readonly year: string;
  /** The first day of the year (for weekly series, the Monday of its week 1). */
  readonly start: string;
  /** The last day covered: the end of `to`, or `null`. */
  readonly through: string | null;
  /** The first period included, or `null`. */
  readonly from: Period | null;
  /** The last period included, or `null`. */
  readonly to: Period | null;
}

/**
 * The change from the prior year to date to the current one.
 *
 * @example
 * ```ts
 * import type { YearToDateChange } from 'civic-metrics';
 * const change: YearToDateChange = { absolute: 20, exact: '20', relative: 0.2 };
 * ```
 */
export interface YearToDateChange {
  /** `current − prior`, or `null` when either has no value. */
  readonly absolute: number | null;
  /** The same as an exact decimal string. */
  readonly exact: string | null;
  /** `(current − prior) / |prior|` (34 significant digits, then to double), or `null` when prior is 0 or missing. */
  readonly relative: number | null;
}

/**
 * The result of {@link yearToDate}.
 *
 * @example
 * ```ts
 * import type { YearToDateResult } from 'civic-metrics';
 * type Current = YearToDateResult['current'];
 * const through: Current['through'] = '2024-05-31';
 * ```
 */
export interface YearToDateResult {
  /** The cut-off date: the last day of `asOf`. */
  readonly asOf: string;
  /** The series' frequency. */
  readonly frequency: Frequency;
  /** Whether years are fiscal. */
  readonly fiscal: boolean;
  /** This year to date. */
  readonly current: YearToDateWindow;
  /** The same span of the previous year. */
  readonly prior: YearToDateWindow;
  /** From `prior` to `current`. */
  readonly change: YearToDateChange;
}

interface YearSpan {
  label: string;
  start: number;
  end: number;
}

/**
 * Year to date, and the same span of the previous year, for "YTD vs prior YTD" comparisons.
 *
 * The cut-off is the last day of `asOf`: a date (`YYYY-MM-DD` or a `Date`, read by its local calendar
 * date) or a period (`2024-05` means through 2024-05-31). The current window holds the series' periods from
 * the first of the (fiscal, with `fiscal: true`) year containing the cut-off through the last one that has
 * *ended* by the cut-off: as of 2024-05-15 a monthly series counts January to April. Weekly series count
 * ISO weeks of the ISO week-numbering year (weeks do not nest in calendar years).
 *
 * The prior window is the same span one year earlier: the same number of periods from the start of the
 * previous year (weeks 1–22 against weeks 1–22, clamped to the year's last week), and for daily series the
 * same calendar date, 29 February falling back to 28 February. Each window is aggregated as in
 * {@link resample}, with coverage against the periods it spans and the same statuses; observations after
 * the cut-off are ignored. `change` compares the two values.
 *
 * @param observations - The series; see {@link PeriodObservation}. Any order; not mutated.
 * @param asOf - The cut-off: a date, a `Date`, or a period (label or {@link Period}).
 * @param options - See {@link YearToDateOptions}.
 * @returns See {@link YearToDateResult}.
 * @throws {PeriodError} `frequency_mismatch` when the series does not nest in (fiscal) years (fiscal
 *   quarters in calendar years, say) or mixes frequencies; `duplicate_observation`; `invalid_period` /
 *   `missing_calendar` for unreadable labels, or `fiscal: true` without a calendar.
 * @throws {ArgumentError} `invalid_argument` for bad options or values.
 * @see NYPD CompStat 2.0 (year-to-date against prior-year-to-date counts); City of New York, *Preliminary
 *   Mayor's Management Report* (the first four months of the fiscal year against the same months a year
 *   earlier).
 *
 * @example
 * ```ts
 * import { yearToDate } from 'civic-metrics';
 * const series = [
 *   { period: '2023-01', value: 10 }, { period: '2023-02', value: 10 }, { period: '2023-03', value: 40 },
 *   { period: '2024-01', value: 12 }, { period: '2024-02', value: 13 },
 * ];
 * const ytd = yearToDate(series, '2024-02-29', { aggregation: 'sum' });
 * [ytd.current.value, ytd.prior.value, ytd.change.relative];
 * // => [25, 20, 0.25]
 * ```
 */
export function yearToDate(
  observations: readonly PeriodObservation[],
  asOf: string | Date | Period,
  options: YearToDateOptions,
): YearToDateResult {
  const fn = 'yearToDate';
  const opts = readOptions(fn, 'options', options);
  const aggregation = readAggregation(fn, 'options.aggregation', opts.aggregation);
  const explicit = readCalendar(fn, 'options.calendar', opts.calendar);
  const minCoverage = readMinCoverage(fn, 'options.minCoverage', opts.minCoverage);
  if (opts.fiscal !== undefined && typeof opts.fiscal !== 'boolean') {
    throw new ArgumentError(
      `${fn}: expected options.fiscal to be a boolean, received ${describe(opts.fiscal)}`,
      {
        path: 'options.fiscal',
        value: opts.fiscal,
      },
    );
  }
  const fiscal = opts.fiscal === true;
  let cutoff: number;
  let asOfFrequency: Frequency = 'day';
  if (asOf instanceof Date) cutoff = readDay(fn, 'asOf', asOf);
  else {
    const parts = readPeriod(fn, 'asOf', asOf, explicit);
    resolveCalendar(fn, 'asOf.calendar', parts.calendar, explicit);
    cutoff = parts.end;
    asOfFrequency = parts.frequency;
  }
  const series = readObservations(fn, 'observations', observations, explicit);
  const frequency =
    series.frequency ??
    (opts.frequency === undefined ? asOfFrequency : readFrequency(fn, 'options.frequency', opts.frequency));
  const calendar = explicit;
  const yearFrequency: Frequency = fiscal ? 'fiscal-year' : 'year';
  if (fiscal) requireCalendar(fn, 'options.calendar', 'fiscal-year', calendar);
  requireCalendar(fn, 'options.calendar', frequency, calendar);
  if (
    fiscal
      ? !nests(frequency, 'fiscal-year', calendar)
      : frequency !== 'week' && !nests(frequency, 'year', calendar)
  ) {
    throw new PeriodError(
      'frequency_mismatch',
      `${fn}: expected a series whose periods nest in ${fiscal ? 'fiscal years' : 'calendar years'} (${nestingReason(frequency, yearFrequency, calendar)}), received ${frequency} periods`,
      { path: 'options.fiscal', value: fiscal },
    );
  }

  const yearOf = (day: number, shift: number): YearSpan => {
    let span: YearSpan | undefined;
    if (frequency === 'week') {
      const week = partsOfDay(day, 'week', undefined);
      const y = (week === undefined ? Number.NaN : week.year) + shift;
      if (y >= 1 && y <= 9999) {
        const start = isoWeekOneMonday(y);
        const end = isoWeekOneMonday(y + 1) - 1;
        if (start >= MIN_DAY && end <= MAX_DAY) span = { label: pad4(y), start, end };
      }
    } else {
      const year = partsOfDay(day, yearFrequency, calendar);
      const shifted = year === undefined ? undefined : partsOf(yearFrequency, year.year + shift, 1, calendar);
      if (shifted !== undefined) span = { label: labelOf(shifted), start: shifted.start, end: shifted.end };
    }
    if (span === undefined) {
      throw new PeriodError(
        'invalid_period',
        `${fn}: expected a cut-off whose year and prior year lie within 0001-01-01..9999-12-31, received '${formatDay(cutoff)}'`,
        { path: 'asOf' },
      );
    }
    return span;
  };
  const own = frequency === 'fiscal-quarter' || frequency === 'fiscal-year' ? calendar : undefined;
  const sub = (day: number): Parts => partsOfDay(day, frequency, own)!;

  const current = yearOf(cutoff, 0);
  const a = ordinalOf(sub(current.start));
  let last = sub(cutoff);
  let b = ordinalOf(last) - (last.end > cutoff ? 1 : 0);
  const prior = yearOf(cutoff, -1);
  const pa = ordinalOf(sub(prior.start));
  let pb: number;
  if (frequency === 'day') {
    const [y, m, d] = civilFromDays(cutoff);
    pb = daysFromCivil(y - 1, m, Math.min(d, daysInMonth(y - 1, m)));
  } else {
    last = sub(prior.end);
    pb = Math.min(pa + (b - a), ordinalOf(last));
  }
  if (b < a) b = a - 1;
  if (pb < pa) pb = pa - 1;

  const { ordinals, source } = series;
  const pair: [ReadValue, ReadValue] = [null, null];
  const windowOf = (year: YearSpan, from: number, to: number): YearToDateWindow => {
    const accumulator = new Accumulator(aggregation);
    for (let k = lowerBound(ordinals, from); k < ordinals.length && (ordinals[k] as number) <= to; k++) {
      valueAt(fn, 'observations', observations, source[k] as number, aggregation, pair);
      accumulator.add(pair[0], pair[1]);
    }
    const first = to >= from ? toPeriod(partsOfOrdinal(frequency, from, own)!) : null;
    const final = to >= from ? toPeriod(partsOfOrdinal(frequency, to, own)!) : null;
    return {
      year: year.label,
      start: formatDay(year.start),
      through: final === null ? null : final.end,
      from: first,
      to: final,
      ...accumulator.outcome(to - from + 1, minCoverage),
    };
  };
  const currentWindow = windowOf(current, a, b);
  const priorWindow = windowOf(prior, pa, pb);
  return {
    asOf: formatDay(cutoff),
    frequency,
    fiscal,
    current: currentWindow,
    prior: priorWindow,
    change: changeOf(currentWindow.exact, priorWindow.exact),
  };
}

function changeOf(current: string | null, prior: string | null): YearToDateChange {
  if (current === null || prior === null) return { absolute: null, exact: null, relative: null };
  const difference = new Exact(current).minus(prior);
  const exact = plain(difference);
  const base = new Exact(prior).abs();
  const relative = base.isZero() ? null : Number(plain(Quotient.div(difference, base)));
  return { absolute: Number(exact), exact, relative };
}
