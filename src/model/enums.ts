import * as z from 'zod';

/**
 * Which direction is better for an indicator: `increase` (higher is better), `decrease` (lower is better),
 * `range` (inside a `{ min, max }` target band is best), `neutral` (reported for context, never scored).
 *
 * @example
 * ```ts
 * import { PolaritySchema } from 'civic-metrics';
 * PolaritySchema.options;
 * // => ['increase', 'decrease', 'range', 'neutral']
 * ```
 */
export const PolaritySchema = z
  .enum(['increase', 'decrease', 'range', 'neutral'])
  .describe('Which direction is better: increase, decrease, range (inside a band), neutral (not scored).');

/**
 * An indicator's polarity (see {@link PolaritySchema}).
 *
 * @example
 * ```ts
 * import type { Polarity } from 'civic-metrics';
 * const lowerIsBetter: Polarity = 'decrease';
 * ```
 */
export type Polarity = z.infer<typeof PolaritySchema>;

/**
 * The reporting frequency of an indicator, matching the period labels of `civic-metrics/periods`:
 * `day` (2024-02-29), `week` (ISO 8601, 2020-W53), `month` (2024-07), `quarter` (2024-Q3), `year` (2024),
 * `fiscal-quarter` (FY2025-Q1) and `fiscal-year` (FY2025).
 *
 * @example
 * ```ts
 * import { FrequencySchema } from 'civic-metrics';
 * FrequencySchema.parse('fiscal-year');
 * // => 'fiscal-year'
 * ```
 */
export const FrequencySchema = z
  .enum(['day', 'week', 'month', 'quarter', 'year', 'fiscal-quarter', 'fiscal-year'])
  .describe('Reporting frequency; observation period labels must match it.');

/**
 * How an indicator's values combine across sub-periods (months into a quarter) and org units: `sum` for
 * counts and money, `mean`, `last` for levels and stocks, `min`, `max`, and `ratio`, which sums numerators
 * and denominators before dividing (never averages rates). The type `Aggregation` is exported by
 * `civic-metrics/periods`, which implements the aggregations.
 *
 * @example
 * ```ts
 * import { AggregationSchema } from 'civic-metrics';
 * AggregationSchema.options.includes('ratio');
 * // => true
 * ```
 */
export const AggregationSchema = z
  .enum(['sum', 'mean', 'last', 'min', 'max', 'ratio'])
  .describe('How values combine across sub-periods and units; ratio sums numerators and denominators first.');

/**
 * How a goal combines its children's scores: `weighted_mean`, `mean`, `min` (worst of), `max`,
 * `share_on_track` (share of children on track), `two_worst` (the SDSN dashboard rule), `sum` (same-unit
 * values only).
 *
 * @example
 * ```ts
 * import { RollupMethodSchema } from 'civic-metrics';
 * RollupMethodSchema.parse('two_worst');
 * // => 'two_worst'
 * ```
 */
export const RollupMethodSchema = z
  .enum(['weighted_mean', 'mean', 'min', 'max', 'share_on_track', 'two_worst', 'sum'])
  .describe("How a goal combines its children's scores.");

/**
 * A goal's rollup method (see {@link RollupMethodSchema}).
 *
 * @example
 * ```ts
 * import type { RollupMethod } from 'civic-metrics';
 * const worstOf: RollupMethod = 'min';
 * ```
 */
export type RollupMethod = z.infer<typeof RollupMethodSchema>;

/**
 * What a rollup does with a child that has no data: `ignore` (renormalise the other weights and report
 * coverage), `strict` (the parent has no data either), `zero` (count it as a score of 0).
 *
 * @example
 * ```ts
 * import { MissingPolicySchema } from 'civic-metrics';
 * MissingPolicySchema.parse('strict');
 * // => 'strict'
 * ```
 */
export const MissingPolicySchema = z
  .enum(['ignore', 'strict', 'zero'])
  .describe('What a rollup does with a child without data: ignore (renormalise), strict (no data), zero.');

/**
 * A rollup's missing-data policy (see {@link MissingPolicySchema}).
 *
 * @example
 * ```ts
 * import type { MissingPolicy } from 'civic-metrics';
 * const policy: MissingPolicy = 'ignore';
 * ```
 */
export type MissingPolicy = z.infer<typeof MissingPolicySchema>;
