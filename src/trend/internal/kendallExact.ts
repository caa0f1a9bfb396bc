/**
 * Exact two-sided p-value of Kendall's S for an untied series under the null hypothesis of no trend (all n!
 * orderings equally likely).
 *
 * S = N − 2·I with N = n(n−1)/2 pairs and I the number of inversions, and the number of permutations of n with
 * k inversions follows Kendall's recurrence (Kendall 1970, p. 68): c_n(k) = Σ_{i=0}^{min(k, n−1)} c_{n−1}(k − i).
 * We carry probabilities (each step divided by n, so nothing overflows), truncated at c = min(I, N − I), and
 * return p = min(1, 2·P(I ≤ c)), exactly as SciPy `kendalltau(method='exact')` (`_kendall_p_exact`).
 * Cost O(n·c) time and O(c) memory.
 *
 * @see M. G. Kendall (1970), Rank Correlation Methods, 4th ed., Griffin, p. 68.
 */
export function kendallExactTwoSidedP(n: number, s: number): number {
  const total = (n * (n - 1)) / 2;
  const inversions = (total - s) / 2;
  const c = Math.min(inversions, total - inversions);
  if (n <= 2) return 1;
  if (4 * c === n * (n - 1)) return 1;
  if (c === 0) {
    // 2 / n!
    let p = 2;
    for (let k = 2; k <= n; k++) p /= k;
    return p;
  }
  if (c === 1) {
    // 2 / (n − 1)!
    let p = 2;
    for (let k = 2; k < n; k++) p /= k;
    return p;
  }
  let current = new Float64Array(c + 1);
  let next = new Float64Array(c + 1);
  current[0] = 0.5;
  current[1] = 0.5;
  for (let j = 3; j <= n; j++) {
    // next[k] = (1/j)·Σ_{i=0}^{min(k, j−1)} current[k − i] via a running sum.
    let running = 0;
    for (let k = 0; k <= c; k++) {
      running += current[k]!;
      if (k - j >= 0) running -= current[k - j]!;
      next[k] = running / j;
    }
    const swap = current;
    current = next;
    next = swap;
  }
  let sum = 0;
  for (let k = 0; k <= c; k++) sum += current[k]!;
  return Math.min(1, Math.max(0, 2 * sum));
}
