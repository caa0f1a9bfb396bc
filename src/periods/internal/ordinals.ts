import type { ObservationSeries } from './observations.js';
import { ordinalOf, type Parts } from './parts.js';

/** The ordinals of a sorted series' periods (increasing). */
export function ordinalsOf(series: ObservationSeries): Float64Array {
  const out = new Float64Array(series.parts.length);
  for (let k = 0; k < out.length; k++) out[k] = ordinalOf(series.parts[k] as Parts);
  return out;
}

/** The first position `k` with `ordinals[k] >= x` (`ordinals.length` if none). */
export function lowerBound(ordinals: Float64Array, x: number): number {
  let lo = 0;
  let hi = ordinals.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ordinals[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
