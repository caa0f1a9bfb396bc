import { ArgumentError } from '../errors/ArgumentError.js';
import type { ChartPalette } from './ChartPalette.js';
import { readFormat } from './internal/format.js';
import {
  readDomain,
  readFlag,
  readFont,
  readLabels,
  readNumber,
  readOptionsObject,
  readPalette,
  readSize,
  readText,
} from './internal/options.js';
import { readProgress } from './internal/progressFrame.js';
import { readSpcChart, type SpcChartInput } from './internal/spcFrame.js';
import { progressSpec } from './internal/vegaProgress.js';
import { insufficientSpec, spcSpec, type VegaUsed } from './internal/vegaSpc.js';
import type { ProgressChartInput } from './ProgressChartInput.js';
import { describeProgress } from './progressChartSvg.js';
import type { ValueFormat } from './ValueFormat.js';
import type { VegaLiteSpec } from './VegaLiteSpec.js';

/**
 * Options of {@link toVegaLite}. Every option is optional.
 *
 * @example
 * ```ts
 * import type { ToVegaLiteOptions } from 'civic-metrics/charts';
 * const options: ToVegaLiteOptions = { labels: ['Q1', 'Q2', 'Q3'], width: 480, format: { percent: true } };
 * ```
 */
export interface ToVegaLiteOptions {
  /** Width of the plot in pixels (integer 120–4000, default 640). */
  readonly width?: number | undefined;
  /** Height of the plot in pixels (integer 80–3000, default 280). */
  readonly height?: number | undefined;
  /** One unique period label per point (default `1`, `2`, …); the x axis is ordinal on these labels. */
  readonly labels?: readonly string[] | undefined;
  /** The chart's title (default `XmR chart`, `p chart`, …). */
  readonly title?: string | undefined;
  /** The spec's `description` (read by screen readers); default: a one-line summary. */
  readonly description?: string | undefined;
  /** The target line; default the chart's `options.target`; `null` draws none. */
  readonly target?: number | null | undefined;
  /** Add the variation and assurance icons as image marks (inline SVG data URLs; default `true`). */
  readonly icons?: boolean | undefined;
  /** How values are shown (axis format, tooltips). */
  readonly format?: ValueFormat | undefined;
  /** Fix the value axis to `[min, max]`. */
  readonly yDomain?: readonly [number, number] | undefined;
  /** Colours replacing those of {@link mdcPalette}. */
  readonly colors?: Partial<ChartPalette> | undefined;
  /** CSS font stack (the spec's `config.font`). */
  readonly fontFamily?: string | undefined;
}

const KNOWN = [
  'width',
  'height',
  'labels',
  'title',
  'description',
  'target',
  'icons',
  'format',
  'yDomain',
  'colors',
  'fontFamily',
];

function readOptions(fn: string, raw: unknown, n: number | null): VegaUsed {
  const o = readOptionsObject(fn, raw, KNOWN);
  let labels: string[] | null = null;
  if (o.labels !== undefined && o.labels !== null) {
    const read = readLabels(fn, o.labels, n ?? (Array.isArray(o.labels) ? o.labels.length : 0))!;
    labels = read;
    const seen = new Set<string>();
    read.forEach((label, i) => {
      if (seen.has(label)) {
        throw new ArgumentError(
          `${fn}: expected options.labels to be unique (the x axis is ordinal), received '${label}' twice`,
          { path: `options.labels[${i}]`, value: label },
        );
      }
      seen.add(label);
    });
  }
  return {
    width: readSize(fn, 'options.width', o.width, 640, 120, 4000),
    height: readSize(fn, 'options.height', o.height, 280, 80, 3000),
    labels,
    title: readText(fn, 'options.title', o.title, 1000),
    description: readText(fn, 'options.description', o.description, 4000),
    target: o.target === undefined ? undefined : readNumber(fn, 'options.target', o.target),
    icons: readFlag(fn, 'options.icons', o.icons, true),
    format: readFormat(fn, 'options.format', o.format),
    yDomain: readDomain(fn, o.yDomain),
    palette: readPalette(fn, o.colors),
    fontFamily: readFont(fn, o.fontFamily),
  };
}

/**
 * The same picture as {@link spcChartSvg}, as a Vega-Lite 6 specification for notebooks and dashboards
 * (Observable, Jupyter with Altair, vega-embed).
 *
 * The spec is a layered chart over one inline data table (one row per period: `index`, `period`,
 * `value`, `display` (the value as formatted), `cause` (Improvement, Concern, Neither, Common cause),
 * `label`, `rule`, `segment`, `centre`, `lcl`, `ucl`): process limits as dashed lines per segment (steps
 * for p and u charts), the centre line per segment, the target as a rule with its label, the values as a
 * line broken at missing values, the dots coloured by their label with the {@link mdcPalette} colours and
 * a tooltip, and the variation and assurance icons as image marks whose SVG is inlined as a data URL (no
 * request is ever made). The x axis is ordinal on the period labels, in order. `usermeta.civicMetrics`
 * carries the chart kind, icons and target for programs.
 *
 * An `insufficient_data` result gives a spec with a single text mark saying so.
 *
 * Given a {@link ProgressChartInput} (an object with `actuals`), the spec draws what
 * {@link progressChartSvg} draws, one layer each with its own inline data: baseline forecast band and line,
 * projection fan and line, target path, target ranges (rects), levels (rules) and markers (diamonds), and
 * the actuals (a line with points, broken at missing values), on an ordinal x axis of every period; the
 * status is the title's subtitle. `labels`, `target` and `icons` do not apply to it.
 *
 * @param chart - A result of `xmrChart`, `pChart`, `uChart` or `runChart`, or a progress chart input.
 * @param options - See {@link ToVegaLiteOptions}.
 * @returns A JSON-serialisable Vega-Lite spec (valid against the Vega-Lite 6 JSON schema).
 * @throws ArgumentError `invalid_argument` for what is not such a result, an unknown or invalid option,
 *   duplicate labels; `mismatched_lengths` when `labels` is not one per point.
 * @see Satyanarayan A, Moritz D, Wongsuphasawat K, Heer J (2017) Vega-Lite: A Grammar of Interactive
 *   Graphics, IEEE TVCG 23(1); vega.github.io/vega-lite.
 *
 * @example
 * ```ts
 * import { toVegaLite } from 'civic-metrics/charts';
 * import { xmrChart } from 'civic-metrics/spc';
 * const spec = toVegaLite(xmrChart([5, 6, 5, 7, 6, 5, 6, 5, 7, 6, 5, 6, 15], { improvement: 'increase' }));
 * spec.$schema;
 * // => 'https://vega.github.io/schema/vega-lite/v6.json'
 * (spec.data as { values: { cause: string }[] }).values[12]?.cause;
 * // => 'Improvement'
 * ```
 */
export function toVegaLite(
  chart: SpcChartInput | ProgressChartInput,
  options?: ToVegaLiteOptions,
): VegaLiteSpec {
  const fn = 'toVegaLite';
  if (chart !== null && typeof chart === 'object' && 'actuals' in chart) {
    const progress = readProgress(fn, chart);
    const used = readOptions(fn, options, null);
    return progressSpec(progress, used, (fmt) =>
      describeProgress(progress, used.title ?? progress.name ?? 'Progress', fmt),
    );
  }
  const frame = readSpcChart(fn, chart as SpcChartInput);
  const used = readOptions(fn, options, 'status' in frame ? null : frame.points.length);
  if ('status' in frame) return insufficientSpec(frame, used);
  return spcSpec(frame, used);
}
