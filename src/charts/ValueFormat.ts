/**
 * How a chart shows values: in axis labels, tooltips, the accessible description and the HTML briefing.
 * Every field is optional. Rounding is half away from zero on the value's shortest decimal form
 * (1.005 → 1.01 at two decimals), the same on every platform; no locale is consulted.
 *
 * @example
 * ```ts
 * import type { ValueFormat } from 'civic-metrics/charts';
 * const share: ValueFormat = { percent: true, decimals: 1 };
 * const money: ValueFormat = { prefix: '$', decimals: 0 };
 * ```
 */
export interface ValueFormat {
  /**
   * Decimals of the values shown in tooltips, the description and tables (integer 0–12). Default: the
   * fewest that show every value exactly, at most one more than the axis labels need.
   */
  readonly decimals?: number | undefined;
  /** Values are fractions shown as percentages: 0.953 → `95.3%` (default `false`). */
  readonly percent?: boolean | undefined;
  /** Text before every value, e.g. `$` (default none). */
  readonly prefix?: string | undefined;
  /** Text after every value, e.g. ` days` (default none; `%` is added by `percent`). */
  readonly suffix?: string | undefined;
  /** Group thousands with commas: `43,755` (default `true`). */
  readonly grouping?: boolean | undefined;
}
