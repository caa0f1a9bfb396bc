import type { Unit } from '../model/UnitSchema.js';
import type { FiscalCalendar } from '../periods/FiscalCalendar.js';
import type { BaselineForecastResult } from '../scoring/baselineForecast.js';
import type { PeriodValue } from '../scoring/PeriodValue.js';
import type { ProjectAttainmentResult } from '../scoring/projectAttainment.js';

/**
 * A target drawn on a progress chart: a value (a diamond at its period, or a level across the periods of
 * a coarser target period) or a range `[min, max]` (a band), in the units of the actuals.
 *
 * @example
 * ```ts
 * import type { ProgressTarget } from 'civic-metrics/charts';
 * const target: ProgressTarget = { period: '2013', value: 33755, label: 'Reduce by 10,000 in three years' };
 * ```
 */
export interface ProgressTarget {
  /** The period the target is for (any frequency; a coarser one spans its sub-periods). */
  readonly period: string;
  /** The target value, in the units of the actuals (per period: split a yearly total of a monthly sum). */
  readonly value?: number | null | undefined;
  /** Lower end of a target range. */
  readonly min?: number | null | undefined;
  /** Upper end of a target range. */
  readonly max?: number | null | undefined;
  /** A note shown in the tooltip (where the target comes from). */
  readonly label?: string | undefined;
}

/**
 * What {@link progressChartSvg} draws for one indicator: the actuals, the targets, the target path
 * (trajectory), the projection of the trend with its interval (a {@link projectAttainment} result) and the
 * baseline forecast (a {@link baselineForecast} result). Only `actuals` is required. Build it by hand, or
 * from a plan and its report with {@link indicatorProgress}.
 *
 * @example
 * ```ts
 * import type { ProgressChartInput } from 'civic-metrics/charts';
 * const input: ProgressChartInput = {
 *   name: 'Blighted residential addresses',
 *   polarity: 'decrease',
 *   actuals: [
 *     { period: '2010', value: 43755 },
 *     { period: '2011', value: 40100 },
 *     { period: '2012', value: 36900 },
 *   ],
 *   targets: [{ period: '2013', value: 33755 }],
 *   path: [
 *     { period: '2010', value: 43755 },
 *     { period: '2011', value: 40422 },
 *     { period: '2012', value: 37088 },
 *     { period: '2013', value: 33755 },
 *   ],
 * };
 * ```
 */
export interface ProgressChartInput {
  /** The indicator's name: the chart's default title. */
  readonly name?: string | undefined;
  /** Which direction is better, or `range` (within the target range); for the description (default `neutral`). */
  readonly polarity?: 'increase' | 'decrease' | 'range' | 'neutral' | undefined;
  /** The status to show in the corner (`on_track`, `off_track`, …), or none. */
  readonly status?: string | null | undefined;
  /** The unit of the values: sets how they are shown unless `options.format` is given. */
  readonly unit?: Unit | undefined;
  /** Decimals of the values shown (default: as reported, at most 2). */
  readonly decimals?: number | null | undefined;
  /** The reported values, one period each, all of the same frequency (`null` for a missing value). */
  readonly actuals: readonly PeriodValue[];
  /** Targets (markers, levels or ranges). */
  readonly targets?: readonly ProgressTarget[] | undefined;
  /** The target path: the expected value of each period (e.g. `targetPath(...).path`). */
  readonly path?: ReadonlyArray<{ readonly period: string; readonly value: number }> | undefined;
  /** A projection of the trend to the target period, from `projectAttainment` (drawn when `status` is `ok`). */
  readonly projection?: ProjectAttainmentResult | null | undefined;
  /** What was expected without the plan, from `baselineForecast` (drawn when `status` is `ok`). */
  readonly forecast?: BaselineForecastResult | null | undefined;
  /** The fiscal calendar, needed for fiscal periods. */
  readonly calendar?: FiscalCalendar | undefined;
}
