import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  destatisWeather,
  escapAnticipatedProgress,
  escapCurrentStatus,
  eurostatProgress,
  okrGrade,
  openSdgAggregate,
  openSdgProgress,
  unsdProgress,
} from '../../../src/scoring/methods/index.js';

/** Ordinary values, zeros, missing values and, now and then, extreme doubles (overflow must not leak out). */
const value = fc.oneof(
  fc.double({ min: -1e4, max: 1e4, noNaN: true }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant(0),
  fc.constant(null),
);
const series = fc
  .array(fc.tuple(fc.integer({ min: 2005, max: 2029 }), value), { maxLength: 12 })
  .map((pairs) => [...new Map(pairs).entries()].map(([year, v]) => ({ year, value: v })));
const polarity = fc.constantFrom('increase' as const, 'decrease' as const);
const target = fc.option(
  fc.oneof(
    fc.double({ min: -1e4, max: 1e4, noNaN: true }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  ),
  { nil: null },
);
const limit = fc.option(fc.double({ min: -200, max: 200, noNaN: true }), { nil: null });

const finiteOrNull = (x: unknown) => x === null || (typeof x === 'number' && Number.isFinite(x));

describe('published methods: never NaN or Infinity, scores in range', () => {
  it('openSdgProgress: score in [-5, 5] or null, progress value finite or null', () => {
    fc.assert(
      fc.property(series, polarity, target, limit, (s, p, t, l) => {
        const r = openSdgProgress(s, { polarity: p, target: t, naturalLimit: l });
        expect(finiteOrNull(r.score)).toBe(true);
        expect(finiteOrNull(r.progressValue)).toBe(true);
        if (r.score !== null) {
          expect(r.score).toBeGreaterThanOrEqual(-5);
          expect(r.score).toBeLessThanOrEqual(5);
        }
        expect(r.status === 'not_available').toBe(r.score === null);
        const aggregate = openSdgAggregate([r]);
        expect(aggregate.score).toBe(r.score);
      }),
    );
  });

  it('unsdProgress, eurostatProgress, destatisWeather and the ESCAP indices return finite quantities or null', () => {
    fc.assert(
      fc.property(series, polarity, target, (s, p, t) => {
        const u = unsdProgress(s, { polarity: p, target: t });
        for (const x of [u.cagr, u.expected, u.ratio]) expect(finiteOrNull(x)).toBe(true);
        const e = eurostatProgress(s, { polarity: p, target: t });
        for (const x of [e.cagr, e.requiredCagr, e.ratio]) expect(finiteOrNull(x)).toBe(true);
        for (const change of ['absolute', 'relative'] as const) {
          const d = destatisWeather(s, { polarity: p, target: t, targetYear: 2030, change });
          for (const x of [d.averageChange, d.lastChange, d.projected, d.miss])
            expect(finiteOrNull(x)).toBe(true);
        }
        if (t !== null) {
          expect(finiteOrNull(escapCurrentStatus(s, { polarity: p, target: t }).ratio)).toBe(true);
          for (const extrapolation of ['weighted_regression', 'regression', 'cagr'] as const) {
            const a = escapAnticipatedProgress(s, { polarity: p, target: t, extrapolation });
            expect(finiteOrNull(a.predicted) && finiteOrNull(a.gap)).toBe(true);
          }
        }
      }),
    );
  });

  it('okrGrade stays in [0, 1]', () => {
    const kr = fc.oneof(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.boolean().map((achieved) => ({ achieved })),
      fc
        .tuple(
          fc.double({ min: -100, max: 100, noNaN: true }),
          fc.double({ min: -100, max: 100, noNaN: true }),
        )
        .filter(([planned]) => planned !== 0)
        .map(([planned, achieved]) => ({ planned, achieved })),
    );
    fc.assert(
      fc.property(fc.array(kr, { minLength: 1, maxLength: 6 }), (krs) => {
        const g = okrGrade(krs).grade;
        expect(g).toBeGreaterThanOrEqual(0);
        expect(g).toBeLessThanOrEqual(1);
      }),
    );
  });
});
