import type { InsufficientSpcData } from '../spc/types.js';
import type { ChartPalette } from './ChartPalette.js';
import { yAxisMarkup } from './internal/draw.js';
import { type Formatter, type FormatUsed, makeFormatter, readFormat } from './internal/format.js';
import { ASSURANCE_TEXT, assuranceIconGroup, VARIATION_TEXT, variationIconGroup } from './internal/icons.js';
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
  readLabels,
  readNumber,
  readOptionsObject,
  readPalette,
  readSize,
  readText,
} from './internal/options.js';
import { bandCentres, labelStride, linearScale, niceStride } from './internal/scale.js';
import { type FramePoint, readSpcChart, type SpcChartInput, type SpcFrame } from './internal/spcFrame.js';
import { coord, el, escapeXml, titleEl } from './internal/svg.js';
import { CAUSE_LEGEND, CAUSE_TEXT, capitalise, causeGroup, joinWords, RULE_TEXT } from './internal/text.js';
import type { ValueFormat } from './ValueFormat.js';

/**
 * Options of {@link spcChartSvg}. Every option is optional.
 *
 * @example
 * ```ts
 * import type { SpcChartSvgOptions } from 'civic-metrics/charts';
 * const options: SpcChartSvgOptions = {
 *   title: 'A&E: patients seen within 4 hours',
 *   labels: ['2024-01', '2024-02', '2024-03'],
 *   format: { percent: true },
 *   width: 640,
 * };
 * ```
 */
export interface SpcChartSvgOptions {
  /** Width in pixels (integer 240–4000, default 720). */
  readonly width?: number | undefined;
  /** Height in pixels (integer 160–3000, default 360). */
  readonly height?: number | undefined;
  /** One period label per point, shown on the x axis and in tooltips (default `1`, `2`, …). */
  readonly labels?: readonly string[] | undefined;
  /** The chart's title: the heading and the accessible name (default `XmR chart`, `p chart`, …). */
  readonly title?: string | undefined;
  /** The accessible description (`<desc>`); default: a summary written from the chart. */
  readonly description?: string | undefined;
  /** Draw the title as a heading inside the picture (default `true`). */
  readonly heading?: boolean | undefined;
  /** The target line; default the chart's `options.target`; `null` draws none. */
  readonly target?: number | null | undefined;
  /** Draw the variation and assurance icons (default `true`). */
  readonly icons?: boolean | undefined;
  /** Draw the legend (default `true`). */
  readonly legend?: boolean | undefined;
  /** How values are shown. */
  readonly format?: ValueFormat | undefined;
  /** Fix the value axis to `[min, max]` (default: fitted to the data, limits and target). */
  readonly yDomain?: readonly [number, number] | undefined;
  /** Colours replacing those of {@link mdcPalette}. */
  readonly colors?: Partial<ChartPalette> | undefined;
  /** CSS font stack of the text. */
  readonly fontFamily?: string | undefined;
  /** Prefix of the element ids (unique per page when several charts are inlined; default `cm-spc`). */
  readonly id?: string | undefined;
}

const KNOWN = [
  'width',
  'height',
  'labels',
  'title',
  'description',
  'heading',
  'target',
  'icons',
  'legend',
  'format',
  'yDomain',
  'colors',
  'fontFamily',
  'id',
];

/** Validated options. */
interface Used {
  width: number;
  height: number;
  labels: string[] | null;
  title: string | null;
  description: string | null;
  heading: boolean;
  target: number | null | undefined;
  icons: boolean;
  legend: boolean;
  format: FormatUsed;
  yDomain: [number, number] | null;
  palette: ChartPalette;
  fontFamily: string;
  id: string;
}

function readOptions(fn: string, raw: unknown, n: number | null): Used {
  const o = readOptionsObject(fn, raw, KNOWN);
  let labels: string[] | null = null;
  if (n !== null) labels = readLabels(fn, o.labels, n);
  else if (o.labels !== undefined && o.labels !== null) {
    const all = o.labels;
    labels = readLabels(fn, all, Array.isArray(all) ? all.length : 0);
  }
  return {
    width: readSize(fn, 'options.width', o.width, 720, 240, 4000),
    height: readSize(fn, 'options.height', o.height, 360, 160, 3000),
    labels,
    title: readText(fn, 'options.title', o.title, 1000),
    description: readText(fn, 'options.description', o.description, 4000),
    heading: readFlag(fn, 'options.heading', o.heading, true),
    target: o.target === undefined ? undefined : readNumber(fn, 'options.target', o.target),
    icons: readFlag(fn, 'options.icons', o.icons, true),
    legend: readFlag(fn, 'options.legend', o.legend, true),
    format: readFormat(fn, 'options.format', o.format),
    yDomain: readDomain(fn, o.yDomain),
    palette: readPalette(fn, o.colors),
    fontFamily: readFont(fn, o.fontFamily),
    id: readId(fn, o.id, 'cm-spc'),
  };
}

/** The opening `<svg>` tag with its accessible name and description. */
export function svgOpen(
  id: string,
  width: number,
  height: number,
  className: string,
  fontFamily: string,
  title: string,
  description: string,
  extra: Record<string, string> = {},
): string {
  return (
    `<svg${attrsOf({
      xmlns: 'http://www.w3.org/2000/svg',
      width: String(width),
      height: String(height),
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
      class: className,
      'font-family': fontFamily,
      ...extra,
    })}>` +
    titleEl(title, `${id}-title`) +
    el('desc', { id: `${id}-desc` }, escapeXml(description))
  );
}

function attrsOf(list: Record<string, string>): string {
  let out = '';
  for (const [k, v] of Object.entries(list)) out += ` ${k}="${escapeXml(v)}"`;
  return out;
}

/** The picture drawn for an `insufficient_data` result: the title and the reason in words. */
export function insufficientSvg(
  status: InsufficientSpcData,
  used: {
    width: number;
    height: number;
    id: string;
    fontFamily: string;
    palette: ChartPalette;
    title: string | null;
  },
  className: string,
): string {
  const reason =
    status.reason === 'no_moving_range'
      ? 'no two consecutive values, so no moving range'
      : status.reason === 'degenerate_rate'
        ? 'a rate of 0 or 1 throughout, so no dispersion to adjust for'
        : `${status.received} value${status.received === 1 ? '' : 's'}, and ${status.required} are needed`;
  const message = `Not enough data for a control chart: segment ${status.segment + 1} has ${reason}.`;
  const title = used.title ?? 'Control chart';
  const { width, height, palette } = used;
  return (
    svgOpen(used.id, width, height, className, used.fontFamily, title, message, {
      'data-status': 'insufficient_data',
    }) +
    el('rect', { class: 'cm-background', x: 0, y: 0, width, height, fill: palette.background }) +
    el(
      'text',
      { x: 12, y: 22, 'font-size': 15, 'font-weight': 700, fill: palette.text, class: 'cm-heading' },
      escapeXml(title),
    ) +
    el(
      'text',
      {
        x: width / 2,
        y: height / 2,
        'text-anchor': 'middle',
        'font-size': 13,
        fill: palette.muted,
        class: 'cm-message',
      },
      wrapText(message, (width - 24) / 7.8, 4)
        .map((line, i) => el('tspan', { x: width / 2, dy: i === 0 ? undefined : 18 }, escapeXml(line)))
        .join(''),
    ) +
    '</svg>'
  );
}

/** A horizontal line from the first to the last position of a run of points at a constant value. */
function hLine(x0: number, x1: number, y: number, band: number): string {
  const a = x0 === x1 ? x0 - band * 0.4 : x0;
  const b = x0 === x1 ? x1 + band * 0.4 : x1;
  return `M${coord(a)} ${coord(y)}H${coord(b)}`;
}

/** A step line through per-point values (p and u limits), broken where a value is missing. */
function stepLine(
  points: readonly FramePoint[],
  start: number,
  end: number,
  pick: (p: FramePoint) => number | null,
  x: (i: number) => number,
  y: (v: number) => number,
  band: number,
): string {
  const lo = x(start);
  const hi = x(end);
  let d = '';
  let open = false;
  for (let i = start; i <= end; i++) {
    const v = pick(points[i]!);
    if (v === null) {
      open = false;
      continue;
    }
    const a = Math.max(lo, x(i) - band / 2);
    const b = Math.min(hi, x(i) + band / 2);
    const left = a === b ? a - band * 0.4 : a;
    const right = a === b ? b + band * 0.4 : b;
    d += open ? `V${coord(y(v))}H${coord(right)}` : `M${coord(left)} ${coord(y(v))}H${coord(right)}`;
    open = true;
  }
  return d;
}

/** The default description: what the chart shows, its latest point, limits, signals and icons. */
function describeChart(
  frame: SpcFrame,
  labels: readonly string[],
  fmt: Formatter,
  target: number | null,
): string {
  const pts = frame.points;
  const present = pts.filter((p) => p.value !== null);
  const missing = pts.length - present.length;
  const sentences: string[] = [];
  sentences.push(
    `${capitalise(frame.name)} of ${pts.length} point${pts.length === 1 ? '' : 's'} from ${labels[0]} to ${
      labels[labels.length - 1]
    }${missing > 0 ? `, ${missing} missing` : ''}.`,
  );
  const latest = present[present.length - 1];
  if (latest !== undefined) {
    const rule =
      latest.rule !== null && latest.rule in RULE_TEXT
        ? ` (${RULE_TEXT[latest.rule as keyof typeof RULE_TEXT]})`
        : '';
    sentences.push(
      `Latest point ${labels[latest.index]}: ${fmt.value(latest.value!)}, ${CAUSE_TEXT[latest.specialCause!]}${rule}.`,
    );
    const seg = frame.segments[latest.segment]!;
    let limits = `${capitalise(frame.centreName)} ${fmt.value(seg.centre)}`;
    if (frame.hasLimits && latest.lcl !== null && latest.ucl !== null)
      limits += `, process limits ${fmt.value(latest.lcl)} to ${fmt.value(latest.ucl)}`;
    if (frame.segments.length > 1)
      limits += ` (recalculated from ${labels[seg.start]}; ${frame.segments.length} segments)`;
    sentences.push(`${limits}.`);
  }
  const counts = { improvement: 0, concern: 0, neutral: 0 };
  for (const p of present)
    if (p.specialCause !== 'common') counts[causeGroup(p.specialCause!) as 'neutral']++;
  const parts: string[] = [];
  if (counts.improvement > 0) parts.push(`${counts.improvement} improvement`);
  if (counts.concern > 0) parts.push(`${counts.concern} concern`);
  if (counts.neutral > 0) parts.push(`${counts.neutral} neither improvement nor concern`);
  sentences.push(
    parts.length === 0 ? 'No special-cause points.' : `Special-cause points: ${joinWords(parts)}.`,
  );
  if (target !== null) sentences.push(`Target ${fmt.value(target)}.`);
  sentences.push(`${VARIATION_TEXT[frame.variationIcon]}.`);
  if (frame.assuranceIcon !== null) sentences.push(`${ASSURANCE_TEXT[frame.assuranceIcon]}.`);
  return sentences.join(' ');
}

/**
 * Draws an SPC chart (the result of `xmrChart`, `pChart`, `uChart` or `runChart`) as a self-contained SVG
 * string, in the style of NHS England's Making Data Count.
 *
 * What is drawn: the values joined by a line (broken at missing values) with one dot per value, coloured
 * by its label (improvement blue, concern orange, neither purple, common cause grey; see
 * {@link mdcPalette}); the centre line (mean, median or p̄/ū) and the process limits of each segment, with
 * a break and a faint vertical marker at each rebase (limits vary per period on p and u charts and are
 * drawn as steps); the target line; period labels on the x axis (every 1, 2, 3, 4, 6 or 12 periods,
 * counted back from the latest, as room allows); the variation and assurance icons (our own drawings of
 * the MDC icons); a legend of what is present.
 *
 * Accessibility: `role="img"` with `aria-labelledby` naming a `<title>` (the title) and a `<desc>` (a
 * summary: period range, latest value and its label, limits, counts of special-cause points, target and
 * icons in words); each dot and icon has its own `<title>` (a tooltip in browsers). Text is escaped and
 * characters XML forbids are replaced by U+FFFD, so any label gives a well-formed document.
 *
 * Deterministic: the same input gives the same bytes (coordinates at 2 decimals, values formatted per
 * {@link ValueFormat} with half-away-from-zero rounding, no locale, no clock, no randomness).
 *
 * An `insufficient_data` result is drawn as a picture saying so (with `data-status="insufficient_data"` on
 * the root), so a report with one short series still renders.
 *
 * @param chart - A result of `xmrChart`, `pChart`, `uChart` or `runChart` (or a facet's result of
 *   `controlCharts`).
 * @param options - See {@link SpcChartSvgOptions}.
 * @returns The SVG document as a string (no XML declaration, so it can be inlined in HTML as it is).
 * @throws ArgumentError `invalid_argument` for something that is not such a result (or a damaged one:
 *   a non-finite value, a point outside its segment), an unknown option, a size out of range, a colour
 *   that is not a CSS colour, an invalid id; `mismatched_lengths` when `labels` is not one per point.
 * @see NHS England, Making Data Count (2019) and its SPC icons; NHSRplotthedots (`ptd_create_ggplot`).
 *
 * @example
 * ```ts
 * import { spcChartSvg } from 'civic-metrics/charts';
 * import { xmrChart } from 'civic-metrics/spc';
 * const chart = xmrChart([5, 6, 5, 7, 6, 5, 6, 5, 7, 6, 5, 6, 15], { improvement: 'increase' });
 * const svg = spcChartSvg(chart, { title: 'Permits issued per day' });
 * svg.startsWith('<svg');
 * // => true
 * svg.includes('data-special-cause="improvement"');
 * // => true
 * ```
 */
export function spcChartSvg(chart: SpcChartInput, options?: SpcChartSvgOptions): string {
  const fn = 'spcChartSvg';
  const frame = readSpcChart(fn, chart);
  const used = readOptions(fn, options, 'status' in frame ? null : frame.points.length);
  if ('status' in frame) return insufficientSvg(frame, used, 'cm-chart cm-spc-chart');
  return drawSpc(frame, used);
}

function drawSpc(frame: SpcFrame, used: Used): string {
  const { width, height, palette: pal, id } = used;
  const pts = frame.points;
  const n = pts.length;
  const labels = used.labels ?? pts.map((_, i) => String(i + 1));
  const target = used.target === undefined ? frame.target : used.target;
  const title = used.title ?? capitalise(frame.name);

  // Legend entries for what is present.
  const legendItems: LegendItem[] = [];
  const present = new Set(pts.filter((p) => p.specialCause !== null).map((p) => causeGroup(p.specialCause!)));
  for (const group of ['improvement', 'concern', 'neutral', 'common'] as const) {
    if (present.has(group))
      legendItems.push({
        kind: 'dot',
        color: pal[group],
        label: CAUSE_LEGEND[group],
        className: `cm-legend-${group}`,
      });
  }
  legendItems.push({
    kind: 'line',
    color: pal.mean,
    label: capitalise(frame.centreName),
    className: 'cm-legend-centre',
  });
  if (frame.hasLimits)
    legendItems.push({
      kind: 'dash',
      color: pal.limits,
      label: 'Process limits',
      className: 'cm-legend-limits',
    });
  if (target !== null)
    legendItems.push({ kind: 'line', color: pal.target, label: 'Target', className: 'cm-legend-target' });
  const rows = used.legend ? legendRows(legendItems, width - 24) : [];

  // Vertical layout.
  const iconSize = used.icons ? Math.min(40, Math.floor(height / 6)) : 0;
  const iconsWidth = used.icons ? (frame.assuranceIcon === null ? 1 : 2) * (iconSize + 8) : 0;
  const headingLines = used.heading ? wrapText(title, (width - 24 - iconsWidth) / 8.6, 2) : [];
  const header = Math.max(headingLines.length * 19 + 10, used.icons ? iconSize + 10 : 0, 6);
  const plotTop = header + 8;
  const legendHeight = rows.length === 0 ? 0 : rows.length * 18 + 6;
  const plotBottom = height - legendHeight - 26;

  // Value scale over values, centre lines, limits and target.
  const all: number[] = [];
  const values: number[] = [];
  for (const p of pts) {
    if (p.value !== null) values.push(p.value);
    all.push(p.centre);
    if (p.lcl !== null) all.push(p.lcl);
    if (p.ucl !== null) all.push(p.ucl);
  }
  if (target !== null) all.push(target);
  const [lo, hi] = used.yDomain ?? extent([...all, ...values]);
  const tickCount = Math.max(2, Math.round((plotBottom - plotTop) / 45));
  const y = linearScale(lo, hi, plotBottom, plotTop, tickCount, used.yDomain !== null, 6);
  const fmt = makeFormatter(used.format, y.step, values);
  const tickLabels = y.ticks.map((t) => fmt.axis(t));
  const maxChars = extent(labels.map((l) => l.length))[1];
  const left = 14 + extent(tickLabels.map((t) => t.length))[1] * CHAR_WIDTH * (11 / 12);
  const right = width - Math.max(16, (maxChars * CHAR_WIDTH * (11 / 12)) / 2 + 4);
  const { x, band } = bandCentres(n, left, right);

  const out: string[] = [];
  const description = used.description ?? describeChart(frame, labels, fmt, target);
  out.push(
    svgOpen(id, width, height, 'cm-chart cm-spc-chart', used.fontFamily, title, description, {
      'data-chart': frame.kind,
    }),
  );
  out.push(el('rect', { class: 'cm-background', x: 0, y: 0, width, height, fill: pal.background }));
  if (headingLines.length > 0) out.push(headingMarkup(headingLines, 12, pal.text));

  // Grid and value axis.
  out.push(yAxisMarkup(y, tickLabels, left, right, pal));

  // Period axis.
  const stride = niceStride(labelStride(band, maxChars, CHAR_WIDTH * (11 / 12)));
  let axis = el('path', {
    d: `M${coord(left)} ${coord(plotBottom)}H${coord(right)}`,
    stroke: pal.muted,
    'stroke-width': 1,
  });
  for (let i = n - 1; i >= 0; i -= stride) {
    axis += el('path', { d: `M${coord(x(i))} ${coord(plotBottom)}v4`, stroke: pal.muted, 'stroke-width': 1 });
    axis += el(
      'text',
      { x: x(i), y: plotBottom + 17, 'text-anchor': 'middle', fill: pal.muted },
      escapeXml(labels[i]!),
    );
  }
  out.push(el('g', { class: 'cm-axis cm-axis-x', 'font-size': 11 }, axis));

  // Rebase markers.
  let rebases = '';
  for (const s of frame.segments.slice(1)) {
    const xb = (x(s.start - 1) + x(s.start)) / 2;
    rebases += el(
      'path',
      {
        class: 'cm-rebase',
        'data-segment': String(s.index),
        d: `M${coord(xb)} ${coord(plotTop)}V${coord(plotBottom)}`,
        stroke: pal.muted,
        'stroke-width': 1,
        'stroke-dasharray': '2 3',
      },
      titleEl(`Limits recalculated from ${labels[s.start]}`),
    );
  }
  if (rebases !== '') out.push(el('g', { class: 'cm-rebases' }, rebases));

  // Data layer, clipped to the plot.
  const clip = `${id}-clip`;
  out.push(
    el(
      'clipPath',
      { id: clip },
      el('rect', { x: left, y: plotTop - 6, width: right - left, height: plotBottom - plotTop + 12 }),
    ),
  );
  let data = '';
  for (const s of frame.segments) {
    const seg = String(s.index);
    if (frame.hasLimits) {
      for (const [cls, pick] of [
        ['cm-ucl', (p: FramePoint) => p.ucl],
        ['cm-lcl', (p: FramePoint) => p.lcl],
      ] as const) {
        const first = pts[s.start]!;
        const d = s.constantLimits
          ? hLine(x(s.start), x(s.end), y(pick(first)!), band)
          : stepLine(pts, s.start, s.end, pick, x, y, band);
        if (d === '') continue;
        data += el('path', {
          class: `cm-limit ${cls}`,
          'data-segment': seg,
          d,
          fill: 'none',
          stroke: pal.limits,
          'stroke-width': 1.5,
          'stroke-dasharray': '6 4',
        });
      }
    }
    data += el('path', {
      class: 'cm-centre',
      'data-segment': seg,
      d: hLine(x(s.start), x(s.end), y(s.centre), band),
      fill: 'none',
      stroke: pal.mean,
      'stroke-width': 1.5,
    });
  }
  if (target !== null) {
    data += el('path', {
      class: 'cm-target',
      d: `M${coord(left)} ${coord(y(target))}H${coord(right)}`,
      fill: 'none',
      stroke: pal.target,
      'stroke-width': 1.5,
    });
  }
  let line = '';
  let open = false;
  for (const p of pts) {
    if (p.value === null) {
      open = false;
      continue;
    }
    line += `${open ? 'L' : 'M'}${coord(x(p.index))} ${coord(y(p.value))}`;
    open = true;
  }
  data += el('path', { class: 'cm-values', d: line, fill: 'none', stroke: pal.line, 'stroke-width': 1.5 });
  const r = Math.min(4.5, Math.max(2, band * 0.4));
  // The dots: the hot loop of long series, written directly.
  const rText = coord(r);
  const fills = {
    common: escapeXml(pal.common),
    improvement: escapeXml(pal.improvement),
    concern: escapeXml(pal.concern),
    neutral: escapeXml(pal.neutral),
  };
  const dots: string[] = [];
  for (const p of pts) {
    if (p.value === null) continue;
    const cause = p.specialCause!;
    const rule = p.rule !== null && p.rule in RULE_TEXT ? RULE_TEXT[p.rule as keyof typeof RULE_TEXT] : null;
    const tip = `${labels[p.index]}: ${fmt.value(p.value)}, ${CAUSE_TEXT[cause]}${rule === null ? '' : ` (${rule})`}`;
    dots.push(
      `<circle class="cm-point" data-index="${p.index}" data-special-cause="${cause}"${
        p.rule === null ? '' : ` data-rule="${escapeXml(p.rule)}"`
      } cx="${coord(x(p.index))}" cy="${coord(y(p.value))}" r="${rText}" fill="${fills[causeGroup(cause)]}"><title>${escapeXml(tip)}</title></circle>`,
    );
  }
  data += el(
    'g',
    { class: 'cm-points', stroke: pal.background, 'stroke-width': r > 2.5 ? 1 : 0.5 },
    dots.join(''),
  );
  out.push(el('g', { class: 'cm-data', 'clip-path': `url(#${clip})` }, data));

  // Target label, outside the clip.
  if (target !== null) {
    const ty = y(target);
    if (ty >= plotTop - 1 && ty <= plotBottom + 1) {
      const above = ty - 5 > plotTop + 4;
      out.push(
        el(
          'text',
          {
            class: 'cm-target-label',
            x: right - 2,
            y: above ? ty - 5 : ty + 14,
            'text-anchor': 'end',
            'font-size': 11,
            'font-weight': 700,
            fill: pal.target,
            stroke: pal.background,
            'stroke-width': 3,
            'paint-order': 'stroke',
          },
          escapeXml(`Target ${fmt.value(target)}`),
        ),
      );
    }
  }

  // Icons, top right.
  if (used.icons) {
    let icons = '';
    let ix = width - 12 - iconSize;
    const draw = { y: 6, size: iconSize, palette: pal, fontFamily: used.fontFamily };
    if (frame.assuranceIcon !== null) {
      icons += assuranceIconGroup(frame.assuranceIcon, { ...draw, x: ix });
      ix -= iconSize + 8;
    }
    icons = variationIconGroup(frame.variationIcon, { ...draw, x: ix }) + icons;
    out.push(el('g', { class: 'cm-icons' }, icons));
  }

  if (rows.length > 0) out.push(legendMarkup(rows, 12, height - legendHeight - 2, pal.text));
  out.push('</svg>');
  return out.join('');
}
