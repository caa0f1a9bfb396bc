import { ArgumentError } from '../errors/ArgumentError.js';
import { describe } from './describe.js';

/**
 * A numeric series as the trend and SPC functions accept it: an array (or typed array) of numbers in time
 * order, where `null`, `undefined` and `NaN` mark missing values.
 *
 * @example
 * ```ts
 * import type { SeriesInput } from 'civic-metrics';
 * const monthly: SeriesInput = [12, 15, null, 14, Number.NaN, 18];
 * ```
 */
export type SeriesInput = ArrayLike<number | null | undefined>;

/**
 * Reads a series into a `Float64Array`, missing values (`null`, `undefined`, `NaN`) as `NaN`. Throws an
 * `invalid_argument` error naming the index for anything else (strings, ±Infinity). Never mutates the input.
 */
export function readSeries(fn: string, path: string, values: unknown): Float64Array {
  if (!Array.isArray(values) && !ArrayBuffer.isView(values)) {
    throw new ArgumentError(
      `${fn}: expected ${path} to be an array of numbers, received ${describe(values)}`,
      {
        path,
        value: values,
      },
    );
  }
  const input = values as ArrayLike<unknown>;
  const out = new Float64Array(input.length);
  for (let i = 0; i < input.length; i++) {
    const v = input[i];
    if (v === null || v === undefined) out[i] = Number.NaN;
    else if (typeof v === 'number' && (Number.isFinite(v) || Number.isNaN(v))) out[i] = v;
    else {
      throw new ArgumentError(
        `${fn}: expected ${path}[${i}] to be a finite number, null or NaN, received ${describe(v)}`,
        { path: `${path}[${i}]`, value: v },
      );
    }
  }
  return out;
}
