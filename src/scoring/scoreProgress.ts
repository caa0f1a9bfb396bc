import { ArgumentError } from '../errors/ArgumentError.js';
import { describe } from '../internal/describe.js';
import type { Explanation } from './Explanation.js';
import { type Decimal, dec, fitsFloat, fixed, maxPlaces, num, percentText } from './internal/decimal.js';
import { readDecimals, readNumeric, readOptionalNumeric } from './internal/numeric.js';
import { polarityPhrase, readPolarity } from './internal/polarity.js';
import { type ReadTolerance, readTolerance, toleranceAmount, toleranceJson } from './internal/tolerance.js';
import type { ProgressPolarity, RangeTarget } from './ProgressPolarity.js';

/**
 * Options of {@link scoreProgress}: the current value, the target, the optional baseline, the polarity and
 * how to show the figures.
 *
 * @example
 * ```ts
 * import type { ScoreProgressOptions } from 'civic-metrics/scoring';
 * const options: ScoreProgressOptions = { current: 120, target: 80, baseline: 160, polarity: 'decrease' };
 * ```
 */
export interface ScoreProgressOptions {
  /** The current (latest) value; `null`, `undefined` or `NaN` when missing (→ `no_data`). */
  readonly current: number | string | null | undefined;
  /** The target: a value for `increase`/`decrease`, a `{ min, max }` band for `range`; `null` when none. */
  readonly target: number | string | RangeTarget | null | undefined;
  /** The baseline the target was set against; needed for `gapClosed`. */
  readonly baseline?: number | string | null | undefined;
  /** Which direction is better. `neutral` indicators are reported, never scored (`not_comparable`). */
  readonly polarity: ProgressPolarity;
  /**
   * How far the current value may miss the target and still count as within tolerance ("at risk" rather
   * than "off track"): an amount in the indicator's unit, or `{ relative }` as a fraction of `|target|` (of
   * `|min|` or `|max|`, whichever end is missed, for a range). Does not change `achieved`.
   */
  readonly tolerance?: number | { readonly relative: number } | undefined;
  /** Decimals of the values shown in `display` (0–12); default: the most decimals among the inputs. */
  readonly decimals?: number | undefined;
  /** Decimals of the percentages shown in `display` (0–12); default 1. */
  readonly percentDecimals?: number | undefined;
  /**
   * Which quantity `percentOfTarget` reports: `'auto'` (default; see {@link scoreProgress}), `'ratio'`
   * (current/target when higher is better, target/current when lower is better) or `'gap_closed'`.
   */
  readonly percentOfTarget?: 'auto' | 'ratio' | 'gap_closed' | undefined;
}

/**
 * The figures of a {@link ScoreProgressScored} as shown to people: values at the declared decimals,
 * fractions as percentages, each rounded half away from zero with decimal.js.
 *
 * @example
 * ```ts
 * import type { ScoreProgressDisplay } from 'civic-metrics/scoring';
 * const display: ScoreProgressDisplay = {
 *   current: '120', target: '80', baseline: '160', remaining: '40', percentOfTarget: '50.0%', gapClosed: '50.0%',
 * };
 * ```
 */
export interface ScoreProgressDisplay {
  /** The current value. */
  readonly current: string;
  /** The target, or `min–max` for a range. */
  readonly target: string;
  /** The baseline, or `null` when none was given. */
  readonly baseline: string | null;
  /** How much is still to go (`0` once achieved). */
  readonly remaining: string;
  /** Percent of target, e.g. `95.0%`, or `null` when undefined. */
  readonly percentOfTarget: string | null;
  /** Gap closed as a percentage, or `null` when undefined. */
  readonly gapClosed: string | null;
}

/**
 * A scored result of {@link scoreProgress}.
 *
 * @example
 * ```ts
 * import { scoreProgress, type ScoreProgressScored } from 'civic-metrics/scoring';
 * const result = scoreProgress({ current: 95, target: 100, polarity: 'increase' }) as ScoreProgressScored;
 * result.percentOfTarget;
 * // => 0.95
 * ```
 */
export interface ScoreProgressScored {
  readonly status: 'ok';
  /** The polarity scored. */
  readonly polarity: 'increase' | 'decrease' | 'range';
  /** Whether the target is met: current ≥ target, current ≤ target, or min ≤ current ≤ max. */
  readonly achieved: boolean;
  /** Whether the miss is within the tolerance (`true` once achieved); `null` when no tolerance was given. */
  readonly withinTolerance: boolean | null;
  /** Percent of target as a fraction (1 = 100%); `null` where undefined (the explanation says why). */
  readonly percentOfTarget: number | null;
  /** The quantity `percentOfTarget` holds. */
  readonly percentOfTargetMethod: 'actual_over_target' | 'target_over_actual' | 'gap_closed' | null;
  /** Fraction of the distance from baseline to target covered; `null` where undefined. */
  readonly gapClosed: number | null;
  /** Distance still to go in the better direction, ≥ 0 (0 once achieved); ignores the tolerance. */
  readonly remaining: number;
  /** current − target (for a range: current − the nearest end, 0 inside). */
  readonly difference: number;
  /** The figures as shown to people. */
  readonly display: ScoreProgressDisplay;
  /** Inputs, intermediate quantities and the rule that decided `achieved`. */
  readonly explanation: Explanation;
}

/**
 * An unscored result of {@link scoreProgress}: a data status with its reason.
 *
 * - `no_data` / `missing_current`: the current value is missing.
 * - `no_target` / `missing_target`: there is no target.
 * - `not_comparable` / `neutral_polarity`: neutral indicators are reported, never scored.
 * - `not_comparable` / `range_target_expected`: a `range` indicator with a point target.
 * - `not_comparable` / `point_target_expected`: an `increase`/`decrease` indicator with a `{ min, max }` target.
 *
 * @example
 * ```ts
 * import { scoreProgress } from 'civic-metrics/scoring';
 * scoreProgress({ current: null, target: 100, polarity: 'increase' }).status;
 * // => 'no_data'
 * ```
 */
export interface ScoreProgressUnscored {
  readonly status: 'no_target' | 'no_data' | 'not_comparable';
  /** Why it was not scored. */
  readonly reason:
    | 'missing_current'
    | 'missing_target'
    | 'neutral_polarity'
    | 'range_target_expected'
    | 'point_target_expected';
  /** What was received and why it was not scored. */
  readonly explanation: Explanation;
}

/**
 * The result of {@link scoreProgress}: scored (`status: 'ok'`) or a data status.
 *
 * @example
 * ```ts
 * import { scoreProgress, type ScoreProgressResult } from 'civic-metrics/scoring';
 * const result: ScoreProgressResult = scoreProgress({ current: 80, target: 80, polarity: 'decrease' });
 * result.status;
 * // => 'ok'
 * ```
 */
export type ScoreProgressResult = ScoreProgressScored | ScoreProgressUnscored;

const FN = 'scoreProgress';
const SOURCE =
  'percent of target as in Clear Impact scorecards (actual/target); gap closed (current − baseline)/(target − baseline) ' +
  'as in the UN ESCAP current status index; policies for zero, equal and already-met baselines: civic-metrics docs/scoring.md';

type Measure = { value: Decimal | null; reason: string | null };

/** A ratio as a measure, or `null` with reason `ratio_overflow` when it exceeds float64 (tiny denominators). */
function ratio(numerator: Decimal, denominator: Decimal): Measure {
  const value = numerator.div(denominator);
  return fitsFloat(value) ? { value, reason: null } : { value: null, reason: 'ratio_overflow' };
}

function isRange(value: unknown): value is RangeTarget {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && 'min' in value && 'max' in value
  );
}

/** Distance from x to [min, max] (0 inside) and the signed difference to the nearest end. */
function rangeDistance(x: Decimal, min: Decimal, max: Decimal): { distance: Decimal; difference: Decimal } {
  if (x.lt(min)) return { distance: min.minus(x), difference: x.minus(min) };
  if (x.gt(max)) return { distance: x.minus(max), difference: x.minus(max) };
  return { distance: dec(0), difference: dec(0) };
}

function unscored(
  status: ScoreProgressUnscored['status'],
  reason: ScoreProgressUnscored['reason'],
  summary: string,
  inputs: Record<string, unknown>,
): ScoreProgressUnscored {
  return {
    status,
    reason,
    explanation: { method: FN, summary, inputs, intermediate: { reason }, source: SOURCE },
  };
}

/**
 * Scores a current value against its target: whether it is achieved, percent of target, the share of the
 * gap from the baseline closed, and how much is still to go, for every polarity, exactly, with an explanation.
 *
 * Formulas (d = +1 when higher is better, −1 when lower is better; arithmetic in decimal.js):
 * - `achieved`: d·(current − target) ≥ 0; for `range`, min ≤ current ≤ max.
 * - `remaining` = max(0, d·(target − current)); for `range`, the distance to the nearest end.
 * - `gapClosed` = (current − baseline) / (target − baseline): 1 when the target is met exactly, above 1 beyond
 *   it, 0 at the baseline, negative when worse than the baseline. For `range`,
 *   (dist(baseline) − dist(current)) / dist(baseline), where dist is the distance to the band (1 inside).
 * - `percentOfTarget` (`'auto'`): `increase` → current / target; `decrease` → gapClosed when a baseline makes it
 *   defined, otherwise target / current (so 12 against a target of 10 is 83.3%); `range` → gapClosed.
 *   `'ratio'` forces current/target (increase) or target/current (decrease); `'gap_closed'` forces gapClosed.
 *
 * Edge cases, each answered and never NaN or Infinity (the explanation carries the reason as
 * `percentOfTargetReason` / `gapClosedReason`):
 * - zero baseline: no special case; gapClosed uses differences, never a ratio over the baseline;
 * - target equal to the baseline ("hold the line"): gapClosed is `null` (`target_equals_baseline`); judge by
 *   `achieved` and `remaining`;
 * - target already met at the baseline (baseline better than the target): gapClosed is `null`
 *   (`target_met_at_baseline`), because the formula's sign would read improvement as regress;
 * - ratios: current/target needs target > 0 (`target_not_positive`); target/current needs target > 0 and
 *   current > 0 (`current_not_positive`: at or below zero a lower-is-better value has beaten any positive
 *   target, but the ratio would be infinite); negative values otherwise work through the differences.
 * - a ratio too large for float64 (a denominator near 5e-324) is `null` with reason `ratio_overflow`;
 * - missing current → `no_data`; missing target → `no_target` (checked in that order); `neutral` →
 *   `not_comparable`.
 *
 * @param options - See {@link ScoreProgressOptions}. Values are finite numbers or decimal strings.
 * @returns A {@link ScoreProgressScored} or a {@link ScoreProgressUnscored} data status.
 * @throws {ArgumentError} `invalid_argument` for an unknown polarity, a non-finite or non-numeric value, a
 *   range with min > max, a negative tolerance, or decimals outside 0–12.
 * @see Clear Impact, "Scorecard: percent of target"; UN ESCAP, "Asia and the Pacific SDG Progress Report",
 *   current status index (progress made / progress needed); civic-metrics `docs/scoring.md`.
 *
 * @example
 * ```ts
 * import { scoreProgress } from 'civic-metrics/scoring';
 * const days = scoreProgress({ current: 120, target: 80, baseline: 160, polarity: 'decrease' });
 * days.status === 'ok' && days.gapClosed;
 * // => 0.5
 * days.status === 'ok' && days.display.percentOfTarget;
 * // => '50.0%'
 * ```
 */
export function scoreProgress(options: ScoreProgressOptions): ScoreProgressResult {
  if (typeof options !== 'object' || options === null) {
    throw new ArgumentError(`${FN}: expected options to be an object, received ${describe(options)}`, {
      path: 'options',
      value: options,
    });
  }
  const polarity = readPolarity(FN, 'options.polarity', options.polarity);
  const current = readOptionalNumeric(FN, 'options.current', options.current);
  const baseline = readOptionalNumeric(FN, 'options.baseline', options.baseline);
  const rawTarget = options.target;
  let target: Decimal | null = null;
  let range: { min: Decimal; max: Decimal } | null = null;
  if (isRange(rawTarget)) {
    const min = readNumeric(FN, 'options.target.min', rawTarget.min);
    const max = readNumeric(FN, 'options.target.max', rawTarget.max);
    if (min.gt(max)) {
      throw new ArgumentError(
        `${FN}: expected options.target.min to be at most options.target.max (${rawTarget.max}), received ${rawTarget.min}`,
        { path: 'options.target.min', value: rawTarget.min },
      );
    }
    range = { min, max };
  } else {
    target = readOptionalNumeric(FN, 'options.target', rawTarget);
  }
  const tolerance = readTolerance(FN, 'options.tolerance', options.tolerance);
  const decimalsOption = readDecimals(FN, 'options.decimals', options.decimals);
  const percentDecimals = readDecimals(FN, 'options.percentDecimals', options.percentDecimals) ?? 1;
  const method = options.percentOfTarget ?? 'auto';
  if (method !== 'auto' && method !== 'ratio' && method !== 'gap_closed') {
    throw new ArgumentError(
      `${FN}: expected options.percentOfTarget to be one of 'auto', 'ratio', 'gap_closed', received ${describe(method)}`,
      { path: 'options.percentOfTarget', value: method },
    );
  }

  const inputs: Record<string, unknown> = {
    current: current === null ? null : num(current),
    target: range ? { min: num(range.min), max: num(range.max) } : target === null ? null : num(target),
    baseline: baseline === null ? null : num(baseline),
    polarity,
    tolerance: toleranceJson(tolerance),
    percentOfTarget: method,
  };

  if (polarity === 'neutral') {
    return unscored(
      'not_comparable',
      'neutral_polarity',
      'Neutral indicator: reported for context, never scored against a target.',
      inputs,
    );
  }
  if (polarity === 'range' && target !== null) {
    return unscored(
      'not_comparable',
      'range_target_expected',
      `A range indicator needs a { min, max } target, received the point target ${fixed(target, placesOfOne(target))}.`,
      inputs,
    );
  }
  if (polarity !== 'range' && range !== null) {
    return unscored(
      'not_comparable',
      'point_target_expected',
      `An indicator where ${polarityPhrase(polarity)} needs a point target, received a { min, max } range.`,
      inputs,
    );
  }
  if (current === null) {
    return unscored(
      'no_data',
      'missing_current',
      'No current value: the indicator cannot be scored.',
      inputs,
    );
  }
  if (target === null && range === null) {
    return unscored('no_target', 'missing_target', 'No target: the indicator cannot be scored.', inputs);
  }

  const decimals =
    decimalsOption ?? maxPlaces([current, target, baseline, range?.min ?? null, range?.max ?? null]);
  inputs.decimals = decimals;
  inputs.percentDecimals = percentDecimals;

  return range
    ? scoreRange(current, range, baseline, tolerance, method, decimals, percentDecimals, inputs)
    : scorePoint(
        current,
        target as Decimal,
        baseline,
        polarity as 'increase' | 'decrease',
        tolerance,
        method,
        decimals,
        percentDecimals,
        inputs,
      );
}

function placesOfOne(value: Decimal): number {
  return Math.min(value.decimalPlaces(), 12);
}

function scorePoint(
  current: Decimal,
  target: Decimal,
  baseline: Decimal | null,
  polarity: 'increase' | 'decrease',
  tolerance: ReadTolerance | null,
  method: 'auto' | 'ratio' | 'gap_closed',
  decimals: number,
  percentDecimals: number,
  inputs: Record<string, unknown>,
): ScoreProgressScored {
  const d = polarity === 'increase' ? 1 : -1;
  const difference = current.minus(target);
  const achieved = difference.times(d).gte(0);
  const remaining = achieved ? dec(0) : target.minus(current).times(d);
  const tolAmount = tolerance ? toleranceAmount(tolerance, target) : null;
  const withinTolerance = tolAmount === null ? null : achieved || remaining.lte(tolAmount);

  // Gap closed from the baseline.
  let gap: Measure;
  if (baseline === null) gap = { value: null, reason: 'no_baseline' };
  else if (target.eq(baseline)) gap = { value: null, reason: 'target_equals_baseline' };
  else if (baseline.minus(target).times(d).gt(0)) gap = { value: null, reason: 'target_met_at_baseline' };
  else gap = ratio(current.minus(baseline), target.minus(baseline));

  // Percent of target.
  let pct: Measure;
  let pctMethod: ScoreProgressScored['percentOfTargetMethod'];
  const useGap =
    method === 'gap_closed' || (method === 'auto' && polarity === 'decrease' && gap.value !== null);
  if (useGap) {
    pct = gap;
    pctMethod = gap.value === null ? null : 'gap_closed';
  } else if (polarity === 'increase') {
    pctMethod = 'actual_over_target';
    pct = target.gt(0) ? ratio(current, target) : { value: null, reason: 'target_not_positive' };
  } else {
    pctMethod = 'target_over_actual';
    if (!target.gt(0)) pct = { value: null, reason: 'target_not_positive' };
    else if (!current.gt(0)) pct = { value: null, reason: 'current_not_positive' };
    else pct = ratio(target, current);
  }
  if (pct.value === null) pctMethod = null;

  const show = (x: Decimal) => fixed(x, decimals);
  const display: ScoreProgressDisplay = {
    current: show(current),
    target: show(target),
    baseline: baseline === null ? null : show(baseline),
    remaining: show(remaining),
    percentOfTarget: pct.value === null ? null : percentText(pct.value, percentDecimals),
    gapClosed: gap.value === null ? null : percentText(gap.value, percentDecimals),
  };
  const op = d === 1 ? '>=' : '<=';
  const phrase = polarityPhrase(polarity);
  const lead = achieved
    ? `Current ${display.current} meets the target ${display.target} (${phrase})`
    : `Current ${display.current} misses the target ${display.target} by ${display.remaining} (${phrase})`;
  const parts = [lead];
  if (display.percentOfTarget !== null && pctMethod !== 'gap_closed')
    parts.push(`${display.percentOfTarget} of target`);
  if (display.gapClosed !== null && baseline !== null) {
    parts.push(`${display.gapClosed} of the gap from the baseline ${display.baseline} closed`);
  }
  let summary = `${parts.join('; ')}.`;
  if (withinTolerance !== null && !achieved) {
    summary += withinTolerance ? ' Within tolerance.' : ' Outside tolerance.';
  }

  return {
    status: 'ok',
    polarity,
    achieved,
    withinTolerance,
    percentOfTarget: pct.value === null ? null : num(pct.value),
    percentOfTargetMethod: pctMethod,
    gapClosed: gap.value === null ? null : num(gap.value),
    remaining: num(remaining),
    difference: num(difference),
    display,
    explanation: {
      method: FN,
      summary,
      inputs,
      intermediate: {
        difference: num(difference),
        remaining: num(remaining),
        gapClosed: gap.value === null ? null : num(gap.value),
        gapClosedReason: gap.reason,
        percentOfTarget: pct.value === null ? null : num(pct.value),
        percentOfTargetMethod: pctMethod,
        percentOfTargetReason: pct.reason,
        toleranceAmount: tolAmount === null ? null : num(tolAmount),
        withinTolerance,
      },
      rule: {
        id: achieved ? 'target_met' : 'target_not_met',
        description: `achieved when current ${op} target (${phrase})`,
        thresholds: { target: num(target), toleranceAmount: tolAmount === null ? null : num(tolAmount) },
      },
      source: SOURCE,
    },
  };
}

function scoreRange(
  current: Decimal,
  range: { min: Decimal; max: Decimal },
  baseline: Decimal | null,
  tolerance: ReadTolerance | null,
  method: 'auto' | 'ratio' | 'gap_closed',
  decimals: number,
  percentDecimals: number,
  inputs: Record<string, unknown>,
): ScoreProgressScored {
  const { distance, difference } = rangeDistance(current, range.min, range.max);
  const achieved = distance.isZero();
  let tolAmount: Decimal | null = null;
  if (tolerance) {
    const missedEnd = current.lt(range.min) ? range.min : range.max;
    tolAmount = toleranceAmount(tolerance, missedEnd);
  }
  const withinTolerance = tolAmount === null ? null : achieved || distance.lte(tolAmount);

  let gap: Measure;
  if (baseline === null) gap = { value: null, reason: 'no_baseline' };
  else {
    const baseDistance = rangeDistance(baseline, range.min, range.max).distance;
    gap = baseDistance.isZero()
      ? { value: null, reason: 'target_met_at_baseline' }
      : ratio(baseDistance.minus(distance), baseDistance);
  }
  const pct: Measure = method === 'ratio' ? { value: null, reason: 'range_polarity' } : gap;
  const pctMethod = pct.value === null ? null : 'gap_closed';

  const show = (x: Decimal) => fixed(x, decimals);
  const display: ScoreProgressDisplay = {
    current: show(current),
    target: `${show(range.min)}–${show(range.max)}`,
    baseline: baseline === null ? null : show(baseline),
    remaining: show(distance),
    percentOfTarget: pct.value === null ? null : percentText(pct.value, percentDecimals),
    gapClosed: gap.value === null ? null : percentText(gap.value, percentDecimals),
  };
  const side = current.lt(range.min) ? 'below' : 'above';
  let summary = achieved
    ? `Current ${display.current} is inside the target range ${display.target}`
    : `Current ${display.current} is ${display.remaining} ${side} the target range ${display.target}`;
  if (display.gapClosed !== null) {
    summary += `; ${display.gapClosed} of the distance from the baseline ${display.baseline} closed`;
  }
  summary += '.';
  if (withinTolerance !== null && !achieved) {
    summary += withinTolerance ? ' Within tolerance.' : ' Outside tolerance.';
  }
  return {
    status: 'ok',
    polarity: 'range',
    achieved,
    withinTolerance,
    percentOfTarget: pct.value === null ? null : num(pct.value),
    percentOfTargetMethod: pctMethod,
    gapClosed: gap.value === null ? null : num(gap.value),
    remaining: num(distance),
    difference: num(difference),
    display,
    explanation: {
      method: FN,
      summary,
      inputs,
      intermediate: {
        difference: num(difference),
        remaining: num(distance),
        gapClosed: gap.value === null ? null : num(gap.value),
        gapClosedReason: gap.reason,
        percentOfTarget: pct.value === null ? null : num(pct.value),
        percentOfTargetMethod: pctMethod,
        percentOfTargetReason: pct.reason,
        toleranceAmount: tolAmount === null ? null : num(tolAmount),
        withinTolerance,
      },
      rule: {
        id: achieved ? 'target_met' : 'target_not_met',
        description: 'achieved when min <= current <= max',
        thresholds: {
          min: num(range.min),
          max: num(range.max),
          toleranceAmount: tolAmount === null ? null : num(tolAmount),
        },
      },
      source: SOURCE,
    },
  };
}
