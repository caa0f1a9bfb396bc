import { fail } from '../../../internal/assert.js';

/** Desired direction of an indicator: +1 when higher is better, −1 when lower is better. */
export type Sign = 1 | -1;

/** Reads an options object (undefined allowed when `optional`), throwing `invalid_argument` otherwise. */
export function readOptionsObject(fn: string, value: unknown, optional = false): Record<string, unknown> {
  if (value === undefined && optional) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail(fn, 'options', 'to be an object', value);
  }
  return value as Record<string, unknown>;
}

/** Reads `polarity: 'increase' | 'decrease'` as a sign. */
export function readPolarity(fn: string, path: string, value: unknown): Sign {
  if (value === 'increase') return 1;
  if (value === 'decrease') return -1;
  return fail(fn, path, "to be 'increase' or 'decrease'", value);
}

/** Reads a required finite number. */
export function readFinite(fn: string, path: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(fn, path, 'to be a finite number', value);
  return value;
}

/** Reads an optional finite number (undefined → the default). */
export function readOptionalFinite(fn: string, path: string, value: unknown, fallback: number): number {
  return value === undefined ? fallback : readFinite(fn, path, value);
}

/** Reads an optional nullable finite number: undefined and null → null. */
export function readNullableFinite(fn: string, path: string, value: unknown): number | null {
  if (value === undefined || value === null) return null;
  return readFinite(fn, path, value);
}

/** Reads an integer year (default when undefined). */
export function readYearOption(fn: string, path: string, value: unknown, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value)) fail(fn, path, 'to be an integer year', value);
  return value;
}

/** Reads a value that is a finite number, or null / undefined / NaN meaning missing. */
export function readMaybeValue(fn: string, path: string, value: unknown): number | null {
  if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value)))
    return null;
  if (typeof value !== 'number' || !Number.isFinite(value))
    fail(fn, path, 'to be a finite number, null or NaN', value);
  return value;
}

/** Compound annual growth rate `(v1 / v0)^(1 / (t1 − t0)) − 1`; callers guarantee v1/v0 ≥ 0 and t1 > t0. */
export function cagr(v1: number, v0: number, t1: number, t0: number): number {
  return (v1 / v0) ** (1 / (t1 - t0)) - 1;
}

/** Reads an optional boolean (undefined → the default). */
export function readBoolean(fn: string, path: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') fail(fn, path, 'to be a boolean', value);
  return value;
}
