import type { ChartPalette } from '../ChartPalette.js';
import { CHAR_WIDTH } from './layout.js';
import type { LinearScale } from './scale.js';
import { labelStride, niceStride } from './scale.js';
import { coord, el, escapeXml } from './svg.js';

/** Horizontal grid lines and value labels at the ticks of `y`. */
export function yAxisMarkup(
  y: LinearScale,
  tickLabels: readonly string[],
  left: number,
  right: number,
  pal: ChartPalette,
): string {
  let grid = '';
  y.ticks.forEach((t, k) => {
    const ty = y(t);
    grid += el('path', {
      d: `M${coord(left)} ${coord(ty)}H${coord(right)}`,
      stroke: pal.grid,
      'stroke-width': 1,
    });
    grid += el(
      'text',
      { x: left - 6, y: ty + 4, 'text-anchor': 'end', fill: pal.muted },
      escapeXml(tickLabels[k]!),
    );
  });
  return el('g', { class: 'cm-axis cm-axis-y', 'font-size': 11 }, grid);
}

/** The period axis: a base line and every k-th label counted back from `lastLabelled`. */
export function xAxisMarkup(
  labels: readonly string[],
  x: (i: number) => number,
  band: number,
  left: number,
  right: number,
  bottom: number,
  pal: ChartPalette,
  lastLabelled = labels.length - 1,
): string {
  const maxChars = labels.reduce((m, l) => Math.max(m, l.length), 0);
  const stride = niceStride(labelStride(band, maxChars, CHAR_WIDTH * (11 / 12)));
  let axis = el('path', {
    d: `M${coord(left)} ${coord(bottom)}H${coord(right)}`,
    stroke: pal.muted,
    'stroke-width': 1,
  });
  const marks: number[] = [];
  for (let i = lastLabelled; i >= 0; i -= stride) marks.push(i);
  for (let i = lastLabelled + stride; i < labels.length; i += stride) marks.push(i);
  for (const i of marks.sort((a, b) => b - a)) {
    axis += el('path', { d: `M${coord(x(i))} ${coord(bottom)}v4`, stroke: pal.muted, 'stroke-width': 1 });
    axis += el(
      'text',
      { x: x(i), y: bottom + 17, 'text-anchor': 'middle', fill: pal.muted },
      escapeXml(labels[i]!),
    );
  }
  return el('g', { class: 'cm-axis cm-axis-x', 'font-size': 11 }, axis);
}

/** A polyline through points, broken where a value is missing. */
export function brokenLine(points: ReadonlyArray<{ x: number; y: number | null }>): string {
  let d = '';
  let open = false;
  for (const p of points) {
    if (p.y === null) {
      open = false;
      continue;
    }
    d += `${open ? 'L' : 'M'}${coord(p.x)} ${coord(p.y)}`;
    open = true;
  }
  return d;
}

/** A closed band between an upper and a lower line over the same x positions. */
export function band(points: ReadonlyArray<{ x: number; lo: number; hi: number }>): string {
  if (points.length === 0) return '';
  const top = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${coord(p.x)} ${coord(p.hi)}`).join('');
  const bottom = [...points]
    .reverse()
    .map((p) => `L${coord(p.x)} ${coord(p.lo)}`)
    .join('');
  return `${top}${bottom}Z`;
}
