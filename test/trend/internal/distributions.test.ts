import { describe, expect, it } from 'vitest';
import {
  normalCdf,
  normalQuantile,
  normalTwoSidedP,
  normalUpperQuantile,
  normalUpperTail,
} from '../../../src/trend/internal/normal.js';
import {
  lnBeta,
  lnGamma,
  regularizedBeta,
  regularizedBetaComplement,
  studentTTwoSidedP,
  studentTUpperQuantile,
} from '../../../src/trend/internal/specialFunctions.js';
import { golden, relClose } from '../golden.js';

describe('normal distribution (golden: mpmath erfc to 40 digits, SciPy norm.sf)', () => {
  for (const { z, p, exact } of golden.normal) {
    it(`2·(1 − Φ(${z})) to 1e-15 relative of the exact value, 1e-13 of SciPy`, () => {
      expect(relClose(normalTwoSidedP(z), exact, 1e-15, 1e-300)).toBe(true);
      expect(relClose(normalTwoSidedP(-z), exact, 1e-15, 1e-300)).toBe(true);
      expect(relClose(normalTwoSidedP(z), p, 1e-13, 1e-300)).toBe(true);
    });
  }
  it('underflows to 0 beyond |z| = 50 and propagates NaN', () => {
    expect(normalUpperTail(60)).toBe(0);
    expect(normalUpperTail(-60)).toBe(1);
    expect(Number.isNaN(normalUpperTail(Number.NaN))).toBe(true);
  });
  it('Φ is symmetric', () => {
    for (const x of [0.1, 0.9, 2, 7]) expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 15);
  });
  it('quantiles invert the tail (A&S 26.2.23 + Halley) to full precision', () => {
    // Φ⁻¹(0.975) = 1.959963984540054 (SciPy norm.ppf)
    expect(relClose(normalUpperQuantile(0.025), 1.959963984540054, 1e-15)).toBe(true);
    expect(relClose(normalQuantile(0.995), 2.5758293035489004, 1e-15)).toBe(true);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalUpperQuantile(0.5)).toBe(0);
    expect(relClose(normalUpperQuantile(0.7), -0.5244005127080407, 1e-14)).toBe(true);
    for (const q of [1e-300, 1e-20, 1e-8, 0.001, 0.2, 0.49]) {
      expect(relClose(normalUpperTail(normalUpperQuantile(q)), q, 1e-13)).toBe(true);
    }
    expect(normalUpperQuantile(0)).toBe(Number.POSITIVE_INFINITY);
    expect(normalUpperQuantile(1)).toBe(Number.NEGATIVE_INFINITY);
    expect(Number.isNaN(normalUpperQuantile(2))).toBe(true);
  });
});

describe("Student's t and the incomplete beta (golden: SciPy t.sf)", () => {
  for (const { t, df, p } of golden.student) {
    it(`P(|T_${df}| ≥ ${t}) to 1e-12 absolute and 1e-10 relative`, () => {
      const actual = studentTTwoSidedP(t, df);
      expect(Math.abs(actual - p)).toBeLessThanOrEqual(1e-12);
      expect(relClose(actual, p, 1e-10, 1e-300)).toBe(true);
    });
  }
  it('handles infinite and NaN statistics', () => {
    expect(studentTTwoSidedP(Number.POSITIVE_INFINITY, 3)).toBe(0);
    expect(Number.isNaN(studentTTwoSidedP(Number.NaN, 3))).toBe(true);
  });
  it('quantiles match SciPy t.ppf', () => {
    for (const c of golden.linregress) {
      expect(relClose(studentTUpperQuantile(c.alpha / 2, c.y.length - 2), c.t_quantile, 1e-12)).toBe(true);
    }
    expect(studentTUpperQuantile(0.5, 4)).toBe(0);
  });
  it('log-gamma and log-beta agree with known values', () => {
    expect(relClose(lnGamma(0.5), Math.log(Math.sqrt(Math.PI)), 1e-14)).toBe(true);
    expect(Math.abs(lnGamma(1))).toBeLessThan(1e-14);
    expect(relClose(lnGamma(10), Math.log(362880), 1e-15)).toBe(true);
    expect(relClose(lnGamma(1e6), 12815504.569147611, 1e-15)).toBe(true); // SciPy gammaln
    expect(relClose(lnBeta(2, 3), Math.log(1 / 12), 1e-14)).toBe(true);
    expect(relClose(lnBeta(0.5, 0.5), Math.log(Math.PI), 1e-14)).toBe(true);
    expect(relClose(lnBeta(20, 30), lnGamma(20) + lnGamma(30) - lnGamma(50), 1e-13)).toBe(true);
    expect(relClose(lnBeta(3, 30), lnGamma(3) + lnGamma(30) - lnGamma(33), 1e-13)).toBe(true);
  });
  it('regularized beta: closed forms and the symmetry', () => {
    // I_x(a, 1) = x^a; I_x(1, b) = 1 − (1 − x)^b
    expect(relClose(regularizedBeta(0.3, 2.5, 1), 0.3 ** 2.5, 1e-14)).toBe(true);
    expect(relClose(regularizedBeta(0.8, 1, 4), 1 - 0.2 ** 4, 1e-14)).toBe(true);
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
    expect(relClose(regularizedBetaComplement(0.3, 2, 3), 1 - 0.3483, 1e-13)).toBe(true);
  });
});
