import type { FiscalCalendar } from '../../periods/FiscalCalendar.js';
import type { PeriodValue } from '../PeriodValue.js';
import type { ProgressPolarity } from '../ProgressPolarity.js';
import { readDecimals } from './numeric.js';
import { type PeriodSeries, readPeriodSeries, type SeriesPoint } from './periodSeries.js';
import { readPolarity } from './polarity.js';

/** The options and series common to the change measures, read and checked. */
export interface ChangeInputs {
  readonly calendar: FiscalCalendar | undefined;
  readonly polarity: ProgressPolarity | undefined;
  /** `options.decimals`, `undefined` when not given. */
  readonly decimalsOption: number | undefined;
  /** `options.percentDecimals`, default 1. */
  readonly percentDecimals: number;
  readonly series: PeriodSeries;
  readonly byPeriod: ReadonlyMap<string, SeriesPoint>;
}

/** Reads `polarity`, `decimals`, `percentDecimals` and the observations (in that order) for `fn`. */
export function readChangeInputs(
  fn: string,
  observations: readonly PeriodValue[],
  options: {
    readonly polarity?: ProgressPolarity | undefined;
    readonly decimals?: number | undefined;
    readonly percentDecimals?: number | undefined;
    readonly calendar?: FiscalCalendar | undefined;
  },
): ChangeInputs {
  const calendar = options.calendar;
  const polarity =
    options.polarity === undefined ? undefined : readPolarity(fn, 'options.polarity', options.polarity);
  const decimalsOption = readDecimals(fn, 'options.decimals', options.decimals);
  const percentDecimals = readDecimals(fn, 'options.percentDecimals', options.percentDecimals) ?? 1;
  const series = readPeriodSeries(fn, 'observations', observations, calendar);
  const byPeriod = new Map(series.points.map((p) => [p.period, p] as const));
  return { calendar, polarity, decimalsOption, percentDecimals, series, byPeriod };
}
