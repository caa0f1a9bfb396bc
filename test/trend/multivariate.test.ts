import { describe, expect, it } from 'vitest';
import {
  correlatedMultivariateMannKendall,
  multivariateMannKendall,
  partialMannKendall,
  seasonalMannKendall,
} from '../../src/trend/index.js';
import { bruteForceScore, ok, thrown } from './helpers.js';

const a = [10, 11, 13, 12, 15, 16, 18, 17, 19, 21];
const b = [20, 22, 21, 24, 26, 25, 28, 30, 29, 31];

describe('multivariate, correlated and partial Mann-Kendall', () => {
  it('multivariate equals the seasonal test on the interleaved series', () => {
    const m = ok(multivariateMannKendall([a, b]));
    const flat = a.flatMap((v, i) => [v, b[i]!]);
    const s = ok(seasonalMannKendall(flat, { period: 2 }));
    expect([m.s, m.varS, m.p, m.slope, m.intercept]).toEqual([s.s, s.varS, s.p, s.slope, s.intercept]);
    expect(m.series).toHaveLength(2);
    expect(m.s).toBe(bruteForceScore(a).s + bruteForceScore(b).s);
  });

  it('correlated: identical series double S and quadruple var(S)', () => {
    const single = bruteForceScore(a);
    const r = ok(correlatedMultivariateMannKendall([a, a]));
    expect(r.s).toBe(2 * single.s);
    expect(r.varS).toBeCloseTo(4 * single.varS, 9);
    expect(r.z).toBeCloseTo((2 * single.s) / Math.sqrt(4 * single.varS), 12);
    const cc = ok(correlatedMultivariateMannKendall([a, a], { continuity: true }));
    expect(cc.z).toBeCloseTo((2 * single.s - 1) / Math.sqrt(4 * single.varS), 12);
  });

  it('correlated: drops incomplete rows and needs three complete rows', () => {
    expect(
      correlatedMultivariateMannKendall([
        [1, 2, null, 4],
        [1, null, 3, 4],
      ]),
    ).toEqual({
      status: 'insufficient_data',
      required: 3,
      received: 2,
    });
    expect(
      ok(
        correlatedMultivariateMannKendall([
          [1, 2, null, 4, 5],
          [1, 3, 3, 4, 6],
        ]),
      ).n,
    ).toBe(4);
  });

  it('partial: a covariate identical to the series leaves nothing to explain', () => {
    const r = ok(partialMannKendall(a, a));
    expect(r.rho).toBeCloseTo(1, 12);
    expect(r.s).toBeCloseTo(0, 9);
    const other = ok(partialMannKendall(a, [1, 5, 2, 4, 3, 5, 1, 2, 4, 3]));
    expect(other.tau).toBeCloseTo(bruteForceScore(a).s / 45, 15);
    expect(partialMannKendall([1, 2, null], [1, 2, 3])).toEqual({
      status: 'insufficient_data',
      required: 3,
      received: 2,
    });
  });

  it('multivariate: insufficient data when no series has two values', () => {
    expect(
      multivariateMannKendall([
        [1, null],
        [null, 2],
      ]),
    ).toEqual({ status: 'insufficient_data', required: 2, received: 1 });
  });

  it('throws typed errors', () => {
    let e = thrown(() => multivariateMannKendall([a]));
    expect(e.message).toBe(
      'multivariateMannKendall: expected series to be an array of at least 2 series, received an array of length 1',
    );
    e = thrown(() => multivariateMannKendall([a, [1, 2]]));
    expect(e.code).toBe('mismatched_lengths');
    expect(e.path).toBe('series[1]');
    e = thrown(() => multivariateMannKendall([a, b], { alpha: 5 }));
    expect(e.path).toBe('options.alpha');
    e = thrown(() => multivariateMannKendall([a, b], { continuity: 'yes' as never }));
    expect(e.path).toBe('options.continuity');
    e = thrown(() => correlatedMultivariateMannKendall([a, b], { alpha: 0 }));
    expect(e.path).toBe('options.alpha');
    e = thrown(() => correlatedMultivariateMannKendall([a, b], { continuity: 0 as never }));
    expect(e.path).toBe('options.continuity');
    e = thrown(() => partialMannKendall(a, [1, 2]));
    expect(e.code).toBe('mismatched_lengths');
    e = thrown(() => partialMannKendall(a, b, { alpha: 1 }));
    expect(e.path).toBe('options.alpha');
  });

  it('does not mutate inputs', () => {
    const x = [...a];
    const y = [...b];
    multivariateMannKendall([x, y]);
    correlatedMultivariateMannKendall([x, y]);
    partialMannKendall(x, y);
    expect([x, y]).toEqual([a, b]);
  });
});
