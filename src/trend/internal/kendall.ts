import { scratch } from './scratch.js';
/**
 * Kendall's score in O(n log n) (Knight 1966): a merge sort counts the discordant (inverted) pairs, and the
 * tied groups are read off the sorted copy. Used by every Mann-Kendall variant in place of the O(n²) double
 * loop.
 *
 * For one series against time (strictly increasing), with N = n(n−1)/2 pairs, T = Σ t_k(t_k−1)/2 tied pairs
 * and I strict inversions (pairs i < j with x_i > x_j):
 *   S = Σ_{i<j} sgn(x_j − x_i) = (N − T − I) − I = N − T − 2I.
 *
 * @see W. R. Knight (1966), A computer method for calculating Kendall's tau with ungrouped data,
 *   JASA 61(314):436–439.
 */

/** Kendall score and tie summary of one series (no missing values). */
export interface KendallScore {
  /** Number of values. */
  n: number;
  /** Mann-Kendall S = Σ_{i<j} sgn(x_j − x_i). */
  s: number;
  /** Number of pairs N = n(n−1)/2. */
  pairs: number;
  /** Tied pairs Σ t(t−1)/2 over groups of exactly equal values. */
  tiedPairs: number;
  /** Σ t(t−1)(2t+5) over tied groups (the variance correction term). */
  tieVarianceTerm: number;
  /** Tie-corrected var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18. */
  varS: number;
  /** Number of strict inversions I (pairs i < j with x_i > x_j). */
  inversions: number;
  /** Median of the values (mean of the two middle ones for an even count; NaN for none), read off the sort. */
  median: number;
}

/**
 * Sorts `a` ascending in place (stable merge sort, `buffer` of the same length as scratch) and returns the
 * number of pairs i < j with a_i > a_j (strict inversions).
 */
export function sortCountingInversions(a: Float64Array, buffer: Float64Array): number {
  const n = a.length;
  let inversions = 0;
  // Bottom-up: insertion sort runs of 16, then merge.
  const RUN = 16;
  for (let start = 0; start < n; start += RUN) {
    const end = Math.min(start + RUN, n);
    for (let i = start + 1; i < end; i++) {
      const v = a[i]!;
      let j = i - 1;
      while (j >= start && a[j]! > v) {
        a[j + 1] = a[j]!;
        j--;
      }
      inversions += i - 1 - j;
      a[j + 1] = v;
    }
  }
  let src = a;
  let dst = buffer;
  for (let width = RUN; width < n; width *= 2) {
    for (let left = 0; left < n; left += 2 * width) {
      const mid = Math.min(left + width, n);
      const right = Math.min(left + 2 * width, n);
      let i = left;
      let j = mid;
      let k = left;
      while (i < mid && j < right) {
        if (src[i]! <= src[j]!) dst[k++] = src[i++]!;
        else {
          inversions += mid - i;
          dst[k++] = src[j++]!;
        }
      }
      while (i < mid) dst[k++] = src[i++]!;
      while (j < right) dst[k++] = src[j++]!;
    }
    const swap = src;
    src = dst;
    dst = swap;
  }
  if (src !== a) a.set(src);
  return inversions;
}

/** Tie summary of a sorted array: [Σ t(t−1)/2, Σ t(t−1)(2t+5)]. */
export function tieSums(sorted: Float64Array): [number, number] {
  let pairs = 0;
  let variance = 0;
  let i = 0;
  const n = sorted.length;
  while (i < n) {
    let j = i + 1;
    while (j < n && sorted[j] === sorted[i]) j++;
    const t = j - i;
    if (t > 1) {
      pairs += (t * (t - 1)) / 2;
      variance += t * (t - 1) * (2 * t + 5);
    }
    i = j;
  }
  return [pairs, variance];
}

/** Mann-Kendall S and its tie-corrected variance for a series without missing values, in O(n log n). */
export function kendallScore(values: Float64Array): KendallScore {
  const n = values.length;
  const sorted = scratch(0, n);
  sorted.set(values);
  const inversions = sortCountingInversions(sorted, scratch(1, n));
  const [tiedPairs, tieVarianceTerm] = tieSums(sorted);
  const pairs = (n * (n - 1)) / 2;
  const s = pairs - tiedPairs - 2 * inversions;
  const varS = (n * (n - 1) * (2 * n + 5) - tieVarianceTerm) / 18;
  const median =
    n === 0 ? Number.NaN : n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return { n, s, pairs, tiedPairs, tieVarianceTerm, varS, inversions, median };
}

/**
 * Kendall's concordance between two equally long series, K = Σ_{i<j} sgn(x_j − x_i)·sgn(y_j − y_i), in
 * O(n log n) (Knight 1966): sort by (x, y), count the strict inversions D of y in that order, and
 * K = N − T_x − T_y + T_xy − 2D with T the tied pairs in x, in y and in both.
 */
export function kendallConcordance(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const byXY = Array.from(order).sort((a, b) => x[a]! - x[b]! || y[a]! - y[b]!);
  const ys = new Float64Array(n);
  let tx = 0;
  let txy = 0;
  let i = 0;
  while (i < n) {
    let j = i + 1;
    while (j < n && x[byXY[j]!] === x[byXY[i]!]) j++;
    const t = j - i;
    tx += (t * (t - 1)) / 2;
    let a = i;
    while (a < j) {
      let b = a + 1;
      while (b < j && y[byXY[b]!] === y[byXY[a]!]) b++;
      const u = b - a;
      txy += (u * (u - 1)) / 2;
      a = b;
    }
    i = j;
  }
  for (let k = 0; k < n; k++) ys[k] = y[byXY[k]!]!;
  const discordant = sortCountingInversions(ys, new Float64Array(n));
  const [ty] = tieSums(ys);
  return (n * (n - 1)) / 2 - tx - ty + txy - 2 * discordant;
}

/** Average ranks (1-based; tied values share the mean of their ranks), as SciPy `rankdata(method='average')`. */
export function averageRanks(values: Float64Array): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i + 1;
    while (j < n && values[order[j]!] === values[order[i]!]) j++;
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) ranks[order[k]!] = rank;
    i = j;
  }
  return ranks;
}
