/**
 * In-place selection (Hoare's FIND / quickselect with median-of-three pivots, introselect-style fallback to a
 * full sort on degenerate inputs): after `selectInPlace(a, k, left, right)`, a[k] holds the value of rank k
 * within a[left..right], everything before it is ≤ and everything after it is ≥. Expected O(length).
 *
 * @see C. A. R. Hoare (1961), Algorithm 65: FIND, CACM 4(7):321–322.
 */
export function selectInPlace(a: Float64Array, k: number, left = 0, right = a.length - 1): number {
  let lo = left;
  let hi = right;
  let budget = 4 * Math.ceil(Math.log2(right - left + 2)) + 8;
  while (hi > lo) {
    if (budget-- === 0) {
      const part = a.subarray(lo, hi + 1).sort();
      return part[k - lo]!;
    }
    const mid = (lo + hi) >>> 1;
    // Median of three into a[mid].
    if (a[mid]! < a[lo]!) swap(a, mid, lo);
    if (a[hi]! < a[lo]!) swap(a, hi, lo);
    if (a[hi]! < a[mid]!) swap(a, hi, mid);
    const pivot = a[mid]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

/** Values at the given ascending ranks of `a` (reorders `a`). */
export function selectRanks(a: Float64Array, ranks: readonly number[]): number[] {
  const order = ranks.map((r, i) => [r, i] as const).sort((p, q) => p[0] - q[0]);
  const out = new Array<number>(ranks.length);
  let left = 0;
  let previous = -1;
  for (const [rank, index] of order) {
    if (rank === previous + 1 && previous >= 0) {
      // After selecting rank r, everything right of it is ≥ a[r]: rank r + 1 is their minimum.
      let min = a[rank]!;
      for (let i = rank + 1; i < a.length; i++) if (a[i]! < min) min = a[i]!;
      out[index] = min;
      // Keep the invariant for a following rank: move the minimum to position `rank`.
      for (let i = rank; i < a.length; i++) {
        if (a[i] === min) {
          const t = a[rank]!;
          a[rank] = a[i]!;
          a[i] = t;
          break;
        }
      }
    } else out[index] = selectInPlace(a, rank, left, a.length - 1);
    left = rank;
    previous = rank;
  }
  return out;
}

/** Median of a copy of `values` (mean of the two middle values for an even count); NaN when empty. */
export function median(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const copy = Float64Array.from(values as ArrayLike<number>);
  if (n % 2 === 1) return selectInPlace(copy, (n - 1) / 2);
  const [a, b] = selectRanks(copy, [n / 2 - 1, n / 2]);
  return (a! + b!) / 2;
}
