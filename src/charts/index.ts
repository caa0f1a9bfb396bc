/**
 * civic-metrics/charts: SVG control and progress charts, Vega-Lite specs and the HTML briefing. Pictures
 * are built as strings with no runtime dependency, deterministic to the byte.
 *
 * @packageDocumentation
 */
export { assuranceIconSvg } from './assuranceIconSvg.js';
export type { ChartPalette } from './ChartPalette.js';
export {
  type IndicatorProgressOptions,
  indicatorProgress,
} from './indicatorProgress.js';
export { mdcPalette } from './mdcPalette.js';
export type { ProgressChartInput, ProgressTarget } from './ProgressChartInput.js';
export { type ProgressChartSvgOptions, progressChartSvg } from './progressChartSvg.js';
export { type RenderHtmlOptions, renderHtml } from './renderHtml.js';
export type { SpcChartInput } from './SpcChartInput.js';
export { type SpcChartSvgOptions, spcChartSvg } from './spcChartSvg.js';
export { defaultStatusColors } from './statusColors.js';
export { type ToVegaLiteOptions, toVegaLite } from './toVegaLite.js';
export type { ValueFormat } from './ValueFormat.js';
export type { VegaLiteSpec } from './VegaLiteSpec.js';
export { type IconSvgOptions, variationIconSvg } from './variationIconSvg.js';
