/**
 * civic-metrics/charts: SVG control and progress charts, Vega-Lite specs and the HTML briefing. Pictures
 * are built as strings with no runtime dependency, deterministic to the byte.
 *
 * @packageDocumentation
 */
export type { ChartPalette } from './ChartPalette.js';
export { mdcPalette } from './mdcPalette.js';
export { type SpcChartSvgOptions, spcChartSvg } from './spcChartSvg.js';
export type { ValueFormat } from './ValueFormat.js';
