/**
 * Every period frequency civic-metrics knows, finest first: `day`, ISO 8601 `week` (Monday start),
 * `month`, `quarter`, `year`, and the fiscal `fiscal-quarter` and `fiscal-year` of a {@link FiscalCalendar}.
 *
 * The order is the order of {@link comparePeriods} when two periods start on the same day (the shorter
 * first).
 *
 * @example
 * ```ts
 * import { frequencies } from 'civic-metrics';
 * frequencies.includes('fiscal-quarter');
 * // => true
 * ```
 */
export const frequencies = [
  'day',
  'week',
  'month',
  'quarter',
  'year',
  'fiscal-quarter',
  'fiscal-year',
] as const;

/**
 * A period frequency; see {@link frequencies}. Labels by frequency: `day` `YYYY-MM-DD`, `week` `YYYY-Www`,
 * `month` `YYYY-MM`, `quarter` `YYYY-Qn`, `year` `YYYY`, `fiscal-quarter` `FYyyyy-Qn`, `fiscal-year` `FYyyyy`.
 *
 * @example
 * ```ts
 * import type { Frequency } from 'civic-metrics';
 * const frequency: Frequency = 'fiscal-year';
 * ```
 */
export type Frequency = (typeof frequencies)[number];
