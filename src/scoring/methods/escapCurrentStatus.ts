import { fail } from '../../internal/assert.js';
import type { Explanation } from '../Explanation.js';
import { type AnnualPoint, pickYear, readAnnualSeries } from './internal/annualSeries.js';
import { fmt, pct } from './internal/format.js';
import { readNearestBaseYear } from './internal/readNearestBaseYear.js';
import { readFinite, readOptionalFinite, readOptionsObject, readPolarity } from './internal/readOptions.js';
import { reasonExplanation } from './internal/reasonExplanation.js';
import { SOURCES } from './internal/sources.js';
import type { AnnualValue } from './openSdgProgress.js';

/**
 * Options of {@link escapCurrentStatus}.
 *
 * @example
 * ```ts
 * import type { EscapCurrentStatusOptions } from 'civic-metrics';
 * const options: EscapCurrentStatusOptions = { polarity: 'increase', target: 80 };
 * ```
 */
export interface EscapCurrentStatusOptions {
  /** Desired direction. */
  polarity: 'increase' | 'decrease';
  /** The 2030 target value (ESCAP only assesses indicators with a quantitative target). */
  target: number;
  /** Base year. Default 2015 (editions before 2017 used 2000). */
  baseYear?: number;
  /** When the base year has no value: `nearest` year (default; unverified; ties take the earlier) or `exact`. */
  baseYearFallback?: 'nearest' | 'exact';
  /** Multiplier of the ratio: 1 (default) gives a share, 10 the ±10 scale of the UNICEF-MENARO replication. */
  scale?: number;
}

/**
 * Result of {@link escapCurrentStatus}.
 *
 * @example
 * ```ts
 * import type { EscapCurrentStatusResult } from 'civic-metrics';
 * const status: EscapCurrentStatusResult['status'] = 'regression';
 * ```
 */
export interface EscapCurrentStatusResult {
  /** `target_achieved`, `progress` (ratio > 0), `no_progress` (0), `regression` (< 0), or `insufficient_data`. */
  status: 'target_achieved' | 'progress' | 'no_progress' | 'regression' | 'insufficient_data';
  /** Progress made as a share of progress needed (times `scale`), capped at `scale` when the target is met; null when undefined. */
  ratio: number | null;
  /** Why there was no assessment; null otherwise. */
  reason: 'no_data' | 'missing_base_year' | 'insufficient_data' | 'not_finite' | null;
  /** Base year used. */
  baseYear: number | null;
  /** Base value used. */
  baseValue: number | null;
  /** Latest year. */
  currentYear: number | null;
  /** Latest value. */
  currentValue: number | null;
  /** Inputs (with the years chosen), the ratio and the rule. */
  explanation: Explanation;
}

/**
 * ESCAP Current Status Index for one (sub-)indicator: how much of the progress needed from the base year
 * to the target has been made?
 *
 * `ratio = scale · d · (I_current − I_base) / |TV − I_base|`, set to `scale` when the current value meets the
 * target; negative means regression. ESCAP's description is confirmed; the exact scaling and capping are
 * from a third-party replication (spalmas/SDG-MENARO, which uses `scale = 10`) and are **unverified**.
 * ESCAP then averages the sub-indicator measures to goal level (simple averages).
 *
 * Missing data: null/NaN values are skipped; `insufficient_data` (with `reason`) for no data, no base value,
 * or no later value, or a ratio that overflows (`not_finite`). A target equal to the base value and not
 * met is `regression` with a null ratio (progress needed is zero; never Infinity).
 *
 * @param series - Annual observations `{ year, value }`, one per year.
 * @param options - `{ polarity, target, baseYear = 2015, baseYearFallback = 'nearest', scale = 1 }`.
 * @returns The ratio and status.
 * @throws {ArgumentError} `invalid_argument` for a malformed series, unknown polarity, non-finite target,
 *   non-integer base year or a scale that is not a positive number.
 * @throws {PeriodError} `duplicate_observation` when two observations share a year.
 * @see UN ESCAP, Progress Assessment Methodology (Asia-Pacific SDG Progress Report, Annex 1).
 *
 * @example
 * ```ts
 * import { escapCurrentStatus } from 'civic-metrics';
 * const result = escapCurrentStatus([{ year: 2015, value: 40 }, { year: 2023, value: 50 }], { polarity: 'increase', target: 80 });
 * result.ratio;
 * // => 0.25
 * result.status;
 * // => 'progress'
 * ```
 */
export function escapCurrentStatus(
  series: readonly AnnualValue[],
  options: EscapCurrentStatusOptions,
): EscapCurrentStatusResult {
  const fn = 'escapCurrentStatus';
  const o = readOptionsObject(fn, options);
  const d = readPolarity(fn, 'options.polarity', o.polarity);
  const target = readFinite(fn, 'options.target', o.target);
  const { requestedBaseYear, fallback } = readNearestBaseYear(fn, o);
  const scale = readOptionalFinite(fn, 'options.scale', o.scale, 1);
  if (!(scale > 0)) fail(fn, 'options.scale', 'to be a positive number', scale);
  const points = readAnnualSeries(fn, 'series', series);
  const inputs: Record<string, unknown> = {
    polarity: d === 1 ? 'increase' : 'decrease',
    target,
    baseYear: requestedBaseYear,
    baseYearFallback: fallback,
    scale,
  };
  const insufficient = (
    reason: NonNullable<EscapCurrentStatusResult['reason']>,
    description: string,
    current?: AnnualPoint,
  ): EscapCurrentStatusResult => ({
    status: 'insufficient_data',
    ratio: null,
    reason,
    baseYear: null,
    baseValue: null,
    currentYear: current?.year ?? null,
    currentValue: current?.value ?? null,
    explanation: reasonExplanation(fn, 'Insufficient data', reason, description, inputs, SOURCES.escap),
  });
  const current = points.at(-1);
  if (current === undefined) return insufficient('no_data', 'no value in the series');
  const base = pickYear(points, requestedBaseYear, fallback, current.year);
  if (base === null) {
    return points.length < 2
      ? insufficient('insufficient_data', 'fewer than two years of data', current)
      : insufficient('missing_base_year', `no value in ${requestedBaseYear}`, current);
  }
  Object.assign(inputs, { baseYearUsed: base.year, baseYearRule: base.rule, currentYear: current.year });
  const used = {
    baseYear: base.year,
    baseValue: base.value,
    currentYear: current.year,
    currentValue: current.value,
  };
  const met = d * (current.value - target) >= 0;
  const needed = Math.abs(target - base.value);
  const made = d * (current.value - base.value);
  let ratio: number | null;
  let status: EscapCurrentStatusResult['status'];
  let description: string;
  if (met) {
    ratio = scale;
    status = 'target_achieved';
    description = `current value ${d === 1 ? '>=' : '<='} target ${fmt(target)}: ratio set to ${scale}`;
  } else if (needed === 0) {
    ratio = null;
    status = 'regression';
    description = 'target equals the base value and the current value is worse';
  } else {
    ratio = (scale * made) / needed;
    if (!Number.isFinite(ratio)) {
      return insufficient(
        'not_finite',
        'the ratio overflows double precision (progress needed is tiny)',
        current,
      );
    }
    status = ratio > 0 ? 'progress' : ratio === 0 ? 'no_progress' : 'regression';
    description = status === 'progress' ? 'ratio > 0' : status === 'no_progress' ? 'ratio = 0' : 'ratio < 0';
  }
  return {
    status,
    ratio,
    reason: null,
    ...used,
    explanation: {
      method: fn,
      summary:
        ratio === null || met
          ? `${description[0]?.toUpperCase()}${description.slice(1)}.`
          : `Since ${base.year} the value moved ${fmt(made)} in the desired direction, ${pct(ratio / scale)} of the ${fmt(needed)} needed to reach ${fmt(target)}: ${status.replaceAll('_', ' ')}.`,
      inputs,
      intermediate: { progressMade: made, progressNeeded: needed, ratio, targetMet: met },
      rule: { id: status, description, thresholds: { targetReached: scale, regression: 0 } },
      source: SOURCES.escap,
    },
  };
}
