import { ArgumentError } from '../../errors/ArgumentError.js';
import { describe } from '../../internal/describe.js';
import { type Decimal, dec } from './decimal.js';

/** A figure as scoring accepts it: a finite number, or a decimal string such as `"1234.56"` for exact figures. */
export type NumericInput = number | string;

const DECIMAL_STRING = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** Whether a value counts as missing: `null`, `undefined` or `NaN`. */
export function isMissing(value: unknown): value is null | undefined {
  return value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value));
}

/**
 * Reads a figure that may be missing: `null`, `undefined` and `NaN` give `null`; a finite number or a decimal
 * string gives its exact decimal; anything else (±Infinity, other strings, objects) throws `invalid_argument`.
 */
export function readOptionalNumeric(fn: string, path: string, value: unknown): Decimal | null {
  if (isMissing(value)) return null;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return dec(value);
  } else if (typeof value === 'string' && DECIMAL_STRING.test(value.trim())) {
    const parsed = dec(value.trim());
    if (parsed.isFinite()) return parsed;
  }
  throw new ArgumentError(
    `${fn}: expected ${path} to be a finite number or a decimal string, received ${describe(value)}`,
    { path, value },
  );
}

/** Reads a required figure (missing values throw `invalid_argument`). */
export function readNumeric(fn: string, path: string, value: unknown): Decimal {
  const out = readOptionalNumeric(fn, path, value);
  if (out === null) {
    throw new ArgumentError(
      `${fn}: expected ${path} to be a finite number or a decimal string, received ${describe(value)}`,
      { path, value },
    );
  }
  return out;
}

/** Reads an optional count of decimal places (0–12). */
export function readDecimals(fn: string, path: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 12) {
    throw new ArgumentError(
      `${fn}: expected ${path} to be an integer from 0 to 12, received ${describe(value)}`,
      {
        path,
        value,
      },
    );
  }
  return value;
}
