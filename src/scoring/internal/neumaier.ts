/** Neumaier-compensated sum of finite numbers (exact to about one rounding for ordinary data). */
export function neumaierSum(values: readonly number[]): number {
  let sum = 0;
  let compensation = 0;
  for (const v of values) {
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  const total = sum + compensation;
  return total === 0 ? 0 : total;
}

/** Median of finite numbers (the mean of the two middle values for an even count); callers pass ≥ 1 value. */
export function medianOf(values: readonly number[]): number {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  const mid = n >> 1;
  let m: number;
  if (n % 2 === 1) m = sorted[mid] as number;
  else {
    const a = sorted[mid - 1] as number;
    const b = sorted[mid] as number;
    m = (a + b) / 2;
    if (!Number.isFinite(m)) m = a / 2 + b / 2;
  }
  return m === 0 ? 0 : m;
}
