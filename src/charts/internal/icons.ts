import type { AssuranceIcon, VariationIcon } from '../../spc/types.js';
import type { ChartPalette } from '../ChartPalette.js';
import { coord, el, escapeXml, titleEl } from './svg.js';

/**
 * Our own drawings of the Making Data Count icons, in a 100 x 100 box scaled to the wanted size.
 *
 * Variation: a ring in the colour of the signal (grey common cause, blue improvement, orange concern,
 * purple neutral) around seven dots; for a special cause the last three dots, in the signal's colour,
 * climb (high) or fall (low), and an H or L names the direction. Assurance: a ring in blue (pass), orange
 * (fail) or grey (hit or miss) with the letter P or F; hit or miss shows a line weaving across a dashed
 * target line.
 */

/** What each variation icon says, for `<title>` and `aria-label`. */
export const VARIATION_TEXT: Record<VariationIcon, string> = {
  common_cause: 'Common cause variation: no significant change',
  improvement_high: 'Special cause variation: improvement (higher values)',
  improvement_low: 'Special cause variation: improvement (lower values)',
  concern_high: 'Special cause variation: concern (higher values)',
  concern_low: 'Special cause variation: concern (lower values)',
  neutral_high: 'Special cause variation: neither improvement nor concern (higher values)',
  neutral_low: 'Special cause variation: neither improvement nor concern (lower values)',
};

/** What each assurance icon says. */
export const ASSURANCE_TEXT: Record<AssuranceIcon, string> = {
  pass: 'Assurance: the target will consistently be met (it lies beyond the process limits on the bad side)',
  fail: 'Assurance: the target will consistently be missed (it lies beyond the process limits on the good side)',
  hit_or_miss: 'Assurance: the target will be met or missed at random (it lies within the process limits)',
};

/** The colour of a variation icon. */
export function variationColor(icon: VariationIcon, palette: ChartPalette): string {
  if (icon === 'common_cause') return palette.common;
  if (icon.startsWith('improvement')) return palette.improvement;
  if (icon.startsWith('concern')) return palette.concern;
  return palette.neutral;
}

/** The colour of an assurance icon. */
export function assuranceColor(icon: AssuranceIcon, palette: ChartPalette): string {
  return icon === 'pass' ? palette.improvement : icon === 'fail' ? palette.concern : palette.common;
}

const DOT_X = [20, 30, 40, 50, 60, 70, 80];
const COMMON_Y = [52, 44, 56, 47, 55, 43, 50];
const HIGH_Y = [66, 61, 67, 62, 54, 46, 38];
const LOW_Y = [34, 39, 33, 38, 46, 54, 62];

function ring(color: string, background: string): string {
  return el('circle', { cx: 50, cy: 50, r: 45, fill: background, stroke: color, 'stroke-width': 6 });
}

function letter(text: string, y: number, color: string, fontFamily: string, size = 26): string {
  return el(
    'text',
    {
      x: 50,
      y,
      'text-anchor': 'middle',
      'font-family': fontFamily,
      'font-size': size,
      'font-weight': 700,
      fill: color,
    },
    escapeXml(text),
  );
}

/** The inner drawing of a variation icon (100 x 100 box). */
function variationBody(icon: VariationIcon, palette: ChartPalette, fontFamily: string): string {
  const color = variationColor(icon, palette);
  let out = ring(color, palette.background);
  if (icon === 'common_cause') {
    out += el('path', {
      d: `M${DOT_X.map((x, i) => `${x} ${COMMON_Y[i]}`).join(' L')}`,
      fill: 'none',
      stroke: palette.common,
      'stroke-width': 2,
    });
    for (let i = 0; i < 7; i++)
      out += el('circle', { cx: DOT_X[i]!, cy: COMMON_Y[i]!, r: 5, fill: palette.common });
    return out;
  }
  const high = icon.endsWith('_high');
  const ys = high ? HIGH_Y : LOW_Y;
  out += el('path', {
    d: `M${DOT_X.map((x, i) => `${x} ${ys[i]}`).join(' L')}`,
    fill: 'none',
    stroke: palette.common,
    'stroke-width': 2,
  });
  for (let i = 0; i < 7; i++) {
    out += el('circle', { cx: DOT_X[i]!, cy: ys[i]!, r: 5, fill: i < 4 ? palette.common : color });
  }
  out += high ? letter('H', 36, color, fontFamily) : letter('L', 84, color, fontFamily);
  return out;
}

/** The inner drawing of an assurance icon (100 x 100 box). */
function assuranceBody(icon: AssuranceIcon, palette: ChartPalette, fontFamily: string): string {
  const color = assuranceColor(icon, palette);
  let out = ring(color, palette.background);
  if (icon === 'hit_or_miss') {
    out += el('path', {
      d: 'M16 50 H84',
      stroke: palette.target,
      'stroke-width': 3,
      'stroke-dasharray': '6 4',
      fill: 'none',
    });
    out += el('path', {
      d: 'M18 50 C26 18 36 18 42 50 S58 82 66 50 S78 26 82 40',
      stroke: palette.common,
      'stroke-width': 5,
      fill: 'none',
      'stroke-linecap': 'round',
    });
    return out;
  }
  out += letter(icon === 'pass' ? 'P' : 'F', 66, color, fontFamily, 46);
  return out;
}

/** Options of the icon builders. */
export interface IconDraw {
  x: number;
  y: number;
  size: number;
  palette: ChartPalette;
  fontFamily: string;
}

function group(kind: string, icon: string, text: string, body: string, draw: IconDraw): string {
  const scale = draw.size / 100;
  return el(
    'g',
    {
      class: `cm-icon cm-${kind}-icon`,
      'data-icon': icon,
      role: 'img',
      'aria-label': text,
      transform: `translate(${coord(draw.x)} ${coord(draw.y)}) scale(${Number(scale.toPrecision(6))})`,
    },
    titleEl(text) + body,
  );
}

/** A variation icon as a `<g>` at (x, y), `size` pixels wide. */
export function variationIconGroup(icon: VariationIcon, draw: IconDraw): string {
  return group(
    'variation',
    icon,
    VARIATION_TEXT[icon],
    variationBody(icon, draw.palette, draw.fontFamily),
    draw,
  );
}

/** An assurance icon as a `<g>` at (x, y), `size` pixels wide. */
export function assuranceIconGroup(icon: AssuranceIcon, draw: IconDraw): string {
  return group(
    'assurance',
    icon,
    ASSURANCE_TEXT[icon],
    assuranceBody(icon, draw.palette, draw.fontFamily),
    draw,
  );
}
