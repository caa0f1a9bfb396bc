import { ArgumentError } from '../../../errors/ArgumentError.js';
import { fail } from '../../../internal/assert.js';
import { readFinite, type Sign } from './readOptions.js';

/** The bounds of an SDSN indicator, read and checked, with the direction they imply. */
export interface SdsnBoundsRead {
  upperBound: number;
  lowerBound: number;
  /** +1 when the upper bound (score 100) is above the lower bound (higher is better), −1 otherwise. */
  sign: Sign;
}

/** The bounds and dashboard thresholds of an SDSN indicator, read and checked. */
export interface SdsnThresholdsRead extends SdsnBoundsRead {
  greenThreshold: number;
  redThreshold: number;
  /** The yellow/orange threshold: the midpoint of the green and red thresholds. */
  midpoint: number;
}

/** Reads `{ upperBound, lowerBound }`: finite and different. */
export function readSdsnBounds(fn: string, prefix: string, options: unknown): SdsnBoundsRead {
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    fail(fn, prefix, 'to be an object', options);
  const o = options as Record<string, unknown>;
  const upperBound = readFinite(fn, `${prefix}.upperBound`, o.upperBound);
  const lowerBound = readFinite(fn, `${prefix}.lowerBound`, o.lowerBound);
  if (upperBound === lowerBound) {
    throw new ArgumentError(
      `${fn}: expected ${prefix}.upperBound to differ from ${prefix}.lowerBound (${lowerBound}), received ${upperBound}`,
      { path: `${prefix}.upperBound`, value: upperBound },
    );
  }
  return { upperBound, lowerBound, sign: upperBound > lowerBound ? 1 : -1 };
}

/** Reads bounds plus `{ greenThreshold, redThreshold }`; the green threshold must be at or better than the red one. */
export function readSdsnThresholds(fn: string, prefix: string, options: unknown): SdsnThresholdsRead {
  const bounds = readSdsnBounds(fn, prefix, options);
  const o = options as Record<string, unknown>;
  const greenThreshold = readFinite(fn, `${prefix}.greenThreshold`, o.greenThreshold);
  const redThreshold = readFinite(fn, `${prefix}.redThreshold`, o.redThreshold);
  if (bounds.sign * (greenThreshold - redThreshold) < 0) {
    const relation = bounds.sign === 1 ? 'at most' : 'at least';
    throw new ArgumentError(
      `${fn}: expected ${prefix}.redThreshold ${relation} the green threshold ${greenThreshold} (the bounds say ${bounds.sign === 1 ? 'higher' : 'lower'} is better), received ${redThreshold}`,
      { path: `${prefix}.redThreshold`, value: redThreshold },
    );
  }
  return { ...bounds, greenThreshold, redThreshold, midpoint: (greenThreshold + redThreshold) / 2 };
}

/** The uncensored SDSN normalised score `100 (x − lower) / (upper − lower)`. */
export function sdsnRawScore(value: number, bounds: SdsnBoundsRead): number {
  return (100 * (value - bounds.lowerBound)) / (bounds.upperBound - bounds.lowerBound);
}

/** Dashboard colour of a value: a value exactly on a threshold takes the better colour. */
export function sdsnBand(value: number, t: SdsnThresholdsRead): 'green' | 'yellow' | 'orange' | 'red' {
  const s = t.sign;
  if (s * (value - t.greenThreshold) >= 0) return 'green';
  if (s * (value - t.midpoint) >= 0) return 'yellow';
  if (s * (value - t.redThreshold) >= 0) return 'orange';
  return 'red';
}

/**
 * The SDSN goal-dashboard rescale to 0–3: lower bound 0, red threshold 1, green threshold 2, upper bound
 * 3, linear in between, censored to [0, 3]. Segments are tested from the best down, so a green threshold
 * beyond the upper bound never divides by zero.
 */
export function sdsnRescale(value: number, t: SdsnThresholdsRead): number {
  const s = t.sign;
  const atOrBetter = (ref: number) => s * (value - ref) >= 0;
  if (atOrBetter(t.upperBound)) return 3;
  if (atOrBetter(t.greenThreshold)) return 2 + (value - t.greenThreshold) / (t.upperBound - t.greenThreshold);
  if (atOrBetter(t.redThreshold)) return 1 + (value - t.redThreshold) / (t.greenThreshold - t.redThreshold);
  if (atOrBetter(t.lowerBound)) return (value - t.lowerBound) / (t.redThreshold - t.lowerBound);
  return 0;
}
