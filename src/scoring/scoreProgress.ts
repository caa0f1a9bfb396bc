import { ArgumentError } from '../errors/ArgumentError.js';
import { describe } from '../internal/describe.js';
import type { Explanation } from './Explanation.js';
import { type Decimal, dec, fitsFloat, fixed, maxPlaces, num, percentText } from './internal/decimal.js';
import { readDecimals, readNumeric, readOptionalNumeric } from './internal/numeric.js';
import { polarityPhrase, readPolarity } from './internal/polarity.js';
import {
  commonScale,
  placesOfNumber,
  pow10,
  ratioPercentText,
  scaledFixed,
  scaleTo,
  unscale,
} from './internal/scaled.js';
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
  const fast = fastPath(options, polarity);
  if (fast !== null) return fast;
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
    : buildPoint(
        pointFacts(
          current,
          target as Decimal,
          baseline,
          polarity as 'increase' | 'decrease',
          tolerance,
          method,
          decimals,
          percentDecimals,
        ),
        polarity as 'increase' | 'decrease',
        baseline !== null,
        inputs,
      );
}

function finite(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

function okPlaces(x: unknown): boolean {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 12;
}

function noNegativeZero(x: number): number {
  return x === 0 ? 0 : x;
}

/**
 * Scores plain-number point targets without decimal.js when {@link fastPointFacts} can do so exactly;
 * `null` sends the call down the decimal.js path (which also raises every validation error).
 */
function fastPath(options: ScoreProgressOptions, polarity: ProgressPolarity): ScoreProgressScored | null {
  if (polarity !== 'increase' && polarity !== 'decrease') return null;
  const { current, target, baseline, tolerance } = options;
  if (!finite(current) || !finite(target)) return null;
  if (!(baseline === undefined || baseline === null || finite(baseline) || Number.isNaN(baseline)))
    return null;
  const method = options.percentOfTarget ?? 'auto';
  if (method !== 'auto' && method !== 'ratio' && method !== 'gap_closed') return null;
  const decimals = options.decimals;
  const pd = options.percentDecimals ?? 1;
  if ((decimals !== undefined && !okPlaces(decimals)) || !okPlaces(pd)) return null;
  let tol: number | { relative: number } | null = null;
  if (typeof tolerance === 'number') {
    if (!(Number.isFinite(tolerance) && tolerance >= 0)) return null;
    tol = tolerance;
  } else if (tolerance !== undefined) {
    const r = (tolerance as { relative?: unknown } | null)?.relative;
    if (typeof tolerance !== 'object' || Array.isArray(tolerance) || !finite(r) || r < 0) return null;
    tol = { relative: r };
  }
  const b = finite(baseline) ? baseline : null;
  const facts = fastPointFacts(current, target, b, polarity, tol, method, decimals, pd);
  if (facts === null) return null;
  const inputs: Record<string, unknown> = {
    current: noNegativeZero(current),
    target: noNegativeZero(target),
    baseline: b === null ? null : noNegativeZero(b),
    polarity,
    tolerance: tol,
    percentOfTarget: method,
    decimals: decimals ?? Math.min(commonScale(b === null ? [current, target] : [current, target, b]), 12),
    percentDecimals: pd,
  };
  return buildPoint(facts, polarity, b !== null, inputs);
}

function placesOfOne(value: Decimal): number {
  return Math.min(value.decimalPlaces(), 12);
}

/** The quantities of a point-target score, however computed. */
interface PointFacts {
  achieved: boolean;
  difference: number;
  remaining: number;
  target: number;
  tolAmount: number | null;
  withinTolerance: boolean | null;
  gap: number | null;
  gapReason: string | null;
  pct: number | null;
  pctReason: string | null;
  pctMethod: ScoreProgressScored['percentOfTargetMethod'];
  display: ScoreProgressDisplay;
}

/** Which quantity percent of target holds, before knowing whether it is defined. */
function percentChoice(
  method: 'auto' | 'ratio' | 'gap_closed',
  polarity: 'increase' | 'decrease',
  gapDefined: boolean,
): 'gap_closed' | 'actual_over_target' | 'target_over_actual' {
  if (method === 'gap_closed' || (method === 'auto' && polarity === 'decrease' && gapDefined))
    return 'gap_closed';
  return polarity === 'increase' ? 'actual_over_target' : 'target_over_actual';
}

/** Point-target facts in decimal.js (any finite inputs, decimal strings included). */
function pointFacts(
  current: Decimal,
  target: Decimal,
  baseline: Decimal | null,
  polarity: 'increase' | 'decrease',
  tolerance: ReadTolerance | null,
  method: 'auto' | 'ratio' | 'gap_closed',
  decimals: number,
  percentDecimals: number,
): PointFacts {
  const d = polarity === 'increase' ? 1 : -1;
  const difference = current.minus(target);
  const achieved = difference.times(d).gte(0);
  const remaining = achieved ? dec(0) : target.minus(current).times(d);
  const tolAmount = tolerance ? toleranceAmount(tolerance, target) : null;
  const withinTolerance = tolAmount === null ? null : achieved || remaining.lte(tolAmount);

  let gap: Measure;
  if (baseline === null) gap = { value: null, reason: 'no_baseline' };
  else if (target.eq(baseline)) gap = { value: null, reason: 'target_equals_baseline' };
  else if (baseline.minus(target).times(d).gt(0)) gap = { value: null, reason: 'target_met_at_baseline' };
  else gap = ratio(current.minus(baseline), target.minus(baseline));

  let pct: Measure;
  const choice = percentChoice(method, polarity, gap.value !== null || gap.reason === 'ratio_overflow');
  if (choice === 'gap_closed') pct = gap;
  else if (choice === 'actual_over_target') {
    pct = target.gt(0) ? ratio(current, target) : { value: null, reason: 'target_not_positive' };
  } else if (!target.gt(0)) pct = { value: null, reason: 'target_not_positive' };
  else if (!current.gt(0)) pct = { value: null, reason: 'current_not_positive' };
  else pct = ratio(target, current);

  const show = (x: Decimal) => fixed(x, decimals);
  return {
    achieved,
    difference: num(difference),
    remaining: num(remaining),
    target: num(target),
    tolAmount: tolAmount === null ? null : num(tolAmount),
    withinTolerance,
    gap: gap.value === null ? null : num(gap.value),
    gapReason: gap.reason,
    pct: pct.value === null ? null : num(pct.value),
    pctReason: pct.reason,
    pctMethod: pct.value === null ? null : choice,
    display: {
      current: show(current),
      target: show(target),
      baseline: baseline === null ? null : show(baseline),
      remaining: show(remaining),
      percentOfTarget: pct.value === null ? null : percentText(pct.value, percentDecimals),
      gapClosed: gap.value === null ? null : percentText(gap.value, percentDecimals),
    },
  };
}

/**
 * The same facts on scaled integers (see `internal/scaled.ts`) when every figure is a plain number with at
 * most 9 decimals below 2^51 at the common scale; `null` otherwise (the caller uses {@link pointFacts}).
 */
function fastPointFacts(
  c: number,
  t: number,
  b: number | null,
  polarity: 'increase' | 'decrease',
  tolerance: unknown,
  method: 'auto' | 'ratio' | 'gap_closed',
  decimals: number | undefined,
  percentDecimals: number,
): PointFacts | null {
  let tolAbs: number | null = null;
  let tolRel: number | null = null;
  if (typeof tolerance === 'number') tolAbs = tolerance;
  else if (typeof tolerance === 'object' && tolerance !== null) {
    const r = (tolerance as { relative?: unknown }).relative;
    if (typeof r !== 'number') return null;
    tolRel = r;
  } else if (tolerance !== undefined && tolerance !== null) return null;
  const k = commonScale(b === null ? [c, t] : [c, t, b]);
  if (k < 0) return null;
  const scale = tolAbs === null ? k : Math.max(k, placesOfNumber(tolAbs));
  if (tolAbs !== null && (placesOfNumber(tolAbs) < 0 || scale > 9)) return null;
  const C = scaleTo(c, scale);
  const T = scaleTo(t, scale);
  const B = b === null ? 0 : scaleTo(b, scale);
  if (Number.isNaN(C) || Number.isNaN(T) || Number.isNaN(B)) return null;
  const d = polarity === 'increase' ? 1 : -1;
  const diff = C - T;
  const achieved = d * diff >= 0;
  const rem = achieved ? 0 : d * (T - C);
  let tolAmount: number | null = null;
  let withinTolerance: boolean | null = null;
  if (tolAbs !== null) {
    const A = scaleTo(tolAbs, scale);
    if (Number.isNaN(A)) return null;
    tolAmount = unscale(A, scale);
    withinTolerance = achieved || rem <= A;
  } else if (tolRel !== null) {
    const kr = placesOfNumber(tolRel);
    if (kr < 0 || kr > 9) return null;
    const R = scaleTo(tolRel, kr);
    if (Number.isNaN(R)) return null;
    const product = R * Math.abs(T);
    if (!Number.isSafeInteger(product) || scale + kr > 18) return null;
    tolAmount = unscale(product, scale + kr);
    // rem·10^kr ≤ R·|T|, exactly
    withinTolerance = achieved || BigInt(rem) * BigInt(pow10(kr)) <= BigInt(product);
  }

  let gap: number | null = null;
  let gapReason: string | null = null;
  let gapNum = 0;
  let gapDen = 1;
  if (b === null) gapReason = 'no_baseline';
  else if (T === B) gapReason = 'target_equals_baseline';
  else if (d * (B - T) > 0) gapReason = 'target_met_at_baseline';
  else {
    gapNum = C - B;
    gapDen = T - B;
    gap = gapNum / gapDen;
    if (gap === 0) gap = 0;
  }
  const choice = percentChoice(method, polarity, gap !== null);
  let pct: number | null = null;
  let pctReason: string | null = null;
  let pctNum = 0;
  let pctDen = 1;
  if (choice === 'gap_closed') {
    pct = gap;
    pctReason = gapReason;
    pctNum = gapNum;
    pctDen = gapDen;
  } else if (!(T > 0)) pctReason = 'target_not_positive';
  else if (choice === 'actual_over_target') {
    pctNum = C;
    pctDen = T;
  } else if (!(C > 0)) pctReason = 'current_not_positive';
  else {
    pctNum = T;
    pctDen = C;
  }
  if (pctReason === null && pct === null) {
    pct = pctNum / pctDen;
    if (pct === 0) pct = 0;
  }
  const places = decimals ?? Math.min(k, 12);
  return {
    achieved,
    difference: unscale(diff, scale),
    remaining: unscale(rem, scale),
    target: t === 0 ? 0 : t,
    tolAmount,
    withinTolerance,
    gap,
    gapReason,
    pct,
    pctReason,
    pctMethod: pct === null ? null : choice,
    display: {
      current: scaledFixed(C, scale, places),
      target: scaledFixed(T, scale, places),
      baseline: b === null ? null : scaledFixed(B, scale, places),
      remaining: scaledFixed(rem, scale, places),
      percentOfTarget: pct === null ? null : ratioPercentText(pctNum, pctDen, percentDecimals),
      gapClosed: gap === null ? null : ratioPercentText(gapNum, gapDen, percentDecimals),
    },
  };
}

function buildPoint(
  f: PointFacts,
  polarity: 'increase' | 'decrease',
  hasBaseline: boolean,
  inputs: Record<string, unknown>,
): ScoreProgressScored {
  const { display } = f;
  const op = polarity === 'increase' ? '>=' : '<=';
  const phrase = polarityPhrase(polarity);
  const lead = f.achieved
    ? `Current ${display.current} meets the target ${display.target} (${phrase})`
    : `Current ${display.current} misses the target ${display.target} by ${display.remaining} (${phrase})`;
  const parts = [lead];
  if (display.percentOfTarget !== null && f.pctMethod !== 'gap_closed') {
    parts.push(`${display.percentOfTarget} of target`);
  }
  if (display.gapClosed !== null && hasBaseline) {
    parts.push(`${display.gapClosed} of the gap from the baseline ${display.baseline} closed`);
  }
  let summary = `${parts.join('; ')}.`;
  if (f.withinTolerance !== null && !f.achieved) {
    summary += f.withinTolerance ? ' Within tolerance.' : ' Outside tolerance.';
  }
  return {
    status: 'ok',
    polarity,
    achieved: f.achieved,
    withinTolerance: f.withinTolerance,
    percentOfTarget: f.pct,
    percentOfTargetMethod: f.pctMethod,
    gapClosed: f.gap,
    remaining: f.remaining,
    difference: f.difference,
    display,
    explanation: {
      method: FN,
      summary,
      inputs,
      intermediate: {
        difference: f.difference,
        remaining: f.remaining,
        gapClosed: f.gap,
        gapClosedReason: f.gapReason,
        percentOfTarget: f.pct,
        percentOfTargetMethod: f.pctMethod,
        percentOfTargetReason: f.pctReason,
        toleranceAmount: f.tolAmount,
        withinTolerance: f.withinTolerance,
      },
      rule: {
        id: f.achieved ? 'target_met' : 'target_not_met',
        description: `achieved when current ${op} target (${phrase})`,
        thresholds: { target: f.target, toleranceAmount: f.tolAmount },
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
