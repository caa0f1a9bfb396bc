import type { VegaLiteSpec } from '../VegaLiteSpec.js';
import { makeFormatter } from './format.js';
import { extent } from './layout.js';
import type { ProgressFrame } from './progressFrame.js';
import { linearScale } from './scale.js';
import { capitalise } from './text.js';
import { axisFormat, periodAxis, VEGA_LITE_SCHEMA, type VegaUsed } from './vegaSpc.js';

/** The Vega-Lite spec of a progress chart: the same layers as {@link progressChartSvg}. */
export function progressSpec(
  frame: ProgressFrame,
  used: VegaUsed,
  describe: (fmt: ReturnType<typeof makeFormatter>) => string,
): VegaLiteSpec {
  const pal = used.palette;
  const labels = frame.axis.periods.map((p) => p.label);
  const all: number[] = [];
  for (const a of frame.actuals) if (a.value !== null) all.push(a.value);
  for (const t of frame.targets) for (const v of [t.value, t.min, t.max]) if (v !== null) all.push(v);
  for (const p of frame.path) all.push(p.value);
  const [lo, hi] = used.yDomain ?? (all.length === 0 ? [0, 1] : extent(all));
  const scale = linearScale(
    lo,
    hi,
    used.height,
    0,
    Math.max(2, Math.round(used.height / 45)),
    used.yDomain !== null,
  );
  const values = frame.actuals.flatMap((a) => (a.value === null ? [] : [a.value]));
  const custom =
    used.format.prefix !== '' ||
    used.format.suffix !== '' ||
    used.format.percent ||
    used.format.decimals !== null;
  const valueFormat = custom ? used.format : frame.formats.values;
  const fmt = makeFormatter(valueFormat, scale.step, values, custom ? used.format : frame.formats.axis);

  const x = periodAxis(labels, used.width);
  (x.scale as Record<string, unknown>).domain = labels;
  const y = {
    type: 'quantitative',
    scale: used.yDomain === null ? { zero: false, nice: true } : { domain: used.yDomain, nice: false },
    axis: axisFormat(custom ? used.format : frame.formats.axis, fmt),
  };
  const layers: Record<string, unknown>[] = [];

  if (frame.forecast && frame.forecast.points.length > 0) {
    const f = frame.forecast;
    const rows = [
      ...(f.from
        ? [
            {
              period: f.from.period,
              value: f.from.value,
              lower: f.from.value,
              upper: f.from.value,
              display: fmt.value(f.from.value),
            },
          ]
        : []),
      ...f.points.map((p) => ({
        period: p.period,
        value: p.value,
        lower: p.lower,
        upper: p.upper,
        display: fmt.value(p.value),
      })),
    ];
    layers.push({
      name: 'forecast_interval',
      data: { values: rows },
      mark: { type: 'area', color: pal.forecast, opacity: 0.15, invalid: 'break-paths-filter-domains' },
      encoding: { x, y: { field: 'lower', ...y }, y2: { field: 'upper' } },
    });
    layers.push({
      name: 'forecast',
      data: { values: rows },
      mark: {
        type: 'line',
        color: pal.forecast,
        strokeDash: [2, 3],
        strokeWidth: 2,
        point: { filled: true, size: 20, color: pal.forecast },
      },
      encoding: {
        x,
        y: { field: 'value', ...y },
        tooltip: [
          { field: 'period', type: 'nominal', title: 'Period' },
          { field: 'display', type: 'nominal', title: 'Baseline forecast' },
        ],
      },
    });
  }
  if (frame.projection && frame.projection.projected.index > frame.projection.latest.index) {
    const { latest, projected } = frame.projection;
    const rows = [
      {
        period: latest.period,
        value: latest.value,
        lower: latest.value,
        upper: latest.value,
        display: fmt.value(latest.value),
      },
      {
        period: projected.period,
        value: projected.value,
        lower: projected.lower ?? projected.value,
        upper: projected.upper ?? projected.value,
        display: fmt.value(projected.value),
      },
    ];
    layers.push({
      name: 'projection_interval',
      data: { values: rows },
      mark: { type: 'area', color: pal.projection, opacity: 0.18 },
      encoding: { x, y: { field: 'lower', ...y }, y2: { field: 'upper' } },
    });
    layers.push({
      name: 'projection',
      data: { values: rows },
      mark: { type: 'line', color: pal.projection, strokeDash: [6, 4], strokeWidth: 2 },
      encoding: {
        x,
        y: { field: 'value', ...y },
        tooltip: [
          { field: 'period', type: 'nominal', title: 'Period' },
          { field: 'display', type: 'nominal', title: 'Projection' },
        ],
      },
    });
  }
  if (frame.path.length > 0) {
    layers.push({
      name: 'path',
      data: {
        values: frame.path.map((p) => ({ period: p.period, value: p.value, display: fmt.value(p.value) })),
      },
      mark: { type: 'line', color: pal.trajectory, strokeDash: [8, 4], strokeWidth: 2 },
      encoding: {
        x,
        y: { field: 'value', ...y },
        tooltip: [
          { field: 'period', type: 'nominal', title: 'Period' },
          { field: 'display', type: 'nominal', title: 'Target path' },
        ],
      },
    });
  }
  const markers = frame.targets.filter((t) => t.value !== null && t.from === t.to);
  const levels = frame.targets.filter((t) => t.value !== null && t.from !== t.to);
  const ranges = frame.targets.filter((t) => t.value === null);
  const targetRow = (t: ProgressFrame['targets'][number]) => ({
    period: labels[t.from]!,
    period2: labels[t.to]!,
    target: t.period,
    value: t.value,
    min: t.min,
    max: t.max,
    display: t.value !== null ? fmt.value(t.value) : `${fmt.value(t.min!)} to ${fmt.value(t.max!)}`,
    note: t.label,
  });
  const targetTooltip = [
    { field: 'target', type: 'nominal', title: 'Target for' },
    { field: 'display', type: 'nominal', title: 'Target' },
    { field: 'note', type: 'nominal', title: 'Note' },
  ];
  if (ranges.length > 0) {
    layers.push({
      name: 'target_ranges',
      data: { values: ranges.map(targetRow) },
      mark: { type: 'rect', color: pal.target, opacity: 0.15 },
      encoding: {
        x,
        x2: { field: 'period2' },
        y: { field: 'min', ...y },
        y2: { field: 'max' },
        tooltip: targetTooltip,
      },
    });
  }
  if (levels.length > 0) {
    layers.push({
      name: 'target_levels',
      data: { values: levels.map(targetRow) },
      mark: { type: 'rule', color: pal.target, strokeWidth: 2.5 },
      encoding: { x, x2: { field: 'period2' }, y: { field: 'value', ...y }, tooltip: targetTooltip },
    });
  }
  if (markers.length > 0) {
    layers.push({
      name: 'targets',
      data: { values: markers.map(targetRow) },
      mark: { type: 'point', shape: 'diamond', filled: true, size: 110, color: pal.target, opacity: 1 },
      encoding: { x, y: { field: 'value', ...y }, tooltip: targetTooltip },
    });
  }
  if (frame.actuals.length > 0) {
    const rows = frame.actuals.map((a) => ({
      period: a.period,
      value: a.value,
      display: a.value === null ? null : fmt.value(a.value),
    }));
    layers.push({
      name: 'actuals',
      data: { values: rows },
      mark: {
        type: 'line',
        color: pal.actual,
        strokeWidth: 2,
        invalid: 'break-paths-filter-domains',
        point: { filled: true, size: 30, color: pal.actual },
      },
      encoding: {
        x,
        y: { field: 'value', ...y },
        tooltip: [
          { field: 'period', type: 'nominal', title: 'Period' },
          { field: 'display', type: 'nominal', title: 'Actual' },
        ],
      },
    });
  }
  if (layers.length === 0) {
    layers.push({
      data: { values: [{ message: 'No values reported yet' }] },
      mark: { type: 'text', color: pal.muted },
      encoding: { text: { field: 'message' } },
    });
  }
  const title = used.title ?? frame.name ?? 'Progress';
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: used.description ?? describe(fmt),
    title: {
      text: title,
      anchor: 'start',
      ...(frame.status === null
        ? {}
        : { subtitle: `Status: ${capitalise(frame.status.replace(/_/g, ' '))}` }),
    },
    width: used.width,
    height: used.height,
    layer: layers,
    usermeta: { civicMetrics: { chart: 'progress', status: frame.status, polarity: frame.polarity } },
    config: { view: { stroke: null }, font: used.fontFamily },
  };
}
