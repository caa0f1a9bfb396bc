import { describe, expect, it } from 'vitest';
import { linearTrend } from '../../src/trend/index.js';
import { ok, thrown } from './helpers.js';

describe('linearTrend', () => {
  it('insufficient data below three values', () => {
    expect(linearTrend([1, null, 2])).toEqual({ status: 'insufficient_data', required: 3, received: 2 });
  });

  it('a constant series has r = 0, p = 1 and zero slope', () => {
    const r = ok(linearTrend([5, 5, 5, 5]));
    expect(r).toMatchObject({ slope: 0, intercept: 5, r: 0, r2: 0, p: 1, slopeStdErr: 0 });
  });

  it('a perfect line has r = 1, zero standard error and p ≈ 0 (SciPy guards r = ±1 the same way)', () => {
    const r = ok(linearTrend([1, 3, 5, 7, 9, 11]));
    expect(r.slope).toBe(2);
    expect(r.intercept).toBe(1);
    expect(r.r).toBe(1);
    expect(r.slopeStdErr).toBe(0);
    expect(r.p).toBeLessThan(1e-12);
    expect([r.lower, r.upper]).toEqual([2, 2]);
  });

  it('keeps positions across missing values (intercept at the first element)', () => {
    const r = ok(linearTrend([null, 3, 5, null, 9]));
    expect(r.slope).toBeCloseTo(2, 14);
    expect(r.intercept).toBeCloseTo(1, 13);
    expect(r.n).toBe(3);
  });

  it('throws for a bad alpha or values', () => {
    expect(thrown(() => linearTrend([1, 2, 3], { alpha: 1 })).path).toBe('options.alpha');
    expect(thrown(() => linearTrend([1, {} as never, 3])).path).toBe('values[1]');
  });
});
