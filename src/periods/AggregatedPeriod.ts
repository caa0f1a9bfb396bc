import type { Period } from './Period.js';

/**
 * How much of a period was reported: `expected` sub-periods (e.g. 31 days of a month, 12 months of a
 * fiscal year), `present` of them with a value, and `ratio = present / expected`.
 *
 * @example
 * ```ts
 * import type { Coverage } from 'civic-metrics';
 * const coverage: Coverage = { expected: 12, present: 11, ratio: 11 / 12 };
 * ```
 */
export interface Coverage {
  /** The number of sub-periods the period holds. */
  readonly expected: number;
  /** The number of them with a value. */
  readonly present: number;
  /** `present / expected`, from 0 to 1. */
  readonly ratio: number;
}

/**
 * The state of an aggregated value:
 *
 * - `complete`: every sub-period has a value.
 * - `partial`: some are missing, but coverage is at least `minCoverage`; the value is computed from those
 *   present.
 * - `insufficient_coverage`: no value present, or coverage below `minCoverage`; `value` is `null`.
 * - `zero_denominator`: a `ratio` whose denominators sum to zero; `value` is `null`.
 *
 * @example
 * ```ts
 * import type { AggregateStatus } from 'civic-metrics';
 * const status: AggregateStatus = 'partial';
 * ```
 */
export type AggregateStatus = 'complete' | 'partial' | 'insufficient_coverage' | 'zero_denominator';

/**
 * One aggregated period: its value, as a number and as an exact decimal string, with its coverage and
 * status.
 *
 * `exact` is the exact decimal for `sum`, `last`, `min` and `max`; for `mean` and `ratio` it is the
 * quotient to 34 significant digits, half to even. `value` is `exact` converted to the nearest double.
 * Both are `null` exactly when `status` is `insufficient_coverage` or `zero_denominator`.
 *
 * @example
 * ```ts
 * import { type AggregatedPeriod, parsePeriod } from 'civic-metrics';
 * const quarter: AggregatedPeriod = {
 *   period: parsePeriod('2024-Q1'),
 *   value: 1.5,
 *   exact: '1.5',
 *   coverage: { expected: 3, present: 3, ratio: 1 },
 *   status: 'complete',
 * };
 * ```
 */
export interface AggregatedPeriod {
  /** The period aggregated into. */
  readonly period: Period;
  /** The aggregated value, or `null` (see `status`). */
  readonly value: number | null;
  /** The aggregated value as a plain decimal string, or `null`. */
  readonly exact: string | null;
  /** How many sub-periods were expected and present. */
  readonly coverage: Coverage;
  /** Whether the value is complete, partial or withheld. */
  readonly status: AggregateStatus;
}
