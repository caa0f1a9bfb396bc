import { assertOneOf, fail } from '../internal/assert.js';
import { IMPROVEMENTS } from './internal/options.js';
import type { Improvement, SpecialCause, VariationIcon } from './types.js';

const SPECIAL_CAUSES: readonly SpecialCause[] = [
  'common',
  'improvement',
  'concern',
  'neutral_high',
  'neutral_low',
];

/**
 * The Making Data Count variation icon for the label of a chart's latest point.
 *
 * The icon shows whether the latest point is common-cause variation or part of a special cause, and in
 * which direction: `common_cause`; `improvement_high` / `improvement_low` (improvement when higher /
 * lower is better); `concern_high` / `concern_low` (a concern when lower / higher is better: the signal
 * points up / down); `neutral_high` / `neutral_low`. A special cause earlier in the series does not
 * change the icon (MDC; NHSRplotthedots `geom_ptd_icon`).
 *
 * | latest point | increase | decrease | neutral |
 * |---|---|---|---|
 * | common | common_cause | common_cause | common_cause |
 * | improvement | improvement_high | improvement_low | (impossible) |
 * | concern | concern_low | concern_high | (impossible) |
 * | neutral_high / neutral_low | neutral_high / neutral_low | same | same |
 *
 * @param specialCause - The label of the latest non-missing point, or `null` when there is none.
 * @param improvement - The improvement direction the label was computed with.
 * @returns The icon, or `null` when `specialCause` is `null`.
 * @throws ArgumentError `invalid_argument` for an unknown label or direction, or for `improvement` /
 *   `concern` with a `neutral` direction (those labels need a direction).
 * @see NHS England, Making Data Count (2019; icons at github.com/nhsengland/making-data-count);
 *   NHSRplotthedots 0.2.2 `R/geom_ptd_icon.R`.
 *
 * @example
 * ```ts
 * import { variationIcon } from 'civic-metrics';
 * variationIcon('concern', 'increase');
 * // => 'concern_low'
 * ```
 */
export function variationIcon(
  specialCause: SpecialCause | null,
  improvement: Improvement,
): VariationIcon | null {
  const fn = 'variationIcon';
  assertOneOf(fn, 'improvement', improvement, IMPROVEMENTS);
  if (specialCause === null) return null;
  assertOneOf(fn, 'specialCause', specialCause, SPECIAL_CAUSES);
  switch (specialCause) {
    case 'common':
      return 'common_cause';
    case 'neutral_high':
    case 'neutral_low':
      return specialCause;
    default:
      if (improvement === 'neutral') {
        fail(
          fn,
          'specialCause',
          "to be 'common', 'neutral_high' or 'neutral_low' when improvement is 'neutral'",
          specialCause,
        );
      }
      if (specialCause === 'improvement')
        return improvement === 'increase' ? 'improvement_high' : 'improvement_low';
      return improvement === 'increase' ? 'concern_low' : 'concern_high';
  }
}

/** The label of a signal in direction `direction` (+1 high, -1 low); patterns without a direction are neutral. */
export function specialCauseOf(
  direction: number,
  directional: boolean,
  improvement: Improvement,
): SpecialCause {
  if (!directional || improvement === 'neutral') return direction > 0 ? 'neutral_high' : 'neutral_low';
  return direction > 0 === (improvement === 'increase') ? 'improvement' : 'concern';
}
