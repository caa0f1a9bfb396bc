import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ScoreProgressScored, scoreProgress } from '../../src/scoring/index.js';

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const maybe = fc.option(value, { nil: null });

function finiteEverywhere(x: unknown): boolean {
  if (typeof x === 'number') return Number.isFinite(x);
  if (Array.isArray(x)) return x.every(finiteEverywhere);
  if (x && typeof x === 'object') return Object.values(x).every(finiteEverywhere);
  return true;
}

describe('scoreProgress properties', () => {
  it('increase: no score falls as the actual rises', () => {
    fc.assert(
      fc.property(value, value, value, maybe, (a, b, target, baseline) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const rLo = scoreProgress({
          current: lo,
          target,
          baseline,
          polarity: 'increase',
        }) as ScoreProgressScored;
        const rHi = scoreProgress({
          current: hi,
          target,
          baseline,
          polarity: 'increase',
        }) as ScoreProgressScored;
        expect(rLo.status).toBe('ok');
        if (rLo.achieved) expect(rHi.achieved).toBe(true);
        expect(rHi.remaining).toBeLessThanOrEqual(rLo.remaining);
        if (rLo.gapClosed !== null && rHi.gapClosed !== null)
          expect(rHi.gapClosed).toBeGreaterThanOrEqual(rLo.gapClosed);
        if (rLo.percentOfTarget !== null && rHi.percentOfTarget !== null) {
          expect(rHi.percentOfTarget).toBeGreaterThanOrEqual(rLo.percentOfTarget);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('decrease: no score rises as the actual rises (the mirror)', () => {
    fc.assert(
      fc.property(value, value, value, maybe, (a, b, target, baseline) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const rLo = scoreProgress({
          current: lo,
          target,
          baseline,
          polarity: 'decrease',
        }) as ScoreProgressScored;
        const rHi = scoreProgress({
          current: hi,
          target,
          baseline,
          polarity: 'decrease',
        }) as ScoreProgressScored;
        if (rHi.achieved) expect(rLo.achieved).toBe(true);
        expect(rLo.remaining).toBeLessThanOrEqual(rHi.remaining);
        // percent of target may switch method only with the baseline, which is fixed here
        expect(
          rLo.percentOfTargetMethod === null ||
            rHi.percentOfTargetMethod === null ||
            rLo.percentOfTargetMethod === rHi.percentOfTargetMethod,
        ).toBe(true);
        if (rLo.gapClosed !== null && rHi.gapClosed !== null)
          expect(rLo.gapClosed).toBeGreaterThanOrEqual(rHi.gapClosed);
        if (rLo.percentOfTarget !== null && rHi.percentOfTarget !== null) {
          expect(rLo.percentOfTarget).toBeGreaterThanOrEqual(rHi.percentOfTarget);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('decrease mirrors increase: negating every value gives the same gap closed and achievement', () => {
    fc.assert(
      fc.property(value, value, value, (current, target, baseline) => {
        const up = scoreProgress({ current, target, baseline, polarity: 'increase' }) as ScoreProgressScored;
        const down = scoreProgress({
          current: -current,
          target: -target,
          baseline: -baseline,
          polarity: 'decrease',
        }) as ScoreProgressScored;
        expect(down.achieved).toBe(up.achieved);
        expect(down.gapClosed).toBe(up.gapClosed);
        expect(down.remaining).toBe(up.remaining);
      }),
      { numRuns: 300 },
    );
  });

  it('never NaN or Infinity, whatever the values and polarity', () => {
    const polarity = fc.constantFrom('increase', 'decrease', 'range', 'neutral') as fc.Arbitrary<
      'increase' | 'decrease' | 'range' | 'neutral'
    >;
    const special = fc.oneof(value, fc.constantFrom(0, -0, 1e-300, -1e-300, 5e-324));
    fc.assert(
      fc.property(
        special,
        special,
        special,
        special,
        polarity,
        fc.option(special, { nil: undefined }),
        (c, t1, t2, b, p, tol) => {
          const target = p === 'range' ? { min: Math.min(t1, t2), max: Math.max(t1, t2) } : t1;
          const r = scoreProgress({
            current: c,
            target,
            baseline: b,
            polarity: p,
            tolerance: tol === undefined ? undefined : Math.abs(tol),
          });
          expect(finiteEverywhere(r)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gapClosed is 1 exactly when the target is met exactly', () => {
    fc.assert(
      fc.property(value, value, (target, baseline) => {
        fc.pre(target !== baseline);
        const r = scoreProgress({
          current: target,
          target,
          baseline,
          polarity: target > baseline ? 'increase' : 'decrease',
        }) as ScoreProgressScored;
        expect(r.gapClosed).toBe(1);
        expect(r.achieved).toBe(true);
      }),
    );
  });
});

describe('scoreProgress: the plain-number fast path equals the decimal.js path', () => {
  // Decimal strings always take the decimal.js path; the same figures as numbers take the fast path.
  const decimalish = fc.oneof(
    fc.integer({ min: -1e6, max: 1e6 }),
    fc.integer({ min: -1e8, max: 1e8 }).map((n) => n / 100),
    fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1e6),
    fc.constantFrom(0, 0.1, 0.2, 0.3, 1e-7, 123456789.123, 2 ** 52, -0),
  );
  const tolerance = fc.oneof(
    fc.constant(undefined),
    fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
    fc.integer({ min: 0, max: 100 }).map((n) => ({ relative: n / 100 })),
  );
  it('identical results for random figures, polarities, options', () => {
    fc.assert(
      fc.property(
        decimalish,
        decimalish,
        fc.option(decimalish, { nil: null }),
        fc.constantFrom('increase', 'decrease') as fc.Arbitrary<'increase' | 'decrease'>,
        tolerance,
        fc.constantFrom('auto', 'ratio', 'gap_closed') as fc.Arbitrary<'auto' | 'ratio' | 'gap_closed'>,
        fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        fc.integer({ min: 0, max: 3 }),
        (c, t, b, polarity, tol, method, decimals, percentDecimals) => {
          const common = { polarity, tolerance: tol, percentOfTarget: method, decimals, percentDecimals };
          const fast = scoreProgress({ current: c, target: t, baseline: b, ...common });
          const slow = scoreProgress({
            current: String(c),
            target: String(t),
            baseline: b === null ? null : String(b),
            ...common,
          });
          expect(fast).toEqual(slow);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
