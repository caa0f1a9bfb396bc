import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/periods/index.js';
import { exactOf, type Point } from '../../../src/rollup/internal/series.js';

/** The exact ratio figure of a point, against decimal.js directly (80 digits, then 34 significant). */
const D = Decimal.clone({ precision: 80, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -100, toExpPos: 100 });
const period = parsePeriod('2024-05');

function ratioPoint(numerator: number, denominator: number, scale: number): Point {
  return {
    period,
    value: (numerator / denominator) * scale,
    raw: null,
    numerator,
    denominator,
    status: 'final',
    derived: false,
  };
}

describe('exactOf gives Σnum/Σden × scale exactly', () => {
  it('for terminating and repeating quotients, small and large', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -(2 ** 50), max: 2 ** 50 })),
        fc.oneof(
          fc.constantFrom(1, 2, 4, 5, 8, 10, 16, 20, 25, 40, 80, 125, 1000, 1024, 3, 7, 12, 365),
          fc.integer({ min: 1, max: 10 ** 9 }),
        ),
        fc.constantFrom(1, 100, 1000, 100_000),
        (n, d, scale) => {
          const expected = new D(n).div(d).times(scale).toSignificantDigits(34);
          const text = expected.isZero() ? '0' : expected.toFixed();
          const got = exactOf(ratioPoint(n, d, scale), scale);
          expect(got?.text).toBe(text);
          expect(got?.value).toBe(Number(text));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
