import { ArgumentError } from '../../errors/ArgumentError.js';
import { assertInteger, fail } from '../../internal/assert.js';
import { describe } from '../../internal/describe.js';
import type { ChartPalette } from '../ChartPalette.js';
import { mdcPalette } from '../mdcPalette.js';

/** The default font stack: the platform's UI font, then common sans-serif fonts. */
export const DEFAULT_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

const COLOR =
  /^(?:#[0-9a-fA-F]{3,4}|#[0-9a-fA-F]{6}|#[0-9a-fA-F]{8}|[a-zA-Z]{3,30}|(?:rgba?|hsla?)\([0-9.,%\s/a-z+-]{1,60}\))$/;
const FONT = /^[A-Za-z0-9 ,'"_-]{1,200}$/;
const ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** The options object (or `{}`), refusing anything that is not a plain object and unknown keys. */
export function readOptionsObject(
  fn: string,
  raw: unknown,
  known: readonly string[],
): Record<string, unknown> {
  if (raw === undefined) return {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    fail(fn, 'options', 'to be an object', raw);
  const options = raw as Record<string, unknown>;
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new ArgumentError(
        `${fn}: expected options to have only the keys ${known.join(', ')}, received '${key}'`,
        { path: `options.${key}`, value: options[key] },
      );
    }
  }
  return options;
}

/** A size in pixels: an integer in [min, max], or the default. */
export function readSize(
  fn: string,
  path: string,
  raw: unknown,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === undefined) return fallback;
  assertInteger(fn, path, raw, min, max);
  return raw;
}

/** An optional string of at most `max` characters (`null` when absent). */
export function readText(fn: string, path: string, raw: unknown, max = 500): string | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'string' || raw.length > max)
    fail(fn, path, `to be a string of at most ${max} characters`, raw);
  return raw;
}

/** A boolean, or the default. */
export function readFlag(fn: string, path: string, raw: unknown, fallback: boolean): boolean {
  if (raw === undefined) return fallback;
  if (typeof raw !== 'boolean') fail(fn, path, 'to be a boolean', raw);
  return raw;
}

/** An element id prefix: a letter, then letters, digits, `_` or `-` (at most 64). */
export function readId(fn: string, raw: unknown, fallback: string): string {
  if (raw === undefined) return fallback;
  if (typeof raw !== 'string' || !ID.test(raw))
    fail(fn, 'options.id', 'to be a letter followed by letters, digits, _ or - (at most 64 characters)', raw);
  return raw;
}

/** A font stack of letters, digits, spaces, commas, quotes, `_` and `-`. */
export function readFont(fn: string, raw: unknown): string {
  if (raw === undefined) return DEFAULT_FONT;
  if (typeof raw !== 'string' || !FONT.test(raw))
    fail(fn, 'options.fontFamily', 'to be a font stack of letters, digits, spaces, commas and quotes', raw);
  return raw;
}

/** Whether a string is a colour the charts accept. */
export function isColor(value: unknown): value is string {
  return typeof value === 'string' && COLOR.test(value);
}

/** The palette: {@link mdcPalette} with the given overrides, each a checked CSS colour. */
export function readPalette(fn: string, raw: unknown): ChartPalette {
  if (raw === undefined) return mdcPalette;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    fail(fn, 'options.colors', 'to be an object', raw);
  const overrides = raw as Record<string, unknown>;
  const keys = Object.keys(mdcPalette);
  const out: Record<string, string> = { ...mdcPalette };
  for (const [key, value] of Object.entries(overrides)) {
    if (!keys.includes(key)) {
      throw new ArgumentError(
        `${fn}: expected options.colors to have only the keys ${keys.join(', ')}, received '${key}'`,
        { path: `options.colors.${key}`, value },
      );
    }
    if (value === undefined) continue;
    if (!isColor(value)) {
      throw new ArgumentError(
        `${fn}: expected options.colors.${key} to be a CSS colour (#rgb, #rrggbb, a name, rgb() or hsl()), received ${describe(value)}`,
        { path: `options.colors.${key}`, value },
      );
    }
    out[key] = value;
  }
  return out as unknown as ChartPalette;
}

/** Period labels: an array of strings, one per point. */
export function readLabels(fn: string, raw: unknown, n: number): string[] | null {
  if (raw === undefined || raw === null) return null;
  if (!Array.isArray(raw)) fail(fn, 'options.labels', 'to be an array of strings', raw);
  if (raw.length !== n) {
    throw new ArgumentError(
      `${fn}: expected options.labels to have one label per point (${n}), received length ${raw.length}`,
      { path: 'options.labels', value: raw },
      'mismatched_lengths',
    );
  }
  return raw.map((label, i) => {
    if (typeof label !== 'string' || label.length > 100)
      fail(fn, `options.labels[${i}]`, 'to be a string of at most 100 characters', label);
    return label;
  });
}

/** An optional finite number (`null` when absent). */
export function readNumber(fn: string, path: string, raw: unknown): number | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'number' || !Number.isFinite(raw)) fail(fn, path, 'to be a finite number or null', raw);
  return raw;
}

/** An optional value domain `[min, max]` with min < max. */
export function readDomain(fn: string, raw: unknown): [number, number] | null {
  if (raw === undefined || raw === null) return null;
  if (
    !Array.isArray(raw) ||
    raw.length !== 2 ||
    typeof raw[0] !== 'number' ||
    typeof raw[1] !== 'number' ||
    !Number.isFinite(raw[0]) ||
    !Number.isFinite(raw[1]) ||
    !(raw[0] < raw[1])
  ) {
    fail(fn, 'options.yDomain', 'to be [min, max] with finite min < max', raw);
  }
  return [raw[0], raw[1]];
}

/** Status colours: {@link defaultStatusColors} with the given overrides, each a checked CSS colour. */
export function readStatusColors(
  fn: string,
  raw: unknown,
  defaults: Readonly<Record<string, string>>,
): Record<string, string> {
  if (raw === undefined) return { ...defaults };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    fail(fn, 'options.statusColors', 'to be an object of status → colour', raw);
  const out: Record<string, string> = { ...defaults };
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!isColor(value)) {
      throw new ArgumentError(
        `${fn}: expected options.statusColors.${key} to be a CSS colour (#rgb, #rrggbb, a name, rgb() or hsl()), received ${describe(value)}`,
        { path: `options.statusColors.${key}`, value },
      );
    }
    out[key] = value;
  }
  return out;
}

/** Black or white, whichever reads better on a `#rrggbb` / `#rgb` background (other colours: black). */
export function textOn(background: string): string {
  const hex = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.exec(background)?.[1];
  if (hex === undefined) return '#000000';
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with white (1.05 / (L + 0.05)) against contrast with black ((L + 0.05) / 0.05).
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? '#ffffff' : '#000000';
}
