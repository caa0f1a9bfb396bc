import { PeriodError } from '../errors/PeriodError.js';
import { fail } from '../internal/assert.js';
import type { FiscalCalendar } from '../periods/FiscalCalendar.js';
import type { Explanation } from './Explanation.js';
import { type Decimal, fixed, maxPlaces, num } from './internal/decimal.js';
import { readDecimals } from './internal/numeric.js';
import {
  lastPeriodIn,
  periodDistance,
  readPeriodLabel,
  readPeriodSeries,
  type SeriesPoint,
} from './internal/periodSeries.js';
import { readTolerance, toleranceAmount, toleranceJson } from './internal/tolerance.js';
import type { PeriodValue } from './PeriodValue.js';
import type { TargetPathResult } from './targetPath.js';

/**
 * Options of {@link trajectoryStatus}.
 *
 * @example
 * ```ts
 * import type { TrajectoryStatusOptions } from 'civic-metrics/scoring';
 * const options: TrajectoryStatusOptions = { tolerance: { relative: 0.05 }, polarity: 'decrease' };
 * ```
 */
export interface TrajectoryStatusOptions {
  /**
   * How far behind the path still counts as `at_risk` rather than `off_track`: an amount in the indicator's
   * unit, or `{ relative }` as a fraction of the expected value. Default: none (behind is `off_track`).
   */
  readonly tolerance?: number | { readonly relative: number } | undefined;
  /** Which direction is better; default: the path's direction (its last value against its first). */
  readonly polarity?: 'increase' | 'decrease' | undefined;
  /** The fiscal calendar, needed for fiscal periods. */
  readonly calendar?: FiscalCalendar | undefined;
  /** Decimals of the figures shown (0–12); default: the most among the actual and expected values. */
  readonly decimals?: number | undefined;
}

/**
 * The result of {@link trajectoryStatus}.
 *
 * @example
 * ```ts
 * import type { TrajectoryStatusResult } from 'civic-metrics/scoring';
 * const result: Pick<TrajectoryStatusResult, 'status' | 'period'> = { status: 'on_track', period: '2012' };
 * ```
 */
export interface TrajectoryStatusResult {
  /**
   * `achieved` (the target period or later, target met), `on_track` (at or better than the path),
   * `at_risk` (behind within the tolerance), `off_track`, or a data status: `not_due` (`asOf` before the
   * path starts), `no_data` (nothing reported from the path's start to `asOf`), `no_target` (the path has no
   * value for the reported period).
   */
  readonly status: 'achieved' | 'on_track' | 'at_risk' | 'off_track' | 'not_due' | 'no_data' | 'no_target';
  /** Why a data status was given. */
  readonly reason?: string;
  /** The latest reported period at or before `asOf` that was compared, or `null`. */
  readonly period: string | null;
  /** The actual value of that period. */
  readonly actual: number | null;
  /** The expected value on the path for that period (the final target after the path ends). */
  readonly expected: number | null;
  /** actual − expected. */
  readonly difference: number | null;
  /** Periods from the compared period to `asOf` (0 when `asOf` itself was reported). */
  readonly periodsSinceReport: number | null;
  /** The figures as shown, at the declared decimals; `null` for data statuses. */
  readonly display: {
    readonly actual: string;
    readonly expected: string;
    readonly difference: string;
  } | null;
  /** Periods chosen, the comparison and the threshold. */
  readonly explanation: Explanation;
}

const FN = 'trajectoryStatus';

/**
 * Time-aware health: compares the latest reported actual with the value expected for that period on the
 * target path (a {@link targetPath} result or any `{ period, value }[]`), as "actual vs expected" tools do,
 * rather than with the final target.
 *
 * The compared period is the latest one at or before `asOf` that has a value and is not before the path's
 * first period (`asOf` may be of any frequency; it is read as the path period holding its last day). After
 * the path's last period the expected value is the final target. With d = +1 (higher is better) or −1:
 * `on_track` when d·(actual − expected) ≥ 0 (`achieved` from the target period on), `at_risk` when the
 * shortfall d·(expected − actual) is within the tolerance, `off_track` otherwise. Comparisons are exact
 * (decimal.js). `periodsSinceReport` says how stale the compared figure is. Missing data is never on track:
 * `no_data`, `not_due` or `no_target`, with the reason.
 *
 * @param observations - The actuals, `{ period, value }[]` at the path's frequency; `null` values are missing.
 * @param path - The expected values: a `targetPath` result or `{ period, value }[]` (no missing values).
 * @param asOf - The reporting period (or date, `YYYY-MM-DD`) of the meeting.
 * @param options - See {@link TrajectoryStatusOptions}.
 * @returns A {@link TrajectoryStatusResult}.
 * @throws {PeriodError} for unreadable labels, duplicates, or actuals of another frequency than the path.
 * @throws {ArgumentError} `invalid_argument` for an empty path, a missing path value, a negative tolerance,
 *   or a flat path without `polarity`.
 * @see Cascade Strategy and ClearPoint "actual vs expected" (time-aware) health; US GPRA Modernization Act,
 *   31 U.S.C. §1121(b) (quarterly review of progress against planned performance).
 *
 * @example
 * ```ts
 * import { targetPath, trajectoryStatus } from 'civic-metrics/scoring';
 * const path = targetPath({
 *   baseline: { period: '2010', value: 43755 },
 *   target: { period: '2013', value: 33755 },
 *   frequency: 'year',
 *   shape: 'linear',
 * });
 * const actuals = [{ period: '2010', value: 43755 }, { period: '2011', value: 41000 }];
 * trajectoryStatus(actuals, path, '2011', { tolerance: { relative: 0.02 } }).status;
 * // => 'at_risk'
 * trajectoryStatus(actuals, path, '2011').expected;
 * // => 40422
 * ```
 */
export function trajectoryStatus(
  observations: readonly PeriodValue[],
  path: TargetPathResult | readonly PeriodValue[],
  asOf: string,
  options: TrajectoryStatusOptions = {},
): TrajectoryStatusResult {
  if (typeof options !== 'object' || options === null) fail(FN, 'options', 'to be an object', options);
  const calendar = options.calendar;
  const pathInput = Array.isArray(path) ? path : (path as TargetPathResult | null)?.path;
  if (!Array.isArray(pathInput))
    fail(FN, 'path', 'to be a targetPath result or an array of { period, value }', path);
  const target = readPeriodSeries(FN, 'path', pathInput, calendar);
  if (target.points.length === 0) fail(FN, 'path', 'to have at least one period', pathInput);
  target.points.forEach((p, i) => {
    if (p.value === null) fail(FN, `path[${i}].value`, 'to be a number (a path has no missing values)', null);
  });
  const series = readPeriodSeries(FN, 'observations', observations, calendar);
  const F = target.frequency as NonNullable<typeof target.frequency>;
  if (series.frequency !== undefined && series.frequency !== F) {
    throw new PeriodError(
      'frequency_mismatch',
      `${FN}: expected observations at the path's frequency (${F}), received ${series.frequency} periods`,
      { path: 'observations[0].period', value: series.frequency },
    );
  }
  const asOfRaw = readPeriodLabel(FN, 'asOf', asOf, calendar);
  const at = lastPeriodIn(FN, 'asOf', asOfRaw, F, calendar);
  const tolerance = readTolerance(FN, 'options.tolerance', options.tolerance);
  const decimalsOption = readDecimals(FN, 'options.decimals', options.decimals);
  const first = target.points[0] as SeriesPoint;
  const last = target.points[target.points.length - 1] as SeriesPoint;
  let polarity = options.polarity;
  if (polarity !== undefined && polarity !== 'increase' && polarity !== 'decrease') {
    fail(FN, 'options.polarity', "to be 'increase' or 'decrease'", polarity);
  }
  if (polarity === undefined) {
    const c = (last.value as Decimal).comparedTo(first.value as Decimal);
    if (c === 0)
      fail(FN, 'options.polarity', "to be given for a flat path ('increase' or 'decrease')", polarity);
    polarity = c > 0 ? 'increase' : 'decrease';
  }
  const d = polarity === 'increase' ? 1 : -1;
  const inputs: Record<string, unknown> = {
    asOf: asOfRaw.label,
    asOfPeriod: at.label,
    pathFirst: first.period,
    pathLast: last.period,
    polarity,
    polaritySource: options.polarity === undefined ? 'path direction' : 'options',
    tolerance: toleranceJson(tolerance),
  };
  const unscored = (
    status: 'not_due' | 'no_data' | 'no_target',
    reason: string,
    summary: string,
    period: string | null = null,
  ): TrajectoryStatusResult => ({
    status,
    reason,
    period,
    actual: null,
    expected: null,
    difference: null,
    periodsSinceReport: null,
    display: null,
    explanation: { method: FN, summary, inputs, intermediate: { reason } },
  });

  const atIndex = periodDistance(FN, first.period, at.label, calendar);
  if (atIndex < 0) {
    return unscored(
      'not_due',
      'before_path_start',
      `${at.label} is before the path starts (${first.period}).`,
    );
  }
  // Latest reported value in [path start, asOf].
  const offset =
    series.points.length === 0
      ? 0
      : periodDistance(FN, first.period, (series.points[0] as SeriesPoint).period, calendar);
  let chosen: SeriesPoint | undefined;
  for (const p of series.points) {
    const k = p.index + offset;
    if (k < 0 || k > atIndex || p.value === null) continue;
    chosen = p;
  }
  if (chosen === undefined) {
    return unscored('no_data', 'no_observation', `Nothing reported from ${first.period} to ${at.label}.`);
  }
  const chosenIndex = chosen.index + offset;
  const lastIndex = last.index;
  const afterPath = chosenIndex > lastIndex;
  const expectedPoint = afterPath ? last : target.points.find((p) => p.index === chosenIndex);
  if (expectedPoint === undefined) {
    return unscored(
      'no_target',
      'no_expected_value',
      `The path has no value for ${chosen.period}.`,
      chosen.period,
    );
  }
  const actual = chosen.value as Decimal;
  const expected = expectedPoint.value as Decimal;
  const difference = actual.minus(expected);
  const shortfall = expected.minus(actual).times(d);
  const tolAmount = tolerance ? toleranceAmount(tolerance, expected) : null;
  const met = shortfall.lte(0);
  const atOrAfterTarget = chosenIndex >= lastIndex;
  const status: TrajectoryStatusResult['status'] = met
    ? atOrAfterTarget
      ? 'achieved'
      : 'on_track'
    : tolAmount !== null && shortfall.lte(tolAmount)
      ? 'at_risk'
      : 'off_track';
  const decimals = decimalsOption ?? maxPlaces([actual, expected]);
  const display = {
    actual: fixed(actual, decimals),
    expected: fixed(expected, decimals),
    difference: fixed(difference, decimals),
  };
  const since = atIndex - chosenIndex;
  const stale =
    since > 0 ? ` The latest figure is ${since} period${since === 1 ? '' : 's'} old (asOf ${at.label}).` : '';
  const where = afterPath
    ? `the final target (path ended ${last.period})`
    : `the path value for ${chosen.period}`;
  return {
    status,
    period: chosen.period,
    actual: num(actual),
    expected: num(expected),
    difference: num(difference),
    periodsSinceReport: since,
    display,
    explanation: {
      method: FN,
      summary:
        `Actual ${display.actual} in ${chosen.period} against ${where} ${display.expected}` +
        ` (${polarity === 'increase' ? 'higher' : 'lower'} is better): ${status}.${stale}`,
      inputs,
      intermediate: {
        period: chosen.period,
        actual: num(actual),
        expected: num(expected),
        difference: num(difference),
        shortfall: num(shortfall),
        toleranceAmount: tolAmount === null ? null : num(tolAmount),
        periodsSinceReport: since,
        afterPathEnd: afterPath,
      },
      rule: {
        id: status,
        description:
          status === 'achieved' || status === 'on_track'
            ? `actual ${d === 1 ? '>=' : '<='} expected${status === 'achieved' ? ' in or after the target period' : ''}`
            : status === 'at_risk'
              ? 'behind the path by no more than the tolerance'
              : tolAmount === null
                ? 'behind the path (no tolerance)'
                : 'behind the path by more than the tolerance',
        thresholds: { expected: num(expected), toleranceAmount: tolAmount === null ? null : num(tolAmount) },
      },
    },
  };
}
