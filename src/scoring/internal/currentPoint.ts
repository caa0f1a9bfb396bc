import type { FiscalCalendar } from '../../periods/FiscalCalendar.js';
import type { Decimal } from './decimal.js';
import { type PeriodSeries, readPeriodLabel, type SeriesPoint } from './periodSeries.js';

/** The point measured, or why there is none (with the summary and intermediate values to report). */
export type CurrentPoint =
  | { readonly status: 'ok'; readonly period: string; readonly value: Decimal }
  | {
      readonly status: 'no_data';
      readonly reason: 'no_observations' | 'missing_current';
      readonly summary: string;
      readonly extra: Record<string, string>;
    };

/**
 * The point to measure at: the `asOf` period's (`missing_current` when it has no value), else the latest
 * observation with a value (`no_observations` when none has one).
 */
export function currentPoint(
  fn: string,
  series: PeriodSeries,
  byPeriod: ReadonlyMap<string, SeriesPoint>,
  asOf: string | undefined,
  calendar: FiscalCalendar | undefined,
): CurrentPoint {
  if (asOf !== undefined) {
    const at = readPeriodLabel(fn, 'options.asOf', asOf, calendar);
    const point = byPeriod.get(at.label);
    if (point === undefined || point.value === null) {
      return {
        status: 'no_data',
        reason: 'missing_current',
        summary: `No value reported for ${at.label}.`,
        extra: { currentPeriod: at.label },
      };
    }
    return { status: 'ok', period: point.period, value: point.value };
  }
  for (let i = series.points.length - 1; i >= 0; i--) {
    const point = series.points[i] as SeriesPoint;
    if (point.value !== null) return { status: 'ok', period: point.period, value: point.value };
  }
  return { status: 'no_data', reason: 'no_observations', summary: 'No observation has a value.', extra: {} };
}
