import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { logGamma, studentTCdf, studentTQuantile } from '../../../src/scoring/internal/studentT.js';

const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'scoring', 'studentT.json'), 'utf8'),
) as { scipy: string; cases: { p: number; df: number; quantile: number }[] };

describe(`studentTQuantile against SciPy ${fixture.scipy} t.ppf`, () => {
  for (const c of fixture.cases) {
    it(`t.ppf(${c.p}, ${c.df}) = ${c.quantile}`, () => {
      const q = studentTQuantile(c.p, c.df);
      expect(Math.abs(q - c.quantile)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(c.quantile)));
    });
  }
});

describe('studentT helpers', () => {
  it('cdf is symmetric and inverts the quantile', () => {
    expect(studentTCdf(0, 5)).toBe(0.5);
    expect(studentTCdf(-2, 7) + studentTCdf(2, 7)).toBeCloseTo(1, 15);
    expect(studentTCdf(studentTQuantile(0.975, 3), 3)).toBeCloseTo(0.975, 14);
  });
  it('logGamma matches known values', () => {
    // Γ(5) = 24; Γ(1/2) = √π; Γ(0.1) = 9.513507698668732
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(logGamma(0.1)).toBeCloseTo(Math.log(9.513507698668732), 13);
  });
});
