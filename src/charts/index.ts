/**
 * civic-metrics/charts: SVG control and progress charts, Vega-Lite specs and the HTML briefing.
 *
 * @packageDocumentation
 */
export {};
