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
import { ranksInRange, selectInPlace, selectRanks } from './select.js';
import { wasmBelow, wasmBracketPass } from './wasmSlopePass.js';

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

/** Every pairwise slope (direct method), into `out` when given (it must hold them all). */
export function allSlopes(
  groups: readonly SlopeGroup[],
  out: Float64Array = new Float64Array(slopeCount(groups)),
): Float64Array {
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
    return selectRanks(allSlopes(groups), ranks);
  }
  const selector = new SlopeSelector(groups, total);
  // Ranks within a few thousand of each other (the two middle slopes) share one bracket.
  const order = ranks.map((r, i) => [r, i] as const).sort((p, q) => p[0] - q[0]);
  const out = new Array<number>(ranks.length);
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && order[end]![0] - order[start]![0] <= 1024) end++;
    const values = selector.selectRange(order.slice(start, end).map((o) => o[0]));
    for (let q = start; q < end; q++) out[order[q]![1]] = values[q - start]!;
    start = end;
  }
  return out;
}

/** Slope buffer reused by {@link middleSlopes} for inputs of up to 65,536 slopes (512 KiB). */
const SCRATCH_LIMIT = 1 << 16;
let scratch = new Float64Array(0);
/** Slopes in the sample that brackets the middle ranks in {@link middleSlopes}. */
const SAMPLE = 512;
const sample = new Float64Array(SAMPLE);

/**
 * The two middle order statistics of all pairwise slopes, ranks ⌊(N − 1)/2⌋ and ⌊N/2⌋ (equal for odd N):
 * exactly the values of `slopesAtRanks(groups, [lowMid, highMid])`, computed faster for the series a
 * Mann-Kendall test usually sees (N from a few thousand to a few million slopes).
 *
 * Method (Floyd & Rivest's sampling idea, fused with forming the slopes): the order statistics of a
 * random sample of m = 512 slopes give a bracket [L, R] that holds the middle ranks with high probability
 * (ranks m/2 ± (3·√(m/4) + 1) of the sample); one pass over all pairs then forms each slope, counts those
 * below L and keeps only those inside [L, R], and the two ranks are selected among the kept ones. If they
 * fall outside the bracket (rare), every slope is formed and selected directly. Either way the result is
 * the exact order statistic of the float64 slopes; the sample only decides how much work is done. The
 * sample comes from a fixed-seed generator, so runs are deterministic.
 */
export function middleSlopes(
  groups: readonly SlopeGroup[],
  directLimit = DIRECT_LIMIT,
  /** Half-width of the bracket in standard deviations of a sample rank (tests narrow it to force misses). */
  sigmas = 3,
): [number, number] {
  const total = slopeCount(groups);
  const lowMid = Math.floor((total - 1) / 2);
  const highMid = Math.floor(total / 2);
  if (total > directLimit) return slopesAtRanks(groups, [lowMid, highMid], directLimit) as [number, number];
  const buffer = slopeBuffer(total);
  if (total >= 8 * SAMPLE) {
    const [lo, hi] = sampleBracket(groups, total, lowMid / total, sigmas);
    passBelow = 0;
    let kept = 0;
    for (const { t, x } of groups) kept = bracketPass(x, t, lo, hi, buffer, kept);
    const below = passBelow;
    if (below <= lowMid && highMid < below + kept) {
      return ranksInRange(buffer, kept, lowMid - below, highMid - below, lo, hi);
    }
  }
  const [low, high] = selectRanks(allSlopes(groups, buffer).subarray(0, total), [lowMid, highMid]);
  return [low!, high!];
}

/** Slopes below the bracket counted by {@link bracketPass} (a module variable: the pass returns `kept`). */
let passBelow = 0;

/**
 * One group's pass of {@link middleSlopes}: forms every slope, adds those below `lo` to `passBelow` and
 * appends those in [lo, hi] to `buffer` from `kept` on; returns the new `kept`. Kept small and separate so
 * that the engine compiles its tight loops well.
 */
function bracketPass(
  x: Float64Array,
  t: Float64Array,
  lo: number,
  hi: number,
  buffer: Float64Array,
  kept: number,
): number {
  const n = t.length;
  const unit = unitSpaced(t);
  const fast = wasmBracketPass(x, unit ? null : t, lo, hi, buffer, kept);
  if (fast >= 0) {
    passBelow += wasmBelow();
    return fast;
  }
  let below = 0;
  let k = kept;
  if (unit) {
    // Consecutive integer times: t_j − t_i is exactly j − i, so the times need not be read.
    for (let i = 0; i < n - 1; i++) {
      const xi = x[i]!;
      let lag = 1;
      for (let j = i + 1; j < n; j++) {
        const d = (x[j]! - xi) / lag;
        lag += 1;
        // Branch-free: the comparisons are unpredictable, so counting beats branching.
        below += +(d < lo);
        buffer[k] = d;
        k += +(d >= lo) & +(d <= hi);
      }
    }
  } else {
    for (let i = 0; i < n - 1; i++) {
      const xi = x[i]!;
      const ti = t[i]!;
      for (let j = i + 1; j < n; j++) {
        const d = (x[j]! - xi) / (t[j]! - ti);
        below += +(d < lo);
        buffer[k] = d;
        k += +(d >= lo) & +(d <= hi);
      }
    }
  }
  passBelow += below;
  return k;
}

/** Whether times are consecutive integers t_0, t_0 + 1, … (every difference t_j − t_i is then exact). */
function unitSpaced(t: Float64Array): boolean {
  const t0 = t[0]!;
  if (!Number.isInteger(t0) || Math.abs(t0) > 2 ** 52) return false;
  for (let k = 1; k < t.length; k++) if (t[k] !== t0 + k) return false;
  return true;
}

/** A buffer for `total` slopes: the shared scratch buffer when it is small enough, else a new one. */
function slopeBuffer(total: number): Float64Array {
  if (total > SCRATCH_LIMIT) return new Float64Array(total);
  if (scratch.length < total)
    scratch = new Float64Array(Math.min(SCRATCH_LIMIT, Math.max(total, 2 * scratch.length)));
  return scratch;
}

/** [L, R] around quantile q of all slopes, from a uniform random sample of SAMPLE pairs. */
function sampleBracket(
  groups: readonly SlopeGroup[],
  total: number,
  q: number,
  sigmas: number,
): [number, number] {
  if (groups.length === 1) {
    // One series: the sampled pairs depend only on its length, so they are drawn once per length.
    const { t, x } = groups[0]!;
    const pairs = samplePairs(t.length);
    for (let s = 0; s < SAMPLE; s++) {
      const i = pairs[2 * s]!;
      const j = pairs[2 * s + 1]!;
      sample[s] = (x[j]! - x[i]!) / (t[j]! - t[i]!);
    }
  } else {
    const random = mulberry32(0x5eed5eed);
    for (let s = 0; s < SAMPLE; s++) {
      // A group with probability ∝ its pair count, then a uniform pair of it.
      let g = 0;
      let r = random() * total;
      while (g < groups.length - 1 && r >= pairsOf(groups[g]!)) r -= pairsOf(groups[g++]!);
      const { t, x } = groups[g]!;
      const [i, j] = randomPair(t.length, random);
      sample[s] = (x[j]! - x[i]!) / (t[j]! - t[i]!);
    }
  }
  const centre = q * SAMPLE;
  const spread = sigmas * Math.sqrt(SAMPLE * q * (1 - q)) + 1;
  const lowRank = Math.floor(centre - spread);
  const highRank = Math.ceil(centre + spread);
  const lo = lowRank < 0 ? Number.NEGATIVE_INFINITY : selectInPlace(sample, lowRank);
  const hi =
    highRank > SAMPLE - 1 ? Number.POSITIVE_INFINITY : selectInPlace(sample, highRank, Math.max(lowRank, 0));
  return [lo, hi];
}

/** A uniform pair i < j of 0 … n − 1 (n ≥ 2). */
function randomPair(n: number, random: () => number): [number, number] {
  const a = Math.floor(random() * n);
  let b = Math.floor(random() * (n - 1));
  if (b >= a) b++;
  return a < b ? [a, b] : [b, a];
}

/** The SAMPLE pairs (i, j interleaved) drawn for a series of length n, kept for the last length asked. */
let pairsFor = -1;
let pairsCache = new Uint32Array(0);
function samplePairs(n: number): Uint32Array {
  if (pairsFor !== n) {
    const random = mulberry32(0x5eed5eed);
    const pairs = new Uint32Array(2 * SAMPLE);
    for (let s = 0; s < SAMPLE; s++) {
      const [i, j] = randomPair(n, random);
      pairs[2 * s] = i;
      pairs[2 * s + 1] = j;
    }
    pairsCache = pairs;
    pairsFor = n;
  }
  return pairsCache;
}

function pairsOf(g: SlopeGroup): number {
  return (g.t.length * (g.t.length - 1)) / 2;
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

/**
 * Argsort of float64 keys ascending by LSD radix sort (six 11-bit passes over the order-preserving integer
 * image of each double), O(n) and cache-friendly; stable. Passes where every digit is equal are skipped.
 */
export function argsort(keys: Float64Array): Uint32Array {
  const n = keys.length;
  const words = new Uint32Array(keys.buffer, keys.byteOffset, 2 * n);
  const lo = new Uint32Array(n);
  const hi = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + 1]!;
    const l = words[2 * i]!;
    if (h & 0x80000000) {
      hi[i] = ~h >>> 0;
      lo[i] = ~l >>> 0;
    } else {
      hi[i] = (h | 0x80000000) >>> 0;
      lo[i] = l;
    }
  }
  // The keys travel with the indices, so every pass reads sequentially.
  let src = new Uint32Array(n);
  let dst = new Uint32Array(n);
  let loSrc = lo;
  let hiSrc = hi;
  let loDst = new Uint32Array(n);
  let hiDst = new Uint32Array(n);
  for (let i = 0; i < n; i++) src[i] = i;
  const counts = new Uint32Array(2048);
  for (let pass = 0; pass < 6; pass++) {
    const word = pass < 3 ? loSrc : hiSrc;
    const shift = (pass % 3) * 11;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(word[i]! >>> shift) & 0x7ff]! += 1;
    if (counts[(word[0]! >>> shift) & 0x7ff] === n) continue;
    let sum = 0;
    for (let d = 0; d < 2048; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const d = (word[i]! >>> shift) & 0x7ff;
      const at = counts[d]!;
      counts[d] = at + 1;
      dst[at] = src[i]!;
      loDst[at] = loSrc[i]!;
      hiDst[at] = hiSrc[i]!;
    }
    [src, dst] = [dst, src];
    [loSrc, loDst] = [loDst, loSrc];
    [hiSrc, hiDst] = [hiDst, hiSrc];
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
    else for (let i = 0; i < n; i++) out[i] = g.x[i]! - s * g.t[i]! + 0;
    return out;
  }

  /**
   * Visits slopes in (lo, hi]: pairs with A_i < A_j and B_i ≥ B_j for A = u(lo), B = u(hi) (in exact
   * arithmetic these are the pairs i < j with lo < d_ij ≤ hi). Points are ordered by A (ties by B), and the
   * pairs are the non-strict inversions of the B sequence, enumerated by a merge sort in a fixed order: with
   * `positions` (sorted, 0-based, global over groups) only the pairs at those positions are written to
   * `out.values`; with `'all'` every pair is (growing `out.values` as needed). Returns the number written.
   * Sequential memory access throughout: O(n log n + written).
   */
  private sweep(
    lo: number,
    hi: number,
    positions: Float64Array | 'all',
    out: { values: Float64Array },
  ): number {
    const all = positions === 'all';
    let counter = 0; // pairs passed so far, over all groups
    let p = 0;
    let written = 0;
    for (const g of this.groups) {
      const n = g.t.length;
      if (n < 2) continue;
      const a = this.keys(g, lo);
      const b = this.keys(g, hi);
      const order = argsort(a);
      // Equal A: order by B ascending, so such pairs are never inversions.
      for (let start = 0; start < n; ) {
        let end = start + 1;
        while (end < n && a[order[end]!] === a[order[start]!]) end++;
        if (end - start > 1) {
          const run = Array.from(order.subarray(start, end)).sort((u, v) => b[u]! - b[v]!);
          order.set(run, start);
        }
        start = end;
      }
      // B key, x and t travel together through the merge passes (sequential access only).
      let keySrc = new Float64Array(n);
      let xSrc = new Float64Array(n);
      let tSrc = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const e = order[i]!;
        keySrc[i] = b[e]!;
        xSrc[i] = g.x[e]!;
        tSrc[i] = g.t[e]!;
      }
      let keyDst = new Float64Array(n);
      let xDst = new Float64Array(n);
      let tDst = new Float64Array(n);
      for (let width = 1; width < n; width *= 2) {
        for (let left = 0; left < n; left += 2 * width) {
          const mid = Math.min(left + width, n);
          const right = Math.min(left + 2 * width, n);
          let i = left;
          let j = mid;
          let k = left;
          while (i < mid && j < right) {
            if (keySrc[i]! < keySrc[j]!) {
              keyDst[k] = keySrc[i]!;
              xDst[k] = xSrc[i]!;
              tDst[k++] = tSrc[i++]!;
            } else {
              // keySrc[j] ≤ every remaining left key: pairs (left[i..mid), j).
              const count = mid - i;
              const xj = xSrc[j]!;
              const tj = tSrc[j]!;
              if (all) {
                if (written + count > out.values.length) {
                  const grown = new Float64Array(Math.max(2 * out.values.length, written + count));
                  grown.set(out.values.subarray(0, written));
                  out.values = grown;
                }
                const values = out.values;
                for (let q = i; q < mid; q++) values[written++] = (xj - xSrc[q]!) / (tj - tSrc[q]!);
              } else {
                while (p < positions.length && positions[p]! < counter + count) {
                  const q = i + (positions[p]! - counter);
                  out.values[written++] = (xj - xSrc[q]!) / (tj - tSrc[q]!);
                  p++;
                }
              }
              counter += count;
              keyDst[k] = keySrc[j]!;
              xDst[k] = xj;
              tDst[k++] = tj;
              j++;
            }
          }
          while (i < mid) {
            keyDst[k] = keySrc[i]!;
            xDst[k] = xSrc[i]!;
            tDst[k++] = tSrc[i++]!;
          }
          while (j < right) {
            keyDst[k] = keySrc[j]!;
            xDst[k] = xSrc[j]!;
            tDst[k++] = tSrc[j++]!;
          }
        }
        [keySrc, keyDst] = [keyDst, keySrc];
        [xSrc, xDst] = [xDst, xSrc];
        [tSrc, tDst] = [tDst, tSrc];
      }
    }
    return written;
  }

  /** A uniform sample (with replacement) of `m` slopes from all pairs (unsorted). */
  private sampleAll(m: number): Float64Array {
    if (this.firstSample !== undefined) return Float64Array.from(this.firstSample);
    const out = new Float64Array(m);
    // Choose a group in proportion to its pair count, then a uniform pair inside it.
    const groups = this.groups;
    const weights = groups.map((g) => (g.t.length * (g.t.length - 1)) / 2);
    for (let s = 0; s < m; s++) {
      let gi = 0;
      if (groups.length > 1) {
        let r = this.random() * this.total;
        while (gi < weights.length - 1 && r >= weights[gi]!) {
          r -= weights[gi]!;
          gi++;
        }
      }
      const g = groups[gi]!;
      const n = g.t.length;
      let i = Math.floor(this.random() * n);
      let j = Math.floor(this.random() * (n - 1));
      if (j >= i) j++;
      else {
        const swap = i;
        i = j;
        j = swap;
      }
      out[s] = (g.x[j]! - g.x[i]!) / (g.t[j]! - g.t[i]!);
    }
    this.firstSample = Float64Array.from(out);
    return out;
  }

  /**
   * Values at the 0-based ranks `ranks` (ascending, close together: they are bracketed by one interval).
   * Each round draws a sample from (lo, hi], takes its order statistics just outside the wanted ranks'
   * expected positions (± 2√m), counts the slopes at or below each, and keeps the narrower bracket.
   */
  selectRange(ranks: readonly number[]): number[] {
    const kMin = ranks[0]!;
    const kMax = ranks[ranks.length - 1]!;
    let lo = Number.NEGATIVE_INFINITY;
    let hi = Number.POSITIVE_INFINITY;
    let cLo = 0;
    let cHi = this.total;
    for (let round = 0; round < 64; round++) {
      const inside = cHi - cLo;
      if (inside <= this.enumerateLimit) break;
      const m = Math.min(this.sampleSize, inside);
      let sample: Float64Array;
      if (lo === Number.NEGATIVE_INFINITY && hi === Number.POSITIVE_INFINITY) sample = this.sampleAll(m);
      else {
        const positions = new Float64Array(m);
        for (let s = 0; s < m; s++) positions[s] = Math.floor(this.random() * inside);
        positions.sort();
        const out = { values: new Float64Array(m) };
        sample = out.values.subarray(0, this.sweep(lo, hi, positions, out));
      }
      const size = sample.length;
      const delta = 2 * Math.sqrt(size) + 2;
      const iLo = Math.floor(((kMin - cLo + 0.5) / inside) * size - delta);
      const iHi = Math.ceil(((kMax - cLo + 0.5) / inside) * size + delta);
      const iMid = Math.min(size - 1, Math.max(0, Math.floor(((kMin - cLo + 0.5) / inside) * size)));
      const before = inside;
      const tryBound = (index: number): void => {
        if (index < 0 || index >= size) return;
        const v = selectInPlace(sample, index);
        if (!(v > lo && v < hi)) return;
        const c = this.count(v);
        if (c <= kMin) {
          lo = v;
          cLo = c;
        } else if (c > kMax) {
          hi = v;
          cHi = c;
        }
      };
      tryBound(iLo);
      tryBound(iHi);
      if (cHi - cLo > before / 2) {
        // Little progress: many equal slopes. If every wanted rank sits in one block of equal values, done.
        tryBound(iMid);
        const v = selectInPlace(sample, iMid);
        if (v > lo && v <= hi) {
          const c = this.count(v);
          if (c > kMax && this.count(v, true) <= kMin) return ranks.map(() => v);
        }
        if (hi !== Number.POSITIVE_INFINITY && this.count(hi, true) <= kMin) return ranks.map(() => hi);
      }
    }
    return this.finish(ranks, lo, hi, cLo, cHi - cLo);
  }

  /** Lists the slopes in (lo, hi] and selects the wanted ranks (offset by cLo) among them. */
  private finish(ranks: readonly number[], lo: number, hi: number, cLo: number, inside: number): number[] {
    const out = { values: new Float64Array(Math.max(16, inside + 64)) };
    const got = this.sweep(lo, hi, 'all', out);
    const values = out.values.subarray(0, got);
    return selectRanks(
      values,
      ranks.map((k) => Math.min(Math.max(k - cLo, 0), got - 1)),
    );
  }
}
