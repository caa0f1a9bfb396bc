import { describe, expect, it } from 'vitest';
import { autocorrelation } from '../../../src/trend/internal/acf.js';
import { averageRanks, kendallConcordance, kendallScore } from '../../../src/trend/internal/kendall.js';
import { kendallExactTwoSidedP } from '../../../src/trend/internal/kendallExact.js';
import { roundHalfEven } from '../../../src/trend/internal/sen.js';
import { bruteForceScore } from '../helpers.js';

describe('Knight O(n log n) scores', () => {
  it('kendallScore equals the double loop (ties, runs longer than the insertion block)', () => {
    const x = Array.from({ length: 300 }, (_, i) => ((i * 7919) % 31) - (i % 5));
    const r = kendallScore(Float64Array.from(x));
    expect({ s: r.s, varS: r.varS }).toEqual(bruteForceScore(x));
  });
  it('kendallConcordance equals Σ sgn(Δx)·sgn(Δy)', () => {
    const x = Array.from({ length: 120 }, (_, i) => (i * 37) % 11);
    const y = Array.from({ length: 120 }, (_, i) => (i * 53) % 7);
    let k = 0;
    for (let i = 0; i < 120; i++)
      for (let j = i + 1; j < 120; j++) k += Math.sign(x[j]! - x[i]!) * Math.sign(y[j]! - y[i]!);
    expect(kendallConcordance(Float64Array.from(x), Float64Array.from(y))).toBe(k);
  });
  it('averageRanks gives tied values the mean rank', () => {
    expect(Array.from(averageRanks(Float64Array.from([10, 20, 10, 30, 20, 20])))).toEqual([
      1.5, 4, 1.5, 6, 4, 4,
    ]);
  });
});

describe('exact null distribution', () => {
  it('closed forms and edge cases', () => {
    expect(kendallExactTwoSidedP(2, 1)).toBe(1);
    expect(kendallExactTwoSidedP(4, 0)).toBe(1);
    expect(kendallExactTwoSidedP(5, 10)).toBeCloseTo(2 / 120, 16);
    expect(kendallExactTwoSidedP(5, 8)).toBeCloseTo(2 / 24, 16);
    // n = 4, S = 2 (I = 2): P(I ≤ 2) = (1 + 3 + 5)/24
    expect(kendallExactTwoSidedP(4, 2)).toBeCloseTo((2 * 9) / 24, 15);
    expect(kendallExactTwoSidedP(200, 19900)).toBe(0);
  });
});

describe('autocorrelation', () => {
  it('the FFT path equals the direct estimator', () => {
    const n = 3000;
    const x = Float64Array.from({ length: n }, (_, i) => Math.sin(i / 7) + ((i * 7919) % 17) / 17);
    const fft = autocorrelation(x, n - 1);
    let mean = 0;
    for (const v of x) mean += v;
    mean /= n;
    const c = (k: number): number => {
      let s = 0;
      for (let t = 0; t + k < n; t++) s += (x[t]! - mean) * (x[t + k]! - mean);
      return s / n;
    };
    for (const k of [1, 2, 10, 500, 2998]) expect(fft[k]).toBeCloseTo(c(k) / c(0), 12);
  });
  it('a constant series has zero autocorrelation (pyMannKendall PR #33)', () => {
    expect(Array.from(autocorrelation(Float64Array.from([2, 2, 2, 2]), 2))).toEqual([1, 0, 0]);
  });
  it('round half to even as R and NumPy', () => {
    expect([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4, 2.6].map(roundHalfEven)).toEqual([
      0, 2, 2, -0, -2, -2, 2, 3,
    ]);
  });
});
