import { ArgumentError } from '../../errors/ArgumentError.js';
import { fail } from '../../internal/assert.js';
import { describe } from '../../internal/describe.js';

function readArray(fn: string, path: string, value: unknown): ArrayLike<unknown> {
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) fail(fn, path, 'to be an array', value);
  return value as ArrayLike<unknown>;
}

function elementError(fn: string, path: string, i: number, expected: string, v: unknown): never {
  throw new ArgumentError(`${fn}: expected ${path}[${i}] to be ${expected}, received ${describe(v)}`, {
    path: `${path}[${i}]`,
    value: v,
  });
}

/** Reads an array of signs (-1, 0, +1). */
export function readSigns(fn: string, path: string, value: unknown): Int8Array {
  const input = readArray(fn, path, value);
  const out = new Int8Array(input.length);
  for (let i = 0; i < input.length; i++) {
    const v = input[i];
    if (v !== -1 && v !== 0 && v !== 1) elementError(fn, path, i, '-1, 0 or 1', v);
    out[i] = v;
  }
  return out;
}

/** Reads an array of flags (0/1 or false/true). */
export function readFlags(fn: string, path: string, value: unknown): Uint8Array {
  const input = readArray(fn, path, value);
  const out = new Uint8Array(input.length);
  for (let i = 0; i < input.length; i++) {
    const v = input[i];
    if (v === 1 || v === true) out[i] = 1;
    else if (v !== 0 && v !== false) elementError(fn, path, i, '0, 1, false or true', v);
  }
  return out;
}

/** Reads an array of finite numbers (no missing values). */
export function readFinite(fn: string, path: string, value: unknown): Float64Array {
  const input = readArray(fn, path, value);
  const out = new Float64Array(input.length);
  for (let i = 0; i < input.length; i++) {
    const v = input[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) elementError(fn, path, i, 'a finite number', v);
    out[i] = v;
  }
  return out;
}

/** Reads `{ length }` options of the pattern helpers: an integer >= 2, default 7. */
export function readPatternLength(fn: string, options: unknown): number {
  if (options === undefined) return 7;
  if (options === null || typeof options !== 'object') fail(fn, 'options', 'to be an object', options);
  const length = (options as { length?: unknown }).length;
  if (length === undefined) return 7;
  if (typeof length !== 'number' || !Number.isInteger(length) || length < 2) {
    fail(fn, 'options.length', 'to be an integer >= 2', length);
  }
  return length;
}
