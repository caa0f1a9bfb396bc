import type { InsufficientSpcData } from '../../spc/types.js';
import type { ChartPalette } from '../ChartPalette.js';
import type { VegaLiteSpec } from '../VegaLiteSpec.js';
import type { Formatter, FormatUsed } from './format.js';
import { makeFormatter } from './format.js';
import { ASSURANCE_TEXT, assuranceIconGroup, VARIATION_TEXT, variationIconGroup } from './icons.js';
import { CHAR_WIDTH, extent } from './layout.js';
import { labelStride, linearScale, niceStride } from './scale.js';
import type { SpcFrame } from './spcFrame.js';
import { CAUSE_LEGEND, CAUSE_TEXT, capitalise, causeGroup, RULE_TEXT } from './text.js';

/** The Vega-Lite schema the specs are written for. */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Validated options shared by the Vega-Lite builders. */
export interface VegaUsed {
  width: number;
  height: number;
  labels: string[] | null;
  title: string | null;
  description: string | null;
  target: number | null | undefined;
  icons: boolean;
  format: FormatUsed;
  yDomain: [number, number] | null;
  palette: ChartPalette;
  fontFamily: string;
}

/** A d3-format string for axis labels at `decimals`. */
export function d3Format(format: FormatUsed, decimals: number): string {
  return format.percent
    ? `${format.grouping ? ',' : ''}.${decimals}%`
    : `${format.grouping ? ',' : ''}.${decimals}f`;
}

/** Axis properties: the d3 format, and a label expression adding the prefix and suffix when there are any. */
export function axisFormat(format: FormatUsed, fmt: Formatter): Record<string, unknown> {
  const axis: Record<string, unknown> = {
    title: null,
    format: d3Format(format, fmt.axisDecimals),
    grid: true,
  };
  if (format.prefix !== '' || format.suffix !== '')
    axis.labelExpr = `${JSON.stringify(format.prefix)} + datum.label + ${JSON.stringify(format.suffix)}`;
  return axis;
}

/** An icon as an image mark at the top right, its SVG inlined as a data URL (no request is made). */
export function iconLayer(svgGroup: string, size: number, x: number, label: string): Record<string, unknown> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">${svgGroup}</svg>`;
  return {
    data: { values: [{}] },
    mark: {
      type: 'image',
      width: size,
      height: size,
      align: 'left',
      baseline: 'top',
      aria: true,
      description: label,
    },
    encoding: {
      x: { value: x },
      y: { value: -size - 4 },
      url: { value: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` },
    },
  };
}

/**
 * The x encoding on period labels (ordinal, in data order) with the labels the SVG charts print: every 1,
 * 2, 3, 4, 6 or 12 periods counted back from the latest, as room allows.
 */
export function periodAxis(labels: readonly string[], width: number): Record<string, unknown> {
  const band = width / Math.max(1, labels.length);
  const stride = niceStride(
    labelStride(band, extent(labels.map((l) => l.length))[1], CHAR_WIDTH * (11 / 12)),
  );
  const shown: string[] = [];
  for (let i = labels.length - 1; i >= 0; i -= stride) shown.unshift(labels[i]!);
  return {
    field: 'period',
    type: 'ordinal',
    sort: null,
    axis: { title: null, labelAngle: 0, values: shown, labelOverlap: false },
    scale: { type: 'point', padding: 0.5 },
  };
}

/** The spec drawn for an `insufficient_data` result: a text mark saying so. */
export function insufficientSpec(status: InsufficientSpcData, used: VegaUsed): VegaLiteSpec {
  const message = `Not enough data for a control chart (segment ${status.segment + 1}: ${status.reason}, ${status.received} of ${status.required}).`;
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: message,
    title: used.title ?? 'Control chart',
    width: used.width,
    height: used.height,
    data: { values: [{ message }] },
    mark: { type: 'text', fontSize: 13, color: used.palette.muted },
    encoding: { text: { field: 'message' } },
    usermeta: { civicMetrics: { chart: 'spc', status: 'insufficient_data', reason: status.reason } },
    config: { view: { stroke: null }, font: used.fontFamily },
  };
}

/** The Vega-Lite spec of an SPC chart frame. */
export function spcSpec(frame: SpcFrame, used: VegaUsed): VegaLiteSpec {
  const pal = used.palette;
  const pts = frame.points;
  const labels = used.labels ?? pts.map((_, i) => String(i + 1));
  const target = used.target === undefined ? frame.target : used.target;
  const values = pts.flatMap((p) => (p.value === null ? [] : [p.value]));
  const all = [...values];
  for (const p of pts) {
    all.push(p.centre);
    if (p.lcl !== null) all.push(p.lcl);
    if (p.ucl !== null) all.push(p.ucl);
  }
  if (target !== null) all.push(target);
  const [lo, hi] = used.yDomain ?? extent(all);
  const scale = linearScale(
    lo,
    hi,
    used.height,
    0,
    Math.max(2, Math.round(used.height / 45)),
    used.yDomain !== null,
  );
  const fmt = makeFormatter(used.format, scale.step, values);

  const rows = pts.map((p) => ({
    index: p.index,
    period: labels[p.index]!,
    value: p.value,
    display: p.value === null ? null : fmt.value(p.value),
    cause: p.specialCause === null ? null : CAUSE_LEGEND[causeGroup(p.specialCause)],
    label: p.specialCause === null ? null : CAUSE_TEXT[p.specialCause],
    rule: p.rule !== null && p.rule in RULE_TEXT ? RULE_TEXT[p.rule as keyof typeof RULE_TEXT] : null,
    segment: p.segment,
    centre: p.centre,
    lcl: p.lcl,
    ucl: p.ucl,
  }));

  const present = new Set<string>();
  for (const r of rows) if (r.cause !== null) present.add(r.cause);
  const groups = (['improvement', 'concern', 'neutral', 'common'] as const).filter((g) =>
    present.has(CAUSE_LEGEND[g]),
  );

  const y = {
    type: 'quantitative',
    scale: used.yDomain === null ? { zero: false, nice: true } : { domain: used.yDomain, nice: false },
    axis: axisFormat(used.format, fmt),
  };
  const x = periodAxis(labels, used.width);
  const step = frame.segments.some((s) => !s.constantLimits);
  const layers: Record<string, unknown>[] = [];
  if (frame.hasLimits) {
    for (const key of ['ucl', 'lcl'] as const) {
      layers.push({
        name: key,
        mark: {
          type: 'line',
          color: pal.limits,
          strokeDash: [6, 4],
          strokeWidth: 1.5,
          interpolate: step ? 'step' : 'linear',
          invalid: 'break-paths-filter-domains',
        },
        encoding: { x, y: { field: key, ...y }, detail: { field: 'segment', type: 'nominal' } },
      });
    }
  }
  layers.push({
    name: 'centre',
    mark: { type: 'line', color: pal.mean, strokeWidth: 1.5 },
    encoding: { x, y: { field: 'centre', ...y }, detail: { field: 'segment', type: 'nominal' } },
  });
  if (target !== null) {
    layers.push({
      name: 'target',
      data: { values: [{}] },
      mark: { type: 'rule', color: pal.target, strokeWidth: 1.5 },
      encoding: { y: { datum: target, ...y } },
    });
    layers.push({
      name: 'target_label',
      data: { values: [{}] },
      mark: {
        type: 'text',
        align: 'right',
        baseline: 'bottom',
        dy: -3,
        color: pal.target,
        fontWeight: 'bold',
        fontSize: 11,
        text: `Target ${fmt.value(target)}`,
      },
      encoding: { y: { datum: target, ...y }, x: { value: used.width } },
    });
  }
  layers.push({
    name: 'values',
    mark: { type: 'line', color: pal.line, strokeWidth: 1.5, invalid: 'break-paths-filter-domains' },
    encoding: { x, y: { field: 'value', ...y } },
  });
  layers.push({
    name: 'points',
    transform: [{ filter: 'datum.value != null' }],
    mark: { type: 'circle', size: 36, opacity: 1, stroke: pal.background, strokeWidth: 0.5 },
    encoding: {
      x,
      y: { field: 'value', ...y },
      color: {
        field: 'cause',
        type: 'nominal',
        scale: { domain: groups.map((g) => CAUSE_LEGEND[g]), range: groups.map((g) => pal[g]) },
        legend: { title: null, orient: 'bottom' },
      },
      tooltip: [
        { field: 'period', type: 'nominal', title: 'Period' },
        { field: 'display', type: 'nominal', title: 'Value' },
        { field: 'label', type: 'nominal', title: 'Variation' },
        { field: 'rule', type: 'nominal', title: 'Rule' },
      ],
    },
  });
  if (used.icons) {
    const draw = { x: 0, y: 0, size: 36, palette: pal, fontFamily: used.fontFamily };
    let x = used.width - 36;
    if (frame.assuranceIcon !== null) {
      layers.push(
        iconLayer(assuranceIconGroup(frame.assuranceIcon, draw), 36, x, ASSURANCE_TEXT[frame.assuranceIcon]),
      );
      x -= 44;
    }
    layers.push(
      iconLayer(variationIconGroup(frame.variationIcon, draw), 36, x, VARIATION_TEXT[frame.variationIcon]),
    );
  }

  const title = used.title ?? capitalise(frame.name);
  return {
    $schema: VEGA_LITE_SCHEMA,
    description:
      used.description ??
      `${title}: ${capitalise(frame.name)} of ${pts.length} points from ${labels[0]} to ${labels[labels.length - 1]}.`,
    title: { text: title, anchor: 'start', offset: used.icons ? 16 : 8 },
    width: used.width,
    height: used.height,
    data: { values: rows },
    layer: layers,
    usermeta: {
      civicMetrics: {
        chart: frame.kind,
        variationIcon: frame.variationIcon,
        assuranceIcon: frame.assuranceIcon,
        target,
      },
    },
    config: { view: { stroke: null }, font: used.fontFamily },
  };
}
