import type { ChartPalette } from './ChartPalette.js';

/**
 * The default chart colours: NHS England's Making Data Count palette for SPC charts, as the defaults of
 * NHSRplotthedots' `ptd_spc_colours()` (common cause grey `#a6a6a6`, improvement blue `#00b0f0`, concern
 * orange `#e46c0a`, neutral purple `#490092`, mean black, limits grey, target red `#de1b1b`), plus the
 * colours of the progress charts (actuals dark blue, trajectory purple as the NHSRplotthedots trajectory,
 * projection blue, baseline forecast grey-brown). Frozen; spread it to make your own.
 *
 * The grey of common-cause points has a contrast of 2.4:1 on white, below the 3:1 WCAG 2.2 asks of
 * graphics; the charts therefore also draw the line joining the points in a darker grey and give every point
 * a text alternative. Pass `colors: { common: '#767676' }` for a 4.5:1 grey.
 *
 * @see NHSRplotthedots (github.com/nhs-r-community/NHSRplotthedots, `R/ptd_spc_colours.R`); NHS England,
 *   Making Data Count (2019).
 *
 * @example
 * ```ts
 * import { mdcPalette } from 'civic-metrics/charts';
 * mdcPalette.improvement;
 * // => '#00b0f0'
 * ```
 */
export const mdcPalette: ChartPalette = Object.freeze({
  common: '#a6a6a6',
  improvement: '#00b0f0',
  concern: '#e46c0a',
  neutral: '#490092',
  line: '#7f7f7f',
  mean: '#000000',
  limits: '#8c8c8c',
  target: '#de1b1b',
  actual: '#005eb8',
  trajectory: '#490092',
  projection: '#00b0f0',
  forecast: '#8a6d3b',
  text: '#1a1a1a',
  muted: '#4d4d4d',
  grid: '#e6e6e6',
  background: '#ffffff',
});
