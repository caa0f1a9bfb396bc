import { assertOneOf } from '../internal/assert.js';
import type { AssuranceIcon } from '../spc/types.js';
import { ASSURANCE_TEXT, assuranceIconGroup } from './internal/icons.js';
import { readFont, readOptionsObject, readPalette, readSize } from './internal/options.js';
import { type IconSvgOptions, iconDocument } from './variationIconSvg.js';

const ICONS: readonly AssuranceIcon[] = ['pass', 'fail', 'hit_or_miss'];

/**
 * The Making Data Count assurance icon as a standalone SVG (our own drawing): a blue ring with P when the
 * process will consistently meet its target, an orange ring with F when it will consistently miss it, a
 * grey ring with a line weaving across a dashed target line when it will hit or miss at random.
 *
 * @param icon - An assurance icon, e.g. `chart.assuranceIcon` of an `xmrChart` result with a target.
 * @param options - See {@link IconSvgOptions}.
 * @returns The SVG document as a string, with `role="img"`, an `aria-label` and a `<title>`.
 * @throws ArgumentError `invalid_argument` for an unknown icon or a bad option.
 * @see NHS England, Making Data Count (2019), "SPC icons"; NHSRplotthedots `geom_ptd_icon`.
 *
 * @example
 * ```ts
 * import { assuranceIconSvg } from 'civic-metrics/charts';
 * assuranceIconSvg('fail').includes('data-icon="fail"');
 * // => true
 * ```
 */
export function assuranceIconSvg(icon: AssuranceIcon, options?: IconSvgOptions): string {
  const fn = 'assuranceIconSvg';
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
  return iconDocument(size, ASSURANCE_TEXT[icon], assuranceIconGroup(icon, draw));
}
