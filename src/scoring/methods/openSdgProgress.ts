import type { Explanation } from '../Explanation.js';
import { readAnnualSeries, readFallback } from './internal/annualSeries.js';
import { fmt, pct } from './internal/format.js';
import { OPEN_SDG_LABELS } from './internal/openSdgLabels.js';
import {
  cagr,
  readNullableFinite,
  readOptionsObject,
  readPolarity,
  readYearOption,
  type Sign,
} from './internal/readOptions.js';
import { SOURCES } from './internal/sources.js';

/**
 * One annual observation for the published progress methods. `year` is an integer or a reference period
 * such as `'2015-16'` (read as its first year); `value` null, undefined or NaN marks a missing value.
 *
 * @example
 * ```ts
 * import type { AnnualValue } from 'civic-metrics';
 * const point: AnnualValue = { year: '2015-16', value: 14.5 };
 * ```
 */
export interface AnnualValue {
  /** The year, or a multi-year reference period counted as its first year. */
  year: number | string;
  /** The value; null, undefined or NaN when missing. */
  value: number | null | undefined;
}

/**
 * A progress status of the Open SDG / Statistics Canada measure, named as Open SDG's code names them:
 * `target_achieved`, `substantial_progress` ("On track"), `moderate_progress` ("Progress made but
 * acceleration needed"), `limited_progress`, `deterioration`, `not_available` ("Unable to assess").
 *
 * @example
 * ```ts
 * import type { OpenSdgStatus } from 'civic-metrics';
 * const status: OpenSdgStatus = 'moderate_progress';
 * ```
 */
export type OpenSdgStatus =
  | 'target_achieved'
  | 'substantial_progress'
  | 'moderate_progress'
  | 'limited_progress'
  | 'deterioration'
  | 'not_available';

/**
 * Options of {@link openSdgProgress}.
 *
 * @example
 * ```ts
 * import type { OpenSdgProgressOptions } from 'civic-metrics';
 * const poverty: OpenSdgProgressOptions = { polarity: 'decrease', target: 7.25, targetYear: 2030 };
 * ```
 */
export interface OpenSdgProgressOptions {
  /** Desired direction. Open SDG's configuration defaults to `negative` (decrease) when none is given; here it is required. */
  polarity: 'increase' | 'decrease';
  /** Base year. Default 2015. */
  baseYear?: number;
  /** Quantitative target; null or omitted for the no-target method. A target of 0 is replaced by 0.001. */
  target?: number | null;
  /** Year of the target. Default 2030. */
  targetYear?: number;
  /** Natural limit (e.g. 100 for a percentage) that scales the no-target thresholds; ignored with a target. */
  naturalLimit?: number | null;
  /** When the base year has no value: `first_later` (Open SDG, default) uses the first later year; `exact` reports `not_available`. */
  baseYearFallback?: 'first_later' | 'exact';
}

/**
 * Why {@link openSdgProgress} could not assess a series.
 *
 * @example
 * ```ts
 * import type { OpenSdgUnavailableReason } from 'civic-metrics';
 * const reason: OpenSdgUnavailableReason = 'sign_change';
 * ```
 */
export type OpenSdgUnavailableReason =
  | 'no_data'
  | 'base_year_after_latest'
  | 'missing_base_year'
  | 'insufficient_data'
  | 'sign_change'
  | 'not_finite';

/**
 * Result of {@link openSdgProgress}.
 *
 * @example
 * ```ts
 * import type { OpenSdgProgressResult } from 'civic-metrics';
 * const score: OpenSdgProgressResult['score'] = 2.1507;
 * ```
 */
export interface OpenSdgProgressResult {
  /** The progress status. */
  status: OpenSdgStatus;
  /** The English label of the status as Statistics Canada publishes it. */
  label: string;
  /** The −5…+5 score used for aggregation (5 when the target is achieved); null when not available. */
  score: number | null;
  /** R (with a target) or the direction-adjusted CAGR P (without); computed even when the target is achieved; null when not available or undefined. */
  progressValue: number | null;
  /** `target` (methodology 2) or `no_target` (methodology 1). */
  method: 'target' | 'no_target';
  /** Why the series is `not_available`; null otherwise. */
  reason: OpenSdgUnavailableReason | null;
  /** The base year actually used (after the fallback); null when none. */
  baseYear: number | null;
  /** The base value as observed (before the 0 → 0.001 replacement); null when none. */
  baseValue: number | null;
  /** The latest year with data; null when none. */
  currentYear: number | null;
  /** The latest value; null when none. */
  currentValue: number | null;
  /** The natural-limit scaling factor C (no-target method with a limit), else null. */
  scalingFactor: number | null;
  /** Inputs (with the years chosen), growth rates, thresholds and the band that fired. */
  explanation: Explanation;
}

const ZERO_REPLACEMENT = 0.001;
const LIMIT_EXPONENT = 4.44;

/**
 * Measures progress of one series by the Open SDG / Statistics Canada method (Eurostat-inspired).
 *
 * `CAGR = (y_i / y_0)^(1/(t_i − t_0)) − 1` from the base year `t_0` to the latest year `t_i`; `s = −1` if
 * the base value is negative, else 1; `d = ±1` from `polarity`.
 * - **With a target** (methodology 2): `target_achieved` (score 5) first, when the latest value is at or
 *   beyond the target (`>=` for increase, `<=` for decrease). Else `R = s·d·CAGR / |CAGR_T|` with
 *   `CAGR_T = (y_T / y_0)^(1/(t_T − t_0)) − 1`; `R ≥ 0.95` substantial, `≥ 0.6` moderate, `≥ 0` limited,
 *   else deterioration. Score: `min(7.1429 R − 4.2857, 5)` if `R ≥ 0.6`, else `max(4.1667 R − 2.5, −5)`.
 * - **Without a target** (methodology 1): `P = s·d·CAGR`; thresholds 0.015 / 0.005 / 0, those above 0
 *   multiplied by the natural-limit factor `C` (`a = 4.44`): `C = 1 − (|y_0|/|lim|)^a` when
 *   `|y_0| ≤ |lim|`, `1 − ((2|lim| − |y_0|)/|lim|)^a` when `|lim| < |y_0| < 2|lim|`, else 1. Only a limit on
 *   the desired side counts (a maximum when progress means increasing, a minimum when decreasing);
 *   otherwise `C = 1`. Score: `max(125 P − 2.5, −5)` if `P < 0`; `min(500 P/C − 5, 5)` if `P ≥ 0.015 C`;
 *   `250 P/C − 1.25` if `P ≥ 0.005 C`; else `500 P/C − 2.5`. With `C = 0` and `P ≥ 0`: substantial, score 5.
 * Every cut-off is `>=`. The score constants are the published code's rounded ones (7.1429, 4.2857, 4.1667).
 *
 * Data rules (Open SDG): a base value or target of 0 is replaced by 0.001 (with the base value's sign for an
 * all-negative series, so the growth rate stays defined); a missing base year falls back to the first later
 * year; at least two years are needed. `not_available` (reason in `reason`) for: no data; a base year after
 * the latest data; a missing base year with `baseYearFallback: 'exact'`; a single year; base and latest (or
 * target) values of opposite signs; a growth rate that overflows double precision (`not_finite`). Never
 * NaN or Infinity: when the target equals the base value and is not met, `R` is undefined (null) and the
 * series is `deterioration` with score −5.
 * Reproduces every published progress value, score and status of Statistics Canada's Canadian Indicator
 * Framework (125 computed series).
 *
 * @param series - Annual observations `{ year, value }`, in any order, one per year.
 * @param options - `{ polarity, baseYear = 2015, target = null, targetYear = 2030, naturalLimit = null,
 *   baseYearFallback = 'first_later' }`.
 * @returns The status, its label, the score, the progress value, the years and values used.
 * @throws {ArgumentError} `invalid_argument` for a malformed series (path `series[i].year` / `.value`), an
 *   unknown polarity, non-integer years, or a non-finite target or limit. (A target year not after the
 *   base year actually used is a data state: `not_available`, reason `insufficient_data`.)
 * @throws {PeriodError} `duplicate_observation` when two observations share a year.
 * @see Statistics Canada / Open SDG, Progress Measurement Methodology for the SDGs; sdg-build ProgressMeasure.
 *
 * @example
 * ```ts
 * import { openSdgProgress } from 'civic-metrics';
 * const result = openSdgProgress(
 *   [{ year: 2015, value: 14.5 }, { year: 2023, value: 10.4 }],
 *   { polarity: 'decrease', target: 7.25, targetYear: 2030 },
 * );
 * result.status;
 * // => 'moderate_progress'
 * result.score;
 * // => 2.1507
 * ```
 */
export function openSdgProgress(
  series: readonly AnnualValue[],
  options: OpenSdgProgressOptions,
): OpenSdgProgressResult {
  const fn = 'openSdgProgress';
  const o = readOptionsObject(fn, options);
  const d = readPolarity(fn, 'options.polarity', o.polarity);
  const requestedBaseYear = readYearOption(fn, 'options.baseYear', o.baseYear, 2015);
  const targetInput = readNullableFinite(fn, 'options.target', o.target);
  const targetYear = readYearOption(fn, 'options.targetYear', o.targetYear, 2030);
  const naturalLimit = readNullableFinite(fn, 'options.naturalLimit', o.naturalLimit);
  const fallback = readFallback(
    fn,
    'options.baseYearFallback',
    o.baseYearFallback,
    ['first_later', 'exact'],
    'first_later',
  );
  const points = readAnnualSeries(fn, 'series', series);
  const method = targetInput === null ? 'no_target' : 'target';
  const inputs: Record<string, unknown> = {
    polarity: d === 1 ? 'increase' : 'decrease',
    baseYearRequested: requestedBaseYear,
    target: targetInput,
    targetYear,
    naturalLimit,
    baseYearFallback: fallback,
    observations: points.length,
  };
  const unavailable = (
    reason: OpenSdgUnavailableReason,
    description: string,
    years: { baseYear?: number; baseValue?: number; currentYear?: number; currentValue?: number } = {},
  ): OpenSdgProgressResult => ({
    status: 'not_available',
    label: OPEN_SDG_LABELS.not_available,
    score: null,
    progressValue: null,
    method,
    reason,
    baseYear: years.baseYear ?? null,
    baseValue: years.baseValue ?? null,
    currentYear: years.currentYear ?? null,
    currentValue: years.currentValue ?? null,
    scalingFactor: null,
    explanation: {
      method: fn,
      summary: `Unable to assess: ${description}.`,
      inputs: { ...inputs, ...years },
      intermediate: { reason },
      rule: { id: reason, description },
      source: SOURCES.openSdg,
    },
  });

  const current = points.at(-1);
  if (current === undefined) return unavailable('no_data', 'the series has no values');
  const currentYear = current.year;
  const currentValue = current.value;
  let base = points.find((p) => p.year === requestedBaseYear);
  if (base === undefined) {
    if (requestedBaseYear > currentYear) {
      return unavailable(
        'base_year_after_latest',
        `base year ${requestedBaseYear} is after the latest year ${currentYear}`,
        {
          currentYear,
          currentValue,
        },
      );
    }
    if (fallback === 'exact') {
      return unavailable('missing_base_year', `no value in base year ${requestedBaseYear}`, {
        currentYear,
        currentValue,
      });
    }
    base = points.find((p) => p.year > requestedBaseYear);
  }
  const baseYear = (base as { year: number }).year;
  const baseValue = (base as { value: number }).value;
  const years = { baseYear, baseValue, currentYear, currentValue };
  if (currentYear - baseYear < 1) {
    return unavailable('insufficient_data', `only one year (${currentYear}) from the base year on`, years);
  }
  if (targetInput !== null && targetYear <= baseYear) {
    return unavailable(
      'insufficient_data',
      `target year ${targetYear} is not after the base year ${baseYear}`,
      years,
    );
  }
  const y0 = baseValue === 0 ? ZERO_REPLACEMENT : baseValue;
  const s: Sign = y0 < 0 ? -1 : 1;
  if (s * currentValue < 0) {
    return unavailable(
      'sign_change',
      `base value ${fmt(baseValue)} and latest value ${fmt(currentValue)} have opposite signs`,
      years,
    );
  }
  const growth = cagr(currentValue, y0, currentYear, baseYear);
  const overflow = () =>
    unavailable('not_finite', 'the growth rate overflows double precision (extreme ratio of values)', years);
  if (!Number.isFinite(growth)) return overflow();
  const common = { baseValueUsed: y0, sign: s, direction: d, cagr: growth };

  if (targetInput !== null) {
    const target = targetInput === 0 ? s * ZERO_REPLACEMENT : targetInput;
    if (s * target < 0) {
      return unavailable(
        'sign_change',
        `base value ${fmt(baseValue)} and target ${fmt(target)} have opposite signs`,
        years,
      );
    }
    const required = cagr(target, y0, targetYear, baseYear);
    const ratio = required === 0 ? null : (s * d * growth) / Math.abs(required);
    if (!Number.isFinite(required) || (ratio !== null && !Number.isFinite(ratio))) return overflow();
    const achieved = d === 1 ? currentValue >= target : currentValue <= target;
    const thresholds = { high: 0.95, med: 0.6, low: 0 };
    const intermediate = { ...common, targetUsed: target, requiredCagr: required, progressValue: ratio };
    let status: OpenSdgStatus;
    let score: number;
    let description: string;
    if (achieved) {
      status = 'target_achieved';
      score = 5;
      description = `latest value ${d === 1 ? '>=' : '<='} target ${fmt(target)}`;
    } else if (ratio === null) {
      status = 'deterioration';
      score = -5;
      description = 'target equals the base value and is not met: no progress is possible, R undefined';
    } else {
      ({ status, description } = band(ratio, thresholds, 'R'));
      score =
        ratio >= thresholds.med ? Math.min(7.1429 * ratio - 4.2857, 5) : Math.max(4.1667 * ratio - 2.5, -5);
    }
    const summary = achieved
      ? `Latest value ${fmt(currentValue)} (${currentYear}) has reached the target ${fmt(target)}: target achieved, score 5.`
      : ratio === null
        ? `The target equals the base value and the latest value ${fmt(currentValue)} is worse: deterioration.`
        : `Growth ${pct(growth)}/yr since ${baseYear} is ${pct(ratio)} of the ${pct(Math.abs(required))}/yr needed to reach ${fmt(target)} by ${targetYear}: ${OPEN_SDG_LABELS[status].toLowerCase()} (score ${fmt(score)}).`;
    return {
      status,
      label: OPEN_SDG_LABELS[status],
      score,
      progressValue: ratio,
      method,
      reason: null,
      ...years,
      scalingFactor: null,
      explanation: {
        method: fn,
        summary,
        inputs: { ...inputs, ...years },
        intermediate: { ...intermediate, score },
        rule: { id: status, description, thresholds },
        source: SOURCES.openSdg,
      },
    };
  }

  const progressValue = s * d * growth;
  const { factor, applies } = scalingFactor(y0, naturalLimit, s * d);
  const thresholds = { high: 0.015 * factor, med: 0.005 * factor, low: 0 };
  let status: OpenSdgStatus;
  let score: number;
  let description: string;
  if (factor === 0 && progressValue >= 0) {
    status = 'substantial_progress';
    score = 5;
    description = 'base value at the natural limit (C = 0) and P >= 0';
  } else {
    ({ status, description } = band(progressValue, thresholds, 'P'));
    score =
      progressValue < 0
        ? Math.max(125 * progressValue - 2.5, -5)
        : progressValue >= thresholds.high
          ? Math.min((500 * progressValue) / factor - 5, 5)
          : progressValue >= thresholds.med
            ? (250 * progressValue) / factor - 1.25
            : (500 * progressValue) / factor - 2.5;
  }
  const limitText = applies
    ? ` (thresholds scaled by C = ${fmt(factor)} for the limit ${fmt(naturalLimit as number)})`
    : '';
  return {
    status,
    label: OPEN_SDG_LABELS[status],
    score,
    progressValue,
    method,
    reason: null,
    ...years,
    scalingFactor: applies ? factor : null,
    explanation: {
      method: fn,
      summary: `Growth in the desired direction ${pct(progressValue)}/yr from ${baseYear} to ${currentYear}${limitText}: ${OPEN_SDG_LABELS[status].toLowerCase()} (score ${fmt(score)}).`,
      inputs: { ...inputs, ...years },
      intermediate: {
        ...common,
        progressValue,
        scalingFactor: applies ? factor : null,
        limitApplies: applies,
        score,
      },
      rule: { id: status, description, thresholds },
      source: SOURCES.openSdg,
    },
  };
}

function band(
  value: number,
  t: { high: number; med: number; low: number },
  name: string,
): { status: OpenSdgStatus; description: string } {
  if (value >= t.high) return { status: 'substantial_progress', description: `${name} >= ${fmt(t.high)}` };
  if (value >= t.med)
    return { status: 'moderate_progress', description: `${fmt(t.med)} <= ${name} < ${fmt(t.high)}` };
  if (value >= t.low)
    return { status: 'limited_progress', description: `${fmt(t.low)} <= ${name} < ${fmt(t.med)}` };
  return { status: 'deterioration', description: `${name} < ${fmt(t.low)}` };
}

/** The natural-limit factor C, and whether the limit counts (it lies on the desired side of the base value). */
function scalingFactor(
  base: number,
  limit: number | null,
  effectiveDirection: number,
): { factor: number; applies: boolean } {
  if (limit === null) return { factor: 1, applies: false };
  const b = Math.abs(base);
  const l = Math.abs(limit);
  const isMaximum = b <= l;
  if ((isMaximum && effectiveDirection !== 1) || (!isMaximum && effectiveDirection !== -1))
    return { factor: 1, applies: false };
  if (b >= 2 * l) return { factor: 1, applies: true };
  if (isMaximum) return { factor: 1 - (b / l) ** LIMIT_EXPONENT, applies: true };
  return { factor: 1 - ((2 * l - b) / l) ** LIMIT_EXPONENT, applies: true };
}
