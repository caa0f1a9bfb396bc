/**
 * Golden values generated with SciPy by test/fixtures/trend/generate_scipy_golden.py (versions in the file's
 * `generator` field): exact Kendall p-values for n = 3..60, Theil–Sen with irregular times (including a
 * series long enough for randomised slope selection), least squares with its confidence interval, and the
 * normal and t tails.
 */
import { describe, expect, it } from 'vitest';
import { linearTrend, mannKendall, sensSlope } from '../../src/trend/index.js';
import { golden, relClose } from './golden.js';

describe('exact Mann-Kendall p-values (SciPy kendalltau method="exact", n = 3..60)', () => {
  const byN = new Map<number, typeof golden.exact>();
  for (const c of golden.exact) byN.set(c.n, [...(byN.get(c.n) ?? []), c]);
  it('covers every n from 3 to 60', () => {
    expect([...byN.keys()]).toEqual(Array.from({ length: 58 }, (_, i) => i + 3));
  });
  for (const [n, cases] of byN) {
    it(`n = ${n}`, () => {
      for (const c of cases) {
        const result = mannKendall(c.x, { pValue: 'exact' });
        if (result.status !== 'ok') throw new Error('insufficient');
        expect(result.pValueMethod).toBe('exact');
        expect(Math.abs(result.p! - c.p)).toBeLessThanOrEqual(1e-12);
        expect(relClose(result.tauB!, c.tau, 1e-12, 1e-15)).toBe(true);
        expect(result.h).toBe(c.p <= 0.05);
      }
    });
  }
});

describe('Sen slope with irregular times (SciPy theilslopes)', () => {
  for (const c of golden.theilslopes) {
    it(c.name, () => {
      const result = sensSlope(c.y, { times: c.x, alpha: c.alpha });
      if (result.status !== 'ok') throw new Error('insufficient');
      expect(relClose(result.slope, c.slope, 1e-9, 1e-15)).toBe(true);
      expect(relClose(result.intercept, c.intercept, 1e-9, 1e-12)).toBe(true);
      // Bounds are available for all these n (see the vectors for the unavailable cases).
      expect(relClose(result.lower!, c.low_slope, 1e-9, 1e-15)).toBe(true);
      expect(relClose(result.upper!, c.high_slope, 1e-9, 1e-15)).toBe(true);
      expect(result.warnings).toEqual([]);
    });
  }
});

describe('least-squares trend with irregular times and its interval (SciPy linregress, t.ppf)', () => {
  for (const c of golden.linregress) {
    it(c.name, () => {
      const result = linearTrend(c.y, { times: c.x, alpha: c.alpha });
      if (result.status !== 'ok') throw new Error('insufficient');
      expect(relClose(result.slope, c.slope, 1e-9)).toBe(true);
      expect(relClose(result.intercept, c.intercept, 1e-9)).toBe(true);
      expect(relClose(result.r, c.rvalue, 1e-9)).toBe(true);
      expect(Math.abs(result.p - c.p)).toBeLessThanOrEqual(1e-12);
      expect(relClose(result.slopeStdErr, c.stderr, 1e-9)).toBe(true);
      expect(relClose(result.interceptStdErr, c.intercept_stderr, 1e-9)).toBe(true);
      expect(relClose(result.lower, c.lower, 1e-9)).toBe(true);
      expect(relClose(result.upper, c.upper, 1e-9)).toBe(true);
    });
  }
});
