import { coord, el, escapeXml } from './svg.js';

/** Average advance of a character of the 12 px UI font, in pixels (for layout estimates only). */
export const CHAR_WIDTH = 7.2;

/** One legend entry: a swatch (a dot, a line or a band) and its name. */
export interface LegendItem {
  kind: 'dot' | 'diamond' | 'line' | 'dash' | 'band';
  color: string;
  label: string;
  className: string;
}

/** Rows of legend items that fit `width`. */
export function legendRows(items: readonly LegendItem[], width: number): LegendItem[][] {
  const rows: LegendItem[][] = [];
  let row: LegendItem[] = [];
  let used = 0;
  for (const item of items) {
    const w = itemWidth(item);
    if (row.length > 0 && used + w > width) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push(item);
    used += w;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function itemWidth(item: LegendItem): number {
  return 26 + item.label.length * CHAR_WIDTH + 16;
}

/** The legend, rows of 18 px from (x, y). */
export function legendMarkup(rows: readonly LegendItem[][], x: number, y: number, textColor: string): string {
  let out = '';
  rows.forEach((row, r) => {
    let cx = x;
    const cy = y + r * 18 + 9;
    for (const item of row) {
      let swatch: string;
      if (item.kind === 'dot') swatch = el('circle', { cx: cx + 9, cy, r: 4.5, fill: item.color });
      else if (item.kind === 'diamond')
        swatch = el('path', {
          d: `M${coord(cx + 9)} ${coord(cy - 5.5)}l5.5 5.5l-5.5 5.5l-5.5 -5.5Z`,
          fill: item.color,
        });
      else if (item.kind === 'band')
        swatch = el('rect', {
          x: cx,
          y: cy - 5,
          width: 18,
          height: 10,
          fill: item.color,
          'fill-opacity': 0.25,
        });
      else
        swatch = el('path', {
          d: `M${coord(cx)} ${coord(cy)} h18`,
          stroke: item.color,
          'stroke-width': 2,
          'stroke-dasharray': item.kind === 'dash' ? '5 3' : undefined,
        });
      out += el(
        'g',
        { class: `cm-legend-item ${item.className}` },
        swatch + el('text', { x: cx + 24, y: cy + 4, fill: textColor }, escapeXml(item.label)),
      );
      cx += itemWidth(item);
    }
  });
  return el('g', { class: 'cm-legend', 'font-size': 12 }, out);
}

/**
 * Splits text into at most `maxLines` lines of about `maxChars` characters at spaces; the last line ends
 * with an ellipsis when the text does not fit. A word longer than a line is cut.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const limit = Math.max(4, Math.floor(maxChars));
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (candidate.length <= limit) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word.length > limit ? `${word.slice(0, limit - 1)}…` : word;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length >= limit ? last.slice(0, limit - 1) : last}…`;
  return kept;
}

/** The smallest and largest of some numbers (without spreading them onto the stack). */
export function extent(values: Iterable<number>): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/** A heading of one or more lines (15 px bold) from (x, 22). */
export function headingMarkup(lines: readonly string[], x: number, color: string): string {
  const spans = lines
    .map((line, i) => el('tspan', { x, dy: i === 0 ? undefined : 19 }, escapeXml(line)))
    .join('');
  return el(
    'text',
    { class: 'cm-heading', x, y: 22, 'font-size': 15, 'font-weight': 700, fill: color },
    spans,
  );
}
