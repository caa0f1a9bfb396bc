/**
 * The time of each observation, for irregular series: numbers (any unit, used as given) or dates (ISO 8601
 * strings such as `'2024-07-01'`, or `Date` objects), one per value, strictly increasing. Time is measured
 * from the first element, so an intercept is the fitted value at the first element's time.
 *
 * Date-only strings and date-times without an offset are read as UTC, so results never depend on the time
 * zone. Without `times`, the time of value i is its position i (0-based).
 *
 * @see pyMannKendall issue 21 (Sen's slope with real time differences).
 *
 * @example
 * ```ts
 * import type { TrendTimeInput } from 'civic-metrics/trend';
 * const times: TrendTimeInput = ['2021-01-01', '2022-01-01', '2023-07-01'];
 * ```
 */
export type TrendTimeInput = ArrayLike<number | string | Date>;

/**
 * The unit in which slopes are expressed when `times` are dates: `'day'` (86,400 s), `'week'` (7 days),
 * `'year'` (the mean Gregorian year, 365.2425 days; the default), `'quarter'` (a quarter of that) or
 * `'month'` (a twelfth of that). Numeric times are used as given and take no unit.
 *
 * @example
 * ```ts
 * import type { TrendTimeUnit } from 'civic-metrics/trend';
 * const unit: TrendTimeUnit = 'month';
 * ```
 */
export type TrendTimeUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';
