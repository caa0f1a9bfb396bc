/**
 * A numeric series as the trend functions accept it, oldest first: an array or typed array of finite
 * numbers in which `null`, `undefined` and `NaN` mark missing values. Anything else (strings, ±Infinity)
 * throws an `invalid_argument` error naming the index, e.g. `values[3]`. Inputs are never mutated.
 *
 * @example
 * ```ts
 * import type { TrendSeries } from 'civic-metrics/trend';
 * const monthlyPermits: TrendSeries = [412, 398, null, 455, 470, Number.NaN, 502];
 * ```
 */
export type TrendSeries = ArrayLike<number | null | undefined>;
