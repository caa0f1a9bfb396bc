/**
 * Weighted least-squares line `y = a + b (t − t̄_w)` through `(t_i, y_i)` with weights `w_i`:
 * `b = Σ w (t − t̄_w)(y − ȳ_w) / Σ w (t − t̄_w)²`, intercept at the weighted means. Callers guarantee at
 * least two distinct `t` and positive weights. Returns the prediction at `at` and the slope.
 */
export function weightedLine(
  t: readonly number[],
  y: readonly number[],
  w: readonly number[],
  at: number,
): { predicted: number; slope: number } {
  let sw = 0;
  let swt = 0;
  let swy = 0;
  for (let i = 0; i < t.length; i++) {
    const wi = w[i] as number;
    sw += wi;
    swt += wi * (t[i] as number);
    swy += wi * (y[i] as number);
  }
  const tBar = swt / sw;
  const yBar = swy / sw;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < t.length; i++) {
    const dt = (t[i] as number) - tBar;
    sxy += (w[i] as number) * dt * ((y[i] as number) - yBar);
    sxx += (w[i] as number) * dt * dt;
  }
  const slope = sxy / sxx;
  return { predicted: yBar + slope * (at - tBar), slope };
}
