import { fail } from '../../internal/assert.js';
import type { Explanation } from '../Explanation.js';
import { type AnnualPoint, pickYear, readAnnualSeries } from './internal/annualSeries.js';
import { fmt, pct } from './internal/format.js';
import { readNearestBaseYear } from './internal/readNearestBaseYear.js';
import {
  readFinite,
  readNullableFinite,
  readOptionsObject,
  readPolarity,
  readYearOption,
} from './internal/readOptions.js';
import { reasonExplanation } from './internal/reasonExplanation.js';
import { SOURCES } from './internal/sources.js';
import { assertOrdered, readThresholds } from './internal/thresholds.js';
import { weightedLine } from './internal/weightedLine.js';
import type { AnnualValue } from './openSdgProgress.js';

/**
 * How {@link escapAnticipatedProgress} projects the target-year value.
 * - `weighted_regression` (default): linear regression weighted by time, `w_i = (T − t_min) / (T − t_i)`
 *   (ESCAP SD/WP/04), so recent years weigh more;
 * - `regression`: ordinary least squares;
 * - `cagr`: `I_t (1 + CAGR)^(T − t)` from the first to the last point (earlier ESCAP reports).
 *
 * @example
 * ```ts
 * import type { EscapExtrapolation } from 'civic-metrics';
 * const method: EscapExtrapolation = 'weighted_regression';
 * ```
 */
export type EscapExtrapolation = 'weighted_regression' | 'regression' | 'cagr';

/**
 * Cut-offs on the gap ratio (unverified reading of ESCAP's labels): `gap ≤ maintain` maintain progress,
 * `gap ≤ accelerate` accelerate progress, above: reverse trend.
 *
 * @example
 * ```ts
 * import type { EscapThresholds } from 'civic-metrics';
 * const defaults: EscapThresholds = { maintain: 0, accelerate: 1 };
 * ```
 */
export interface EscapThresholds {
  /** Largest gap that still means "maintain progress" (on track). Default 0. */
  maintain: number;
  /** Largest gap that means "accelerate progress"; above it the projection is worse than the base value. Default 1. */
  accelerate: number;
}

/**
 * Options of {@link escapAnticipatedProgress}.
 *
 * @example
 * ```ts
 * import type { EscapAnticipatedProgressOptions } from 'civic-metrics';
 * const options: EscapAnticipatedProgressOptions = { polarity: 'increase', target: 80, logitScale: 100 };
 * ```
 */
export interface EscapAnticipatedProgressOptions {
  /** Desired direction. */
  polarity: 'increase' | 'decrease';
  /** The target value. */
  target: number;
  /** Target year. Default 2030. */
  targetYear?: number;
  /** Base year of the progress required. Default 2015. */
  baseYear?: number;
  /** When the base year has no value: `nearest` (default; unverified; ties take the earlier) or `exact`. */
  baseYearFallback?: 'nearest' | 'exact';
  /** First year of data used for the projection. Default 2000. */
  fromYear?: number;
  /** Projection method. Default `weighted_regression`. */
  extrapolation?: EscapExtrapolation;
  /** Fit on the logit of `value / logitScale` (e.g. 100 for a percentage) so the projection stays inside (0, logitScale). */
  logitScale?: number | null;
  /** A projected target-year value to use instead of extrapolating (e.g. one published by ESCAP). */
  predicted?: number | null;
  /** Gap cut-offs. */
  thresholds?: Partial<EscapThresholds>;
}

/**
 * Result of {@link escapAnticipatedProgress}.
 *
 * @example
 * ```ts
 * import type { EscapAnticipatedProgressResult } from 'civic-metrics';
 * const status: EscapAnticipatedProgressResult['status'] = 'accelerate_progress';
 * ```
 */
export interface EscapAnticipatedProgressResult {
  /** `maintain_progress` (on track), `accelerate_progress`, `reverse_trend`, or `insufficient_data`. */
  status: 'maintain_progress' | 'accelerate_progress' | 'reverse_trend' | 'insufficient_data';
  /** ESCAP's dashboard wording. */
  label: string;
  /** Why there is no assessment; null otherwise. */
  reason:
    | 'no_data'
    | 'missing_base_year'
    | 'insufficient_data'
    | 'non_positive_value'
    | 'outside_logit_scale'
    | 'not_finite'
    | null;
  /** Projected value in the target year (or the one supplied). */
  predicted: number | null;
  /** Gap ratio `d (TV − Î_T) / |TV − I_base|`; ≤ 0 means on track; null when the target equals the base value. */
  gap: number | null;
  /** Whether the latest observed value already meets the target (short-circuits to maintain progress). */
  targetMet: boolean | null;
  /** Base year used. */
  baseYear: number | null;
  /** Base value used. */
  baseValue: number | null;
  /** Number of observations used for the projection (0 when `predicted` was supplied). */
  pointsUsed: number;
  /** Inputs (with the years chosen), the projection, the gap and the band. */
  explanation: Explanation;
}

const LABELS = {
  maintain_progress: 'Maintain progress to achieve target',
  accelerate_progress: 'Accelerate progress to achieve target',
  reverse_trend: 'Reverse trend to achieve target',
  insufficient_data: 'Insufficient data',
} as const;

/**
 * ESCAP Anticipated Progress Index for one (sub-)indicator: will the target be met by the target year at
 * the current pace?
 *
 * Projects the target-year value `Î_T` from the data since `fromYear` (time-weighted linear regression by
 * default, giving recent years more weight, as ESCAP and UNECE describe), then
 * `gap = d · (TV − Î_T) / |TV − I_base|`, the anticipated shortfall relative to the progress required
 * since the base year: `gap ≤ 0` maintain progress (on track), `gap ≤ 1` accelerate progress, `gap > 1`
 * reverse trend (projected worse than the base value). The concept and labels are ESCAP's; the weights
 * `w_i = (T − t_min)/(T − t_i)` follow ESCAP working paper SD/WP/04 as replicated by spalmas/SDG-MENARO, and
 * the cut-offs are a reading of the labels — **unverified**, hence parameters. A latest value already at
 * the target short-circuits to maintain progress (`targetMet: true`).
 *
 * Missing data: null/NaN values are skipped; `insufficient_data` (with `reason`) for no data, no base value,
 * fewer than two years in `[fromYear, targetYear)` to project from, a zero or negative value with `cagr`, or
 * a value outside (0, logitScale) with `logitScale`, or a projection that overflows (`not_finite`). An
 * observation in the target year itself is used as the projection. A target equal to the base value gives a
 * null gap: maintain when the projection meets it, reverse trend otherwise.
 *
 * @param series - Annual observations `{ year, value }`, one per year.
 * @param options - `{ polarity, target, targetYear = 2030, baseYear = 2015, baseYearFallback = 'nearest',
 *   fromYear = 2000, extrapolation = 'weighted_regression', logitScale = null, predicted = null, thresholds }`.
 * @returns The category, the projection and the gap ratio.
 * @throws {ArgumentError} `invalid_argument` for a malformed series, unknown polarity or extrapolation,
 *   non-finite target or predicted value, non-integer years, `fromYear >= targetYear`, a non-positive
 *   `logitScale`, unknown or unordered thresholds.
 * @throws {PeriodError} `duplicate_observation` when two observations share a year.
 * @see UN ESCAP, Progress Assessment Methodology; UNECE, Technical notes on the progress assessment;
 *   ESCAP SD/WP/04 (2017), weighted extrapolation.
 *
 * @example
 * ```ts
 * import { escapAnticipatedProgress } from 'civic-metrics';
 * const series = [{ year: 2015, value: 40 }, { year: 2018, value: 46 }, { year: 2021, value: 52 }];
 * const result = escapAnticipatedProgress(series, { polarity: 'increase', target: 80 });
 * result.predicted;
 * // => 70
 * result.gap;
 * // => 0.25
 * result.status;
 * // => 'accelerate_progress'
 * ```
 */
export function escapAnticipatedProgress(
  series: readonly AnnualValue[],
  options: EscapAnticipatedProgressOptions,
): EscapAnticipatedProgressResult {
  const fn = 'escapAnticipatedProgress';
  const o = readOptionsObject(fn, options);
  const d = readPolarity(fn, 'options.polarity', o.polarity);
  const target = readFinite(fn, 'options.target', o.target);
  const targetYear = readYearOption(fn, 'options.targetYear', o.targetYear, 2030);
  const { requestedBaseYear, fallback } = readNearestBaseYear(fn, o);
  const fromYear = readYearOption(fn, 'options.fromYear', o.fromYear, 2000);
  if (fromYear >= targetYear)
    fail(fn, 'options.fromYear', `to be before options.targetYear (${targetYear})`, fromYear);
  const extrapolation = o.extrapolation === undefined ? 'weighted_regression' : o.extrapolation;
  if (extrapolation !== 'weighted_regression' && extrapolation !== 'regression' && extrapolation !== 'cagr') {
    fail(fn, 'options.extrapolation', "to be 'weighted_regression', 'regression' or 'cagr'", extrapolation);
  }
  const logitScale = readNullableFinite(fn, 'options.logitScale', o.logitScale);
  if (logitScale !== null && !(logitScale > 0))
    fail(fn, 'options.logitScale', 'to be a positive number', logitScale);
  const predictedInput = readNullableFinite(fn, 'options.predicted', o.predicted);
  const t = readThresholds(fn, 'options.thresholds', o.thresholds, { maintain: 0, accelerate: 1 });
  assertOrdered(fn, 'options.thresholds', t, 'maintain', 'accelerate');
  const points = readAnnualSeries(fn, 'series', series).filter((p) => p.year <= targetYear);
  const inputs: Record<string, unknown> = {
    polarity: d === 1 ? 'increase' : 'decrease',
    target,
    targetYear,
    baseYear: requestedBaseYear,
    baseYearFallback: fallback,
    fromYear,
    extrapolation,
    logitScale,
    predicted: predictedInput,
  };
  const insufficient = (
    reason: NonNullable<EscapAnticipatedProgressResult['reason']>,
    description: string,
    base?: AnnualPoint,
  ): EscapAnticipatedProgressResult => ({
    status: 'insufficient_data',
    label: LABELS.insufficient_data,
    reason,
    predicted: null,
    gap: null,
    targetMet: null,
    baseYear: base?.year ?? null,
    baseValue: base?.value ?? null,
    pointsUsed: 0,
    explanation: reasonExplanation(fn, 'Insufficient data', reason, description, inputs, SOURCES.escap),
  });
  const latest = points.at(-1);
  if (latest === undefined) return insufficient('no_data', `no value up to ${targetYear}`);
  const base = pickYear(points, requestedBaseYear, fallback, targetYear + 1);
  if (base === null) return insufficient('missing_base_year', `no value in ${requestedBaseYear}`);
  Object.assign(inputs, { baseYearUsed: base.year, baseYearRule: base.rule, latestYear: latest.year });
  const targetMet = d * (latest.value - target) >= 0;

  let predicted: number;
  let pointsUsed = 0;
  let projection: string;
  let slope: number | null = null;
  if (predictedInput !== null) {
    predicted = predictedInput;
    projection = 'supplied';
  } else if (latest.year === targetYear) {
    predicted = latest.value;
    pointsUsed = 1;
    projection = 'observed in the target year';
  } else {
    const used = points.filter((p) => p.year >= fromYear);
    if (used.length < 2) {
      return insufficient(
        'insufficient_data',
        `fewer than two values from ${fromYear} to project from`,
        base,
      );
    }
    pointsUsed = used.length;
    if (logitScale !== null && used.some((p) => !(p.value > 0 && p.value < logitScale))) {
      return insufficient('outside_logit_scale', `a value outside (0, ${logitScale}) has no logit`, base);
    }
    const forward = (v: number) =>
      logitScale === null ? v : Math.log(v / logitScale / (1 - v / logitScale));
    const back = (z: number) => (logitScale === null ? z : logitScale / (1 + Math.exp(-z)));
    const first = used[0] as AnnualPoint;
    if (extrapolation === 'cagr') {
      const z0 = forward(first.value);
      const z1 = forward(latest.value);
      if (!(z0 > 0 && z1 > 0)) {
        return insufficient(
          'non_positive_value',
          'a zero or negative value leaves the growth rate undefined',
          base,
        );
      }
      const rate = (z1 / z0) ** (1 / (latest.year - first.year)) - 1;
      predicted = back(z1 * (1 + rate) ** (targetYear - latest.year));
      slope = rate;
      projection = `compound growth ${pct(rate)}/yr from ${first.year} to ${latest.year}`;
    } else {
      const years = used.map((p) => p.year);
      const weights =
        extrapolation === 'weighted_regression'
          ? years.map((year) => (targetYear - first.year) / (targetYear - year))
          : years.map(() => 1);
      const line = weightedLine(
        years,
        used.map((p) => forward(p.value)),
        weights,
        targetYear,
      );
      predicted = back(line.predicted);
      slope = line.slope;
      projection = `${extrapolation === 'weighted_regression' ? 'time-weighted' : 'ordinary'} least-squares line through ${used.length} values from ${first.year} (slope ${fmt(line.slope)}/yr${logitScale === null ? '' : ' on the logit scale'})`;
    }
  }

  const needed = Math.abs(target - base.value);
  const gap = needed === 0 ? null : (d * (target - predicted)) / needed;
  if (!Number.isFinite(predicted) || (gap !== null && !Number.isFinite(gap))) {
    return insufficient('not_finite', 'the projection overflows double precision', base);
  }
  const predictedMeets = d * (predicted - target) >= 0;
  let status: EscapAnticipatedProgressResult['status'];
  let ruleId: string;
  let description: string;
  if (targetMet) {
    status = 'maintain_progress';
    ruleId = 'target_achieved';
    description = `latest value ${d === 1 ? '>=' : '<='} target ${fmt(target)}`;
  } else if (gap === null) {
    status = predictedMeets ? 'maintain_progress' : 'reverse_trend';
    ruleId = 'target_equals_base';
    description = `target equals the base value; the projection ${predictedMeets ? 'meets' : 'misses'} it`;
  } else if (gap <= t.maintain) {
    status = 'maintain_progress';
    ruleId = status;
    description = `gap <= ${t.maintain}`;
  } else if (gap <= t.accelerate) {
    status = 'accelerate_progress';
    ruleId = status;
    description = `${t.maintain} < gap <= ${t.accelerate}`;
  } else {
    status = 'reverse_trend';
    ruleId = status;
    description = `gap > ${t.accelerate}`;
  }
  return {
    status,
    label: LABELS[status],
    reason: null,
    predicted,
    gap,
    targetMet,
    baseYear: base.year,
    baseValue: base.value,
    pointsUsed,
    explanation: {
      method: fn,
      summary: targetMet
        ? `The latest value ${fmt(latest.value)} (${latest.year}) already meets the target ${fmt(target)}: ${LABELS[status].toLowerCase()}.`
        : `Projected ${targetYear} value ${fmt(predicted)} (${projection}); gap to the target ${fmt(target)} is ${gap === null ? 'undefined' : pct(gap)} of the progress needed since ${base.year}: ${LABELS[status].toLowerCase()}.`,
      inputs,
      intermediate: { predicted, gap, progressNeeded: needed, slope, pointsUsed, targetMet, projection },
      rule: { id: ruleId, description, thresholds: { maintain: t.maintain, accelerate: t.accelerate } },
      source: SOURCES.escap,
    },
  };
}
