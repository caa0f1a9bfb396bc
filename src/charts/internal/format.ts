import Decimal from 'decimal.js';
import { ArgumentError } from '../../errors/ArgumentError.js';
import { assertInteger, fail } from '../../internal/assert.js';
import type { ValueFormat } from '../ValueFormat.js';

let ctor: Decimal.Constructor | undefined;

/** A private decimal.js clone (created on first use) so the application's own configuration is untouched. */
function D(): Decimal.Constructor {
  ctor ??= Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -60, toExpPos: 60 });
  return ctor;
}

/** A validated {@link ValueFormat}, defaults filled in (`decimals` stays `null` when automatic). */
export interface FormatUsed {
  decimals: number | null;
  percent: boolean;
  prefix: string;
  suffix: string;
  grouping: boolean;
}

const FORMAT_KEYS = ['decimals', 'percent', 'prefix', 'suffix', 'grouping'];

/** Validates a {@link ValueFormat}. */
export function readFormat(fn: string, path: string, raw: unknown): FormatUsed {
  if (raw === undefined) return { decimals: null, percent: false, prefix: '', suffix: '', grouping: true };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail(fn, path, 'to be an object', raw);
  const format = raw as Record<string, unknown>;
  for (const key of Object.keys(format)) {
    if (!FORMAT_KEYS.includes(key)) {
      throw new ArgumentError(
        `${fn}: expected ${path} to have only the keys ${FORMAT_KEYS.join(', ')}, received '${key}'`,
        { path: `${path}.${key}`, value: format[key] },
      );
    }
  }
  const { decimals, percent, prefix, suffix, grouping } = format;
  if (decimals !== undefined) assertInteger(fn, `${path}.decimals`, decimals, 0, 12);
  for (const [key, value] of [
    ['percent', percent],
    ['grouping', grouping],
  ] as const) {
    if (value !== undefined && typeof value !== 'boolean')
      fail(fn, `${path}.${key}`, 'to be a boolean', value);
  }
  for (const [key, value] of [
    ['prefix', prefix],
    ['suffix', suffix],
  ] as const) {
    if (value !== undefined && (typeof value !== 'string' || value.length > 40))
      fail(fn, `${path}.${key}`, 'to be a string of at most 40 characters', value);
  }
  return {
    decimals: (decimals as number | undefined) ?? null,
    percent: (percent as boolean | undefined) ?? false,
    prefix: (prefix as string | undefined) ?? '',
    suffix: (suffix as string | undefined) ?? '',
    grouping: (grouping as boolean | undefined) ?? true,
  };
}

/** The value in display units (times 100 for percentages) as an exact decimal. */
function displayDecimal(value: number, percent: boolean): Decimal {
  const d = new (D())(value);
  return percent ? d.times(100) : d;
}

/** Digits grouped by threes with commas. */
function group(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * The shortest decimal form of |value| in display units as [integer digits, fraction digits], or `null`
 * when JavaScript writes it with an exponent (then decimal.js does the work).
 */
function plainDigits(value: number, percent: boolean): [string, string] | null {
  const text = String(Math.abs(value));
  if (text.includes('e')) return null;
  let [integer = '0', fraction = ''] = text.split('.');
  if (percent) {
    const padded = fraction.padEnd(2, '0');
    integer = `${integer}${padded.slice(0, 2)}`.replace(/^0+(?=\d)/, '');
    fraction = padded.slice(2);
  }
  return [integer, fraction];
}

/** Adds one unit in the last place to a string of digits. */
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] === '9') out[i] = '0';
    else {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
  }
  return `1${out.join('')}`;
}

/** Fixed-point text at `decimals`, half away from zero, never `-0`, optionally grouped. */
export function fixedText(value: number, decimals: number, grouping: boolean, percent = false): string {
  const parts = plainDigits(value, percent);
  let integer: string;
  let fraction: string;
  if (parts === null) {
    const rounded = displayDecimal(Math.abs(value), percent).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
    [integer = '0', fraction = ''] = rounded.toFixed(decimals).split('.');
  } else {
    const [int, frac] = parts;
    if (frac.length <= decimals) {
      integer = int;
      fraction = frac.padEnd(decimals, '0');
    } else {
      let digits = `${int}${frac.slice(0, decimals)}`;
      if (frac.charCodeAt(decimals) >= 53) digits = increment(digits);
      integer = digits.slice(0, digits.length - decimals) || '0';
      fraction = digits.slice(digits.length - decimals);
    }
  }
  const zero = /^0*$/.test(integer) && /^0*$/.test(fraction);
  const sign = value < 0 && !zero ? '-' : '';
  return `${sign}${grouping ? group(integer) : integer}${decimals > 0 ? `.${fraction}` : ''}`;
}

/** Decimal places of a value's exact decimal form in display units (0.953 as a percentage → 1). */
export function exactDecimals(value: number, percent: boolean): number {
  const parts = plainDigits(value, percent);
  if (parts !== null) return parts[1].length;
  return Math.max(0, displayDecimal(value, percent).decimalPlaces());
}

/** Formats values for one chart: axis labels at the tick step's decimals, values at `valueDecimals`. */
export interface Formatter {
  readonly axisDecimals: number;
  readonly valueDecimals: number;
  /** A tick label. */
  axis(value: number): string;
  /** A value as shown to people. */
  value(value: number): string;
}

/**
 * A formatter for a chart whose axis step is `step` (in data units) and whose values are `values`.
 * Axis decimals: those of the step in display units; value decimals: `format.decimals`, else the fewest
 * that show every value exactly, capped at axis decimals + 1. `axisFormat` gives the axis labels their own
 * prefix and suffix (default: those of `format`).
 */
export function makeFormatter(
  format: FormatUsed,
  step: number,
  values: readonly number[],
  axisFormat: FormatUsed = format,
): Formatter {
  const axisDecimals = Math.min(12, exactDecimals(step, format.percent));
  let valueDecimals = format.decimals;
  if (valueDecimals === null) {
    let needed = 0;
    for (const v of values) needed = Math.max(needed, exactDecimals(v, format.percent));
    valueDecimals = Math.min(needed, axisDecimals + 1);
  }
  const wrap = (f: FormatUsed, text: string) => `${f.prefix}${text}${f.percent ? '%' : ''}${f.suffix}`;
  const vd = valueDecimals;
  return {
    axisDecimals,
    valueDecimals: vd,
    axis: (v) => wrap(axisFormat, fixedText(v, axisDecimals, format.grouping, format.percent)),
    value: (v) => wrap(format, fixedText(v, vd, format.grouping, format.percent)),
  };
}
