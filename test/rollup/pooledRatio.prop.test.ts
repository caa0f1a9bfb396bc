import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pooledRatio } from '../../src/rollup/index.js';

const count = fc.integer({ min: 0, max: 1_000_000 });
const part = fc.record({
  numerator: fc.option(count, { nil: null }),
  denominator: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: null }),
});
const parts = fc.array(part, { minLength: 1, maxLength: 30 });

describe('pooledRatio properties', () => {
  it('lies between the smallest and largest ratio of the units used (a weighted mean of them)', () => {
    fc.assert(
      fc.property(parts, (ps) => {
        const r = pooledRatio(ps);
        const used = ps.filter((p) => p.numerator !== null && p.denominator !== null);
        if (r.status !== 'ok') {
          expect(used).toHaveLength(0);
          return;
        }
        const ratios = used.map((p) => (p.numerator as number) / (p.denominator as number));
        expect(r.value).toBeGreaterThanOrEqual(Math.min(...ratios) * (1 - 1e-15));
        expect(r.value).toBeLessThanOrEqual(Math.max(...ratios) * (1 + 1e-15));
        expect(r.coverage.used + r.coverage.incomplete.length).toBe(ps.length);
      }),
    );
  });

  it('does not depend on the order of the units, and sums integers exactly', () => {
    fc.assert(
      fc.property(parts, fc.constantFrom('exclude', 'zero', 'strict' as const), (ps, missing) => {
        const a = pooledRatio(ps, { missing });
        const b = pooledRatio([...ps].reverse(), { missing });
        expect(b.status).toBe(a.status);
        if (a.status !== 'ok' || b.status !== 'ok') return;
        expect(b.value).toBe(a.value);
        const n = ps.reduce(
          (s, p) =>
            s + (p.numerator !== null && (p.denominator !== null || missing === 'zero') ? p.numerator : 0),
          0,
        );
        expect(a.numerator).toBe(n);
      }),
    );
  });

  it('zero reads a missing figure as 0: never above exclude when only numerators are missing', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            numerator: fc.option(count, { nil: null }),
            denominator: fc.integer({ min: 1, max: 1000 }),
          }),
          {
            minLength: 1,
            maxLength: 20,
          },
        ),
        (ps) => {
          const exclude = pooledRatio(ps);
          const zero = pooledRatio(ps, { missing: 'zero' });
          if (exclude.status === 'ok' && zero.status === 'ok')
            expect(zero.value).toBeLessThanOrEqual(exclude.value * (1 + 1e-15));
        },
      ),
    );
  });
});
