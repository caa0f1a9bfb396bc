import { assertOneOf } from '../internal/assert.js';
import type { VariationIcon } from '../spc/types.js';
import type { ChartPalette } from './ChartPalette.js';
import { VARIATION_TEXT, variationIconGroup } from './internal/icons.js';
import { readFont, readOptionsObject, readPalette, readSize } from './internal/options.js';
import { attrs } from './internal/svg.js';

/**
 * Options of {@link variationIconSvg} and {@link assuranceIconSvg}.
 *
 * @example
 * ```ts
 * import type { IconSvgOptions } from 'civic-metrics/charts';
 * const options: IconSvgOptions = { size: 32 };
 * ```
 */
export interface IconSvgOptions {
  /** Width and height in pixels (integer 12–512, default 48). */
  readonly size?: number | undefined;
  /** Colours replacing those of {@link mdcPalette}. */
  readonly colors?: Partial<ChartPalette> | undefined;
  /** CSS font stack of the letters. */
  readonly fontFamily?: string | undefined;
}

const ICONS: readonly VariationIcon[] = [
  'common_cause',
  'improvement_high',
  'improvement_low',
  'concern_high',
  'concern_low',
  'neutral_high',
  'neutral_low',
];

/** The standalone `<svg>` around an icon group. */
export function iconDocument(size: number, label: string, group: string): string {
  return `<svg${attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    width: String(size),
    height: String(size),
    viewBox: `0 0 ${size} ${size}`,
    role: 'img',
    'aria-label': label,
    class: 'cm-icon-svg',
  })}>${group}</svg>`;
}

/**
 * The Making Data Count variation icon as a standalone SVG (our own drawing): a ring in the colour of the
 * signal around seven dots; for a special cause the last three, in the signal's colour, climb (high) or
 * fall (low), with an H or L. Grey for common cause, blue for improvement, orange for concern, purple when
 * neither direction is better. For tables of indicators and dashboards; {@link spcChartSvg} draws the same
 * icon in its corner.
 *
 * @param icon - A variation icon, e.g. `chart.variationIcon` of an `xmrChart` result.
 * @param options - See {@link IconSvgOptions}.
 * @returns The SVG document as a string, with `role="img"`, an `aria-label` and a `<title>` saying what
 *   the icon means.
 * @throws ArgumentError `invalid_argument` for an unknown icon or a bad option.
 * @see NHS England, Making Data Count (2019), "SPC icons"; NHSRplotthedots `geom_ptd_icon`.
 *
 * @example
 * ```ts
 * import { variationIconSvg } from 'civic-metrics/charts';
 * const svg = variationIconSvg('concern_low', { size: 32 });
 * svg.includes('aria-label="Special cause variation: concern (lower values)"');
 * // => true
 * ```
 */
export function variationIconSvg(icon: VariationIcon, options?: IconSvgOptions): string {
  const fn = 'variationIconSvg';
  assertOneOf(fn, 'icon', icon, ICONS);
  const o = readOptionsObject(fn, options, ['size', 'colors', 'fontFamily']);
  const size = readSize(fn, 'options.size', o.size, 48, 12, 512);
  const draw = {
    x: 0,
    y: 0,
    size,
    palette: readPalette(fn, o.colors),
    fontFamily: readFont(fn, o.fontFamily),
  };
  return iconDocument(size, VARIATION_TEXT[icon], variationIconGroup(icon, draw));
}
