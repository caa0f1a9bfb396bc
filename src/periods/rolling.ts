import type { AggregatedPeriod } from './AggregatedPeriod.js';
import type { Aggregation } from './Aggregation.js';
import type { FiscalCalendar } from './FiscalCalendar.js';
import { Accumulator } from './internal/accumulate.js';
import { readObservations, readValues } from './internal/observations.js';
import { readAggregation, readCount, readMinCoverage, readOptions } from './internal/options.js';
import { partsOfOrdinal, readCalendar, toPeriod } from './internal/parts.js';
import type { Period } from './Period.js';
import type { PeriodObservation } from './PeriodObservation.js';

/**
 * Options of {@link rolling} (or pass the aggregation name alone).
 *
 * @example
 * ```ts
 * import type { RollingOptions } from 'civic-metrics';
 * const options: RollingOptions = { aggregation: 'sum', minCoverage: 1 };
 * ```
 */
export interface RollingOptions {
  /** How each window is reduced; see {@link aggregations}. */
  readonly aggregation: Aggregation;
  /** The fiscal calendar, required for fiscal labels. */
  readonly calendar?: FiscalCalendar | undefined;
  /** The least coverage (0–1) a window needs to get a value; default 0. See {@link ResampleOptions}. */
  readonly minCoverage?: number | undefined;
}

/**
 * One rolling window: `period` is its last period, `from` its first.
 *
 * @example
 * ```ts
 * import { type RollingWindow, parsePeriod } from 'civic-metrics';
 * const window: RollingWindow = {
 *   from: parsePeriod('2023-07'),
 *   period: parsePeriod('2024-06'),
 *   value: 1200,
 *   exact: '1200',
 *   coverage: { expected: 12, present: 12, ratio: 1 },
 *   status: 'complete',
 * };
 * ```
 */
export interface RollingWindow extends AggregatedPeriod {
  /** The first period of the window. */
  readonly from: Period;
}

/**
 * The result of {@link rolling}: one window per period, oldest first.
 *
 * @example
 * ```ts
 * import type { RollingResult } from 'civic-metrics';
 * const result: RollingResult = [];
 * ```
 */
export type RollingResult = RollingWindow[];

/**
 * A rolling (trailing) aggregate: for each period, the aggregate of the `window` periods ending with it,
 * e.g. a 12-month rolling sum (`window` 12 on monthly data) or a 4-quarter rolling mean.
 *
 * Windows are counted in periods of the series' own frequency and end at every period from the
 * `window`-th period of the series (counting from its earliest observation) through its latest, including
 * periods with no observation; earlier windows would reach before the data and are not produced. Each
 * window has the coverage and status of {@link resample} (`expected` = `window`), with `minCoverage`
 * applied the same way, and the same aggregations and exactness. Computed window by window, O(periods ×
 * window).
 *
 * @param observations - The series; see {@link PeriodObservation}. Any order; not mutated.
 * @param window - The window length in periods, an integer ≥ 1.
 * @param options - The aggregation name, or {@link RollingOptions}.
 * @returns One {@link RollingWindow} per period, oldest first; `[]` when the series spans fewer than
 *   `window` periods.
 * @throws {PeriodError} `frequency_mismatch`, `duplicate_observation`, `invalid_period`,
 *   `missing_calendar` as {@link sortObservations}.
 * @throws {ArgumentError} `invalid_argument` for a bad window, options or value.
 * @see Hyndman & Athanasopoulos, *Forecasting: Principles and Practice* (3rd ed., 2021), §3.3 moving
 *   averages (trailing windows).
 *
 * @example
 * ```ts
 * import { rolling } from 'civic-metrics';
 * const series = [1, 2, 3, 4].map((value, i) => ({ period: `2024-Q${i + 1}`, value }));
 * rolling(series, 3, 'sum').map((w) => [w.from.label, w.period.label, w.value]);
 * // => [['2024-Q1', '2024-Q3', 6], ['2024-Q2', '2024-Q4', 9]]
 * ```
 */
export function rolling(
  observations: readonly PeriodObservation[],
  window: number,
  options: Aggregation | RollingOptions,
): RollingResult {
  const fn = 'rolling';
  const width = readCount(fn, 'window', window, 1);
  const opts = typeof options === 'string' ? { aggregation: options } : readOptions(fn, 'options', options);
  const path = typeof options === 'string' ? 'options' : 'options.aggregation';
  const aggregation = readAggregation(fn, path, opts.aggregation);
  const calendar = readCalendar(fn, 'options.calendar', (opts as Record<string, unknown>).calendar);
  const minCoverage = readMinCoverage(
    fn,
    'options.minCoverage',
    (opts as Record<string, unknown>).minCoverage,
  );
  const series = readObservations(fn, 'observations', observations, calendar);
  const frequency = series.frequency;
  if (frequency === undefined) return [];
  const { values, denominators } = readValues(fn, 'observations', observations, series, aggregation);
  const { ordinals } = series;
  const first = ordinals[0] as number;
  const span = (ordinals[ordinals.length - 1] as number) - first + 1;
  if (span < width) return [];
  const slot = new Int32Array(span).fill(-1);
  for (let k = 0; k < ordinals.length; k++) slot[(ordinals[k] as number) - first] = k;
  const own = series.first?.calendar;
  const out: RollingResult = [];
  const accumulator = new Accumulator(aggregation);
  for (let end = width - 1; end < span; end++) {
    for (let j = end - width + 1; j <= end; j++) {
      const k = slot[j] as number;
      if (k >= 0) accumulator.add(values[k] as number | string | null, denominators?.[k] ?? null);
    }
    out.push({
      from: toPeriod(partsOfOrdinal(frequency, first + end - width + 1, own)!),
      period: toPeriod(partsOfOrdinal(frequency, first + end, own)!),
      ...accumulator.outcome(width, minCoverage),
    });
  }
  return out;
}
