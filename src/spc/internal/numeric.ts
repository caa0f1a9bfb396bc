/**
 * Small numeric kernels shared by the SPC charts. Sums are compensated (Neumaier), so a mean matches R's
 * long-double `mean()` to within an ulp and does not depend on the order of large and small terms.
 */

/** Neumaier-compensated sum of `values[0..length)`. */
export function compensatedSum(values: Float64Array, length: number = values.length): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < length; i++) {
    const v = values[i]!;
    const t = sum + v;
    if (Math.abs(sum) >= Math.abs(v)) compensation += sum - t + v;
    else compensation += v - t + sum;
    sum = t;
  }
  return sum + compensation;
}

/** Mean of `values[0..length)` with a compensated sum; `NaN` when `length` is 0 (callers check first). */
export function compensatedMean(values: Float64Array, length: number = values.length): number {
  return compensatedSum(values, length) / length;
}

/** Median of `values[0..length)` (average of the two middle values for an even count, as R's `median`). */
export function median(values: Float64Array, length: number = values.length): number {
  const sorted = values.slice(0, length).sort();
  const mid = length >> 1;
  return length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The sign of `a - b` as -1, 0 or +1, by exact comparison. */
export function sideOf(a: number, b: number): -1 | 0 | 1 {
  return a > b ? 1 : a < b ? -1 : 0;
}
