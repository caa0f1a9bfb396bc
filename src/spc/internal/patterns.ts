/**
 * O(n) pattern kernels on typed arrays. The public helpers (`shiftEnds`, `trendEnds`, `patternMembers`,
 * `twoInThreeWindows`, `twoInThreeFlags`) validate their input and delegate here; the chart engines call
 * these directly on each segment's non-missing points. Each kernel writes to `out` when given (a zeroed
 * array of the input's length, e.g. carved from one buffer for a whole chart), else to a new array.
 */

/**
 * 1 where the point ends `length` consecutive equal non-zero sides (the point and the `length - 1` before
 * it), else 0. One pass with a running count.
 */
export function shiftEndsKernel(
  side: Int8Array,
  length: number,
  out: Int8Array = new Int8Array(side.length),
): Int8Array {
  const n = side.length;
  let run = 0;
  for (let i = 0; i < n; i++) {
    const s = side[i]!;
    if (s === 0) run = 0;
    else if (i > 0 && side[i - 1] === s) run++;
    else run = 1;
    if (run >= length) out[i] = 1;
  }
  return out;
}

/**
 * +1 / -1 where the point ends `length` points with `length - 1` strictly increasing / decreasing steps,
 * else 0. An equal pair (step 0) breaks a trend. One pass with running counts.
 */
export function trendEndsKernel(
  values: Float64Array,
  length: number,
  out: Int8Array = new Int8Array(values.length),
): Int8Array {
  const n = values.length;
  let up = 0;
  let down = 0;
  const steps = length - 1;
  for (let i = 1; i < n; i++) {
    const d = values[i]! - values[i - 1]!;
    if (d > 0) {
      up++;
      down = 0;
    } else if (d < 0) {
      down++;
      up = 0;
    } else {
      up = 0;
      down = 0;
    }
    if (up >= steps) out[i] = 1;
    else if (down >= steps) out[i] = -1;
  }
  return out;
}

/**
 * 1 for every point inside a window of `length` points that ends at a non-zero element of `ends` (when
 * `sign` is 0), or at an element equal to `sign` (when `sign` is +1 or -1). One backward pass.
 */
export function windowMembersKernel(
  ends: Int8Array,
  length: number,
  sign: -1 | 0 | 1 = 0,
  out: Uint8Array = new Uint8Array(ends.length),
): Uint8Array {
  const n = ends.length;
  let countdown = 0;
  for (let i = n - 1; i >= 0; i--) {
    const e = ends[i]!;
    if (sign === 0 ? e !== 0 : e === sign) countdown = length;
    if (countdown > 0) {
      out[i] = 1;
      countdown--;
    }
  }
  return out;
}

/**
 * 1 for every point of any window of three consecutive points in which at least two are `close` and all
 * three have the same non-zero `side`, else 0.
 */
export function twoInThreeWindowsKernel(
  close: Uint8Array,
  side: Int8Array,
  out: Uint8Array = new Uint8Array(close.length),
): Uint8Array {
  const n = close.length;
  for (let j = 0; j + 2 < n; j++) {
    const s = side[j]!;
    if (s === 0 || side[j + 1] !== s || side[j + 2] !== s) continue;
    if (close[j]! + close[j + 1]! + close[j + 2]! >= 2) {
      out[j] = 1;
      out[j + 1] = 1;
      out[j + 2] = 1;
    }
  }
  return out;
}

/** 1 where `twoInThreeWindowsKernel` holds and the point itself is `close`. */
export function twoInThreeFlagsKernel(
  close: Uint8Array,
  side: Int8Array,
  into: Uint8Array = new Uint8Array(close.length),
): Uint8Array {
  const out = twoInThreeWindowsKernel(close, side, into);
  for (let i = 0; i < out.length; i++) if (close[i] === 0) out[i] = 0;
  return out;
}
