/**
 * The ways a run of periods is reduced to one value, as {@link resample}, {@link rolling} and
 * {@link yearToDate} take them:
 *
 * - `sum`: the exact decimal sum of the values present.
 * - `mean`: that sum divided by the number of values present (34 significant digits).
 * - `last`: the value of the latest period present.
 * - `min`, `max`: the smallest, largest value present (compared exactly).
 * - `ratio`: the sum of the numerators present divided by the sum of their denominators (34 significant
 *   digits), the pooled rate; an observation counts as present only with both.
 *
 * @example
 * ```ts
 * import { aggregations } from 'civic-metrics';
 * aggregations.includes('ratio');
 * // => true
 * ```
 */
export const aggregations = ['sum', 'mean', 'last', 'min', 'max', 'ratio'] as const;

/**
 * One of {@link aggregations}.
 *
 * @example
 * ```ts
 * import type { Aggregation } from 'civic-metrics';
 * const aggregation: Aggregation = 'sum';
 * ```
 */
export type Aggregation = (typeof aggregations)[number];
