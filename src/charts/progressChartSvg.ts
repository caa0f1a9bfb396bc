import type { ChartPalette } from './ChartPalette.js';
import { band, brokenLine, xAxisMarkup, yAxisMarkup } from './internal/draw.js';
import { type Formatter, type FormatUsed, makeFormatter, readFormat } from './internal/format.js';
import {
  CHAR_WIDTH,
  extent,
  headingMarkup,
  type LegendItem,
  legendMarkup,
  legendRows,
  wrapText,
} from './internal/layout.js';
import {
  readDomain,
  readFlag,
  readFont,
  readId,
  readOptionsObject,
  readPalette,
  readSize,
  readStatusColors,
  readText,
  textOn,
} from './internal/options.js';
import { type ProgressFrame, readProgress } from './internal/progressFrame.js';
import { bandCentres, linearScale } from './internal/scale.js';
import { coord, el, escapeXml, titleEl } from './internal/svg.js';
import { capitalise } from './internal/text.js';
import type { ProgressChartInput } from './ProgressChartInput.js';
import { svgOpen } from './spcChartSvg.js';
import { defaultStatusColors } from './statusColors.js';
import type { ValueFormat } from './ValueFormat.js';

/**
 * Options of {@link progressChartSvg}. Every option is optional.
 *
 * @example
 * ```ts
 * import type { ProgressChartSvgOptions } from 'civic-metrics/charts';
 * const options: ProgressChartSvgOptions = { width: 560, height: 280, statusColors: { at_risk: '#ffa500' } };
 * ```
 */
export interface ProgressChartSvgOptions {
  /** Width in pixels (integer 240–4000, default 720). */
  readonly width?: number | undefined;
  /** Height in pixels (integer 160–3000, default 360). */
  readonly height?: number | undefined;
  /** The title: heading and accessible name (default the input's `name`, else `Progress`). */
  readonly title?: string | undefined;
  /** The accessible description; default: a summary written from the input. */
  readonly description?: string | undefined;
  /** Draw the title as a heading inside the picture (default `true`). */
  readonly heading?: boolean | undefined;
  /** Draw the status badge when the input has a status (default `true`). */
  readonly badge?: boolean | undefined;
  /** Draw the legend (default `true`). */
  readonly legend?: boolean | undefined;
  /** Start the value axis at zero (default `false`). */
  readonly zero?: boolean | undefined;
  /** How values are shown (default: from the input's `unit` and `decimals`). */
  readonly format?: ValueFormat | undefined;
  /** Fix the value axis to `[min, max]`. */
  readonly yDomain?: readonly [number, number] | undefined;
  /** Colours replacing those of {@link mdcPalette}. */
  readonly colors?: Partial<ChartPalette> | undefined;
  /** Status colours replacing those of {@link defaultStatusColors}. */
  readonly statusColors?: Readonly<Record<string, string>> | undefined;
  /** CSS font stack of the text. */
  readonly fontFamily?: string | undefined;
  /** Prefix of the element ids (default `cm-progress`). */
  readonly id?: string | undefined;
}

const KNOWN = [
  'width',
  'height',
  'title',
  'description',
  'heading',
  'badge',
  'legend',
  'zero',
  'format',
  'yDomain',
  'colors',
  'statusColors',
  'fontFamily',
  'id',
];

interface Used {
  width: number;
  height: number;
  title: string | null;
  description: string | null;
  heading: boolean;
  badge: boolean;
  legend: boolean;
  zero: boolean;
  format: FormatUsed | null;
  yDomain: [number, number] | null;
  palette: ChartPalette;
  statusColors: Record<string, string>;
  fontFamily: string;
  id: string;
}

function readOptions(fn: string, raw: unknown): Used {
  const o = readOptionsObject(fn, raw, KNOWN);
  return {
    width: readSize(fn, 'options.width', o.width, 720, 240, 4000),
    height: readSize(fn, 'options.height', o.height, 360, 160, 3000),
    title: readText(fn, 'options.title', o.title, 1000),
    description: readText(fn, 'options.description', o.description, 4000),
    heading: readFlag(fn, 'options.heading', o.heading, true),
    badge: readFlag(fn, 'options.badge', o.badge, true),
    legend: readFlag(fn, 'options.legend', o.legend, true),
    zero: readFlag(fn, 'options.zero', o.zero, false),
    format: o.format === undefined ? null : readFormat(fn, 'options.format', o.format),
    yDomain: readDomain(fn, o.yDomain),
    palette: readPalette(fn, o.colors),
    statusColors: readStatusColors(fn, o.statusColors, defaultStatusColors),
    fontFamily: readFont(fn, o.fontFamily),
    id: readId(fn, o.id, 'cm-progress'),
  };
}

/** `off_track` → `Off track`. */
export function statusText(status: string): string {
  return capitalise(status.replace(/_/g, ' '));
}

/** The values a progress chart's value axis must show. */
export function progressExtent(frame: ProgressFrame): number[] {
  const all: number[] = [];
  for (const a of frame.actuals) if (a.value !== null) all.push(a.value);
  for (const t of frame.targets) for (const v of [t.value, t.min, t.max]) if (v !== null) all.push(v);
  for (const p of frame.path) all.push(p.value);
  if (frame.projection) {
    const { latest, projected } = frame.projection;
    all.push(latest.value, projected.value);
    if (projected.lower !== null) all.push(projected.lower);
    if (projected.upper !== null) all.push(projected.upper);
  }
  if (frame.forecast) {
    if (frame.forecast.from) all.push(frame.forecast.from.value);
    for (const p of frame.forecast.points) {
      all.push(p.value);
      if (p.lower !== null) all.push(p.lower);
      if (p.upper !== null) all.push(p.upper);
    }
  }
  return all;
}

/** The default description of a progress chart. */
export function describeProgress(frame: ProgressFrame, title: string, fmt: Formatter): string {
  const s: string[] = [];
  const present = frame.actuals.filter((a) => a.value !== null);
  const first = frame.actuals[0];
  const last = frame.actuals[frame.actuals.length - 1];
  if (first === undefined || last === undefined) s.push(`${title}: no values reported.`);
  else {
    const missing = frame.actuals.length - present.length;
    s.push(
      `${title}: ${present.length} value${present.length === 1 ? '' : 's'} from ${first.period} to ${last.period}${missing > 0 ? ` (${missing} missing)` : ''}.`,
    );
    const latest = present[present.length - 1];
    if (latest) s.push(`Latest ${latest.period}: ${fmt.value(latest.value!)}.`);
  }
  if (frame.polarity !== 'neutral')
    s.push(frame.polarity === 'increase' ? 'Higher is better.' : 'Lower is better.');
  for (const t of frame.targets) {
    s.push(
      t.value !== null
        ? `Target ${fmt.value(t.value)} for ${t.period}.`
        : `Target range ${fmt.value(t.min!)} to ${fmt.value(t.max!)} for ${t.period}.`,
    );
  }
  if (frame.path.length > 0) {
    const a = frame.path[0]!;
    const b = frame.path[frame.path.length - 1]!;
    s.push(`Target path from ${fmt.value(a.value)} in ${a.period} to ${fmt.value(b.value)} in ${b.period}.`);
  }
  if (frame.status !== null) s.push(`Status: ${statusText(frame.status)}.`);
  if (frame.projection) {
    const p = frame.projection.projected;
    const interval =
      p.lower !== null && p.upper !== null
        ? ` (interval ${fmt.value(p.lower)} to ${fmt.value(p.upper)})`
        : '';
    s.push(
      `Projected for ${p.period}: ${fmt.value(p.value)}${interval}${frame.projection.outlook ? `, outlook ${frame.projection.outlook}` : ''}.`,
    );
  }
  if (frame.forecast && frame.forecast.points.length > 0) {
    const f = frame.forecast.points[frame.forecast.points.length - 1]!;
    s.push(`Baseline forecast for ${f.period}: ${fmt.value(f.value)}.`);
  }
  return s.join(' ');
}

/**
 * Draws an indicator's progress as a self-contained SVG string: the actuals against the target path, the
 * targets, the projection of the trend with its interval and the baseline forecast (what was expected
 * without the plan), with the status badge. The picture city dashboards show beside the numbers.
 *
 * The x axis has one position per period of the actuals' frequency, from the earliest to the latest
 * period of anything drawn; a target for a coarser period (a fiscal year on a monthly indicator) is drawn
 * as a level across its sub-periods, one for the same frequency as a diamond, a range as a band. The
 * projection ({@link projectAttainment}) is a dashed line from the latest actual to the projected value
 * in the target period, with its interval as a fan widening from the latest actual to the interval's ends
 * (the interval is known at the target period only); the baseline forecast ({@link baselineForecast}) is
 * a dotted line from the last period it was fitted on, with its interval band. Actuals are joined by a line
 * broken at missing values.
 *
 * Values are shown in the input's unit (`80.0%`, `USD 2,700,000`, `12.5 days`) unless `options.format` is
 * given; rounding half away from zero, no locale. Accessibility and determinism as {@link spcChartSvg}:
 * `role="img"`, `<title>` and a `<desc>` summarising the figures, a tooltip on every mark, escaped text.
 *
 * @param input - See {@link ProgressChartInput}; {@link indicatorProgress} builds it from a plan report.
 * @param options - See {@link ProgressChartSvgOptions}.
 * @returns The SVG document as a string.
 * @throws ArgumentError `invalid_argument` for an input that is not a progress chart input (a bad
 *   period label, actuals of mixed frequencies or a repeated period, a non-finite value, a target with
 *   neither a value nor a range, periods spanning more than 5,000 positions) or an invalid option.
 * @see NYC Mayor's Management Report and CompStat-style dashboards (actual vs target path); NHS England,
 *   Making Data Count (trajectories).
 *
 * @example
 * ```ts
 * import { progressChartSvg } from 'civic-metrics/charts';
 * const svg = progressChartSvg({
 *   name: 'Blighted residential addresses',
 *   polarity: 'decrease',
 *   status: 'on_track',
 *   actuals: [
 *     { period: '2010', value: 43755 },
 *     { period: '2011', value: 40100 },
 *     { period: '2012', value: 36900 },
 *   ],
 *   targets: [{ period: '2013', value: 33755 }],
 * });
 * svg.includes('class="cm-badge" data-status="on_track"');
 * // => true
 * ```
 */
export function progressChartSvg(input: ProgressChartInput, options?: ProgressChartSvgOptions): string {
  const fn = 'progressChartSvg';
  const frame = readProgress(fn, input);
  const used = readOptions(fn, options);
  return drawProgress(frame, used);
}

function drawProgress(frame: ProgressFrame, used: Used): string {
  const { width, height, palette: pal, id } = used;
  const periods = frame.axis.periods;
  const labels = periods.map((p) => p.label);
  const n = Math.max(1, periods.length);
  const title = used.title ?? frame.name ?? 'Progress';

  const legendItems: LegendItem[] = [];
  if (frame.actuals.length > 0)
    legendItems.push({ kind: 'line', color: pal.actual, label: 'Actual', className: 'cm-legend-actual' });
  if (frame.path.length > 0)
    legendItems.push({
      kind: 'dash',
      color: pal.trajectory,
      label: 'Target path',
      className: 'cm-legend-path',
    });
  if (frame.targets.length > 0)
    legendItems.push({ kind: 'diamond', color: pal.target, label: 'Target', className: 'cm-legend-target' });
  const showProjection =
    frame.projection !== null && frame.projection.projected.index > frame.projection.latest.index;
  if (showProjection)
    legendItems.push({
      kind: 'band',
      color: pal.projection,
      label: 'Projection',
      className: 'cm-legend-projection',
    });
  if (frame.forecast)
    legendItems.push({
      kind: 'band',
      color: pal.forecast,
      label: 'Baseline forecast',
      className: 'cm-legend-forecast',
    });
  const rows = used.legend ? legendRows(legendItems, width - 24) : [];

  const badgeText = frame.status === null || !used.badge ? null : statusText(frame.status);
  const badgeWidth = badgeText === null ? 0 : badgeText.length * 7.6 + 20;
  const headingLines = used.heading ? wrapText(title, (width - 36 - badgeWidth) / 8.6, 2) : [];
  const header = Math.max(headingLines.length * 19 + 10, badgeText === null ? 0 : 34, 6);
  const plotTop = header + 10;
  const legendHeight = rows.length === 0 ? 0 : rows.length * 18 + 6;
  const plotBottom = height - legendHeight - 26;

  const all = progressExtent(frame);
  if (used.zero) all.push(0);
  const [lo, hi] = used.yDomain ?? (all.length === 0 ? [0, 1] : extent(all));
  const y = linearScale(
    lo,
    hi,
    plotBottom,
    plotTop,
    Math.max(2, Math.round((plotBottom - plotTop) / 45)),
    used.yDomain !== null,
    6,
  );
  const values = frame.actuals.flatMap((a) => (a.value === null ? [] : [a.value]));
  const fmt = makeFormatter(
    used.format ?? frame.formats.values,
    y.step,
    values,
    used.format ?? frame.formats.axis,
  );
  const tickLabels = y.ticks.map((t) => fmt.axis(t));
  const maxChars = labels.reduce((m, l) => Math.max(m, l.length), 0);
  const left = 14 + extent(tickLabels.map((t) => t.length))[1] * CHAR_WIDTH * (11 / 12);
  const right = width - Math.max(16, (maxChars * CHAR_WIDTH * (11 / 12)) / 2 + 4);
  const { x, band: step } = bandCentres(n, left, right);

  const out: string[] = [];
  out.push(
    svgOpen(
      id,
      width,
      height,
      'cm-chart cm-progress-chart',
      used.fontFamily,
      title,
      used.description ?? describeProgress(frame, title, fmt),
      {
        'data-chart': 'progress',
        ...(frame.status === null ? {} : { 'data-status': frame.status }),
      },
    ),
  );
  out.push(el('rect', { class: 'cm-background', x: 0, y: 0, width, height, fill: pal.background }));
  if (headingLines.length > 0) out.push(headingMarkup(headingLines, 12, pal.text));
  if (badgeText !== null) {
    const fill = used.statusColors[frame.status!] ?? '#768692';
    const bx = width - 12 - badgeWidth;
    out.push(
      el(
        'g',
        { class: 'cm-badge', 'data-status': frame.status! },
        el('rect', { x: bx, y: 8, width: badgeWidth, height: 24, rx: 12, fill }) +
          el(
            'text',
            {
              x: bx + badgeWidth / 2,
              y: 24.5,
              'text-anchor': 'middle',
              'font-size': 13,
              'font-weight': 700,
              fill: textOn(fill),
            },
            escapeXml(badgeText),
          ),
      ),
    );
  }
  out.push(yAxisMarkup(y, tickLabels, left, right, pal));
  if (periods.length > 0) {
    const lastActual =
      frame.actuals.length > 0 ? frame.actuals[frame.actuals.length - 1]!.index : labels.length - 1;
    out.push(xAxisMarkup(labels, x, step, left, right, plotBottom, pal, lastActual));
  }

  const clip = `${id}-clip`;
  out.push(
    el(
      'clipPath',
      { id: clip },
      el('rect', {
        x: left - step / 2,
        y: plotTop - 6,
        width: right - left + step,
        height: plotBottom - plotTop + 12,
      }),
    ),
  );
  let data = '';

  // Baseline forecast: band and dotted line from the last fitted period.
  if (frame.forecast && frame.forecast.points.length > 0) {
    const f = frame.forecast;
    const withInterval = f.points.filter((p) => p.lower !== null && p.upper !== null);
    let g = '';
    if (withInterval.length > 0) {
      const pts = withInterval.map((p) => ({ x: x(p.index), lo: y(p.lower!), hi: y(p.upper!) }));
      if (f.from) pts.unshift({ x: x(f.from.index), lo: y(f.from.value), hi: y(f.from.value) });
      g += el('path', {
        class: 'cm-forecast-interval',
        d: band(pts),
        fill: pal.forecast,
        'fill-opacity': 0.15,
        stroke: 'none',
      });
    }
    const line = [...(f.from ? [f.from] : []), ...f.points].map((p) => ({ x: x(p.index), y: y(p.value) }));
    g += el('path', {
      class: 'cm-forecast',
      d: brokenLine(line),
      fill: 'none',
      stroke: pal.forecast,
      'stroke-width': 2,
      'stroke-dasharray': '2 3',
    });
    for (const p of f.points) {
      const interval =
        p.lower !== null && p.upper !== null ? ` (${fmt.value(p.lower)} to ${fmt.value(p.upper)})` : '';
      g += el(
        'circle',
        { class: 'cm-forecast-point', cx: x(p.index), cy: y(p.value), r: 2.5, fill: pal.forecast },
        titleEl(`Baseline forecast ${p.period}: ${fmt.value(p.value)}${interval}`),
      );
    }
    data += el('g', { class: 'cm-forecast-layer' }, g);
  }

  // Projection: fan and dashed line from the latest actual.
  if (showProjection && frame.projection) {
    const { latest, projected, outlook } = frame.projection;
    let g = '';
    if (projected.lower !== null && projected.upper !== null) {
      g += el('path', {
        class: 'cm-projection-interval',
        d: `M${coord(x(latest.index))} ${coord(y(latest.value))}L${coord(x(projected.index))} ${coord(y(projected.upper))}L${coord(x(projected.index))} ${coord(y(projected.lower))}Z`,
        fill: pal.projection,
        'fill-opacity': 0.18,
        stroke: 'none',
      });
    }
    g += el('path', {
      class: 'cm-projection',
      d: `M${coord(x(latest.index))} ${coord(y(latest.value))}L${coord(x(projected.index))} ${coord(y(projected.value))}`,
      fill: 'none',
      stroke: pal.projection,
      'stroke-width': 2,
      'stroke-dasharray': '6 4',
    });
    const interval =
      projected.lower !== null && projected.upper !== null
        ? ` (${fmt.value(projected.lower)} to ${fmt.value(projected.upper)})`
        : '';
    g += el(
      'circle',
      {
        class: 'cm-projection-point',
        cx: x(projected.index),
        cy: y(projected.value),
        r: 3.5,
        fill: pal.background,
        stroke: pal.projection,
        'stroke-width': 2,
      },
      titleEl(
        `Projected ${projected.period}: ${fmt.value(projected.value)}${interval}${outlook ? `, outlook ${outlook}` : ''}`,
      ),
    );
    data += el('g', { class: 'cm-projection-layer' }, g);
  }

  // Target path.
  if (frame.path.length > 0) {
    let g = el('path', {
      class: 'cm-path',
      d: brokenLine(frame.path.map((p) => ({ x: x(p.index), y: y(p.value) }))),
      fill: 'none',
      stroke: pal.trajectory,
      'stroke-width': 2,
      'stroke-dasharray': '8 4',
    });
    for (const p of frame.path) {
      g += el(
        'circle',
        { class: 'cm-path-point', cx: x(p.index), cy: y(p.value), r: 2, fill: pal.trajectory },
        titleEl(`Target path ${p.period}: ${fmt.value(p.value)}`),
      );
    }
    data += el('g', { class: 'cm-path-layer' }, g);
  }

  // Targets.
  if (frame.targets.length > 0) {
    let g = '';
    for (const t of frame.targets) {
      const tip = `Target ${t.period}: ${t.value !== null ? fmt.value(t.value) : `${fmt.value(t.min!)} to ${fmt.value(t.max!)}`}${t.label ? ` (${t.label})` : ''}`;
      const x0 = x(t.from) - (t.from === t.to ? 0 : step / 2);
      const x1 = x(t.to) + (t.from === t.to ? 0 : step / 2);
      if (t.value === null) {
        const w = Math.max(x1 - x0, step * 0.8);
        const cx = (x0 + x1) / 2;
        g += el(
          'rect',
          {
            class: 'cm-target-range',
            'data-period': t.period,
            x: cx - w / 2,
            y: y(t.max!),
            width: w,
            height: Math.max(1, y(t.min!) - y(t.max!)),
            fill: pal.target,
            'fill-opacity': 0.15,
            stroke: pal.target,
            'stroke-width': 1,
          },
          titleEl(tip),
        );
      } else if (t.from === t.to) {
        const cx = x(t.from);
        const cy = y(t.value);
        const r = 6;
        g += el(
          'path',
          {
            class: 'cm-target',
            'data-period': t.period,
            d: `M${coord(cx)} ${coord(cy - r)}L${coord(cx + r)} ${coord(cy)}L${coord(cx)} ${coord(cy + r)}L${coord(cx - r)} ${coord(cy)}Z`,
            fill: pal.target,
            stroke: pal.background,
            'stroke-width': 1,
          },
          titleEl(tip),
        );
      } else {
        g += el(
          'path',
          {
            class: 'cm-target',
            'data-period': t.period,
            d: `M${coord(x0)} ${coord(y(t.value))}H${coord(x1)}`,
            fill: 'none',
            stroke: pal.target,
            'stroke-width': 2.5,
          },
          titleEl(tip),
        );
      }
    }
    data += el('g', { class: 'cm-targets' }, g);
  }

  // Actuals.
  if (frame.actuals.length > 0) {
    let g = el('path', {
      class: 'cm-actual',
      d: brokenLine(frame.actuals.map((a) => ({ x: x(a.index), y: a.value === null ? null : y(a.value) }))),
      fill: 'none',
      stroke: pal.actual,
      'stroke-width': 2,
    });
    const r = Math.min(4, Math.max(2, step * 0.35));
    for (const a of frame.actuals) {
      if (a.value === null) continue;
      g += el(
        'circle',
        {
          class: 'cm-actual-point',
          'data-period': a.period,
          cx: x(a.index),
          cy: y(a.value),
          r,
          fill: pal.actual,
          stroke: pal.background,
          'stroke-width': 1,
        },
        titleEl(`${a.period}: ${fmt.value(a.value)}`),
      );
    }
    data += el('g', { class: 'cm-actuals' }, g);
  }
  out.push(el('g', { class: 'cm-data', 'clip-path': `url(#${clip})` }, data));

  if (frame.actuals.length === 0) {
    out.push(
      el(
        'text',
        {
          class: 'cm-message',
          x: (left + right) / 2,
          y: (plotTop + plotBottom) / 2,
          'text-anchor': 'middle',
          'font-size': 13,
          fill: pal.muted,
        },
        'No values reported yet',
      ),
    );
  }
  if (rows.length > 0) out.push(legendMarkup(rows, 12, height - legendHeight - 2, pal.text));
  out.push('</svg>');
  return out.join('');
}
