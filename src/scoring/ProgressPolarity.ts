/**
 * Which direction is better for an indicator, as scoring reads it: `increase` (higher is better),
 * `decrease` (lower is better), `range` (inside a `{ min, max }` target is best; outside, closer is better),
 * `neutral` (reported for context, never scored). The same four values as the plan model's `Polarity`.
 *
 * @example
 * ```ts
 * import type { ProgressPolarity } from 'civic-metrics/scoring';
 * const inspectionDays: ProgressPolarity = 'decrease';
 * ```
 */
export type ProgressPolarity = 'increase' | 'decrease' | 'range' | 'neutral';

/**
 * A target band for a `range` indicator: acceptable from `min` to `max`, both inclusive (e.g. a rental
 * vacancy rate between 4 and 6 percent).
 *
 * @example
 * ```ts
 * import type { RangeTarget } from 'civic-metrics/scoring';
 * const vacancyRate: RangeTarget = { min: 4, max: 6 };
 * ```
 */
export interface RangeTarget {
  /** Lower end of the band, inclusive. */
  readonly min: number | string;
  /** Upper end of the band, inclusive. */
  readonly max: number | string;
}
