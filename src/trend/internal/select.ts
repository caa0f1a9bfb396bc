/**
 * Selection of order statistics in float64 arrays.
 *
 * `selectInPlace(a, k, left, right)` is Floyd & Rivest's SELECT (1975): it partitions around a pivot chosen
 * from a recursively selected sample, so it needs about n + min(k, n − k) comparisons on average. Afterwards
 * a[k] holds the value of rank k within a[left..right], everything before it is ≤ and everything after it ≥.
 *
 * `selectRanks(a, ranks)` returns several order statistics by successive selections from the left, each on
 * the part not yet known to lie below; a rank just after the previous one is the minimum of the rest.
 *
 * @see R. W. Floyd, R. L. Rivest (1975), Algorithm 489: the algorithm SELECT, CACM 18(3):173.
 */
import { scratch } from './scratch.js';

export function selectInPlace(a: Float64Array, k: number, left = 0, right = a.length - 1): number {
  floydRivest(a, k, left, right);
  return a[k]!;
}

function floydRivest(a: Float64Array, k: number, leftStart: number, rightStart: number): void {
  let left = leftStart;
  let right = rightStart;
  while (right > left) {
    if (right - left > 600) {
      // Recursively select a[k] within a sample range that contains it with high probability.
      const n = right - left + 1;
      const m = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      const newLeft = Math.max(left, Math.floor(k - (m * s) / n + sd));
      const newRight = Math.min(right, Math.floor(k + ((n - m) * s) / n + sd));
      floydRivest(a, k, newLeft, newRight);
    }
    const t = a[k]!;
    let i = left;
    let j = right;
    swap(a, left, k);
    if (a[right]! > t) swap(a, left, right);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while (a[i]! < t) i++;
      while (a[j]! > t) j--;
    }
    if (a[left] === t) swap(a, left, j);
    else {
      j++;
      swap(a, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

/** Exact values at the given ranks by successive selection, left to right (reorders `a`). */
function selectRanksDirect(a: Float64Array, ranks: readonly number[]): number[] {
  const order = ranks.map((r, i) => [r, i] as const).sort((p, q) => p[0] - q[0]);
  const out = new Array<number>(ranks.length);
  let left = 0;
  let previous = -1;
  for (const [rank, index] of order) {
    if (rank === previous) out[index] = a[rank]!;
    else if (rank === previous + 1 && previous >= 0) {
      // Everything right of rank r is ≥ a[r]: rank r + 1 is their minimum; move it into place.
      let at = rank;
      for (let i = rank + 1; i < a.length; i++) if (a[i]! < a[at]!) at = i;
      swap(a, rank, at);
      out[index] = a[rank]!;
    } else out[index] = selectInPlace(a, rank, left, a.length - 1);
    left = rank;
    previous = rank;
  }
  return out;
}

/** Values at the given 0-based ranks of `a` (reorders `a`). */
export function selectRanks(a: Float64Array, ranks: readonly number[]): number[] {
  return selectRanksDirect(a, ranks);
}

/** Median of a copy of `values` (mean of the two middle values for an even count); NaN when empty. */
export function median(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const copy = scratch(2, n);
  copy.set(values);
  if (n % 2 === 1) return selectInPlace(copy, (n - 1) / 2);
  const [a, b] = selectRanksDirect(copy, [n / 2 - 1, n / 2]);
  return (a! + b!) / 2;
}

/** Buckets of {@link ranksInRange}; the counting table is reused across calls. */
const BUCKETS = 64;
const bucketCounts = new Int32Array(BUCKETS);

/**
 * Values of ranks `r` and `r2` (`r2` is `r` or `r + 1`; 0-based, ascending) among `a[0 .. length)`, all of
 * which lie in [lo, hi]; reorders `a`. Exact: the values returned are elements of `a`.
 *
 * Method: one level of distribution selection. [lo, hi] is cut into 64 equal buckets,
 * bucket(v) = min(63, ⌊(v − lo)·64/(hi − lo)⌋), which is non-decreasing in v in floating point too; one
 * counting pass finds the buckets holding the two ranks (the same one, or two with only empty buckets
 * between), one pass moves their values to the front, and those few are selected by Floyd–Rivest. When the
 * values are spread evenly over the range, as the slopes inside a sampled bracket are, this is two
 * branch-free passes instead of a partitioning selection's mispredicted branches. Degenerate ranges fall
 * back to selecting directly.
 */
export function ranksInRange(
  a: Float64Array,
  length: number,
  r: number,
  r2: number,
  lo: number,
  hi: number,
): [number, number] {
  const scale = BUCKETS / (hi - lo);
  if (length < 4 * BUCKETS || !(scale > 0 && scale < Number.POSITIVE_INFINITY)) {
    const [x, y] = selectRanksDirect(a.subarray(0, length), r === r2 ? [r] : [r, r2]);
    return [x!, r === r2 ? x! : y!];
  }
  const last = BUCKETS - 1;
  bucketCounts.fill(0);
  for (let i = 0; i < length; i++) {
    const b = Math.floor((a[i]! - lo) * scale);
    bucketCounts[Math.min(b, last)]! += 1;
  }
  let before = 0;
  let first = 0;
  while (before + bucketCounts[first]! <= r) before += bucketCounts[first++]!;
  let second = first;
  let through = before + bucketCounts[first]!;
  while (through <= r2) through += bucketCounts[++second]!;
  let w = 0;
  for (let i = 0; i < length; i++) {
    const v = a[i]!;
    const raw = Math.floor((v - lo) * scale);
    const b = Math.min(raw, last);
    a[w] = v;
    w += +(b >= first) & +(b <= second);
  }
  const [x, y] = selectRanksDirect(a.subarray(0, w), r === r2 ? [r - before] : [r - before, r2 - before]);
  return [x!, r === r2 ? x! : y!];
}
