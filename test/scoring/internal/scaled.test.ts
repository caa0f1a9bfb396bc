import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commonScale,
  placesOfNumber,
  ratioPercentText,
  scaledFixed,
  scaleTo,
  unscale,
} from '../../../src/scoring/internal/scaled.js';

// reference arithmetic with enough digits for 2^50 × 10^6 quotients
const Decimal = DecimalJs.clone({ precision: 60 });
const half = (x: DecimalJs, d: number) => {
  const r = x.toDecimalPlaces(d, DecimalJs.ROUND_HALF_UP);
  return (r.isZero() ? r.abs() : r).toFixed(d);
};

describe('scaled integers', () => {
  it('places and scales', () => {
    expect(placesOfNumber(12.345)).toBe(3);
    expect(placesOfNumber(100)).toBe(0);
    expect(placesOfNumber(1e-7)).toBe(-1);
    expect(commonScale([1.5, 2.25, 3])).toBe(2);
    expect(commonScale([1e21])).toBe(-1);
    expect(commonScale([0.1234567891])).toBe(-1);
    expect(scaleTo(0.1, 1)).toBe(1);
    expect(scaleTo(2 ** 52, 0)).toBeNaN();
    expect(scaleTo(0.15, 1)).toBeNaN();
    expect(unscale(-0, 2)).toBe(0);
  });

  it('scaledFixed rounds half away from zero like decimal.js', () => {
    expect(scaledFixed(2345, 3, 2)).toBe('2.35');
    expect(scaledFixed(-2345, 3, 2)).toBe('-2.35');
    expect(scaledFixed(-4, 2, 1)).toBe('0.0');
    expect(scaledFixed(5, 0, 2)).toBe('5.00');
    expect(scaledFixed(5, 1, 3)).toBe('0.500');
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 8 }),
        (n, k, d) => {
          expect(scaledFixed(n, k, d)).toBe(half(new Decimal(n).div(10 ** k), d));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('ratioPercentText rounds exactly, also beyond 2^53 (BigInt)', () => {
    expect(ratioPercentText(19, 20, 1)).toBe('95.0%');
    expect(ratioPercentText(1, 8, 0)).toBe('13%');
    expect(ratioPercentText(-1, 8, 0)).toBe('-13%');
    expect(ratioPercentText(1, -3, 2)).toBe('-33.33%');
    expect(ratioPercentText(-1, 3000000, 1)).toBe('0.0%');
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 50), max: 2 ** 50 }),
        fc.integer({ min: -(2 ** 50), max: 2 ** 50 }).filter((q) => q !== 0),
        fc.integer({ min: 0, max: 4 }),
        (p, q, d) => {
          const exact = new Decimal(p).times(100).div(q);
          expect(ratioPercentText(p, q, d)).toBe(`${half(exact, d)}%`);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
