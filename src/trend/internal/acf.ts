/**
 * Biased sample autocorrelation r_k = c_k / c_0 with c_k = (1/n) Σ_{t=0}^{n−1−k} y_t·y_{t+k}, y = x − mean(x),
 * for k = 0..maxLag (the estimator of R `acf()`, statsmodels' default and pyMannKendall's `__acf`). A constant
 * series (c_0 = 0) gives r_k = 0 for k ≥ 1 (pyMannKendall PR #33).
 *
 * Direct O(n·maxLag) for short series or few lags; for long series with many lags the autocovariance is taken
 * from an FFT of the zero-padded series (Wiener–Khinchin), O(n log n).
 *
 * @see G. E. P. Box, G. M. Jenkins (1976), Time Series Analysis, §2.1.4.
 */
export function autocorrelation(x: Float64Array, maxLag: number): Float64Array {
  const n = x.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i]!;
  mean /= n;
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) y[i] = x[i]! - mean;
  const out = new Float64Array(maxLag + 1);
  const direct = n * (maxLag + 1) <= 4_000_000;
  const c = direct ? directAutocovariance(y, maxLag) : fftAutocovariance(y, maxLag);
  const c0 = c[0]!;
  out[0] = 1;
  for (let k = 1; k <= maxLag; k++) out[k] = c0 === 0 ? 0 : c[k]! / c0;
  return out;
}

function directAutocovariance(y: Float64Array, maxLag: number): Float64Array {
  const n = y.length;
  const c = new Float64Array(maxLag + 1);
  for (let k = 0; k <= maxLag; k++) {
    let sum = 0;
    for (let t = 0; t + k < n; t++) sum += y[t]! * y[t + k]!;
    c[k] = sum / n;
  }
  return c;
}

function fftAutocovariance(y: Float64Array, maxLag: number): Float64Array {
  const n = y.length;
  let size = 1;
  while (size < 2 * n) size *= 2;
  const re = new Float64Array(size);
  const im = new Float64Array(size);
  re.set(y);
  fft(re, im, false);
  for (let i = 0; i < size; i++) {
    re[i] = re[i]! * re[i]! + im[i]! * im[i]!;
    im[i] = 0;
  }
  fft(re, im, true);
  const c = new Float64Array(maxLag + 1);
  for (let k = 0; k <= maxLag; k++) c[k] = re[k]! / size / n;
  return c;
}

/** In-place iterative radix-2 Cooley–Tukey FFT (inverse without the 1/size factor). */
function fft(re: Float64Array, im: Float64Array, inverse: boolean): void {
  const size = re.length;
  for (let i = 1, j = 0; i < size; i++) {
    let bit = size >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      let t = re[i]!;
      re[i] = re[j]!;
      re[j] = t;
      t = im[i]!;
      im[i] = im[j]!;
      im[j] = t;
    }
  }
  for (let len = 2; len <= size; len <<= 1) {
    const angle = ((inverse ? 2 : -2) * Math.PI) / len;
    const half = len >> 1;
    for (let k = 0; k < half; k++) {
      const wr = Math.cos(angle * k);
      const wi = Math.sin(angle * k);
      for (let i = k; i < size; i += len) {
        const j = i + half;
        const xr = re[j]! * wr - im[j]! * wi;
        const xi = re[j]! * wi + im[j]! * wr;
        re[j] = re[i]! - xr;
        im[j] = im[i]! - xi;
        re[i] = re[i]! + xr;
        im[i] = im[i]! + xi;
      }
    }
  }
}
