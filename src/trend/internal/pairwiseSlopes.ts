/**
 * Order statistics of all pairwise slopes d_ij = (x_j − x_i)/(t_j − t_i), i < j, of one or more groups of
 * points (a group is one series, or one season of a seasonal series; slopes are only formed within a group).
 *
 * - Small inputs (N ≤ DIRECT_LIMIT slopes) use the direct method: every slope in a Float64Array, then
 *   quickselect.
 * - Large inputs use randomised slope selection (Matoušek 1991; Dillencourt, Mount & Netanyahu 1992) in
 *   O(n log n) expected time and O(n) memory: the number of slopes ≤ s equals the number of pairs i < j with
 *   u_j ≤ u_i for u = x − s·t, counted by a merge sort; a random sample of slopes drawn uniformly from the
 *   current interval (lo, hi] (sampling inversions between the orders of u(lo) and u(hi) with a Fenwick
 *   tree) narrows the interval around the wanted rank until it holds O(n) slopes, which are then listed and
 *   selected directly.
 *
 * The result is an actual computed slope value: for the direct method the exact order statistic of the
 * float64 slopes; for the randomised method the same, except that slopes closer to each other than the
 * rounding of u (about 1e-15 relative) may be ordered by u instead of by their quotient.
 *
 * @see J. Matoušek (1991), Randomized optimal algorithm for slope selection, Inf. Process. Lett. 39:183–187.
 * @see M. B. Dillencourt, D. M. Mount, N. S. Netanyahu (1992), A randomized algorithm for slope selection,
 *   Int. J. Comput. Geom. Appl. 2:1–27.
 */
import { selectInPlace } from './select.js';

/** Points of one group: strictly increasing times, finite values. */
export interface SlopeGroup {
  t: Float64Array;
  x: Float64Array;
}

/** Above this many slopes the randomised selection is used. */
export const DIRECT_LIMIT = 1 << 21;

/** Total number of pairwise slopes. */
export function slopeCount(groups: readonly SlopeGroup[]): number {
  let total = 0;
  for (const g of groups) total += (g.t.length * (g.t.length - 1)) / 2;
  return total;
}

/** Every pairwise slope (direct method). */
export function allSlopes(groups: readonly SlopeGroup[]): Float64Array {
  const out = new Float64Array(slopeCount(groups));
  let k = 0;
  for (const { t, x } of groups) {
    const n = t.length;
    for (let i = 0; i < n - 1; i++) {
      const xi = x[i]!;
      const ti = t[i]!;
      for (let j = i + 1; j < n; j++) out[k++] = (x[j]! - xi) / (t[j]! - ti);
    }
  }
  return out;
}

/**
 * Values at the given 0-based ranks (ascending order of all slopes). Uses the direct method when the slope
 * count is at most `directLimit`, else randomised selection.
 */
export function slopesAtRanks(
  groups: readonly SlopeGroup[],
  ranks: readonly number[],
  directLimit = DIRECT_LIMIT,
): number[] {
  const total = slopeCount(groups);
  if (total <= directLimit) {
    const slopes = allSlopes(groups);
    const order = ranks.map((r, i) => [r, i] as const).sort((p, q) => p[0] - q[0]);
    const out = new Array<number>(ranks.length);
    let left = 0;
    for (const [rank, index] of order) {
      out[index] = selectInPlace(slopes, rank, left, slopes.length - 1);
      left = rank;
    }
    return out;
  }
  const selector = new SlopeSelector(groups, total);
  return ranks.map((rank) => selector.select(rank));
}

/** Deterministic 32-bit PRNG (mulberry32), so the same input always takes the same path. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Stable argsort of `keys` ascending (ties by `tie` ascending), by merge sort on typed arrays. */
function argsort(keys: Float64Array, tie: Float64Array): Uint32Array {
  const n = keys.length;
  let src = new Uint32Array(n);
  let dst = new Uint32Array(n);
  for (let i = 0; i < n; i++) src[i] = i;
  const less = (a: number, b: number): boolean => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    return ka < kb || (ka === kb && tie[a]! < tie[b]!);
  };
  const RUN = 16;
  for (let start = 0; start < n; start += RUN) {
    const end = Math.min(start + RUN, n);
    for (let i = start + 1; i < end; i++) {
      const v = src[i]!;
      let j = i - 1;
      while (j >= start && less(v, src[j]!)) {
        src[j + 1] = src[j]!;
        j--;
      }
      src[j + 1] = v;
    }
  }
  for (let width = RUN; width < n; width *= 2) {
    for (let left = 0; left < n; left += 2 * width) {
      const mid = Math.min(left + width, n);
      const right = Math.min(left + 2 * width, n);
      let i = left;
      let j = mid;
      let k = left;
      while (i < mid && j < right) {
        if (less(src[j]!, src[i]!)) dst[k++] = src[j++]!;
        else dst[k++] = src[i++]!;
      }
      while (i < mid) dst[k++] = src[i++]!;
      while (j < right) dst[k++] = src[j++]!;
    }
    const swap = src;
    src = dst;
    dst = swap;
  }
  return src;
}

/** Counts pairs i < j with u_j ≤ u_i (strict = false) or u_j < u_i (strict = true); sorts `u`. */
function countInversions(u: Float64Array, buffer: Float64Array, strict: boolean): number {
  const n = u.length;
  let count = 0;
  let src = u;
  let dst = buffer;
  const RUN = 16;
  for (let start = 0; start < n; start += RUN) {
    const end = Math.min(start + RUN, n);
    for (let i = start + 1; i < end; i++) {
      const v = src[i]!;
      let j = i - 1;
      if (strict) {
        while (j >= start && src[j]! > v) {
          src[j + 1] = src[j]!;
          j--;
        }
      } else {
        while (j >= start && src[j]! >= v) {
          src[j + 1] = src[j]!;
          j--;
        }
      }
      count += i - 1 - j;
      src[j + 1] = v;
    }
  }
  for (let width = RUN; width < n; width *= 2) {
    for (let left = 0; left < n; left += 2 * width) {
      const mid = Math.min(left + width, n);
      const right = Math.min(left + 2 * width, n);
      let i = left;
      let j = mid;
      let k = left;
      if (strict) {
        while (i < mid && j < right) {
          if (src[i]! <= src[j]!) dst[k++] = src[i++]!;
          else {
            count += mid - i;
            dst[k++] = src[j++]!;
          }
        }
      } else {
        while (i < mid && j < right) {
          if (src[i]! < src[j]!) dst[k++] = src[i++]!;
          else {
            count += mid - i;
            dst[k++] = src[j++]!;
          }
        }
      }
      while (i < mid) dst[k++] = src[i++]!;
      while (j < right) dst[k++] = src[j++]!;
    }
    const swap = src;
    src = dst;
    dst = swap;
  }
  return count;
}

class SlopeSelector {
  private readonly groups: readonly SlopeGroup[];
  private readonly total: number;
  private readonly maxN: number;
  private readonly u: Float64Array;
  private readonly buffer: Float64Array;
  private readonly cacheLE = new Map<number, number>();
  private readonly random = mulberry32(0x5eed5eed);
  private readonly enumerateLimit: number;
  private readonly sampleSize: number;
  private firstSample: Float64Array | undefined;

  constructor(groups: readonly SlopeGroup[], total: number) {
    this.groups = groups;
    this.total = total;
    let maxN = 0;
    let sumN = 0;
    for (const g of groups) {
      maxN = Math.max(maxN, g.t.length);
      sumN += g.t.length;
    }
    this.maxN = maxN;
    this.u = new Float64Array(maxN);
    this.buffer = new Float64Array(maxN);
    this.sampleSize = Math.max(4096, 2 * sumN);
    this.enumerateLimit = Math.max(1 << 20, 8 * sumN);
  }

  /** Number of slopes ≤ s (or < s when strict). */
  count(s: number, strict = false): number {
    if (s === Number.POSITIVE_INFINITY) return this.total;
    if (s === Number.NEGATIVE_INFINITY) return 0;
    if (!strict) {
      const cached = this.cacheLE.get(s);
      if (cached !== undefined) return cached;
    }
    let total = 0;
    for (const { t, x } of this.groups) {
      const n = t.length;
      const u = this.u.subarray(0, n);
      for (let i = 0; i < n; i++) u[i] = x[i]! - s * t[i]!;
      total += countInversions(u, this.buffer.subarray(0, n), strict);
    }
    if (!strict) this.cacheLE.set(s, total);
    return total;
  }

  /** Keys whose order is the order of u(s); ±∞ are the limits (time order, reversed time order). */
  private keys(g: SlopeGroup, s: number): Float64Array {
    const n = g.t.length;
    const out = new Float64Array(n);
    if (s === Number.NEGATIVE_INFINITY) out.set(g.t);
    else if (s === Number.POSITIVE_INFINITY) for (let i = 0; i < n; i++) out[i] = -g.t[i]!;
    else for (let i = 0; i < n; i++) out[i] = g.x[i]! - s * g.t[i]!;
    return out;
  }

  /**
   * Visits slopes in (lo, hi]: pairs with A_i < A_j and B_i ≥ B_j for A = u(lo), B = u(hi). With `positions`
   * (sorted, 0-based, global over groups) only those pairs are visited; without, returns the count only.
   */
  private sweep(lo: number, hi: number, positions: Float64Array | null, out: Float64Array | null): number {
    let offset = 0;
    let p = 0;
    let written = 0;
    for (const g of this.groups) {
      const n = g.t.length;
      if (n < 2) continue;
      const a = this.keys(g, lo);
      const b = this.keys(g, hi);
      const zeros = new Float64Array(n);
      const byB = argsort(b, zeros);
      // Unique B ranks (1-based), the lowest rank sharing each B value, and rank → element.
      const rankOf = new Uint32Array(n);
      const lowRank = new Uint32Array(n);
      for (let r = 0; r < n; r++) {
        const e = byB[r]!;
        rankOf[e] = r + 1;
        lowRank[e] = r > 0 && b[byB[r - 1]!] === b[e] ? lowRank[byB[r - 1]!]! : r + 1;
      }
      const byA = argsort(a, b);
      const tree = new Int32Array(n + 1);
      let log = 1;
      while (log * 2 <= n) log *= 2;
      let inserted = 0;
      let groupCount = 0;
      let start = 0;
      while (start < n) {
        let end = start + 1;
        while (end < n && a[byA[end]!] === a[byA[start]!]) end++;
        for (let q = start; q < end; q++) {
          const j = byA[q]!;
          // Inserted elements with B ≥ B_j = inserted − #(rank < lowRank_j).
          let below = 0;
          for (let r = lowRank[j]! - 1; r > 0; r -= r & -r) below += tree[r]!;
          const cnt = inserted - below;
          if (positions !== null && out !== null) {
            const base = offset + groupCount;
            while (p < positions.length && positions[p]! < base + cnt) {
              // The (below + local + 1)-th inserted element in rank order.
              let want = below + (positions[p]! - base) + 1;
              let pos = 0;
              for (let step = log; step > 0; step >>= 1) {
                if (pos + step <= n && tree[pos + step]! < want) {
                  pos += step;
                  want -= tree[pos]!;
                }
              }
              const i = byB[pos]!; // rank pos + 1
              out[written++] = (g.x[j]! - g.x[i]!) / (g.t[j]! - g.t[i]!);
              p++;
            }
          }
          groupCount += cnt;
        }
        for (let q = start; q < end; q++) {
          for (let r = rankOf[byA[q]!]!; r <= n; r += r & -r) tree[r]! += 1;
          inserted++;
        }
        start = end;
      }
      offset += groupCount;
    }
    return positions === null ? offset : written;
  }

  /** A uniform sample (with replacement) of `m` slopes from all pairs. */
  private sampleAll(m: number): Float64Array {
    if (this.firstSample !== undefined) return this.firstSample;
    const out = new Float64Array(m);
    // Choose a group in proportion to its pair count, then a uniform pair inside it.
    const weights = this.groups.map((g) => (g.t.length * (g.t.length - 1)) / 2);
    for (let s = 0; s < m; s++) {
      let r = this.random() * this.total;
      let gi = 0;
      while (gi < weights.length - 1 && r >= weights[gi]!) {
        r -= weights[gi]!;
        gi++;
      }
      const g = this.groups[gi]!;
      const n = g.t.length;
      let i = Math.floor(this.random() * n);
      let j = Math.floor(this.random() * (n - 1));
      if (j >= i) j++;
      if (j < i) [i, j] = [j, i];
      out[s] = (g.x[j]! - g.x[i]!) / (g.t[j]! - g.t[i]!);
    }
    out.sort();
    this.firstSample = out;
    return out;
  }

  select(k: number): number {
    let lo = Number.NEGATIVE_INFINITY;
    let hi = Number.POSITIVE_INFINITY;
    let cLo = 0;
    let cHi = this.total;
    for (let round = 0; round < 64; round++) {
      const inside = cHi - cLo;
      if (inside <= this.enumerateLimit) return this.finish(k, lo, hi, cLo);
      const m = Math.min(this.sampleSize, inside);
      let sample: Float64Array;
      if (lo === Number.NEGATIVE_INFINITY && hi === Number.POSITIVE_INFINITY) sample = this.sampleAll(m);
      else {
        const positions = new Float64Array(m);
        for (let s = 0; s < m; s++) positions[s] = Math.floor(this.random() * inside);
        positions.sort();
        sample = new Float64Array(m);
        const got = this.sweep(lo, hi, positions, sample);
        sample = sample.subarray(0, got).sort();
      }
      const size = sample.length;
      const at = ((k - cLo + 0.5) / inside) * size;
      const delta = 3 * Math.sqrt(size) + 2;
      const iLo = Math.floor(at - delta);
      const iHi = Math.ceil(at + delta);
      const before = inside;
      if (iLo >= 0) {
        const v = sample[iLo]!;
        if (v > lo && v < hi) {
          const c = this.count(v);
          if (c <= k) {
            lo = v;
            cLo = c;
          } else {
            hi = v;
            cHi = c;
          }
        }
      }
      if (iHi < size) {
        const v = sample[iHi]!;
        if (v > lo && v < hi) {
          const c = this.count(v);
          if (c > k) {
            hi = v;
            cHi = c;
          } else {
            lo = v;
            cLo = c;
          }
        }
      }
      // Many equal slopes: the wanted rank may sit inside a block of identical values at hi.
      if (cHi - cLo > before / 2 && hi !== Number.POSITIVE_INFINITY && this.count(hi, true) <= k) return hi;
      if (cHi - cLo > before / 2) {
        const v = sample[Math.min(size - 1, Math.max(0, Math.floor(at)))]!;
        if (v > lo && v <= hi) {
          const c = this.count(v);
          if (c > k && this.count(v, true) <= k) return v;
          if (c > k) {
            hi = v;
            cHi = c;
          } else {
            lo = v;
            cLo = c;
          }
        }
      }
    }
    return this.finish(k, lo, hi, cLo);
  }

  /** Lists the slopes in (lo, hi] and selects rank k − cLo among them. */
  private finish(k: number, lo: number, hi: number, cLo: number): number {
    const inside = this.sweep(lo, hi, null, null);
    const positions = new Float64Array(inside);
    for (let i = 0; i < inside; i++) positions[i] = i;
    const slopes = new Float64Array(inside);
    const got = this.sweep(lo, hi, positions, slopes);
    const rank = Math.min(Math.max(k - cLo, 0), got - 1);
    return selectInPlace(slopes.subarray(0, got), rank);
  }

  get largestGroup(): number {
    return this.maxN;
  }
}
