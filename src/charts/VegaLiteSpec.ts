/**
 * A Vega-Lite specification as a plain, JSON-serialisable object (`$schema` names Vega-Lite 6). Pass it
 * to `vegaEmbed`, Observable's `vl.render`, Altair's `alt.Chart.from_dict`, or save it as JSON. The type
 * is deliberately loose so that civic-metrics needs no Vega-Lite types at run time.
 *
 * @example
 * ```ts
 * import type { VegaLiteSpec } from 'civic-metrics/charts';
 * const spec: VegaLiteSpec = {
 *   $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
 *   data: { values: [{ x: 1, y: 2 }] },
 *   mark: 'point',
 * };
 * ```
 */
export interface VegaLiteSpec {
  /** `https://vega.github.io/schema/vega-lite/v6.json` */
  readonly $schema: string;
  readonly [key: string]: unknown;
}
