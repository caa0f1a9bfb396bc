/**
 * An observation as the period functions read it: a period label and a value, or a numerator and a
 * denominator for ratio indicators. Any object with these fields qualifies (the plan model's observations
 * do), and other fields are ignored.
 *
 * Values may be numbers or decimal strings (`'1234.50'`) for figures that must stay exact. A number stands
 * for the decimal it is written as (0.1 is one tenth). `null`, `undefined` and `NaN` mark a missing value:
 * the period was not reported.
 *
 * @example
 * ```ts
 * import type { PeriodObservation } from 'civic-metrics';
 * const observations: PeriodObservation[] = [
 *   { period: '2024-07', value: 41 },
 *   { period: '2024-08', value: '39.5' },
 *   { period: '2024-09', numerator: 18, denominator: 20 },
 * ];
 * ```
 */
export interface PeriodObservation {
  /** The canonical period label, e.g. `2024-07`. */
  readonly period: string;
  /** The reported figure; a decimal string keeps it exact. */
  readonly value?: number | string | null | undefined;
  /** The numerator of a ratio indicator. */
  readonly numerator?: number | string | null | undefined;
  /** The denominator of a ratio indicator. */
  readonly denominator?: number | string | null | undefined;
}
