import { assertInteger } from '../../internal/assert.js';
import { readSeries } from '../../internal/readSeries.js';
import type { SlopeGroup } from './pairwiseSlopes.js';

/** A seasonal series split into its seasons (position ≡ season mod period, counted from the first element). */
export interface Seasons {
  values: Float64Array;
  period: number;
  /** Per season: non-missing values in cycle order, and their cycle indices (0-based). */
  seasons: SlopeGroup[];
  /** Largest number of non-missing values in one season. */
  largest: number;
}

export function readSeasons(fn: string, values: unknown, period: unknown): Seasons {
  assertInteger(fn, 'options.period', period, 2);
  return splitSeasons(readSeries(fn, 'values', values), period);
}

/** Splits a read series into `period` seasons. */
export function splitSeasons(all: Float64Array, period: number): Seasons {
  const seasons: SlopeGroup[] = [];
  let largest = 0;
  for (let j = 0; j < period; j++) {
    const x: number[] = [];
    const t: number[] = [];
    for (let i = j, cycle = 0; i < all.length; i += period, cycle++) {
      if (!Number.isNaN(all[i]!)) {
        x.push(all[i]!);
        t.push(cycle);
      }
    }
    largest = Math.max(largest, x.length);
    seasons.push({ x: Float64Array.from(x), t: Float64Array.from(t) });
  }
  return { values: all, period, seasons, largest };
}
