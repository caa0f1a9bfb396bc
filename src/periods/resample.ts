import { PeriodError } from '../errors/PeriodError.js';
import type { AggregatedPeriod } from './AggregatedPeriod.js';
import type { Aggregation } from './Aggregation.js';
import type { FiscalCalendar } from './FiscalCalendar.js';
import type { Frequency } from './Frequency.js';
import { Accumulator } from './internal/accumulate.js';
import { formatDay } from './internal/civil.js';
import { assertNests } from './internal/nesting.js';
import { type ReadValue, readObservations, valueAt } from './internal/observations.js';
import { readAggregation, readMinCoverage, readOptions } from './internal/options.js';
import {
  ordinalOf,
  type Parts,
  partsOfDay,
  partsOfOrdinal,
  readCalendar,
  readFrequency,
  toPeriod,
} from './internal/parts.js';
import { requireCalendar } from './internal/require.js';
import type { PeriodObservation } from './PeriodObservation.js';

/**
 * Options of {@link resample}.
 *
 * @example
 * ```ts
 * import type { ResampleOptions } from 'civic-metrics';
 * const options: ResampleOptions = { to: 'fiscal-year', aggregation: 'sum', calendar: { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' }, minCoverage: 0.75 };
 * ```
 */
export interface ResampleOptions {
  /** The coarser frequency to aggregate into; the observations' frequency must nest in it. */
  readonly to: Frequency;
  /** How the values of each coarser period are reduced; see {@link aggregations}. */
  readonly aggregation: Aggregation;
  /** The fiscal calendar: required for fiscal labels or a fiscal `to`. */
  readonly calendar?: FiscalCalendar | undefined;
  /**
   * The least coverage (present ÷ expected sub-periods, 0–1) a period needs to get a value; below it the
   * period is reported with `status: 'insufficient_coverage'` and `value: null`. Default 0: any period with
   * at least one value gets one, flagged `partial` when incomplete.
   */
  readonly minCoverage?: number | undefined;
}

/**
 * The result of {@link resample}: one entry per coarser period, oldest first.
 *
 * @example
 * ```ts
 * import type { ResampleResult } from 'civic-metrics';
 * const result: ResampleResult = [];
 * ```
 */
export type ResampleResult = AggregatedPeriod[];

/**
 * Aggregates a series into a coarser frequency: daily counts into months, months into fiscal years.
 *
 * For every coarser period from the one holding the earliest observation to the one holding the latest,
 * in order (periods in between with no observations included), the values of its sub-periods are reduced
 * by `aggregation`: `sum` (exact decimal sum), `mean` (that sum ÷ the number present), `last`, `min`, `max`,
 * or `ratio` (Σ numerators ÷ Σ denominators, the pooled rate, never a mean of ratios).
 *
 * Coverage: `expected` is the number of sub-periods in the coarser period (the days of the month, 12 months
 * of a fiscal year), `present` the number with a value (`null`, `undefined`, `NaN` are missing; for `ratio`
 * both numerator and denominator are needed). `status` is `complete` when all are present, `partial`
 * otherwise, and `insufficient_coverage` (value `null`) when none is present or coverage is below
 * `minCoverage`: a period missing most of its data is reported, not silently averaged. Sums are exact:
 * ten monthly values of 0.1 sum to exactly 1.
 *
 * Observations may come in any order (they are sorted by period); two observations of one period, or of
 * different frequencies, are rejected.
 *
 * @param observations - The series; see {@link PeriodObservation}. Not mutated.
 * @param options - See {@link ResampleOptions}.
 * @returns One {@link AggregatedPeriod} per coarser period, oldest first; `[]` for no observations.
 * @throws {PeriodError} `frequency_mismatch` when the observations' frequency does not nest in `options.to`
 *   (ISO weeks into months, say) or observations differ in frequency; `duplicate_observation` for two
 *   observations of one period (both named); `invalid_period` / `missing_calendar` for unreadable labels.
 * @throws {ArgumentError} `invalid_argument` for bad options or a value that is not a finite number,
 *   decimal string, `null` or `NaN` (path `observations[i].value`).
 * @see Eurostat (2018), *ESS guidelines on temporal disaggregation, benchmarking and reconciliation*: the
 *   temporal aggregation of flows by sums and of stocks by averages or end-of-period values.
 *
 * @example
 * ```ts
 * import { resample } from 'civic-metrics';
 * const months = Array.from({ length: 10 }, (_, i) => ({ period: `2024-${String(i + 1).padStart(2, '0')}`, value: 0.1 }));
 * const [year] = resample(months, { to: 'year', aggregation: 'sum' });
 * [year?.value, year?.status, year?.coverage.present];
 * // => [1, 'partial', 10]
 * ```
 */
export function resample(
  observations: readonly PeriodObservation[],
  options: ResampleOptions,
): ResampleResult {
  const fn = 'resample';
  const opts = readOptions(fn, 'options', options);
  const to = readFrequency(fn, 'options.to', opts.to);
  const aggregation = readAggregation(fn, 'options.aggregation', opts.aggregation);
  const calendar = readCalendar(fn, 'options.calendar', opts.calendar);
  const minCoverage = readMinCoverage(fn, 'options.minCoverage', opts.minCoverage);
  requireCalendar(fn, 'options.calendar', to, calendar);
  const series = readObservations(fn, 'observations', observations, calendar);
  const from = series.frequency;
  if (from === undefined) return [];
  assertNests(fn, 'options.to', from, to, calendar);
  const { starts, source } = series;
  const n = series.length;
  const out: ResampleResult = [];
  const accumulator = new Accumulator(aggregation);
  const targetOf = (day: number): Parts => {
    const target = partsOfDay(day, to, calendar);
    if (target === undefined) {
      throw new PeriodError(
        'invalid_period',
        `${fn}: expected observations whose ${to} lies within 0001-01-01..9999-12-31, received one on ${formatDay(day)}`,
        { path: 'observations' },
      );
    }
    return target;
  };
  const expectedOf = (target: Parts): number =>
    from === 'day'
      ? target.end - target.start + 1
      : ordinalOf(partsOfDay(target.end, from, calendar)!) -
        ordinalOf(partsOfDay(target.start, from, calendar)!) +
        1;
  const flush = (target: Parts): void => {
    out.push({ period: toPeriod(target), ...accumulator.outcome(expectedOf(target), minCoverage) });
  };
  let target = targetOf(starts[0] as number);
  const pair: [ReadValue, ReadValue] = [null, null];
  for (let k = 0; k < n; k++) {
    const start = starts[k] as number;
    if (start > target.end) {
      flush(target);
      let next = partsOfOrdinal(to, ordinalOf(target) + 1, calendar) ?? targetOf(start);
      while (next.end < start) {
        flush(next);
        next = partsOfOrdinal(to, ordinalOf(next) + 1, calendar)!;
      }
      target = next;
    }
    valueAt(fn, 'observations', observations, source[k] as number, aggregation, pair);
    accumulator.add(pair[0], pair[1]);
  }
  flush(target);
  return out;
}
