import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { madsFromMedian } from '../../src/scoring/index.js';

const value = fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null });
const values = fc.array(value, { minLength: 1, maxLength: 40 });

describe('madsFromMedian properties', () => {
  it('distances do not change when every value is moved by a·x + b (a > 0), and flip sign for a < 0', () => {
    fc.assert(
      fc.property(
        values,
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: -500, max: 500 }),
        (xs, a, b) => {
          const base = madsFromMedian(xs);
          const up = madsFromMedian(xs.map((x) => (x === null ? null : a * x + b)));
          const down = madsFromMedian(xs.map((x) => (x === null ? null : -a * x + b)));
          expect(up.status).toBe(base.status);
          if (base.status !== 'ok' || up.status !== 'ok' || down.status !== 'ok') return;
          for (const [i, d] of base.distances.entries()) {
            if (d === null) {
              expect(up.distances[i]).toBeNull();
              continue;
            }
            expect(up.distances[i]).toBeCloseTo(d, 9);
            expect(down.distances[i]).toBeCloseTo(-d, 9);
          }
        },
      ),
    );
  });

  it('at most half of the values lie strictly more than 1 MAD from the median, and the median has distance 0', () => {
    fc.assert(
      fc.property(values, (xs) => {
        const r = madsFromMedian(xs);
        if (r.status !== 'ok') return;
        const far = r.distances.filter((d) => d !== null && Math.abs(d) > 1).length;
        expect(far).toBeLessThanOrEqual(r.n / 2);
        xs.forEach((x, i) => {
          if (x === r.median) expect(r.distances[i]).toBe(0);
          if (x === null) expect(r.distances[i]).toBeNull();
        });
      }),
    );
  });
});
