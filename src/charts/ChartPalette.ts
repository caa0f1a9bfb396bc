/**
 * The colours of the charts. Every field is a CSS colour: `#rgb`, `#rrggbb`, `#rrggbbaa`, a named colour
 * (`steelblue`) or an `rgb()`/`rgba()`/`hsl()`/`hsla()` function. The defaults are {@link mdcPalette}.
 *
 * @example
 * ```ts
 * import type { ChartPalette } from 'civic-metrics/charts';
 * const overrides: Partial<ChartPalette> = { concern: '#d5281b', target: 'black' };
 * ```
 */
export interface ChartPalette {
  /** Points of common-cause variation. */
  readonly common: string;
  /** Special cause in the better direction. */
  readonly improvement: string;
  /** Special cause in the worse direction. */
  readonly concern: string;
  /** Special cause with no better direction (`neutral_high`, `neutral_low`). */
  readonly neutral: string;
  /** The line joining the values. */
  readonly line: string;
  /** The centre line (mean or median). */
  readonly mean: string;
  /** The process limits. */
  readonly limits: string;
  /** The target line. */
  readonly target: string;
  /** Progress charts: the actual values. */
  readonly actual: string;
  /** Progress charts: the target path (trajectory). */
  readonly trajectory: string;
  /** Progress charts: the projection of the trend and its interval. */
  readonly projection: string;
  /** Progress charts: the baseline forecast (what happens without the plan) and its interval. */
  readonly forecast: string;
  /** Text: titles, labels. */
  readonly text: string;
  /** Secondary text: axis labels. */
  readonly muted: string;
  /** Grid lines and axes. */
  readonly grid: string;
  /** The background. */
  readonly background: string;
}
