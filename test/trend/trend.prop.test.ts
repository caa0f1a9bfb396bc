/** Invariants of the trend statistics, checked on random series with fast-check. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearTrend, mannKendall, sensSlope } from '../../src/trend/index.js';
import { bruteForceScore, ok } from './helpers.js';

const series = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 3, maxLength: 60 });
const untied = fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 40 });

describe('trend invariants', () => {
  it('reversing a series negates S and the slope', () => {
    fc.assert(
      fc.property(series, (x) => {
        const forward = ok(mannKendall(x));
        const backward = ok(mannKendall([...x].reverse()));
        // + 0 folds −0 into 0.
        expect(backward.s + 0).toBe(-forward.s + 0);
        expect(backward.slope + 0).toBe(-forward.slope + 0);
        expect(backward.varS).toBe(forward.varS);
      }),
    );
  });

  it('adding a constant leaves S, var(S), p and the slope unchanged', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: -1e6, max: 1e6 }), (x, c) => {
        const a = ok(mannKendall(x));
        const b = ok(mannKendall(x.map((v) => v + c)));
        expect([b.s, b.varS, b.p, b.slope]).toEqual([a.s, a.varS, a.p, a.slope]);
        expect(b.intercept).toBeCloseTo(a.intercept + c, 6);
      }),
    );
  });

  it('scaling by c > 0 scales the Sen and least-squares slopes by c and leaves S unchanged', () => {
    fc.assert(
      fc.property(series, fc.double({ min: 0.001, max: 1000, noNaN: true }), (x, c) => {
        const a = ok(sensSlope(x));
        const b = ok(sensSlope(x.map((v) => v * c)));
        expect(Math.abs(b.slope - c * a.slope)).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(c * a.slope)),
        );
        expect(ok(mannKendall(x.map((v) => v * c))).s).toBe(ok(mannKendall(x)).s);
        const la = ok(linearTrend(x));
        const lb = ok(linearTrend(x.map((v) => v * c)));
        expect(Math.abs(lb.slope - c * la.slope)).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(c * la.slope)),
        );
      }),
    );
  });

  it('a strictly increasing series has tau = 1 (and a strictly decreasing one −1)', () => {
    fc.assert(
      fc.property(untied, (x) => {
        const up = [...x].sort((p, q) => p - q);
        expect(ok(mannKendall(up)).tau).toBe(1);
        expect(ok(mannKendall([...up].reverse())).tau).toBe(-1);
      }),
    );
  });

  it('S and var(S) equal the O(n²) definition; tau-b = tau-a without ties; p in [0, 1]', () => {
    fc.assert(
      fc.property(series, (x) => {
        const r = ok(mannKendall(x));
        expect({ s: r.s, varS: r.varS }).toEqual(bruteForceScore(x));
        expect(r.p).toBeGreaterThanOrEqual(0);
        expect(r.p).toBeLessThanOrEqual(1);
      }),
    );
    fc.assert(
      fc.property(untied, (x) => {
        const r = ok(mannKendall(x, { pValue: 'exact' }));
        expect(r.tauB).toBeCloseTo(r.tau, 14);
        expect(r.p).toBeGreaterThan(0);
        expect(r.p).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('Sen slope lies between the smallest and largest pairwise slope, and the interval brackets it', () => {
    fc.assert(
      fc.property(series, (x) => {
        const r = ok(sensSlope(x));
        if (r.lower !== null) expect(r.lower).toBeLessThanOrEqual(r.slope);
        if (r.upper !== null) expect(r.upper).toBeGreaterThanOrEqual(r.slope);
      }),
    );
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer(), { nil: null }), { maxLength: 30 }), (x) => {
        const copy = [...x];
        mannKendall(x, { variant: 'hamed-rao' });
        sensSlope(x);
        linearTrend(x);
        expect(x).toEqual(copy);
      }),
    );
  });
});
