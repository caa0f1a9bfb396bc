/**
 * The shared vocabulary of the SPC charts: rule sets, improvement directions, point labels, icons and the
 * `insufficient_data` status. Chart-specific result types live beside their functions.
 */

/**
 * A rule set for special-cause detection.
 *
 * - `nhs`: NHS England "Making Data Count" (astronomical point, 7-point trend, two of three near the
 *   limits, 7-point shift), as implemented by NHSRplotthedots 0.2.2 with the 2023 MDC two-of-three change.
 * - `anhoej`: Anhøj run rules (longest run, number of crossings) plus points beyond 3σ, as qicharts2 0.8.1.
 * - `western-electric`: the four Western Electric zone tests (Wheeler's detection rules).
 * - `nelson`: Nelson's eight tests, as listed by Minitab.
 *
 * @example
 * ```ts
 * import type { SpcRuleset } from 'civic-metrics';
 * const ruleset: SpcRuleset = 'nhs';
 * ```
 */
export type SpcRuleset = 'nhs' | 'anhoej' | 'western-electric' | 'nelson';

/**
 * Which direction of change is good: `increase` (higher is better, e.g. on-time rate), `decrease`
 * (lower is better, e.g. response time) or `neutral` (no direction is better; signals are labelled
 * `neutral_high` / `neutral_low` and no assurance icon is given).
 *
 * @example
 * ```ts
 * import type { Improvement } from 'civic-metrics';
 * const improvement: Improvement = 'decrease';
 * ```
 */
export type Improvement = 'increase' | 'decrease' | 'neutral';

/**
 * The label of one point: `common` (common-cause variation, grey), `improvement` (special cause in the
 * good direction, blue), `concern` (special cause in the bad direction, orange), `neutral_high` /
 * `neutral_low` (special cause when no direction is better, or for patterns without a direction; purple).
 *
 * @example
 * ```ts
 * import type { SpecialCause } from 'civic-metrics';
 * const label: SpecialCause = 'improvement';
 * ```
 */
export type SpecialCause = 'common' | 'improvement' | 'concern' | 'neutral_high' | 'neutral_low';

/**
 * The Making Data Count variation icon of a chart, taken from its latest non-missing point.
 * "High"/"low" is the direction of the signal: a concern when higher is better is `concern_low`.
 *
 * @example
 * ```ts
 * import type { VariationIcon } from 'civic-metrics';
 * const icon: VariationIcon = 'improvement_high';
 * ```
 */
export type VariationIcon =
  | 'common_cause'
  | 'improvement_high'
  | 'improvement_low'
  | 'concern_high'
  | 'concern_low'
  | 'neutral_high'
  | 'neutral_low';

/**
 * The Making Data Count assurance icon: will the process meet its target? `pass` (the target lies beyond
 * the limits on the bad side, so every point should meet it), `fail` (the target lies beyond the limits on
 * the good side, so no point should meet it), `hit_or_miss` (the target lies within the limits, limits
 * included).
 *
 * @example
 * ```ts
 * import type { AssuranceIcon } from 'civic-metrics';
 * const icon: AssuranceIcon = 'hit_or_miss';
 * ```
 */
export type AssuranceIcon = 'pass' | 'fail' | 'hit_or_miss';

/**
 * The NHS rules a point can be part of (NHSRplotthedots `special_cause_type`): beyond a limit, part of a
 * trend, one of two-in-three near a limit, part of a shift (run on one side of the mean).
 *
 * @example
 * ```ts
 * import type { NhsRule } from 'civic-metrics';
 * const rule: NhsRule = 'shift_below';
 * ```
 */
export type NhsRule =
  | 'above_ucl'
  | 'below_lcl'
  | 'trend_up'
  | 'trend_down'
  | 'two_in_three_above'
  | 'two_in_three_below'
  | 'shift_above'
  | 'shift_below';

/**
 * The Anhøj rules a point can be part of: beyond a 3σ limit (I, p and u charts only) or part of a run on
 * one side of the centre line longer than the Anhøj limit for the segment (our extension: qicharts2 flags
 * the segment only).
 *
 * @example
 * ```ts
 * import type { AnhoejRule } from 'civic-metrics';
 * const rule: AnhoejRule = 'long_run_above';
 * ```
 */
export type AnhoejRule = 'above_ucl' | 'below_lcl' | 'long_run_above' | 'long_run_below';

/**
 * The Western Electric rules, by number: `we_1` one point beyond 3σ, `we_2` two of three beyond 2σ on one
 * side, `we_3` four of five beyond 1σ on one side, `we_4` eight in a row on one side of the centre line.
 *
 * @example
 * ```ts
 * import type { WesternElectricRule } from 'civic-metrics';
 * const rule: WesternElectricRule = 'we_4';
 * ```
 */
export type WesternElectricRule = 'we_1' | 'we_2' | 'we_3' | 'we_4';

/**
 * Nelson's tests, by number: 1 beyond 3σ; 2 nine in a row on one side; 3 six in a row steadily increasing
 * or decreasing; 4 fourteen in a row alternating; 5 two of three beyond 2σ on one side; 6 four of five
 * beyond 1σ on one side; 7 fifteen in a row within 1σ; 8 eight in a row beyond 1σ (either side).
 *
 * @example
 * ```ts
 * import type { NelsonRule } from 'civic-metrics';
 * const rule: NelsonRule = 'nelson_7';
 * ```
 */
export type NelsonRule =
  | 'nelson_1'
  | 'nelson_2'
  | 'nelson_3'
  | 'nelson_4'
  | 'nelson_5'
  | 'nelson_6'
  | 'nelson_7'
  | 'nelson_8';

/**
 * Any rule a point can be part of, whatever the rule set.
 *
 * @example
 * ```ts
 * import type { SpcRule } from 'civic-metrics';
 * const rules: SpcRule[] = ['above_ucl', 'we_2', 'nelson_3'];
 * ```
 */
export type SpcRule = NhsRule | AnhoejRule | WesternElectricRule | NelsonRule;

/**
 * Where one Western Electric or Nelson rule fired. `signals`: indices of the points that complete a
 * qualifying pattern (for the k-of-m rules, only when that point is itself beyond the zone); `members`:
 * the points that form the patterns (for the k-of-m rules, only the points beyond the zone). Indices refer
 * to the input series and are sorted ascending.
 *
 * @example
 * ```ts
 * import type { RuleSignals } from 'civic-metrics';
 * const rule2: RuleSignals = { signals: [5], members: [4, 5] };
 * ```
 */
export interface RuleSignals {
  /** Indices of the points that complete a qualifying pattern. */
  signals: number[];
  /** Indices of the points that form the qualifying patterns. */
  members: number[];
}

/**
 * Returned instead of a chart when a segment has too little data to compute its centre line and limits.
 * `reason`: `too_few_points` (fewer non-missing baseline points than `required`), `no_moving_range` (the
 * baseline has points but no two consecutive non-missing ones, so no moving range exists), or
 * `degenerate_rate` (Laney's adjustment needs a centre strictly between 0 and 1 for p charts, above 0 for
 * u charts).
 *
 * @example
 * ```ts
 * import type { InsufficientSpcData } from 'civic-metrics';
 * const status: InsufficientSpcData = {
 *   status: 'insufficient_data',
 *   reason: 'too_few_points',
 *   segment: 0,
 *   required: 2,
 *   received: 1,
 * };
 * ```
 */
export interface InsufficientSpcData {
  status: 'insufficient_data';
  /** Why the segment cannot be charted. */
  reason: 'too_few_points' | 'no_moving_range' | 'degenerate_rate';
  /** Index of the first segment (0-based, in time order) that cannot be charted. */
  segment: number;
  /** Points required in the segment's baseline. */
  required: number;
  /** Non-missing points found in the segment's baseline. */
  received: number;
}
