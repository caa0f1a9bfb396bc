/** The first position `k` with `ordinals[k] >= x` (`ordinals.length` if none). */
export function lowerBound(ordinals: Int32Array, x: number): number {
  let lo = 0;
  let hi = ordinals.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ordinals[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
