import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decomposeChange, type RollupNode, rollup } from '../../src/rollup/index.js';
import { dec } from '../../src/rollup/internal/decimal.js';

const methods = ['weighted_mean', 'mean', 'min', 'max', 'two_worst', 'share_on_track'] as const;
const score = fc.option(fc.double({ min: -2, max: 3, noNaN: true, noDefaultInfinity: true }), { nil: null });
const weight = fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 100, noNaN: true }));
const children = fc.array(fc.record({ score, weight }), { minLength: 1, maxLength: 8 });
const method = fc.constantFrom(...methods);
const missing = fc.constantFrom('ignore', 'strict', 'zero' as const);

const tree = (
  kids: Array<{ score: number | null; weight: number }>,
  m: (typeof methods)[number],
  p: 'ignore' | 'strict' | 'zero',
): RollupNode => ({
  id: 'g',
  method: m,
  missing: p,
  children: kids.map((k, i) => ({ id: `c${i}`, score: k.score, weight: k.weight })),
});

describe('rollup properties', () => {
  it('scores lie between the smallest and largest input; shares sum to 1', () => {
    fc.assert(
      fc.property(children, method, missing, (kids, m, p) => {
        const r = rollup(tree(kids, m, p));
        if (r.score === null) return;
        const inputs = r.children.filter((c) => c.input !== null).map((c) => c.input as number);
        expect(r.score).toBeGreaterThanOrEqual(Math.min(...inputs) - 1e-12);
        expect(r.score).toBeLessThanOrEqual(Math.max(...inputs) + 1e-12);
        expect(r.children.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 12);
        expect(r.children.reduce((s, c) => s + c.share * (c.input ?? 0), 0)).toBeCloseTo(r.score, 10);
      }),
    );
  });
  it('contributions sum exactly to the change, whatever changes between the two', () => {
    fc.assert(
      fc.property(children, children, method, method, missing, (a, b, m0, m1, p) => {
        const before = rollup(tree(a, m0, p));
        const after = rollup(tree(b, m1, p));
        const d = decomposeChange(before, after);
        if (d.status !== 'ok') return;
        const sum = d.contributions.reduce((s, c) => s.plus(c.exact), dec(0));
        expect(sum.eq(dec(d.exact as string))).toBe(true);
        expect(Math.abs(d.rounding)).toBeLessThan(1e-12);
      }),
    );
  });
  it('a permutation of the children does not change a weighted mean', () => {
    fc.assert(
      fc.property(children, (kids) => {
        const r1 = rollup(tree(kids, 'weighted_mean', 'ignore'));
        const r2 = rollup(tree([...kids].reverse(), 'weighted_mean', 'ignore'));
        if (r1.score === null) expect(r2.score).toBeNull();
        else expect(r2.score).toBeCloseTo(r1.score, 12);
      }),
    );
  });
  it('shortfalls of all counted children sum to target − score', () => {
    fc.assert(
      fc.property(children, method, (kids, m) => {
        const r = rollup(tree(kids, m, 'ignore'));
        if (r.score === null) return;
        const all = r.children.reduce((s, c) => s + c.share * (1 - (c.input ?? 0)), 0);
        expect(all).toBeCloseTo(1 - r.score, 10);
        for (const d of r.drivers) expect(d.shortfall).toBeGreaterThan(0);
      }),
    );
  });
});
