import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactSum } from '../../../src/periods/internal/exact.js';

function exactSum(values: (number | string)[]): string {
  const sum = new ExactSum();
  for (const v of values) sum.add(v);
  const result = sum.value();
  return result.isZero() ? '0' : result.toFixed();
}

describe('ExactSum', () => {
  const D = Decimal.clone({ precision: 1e9 });
  const ref = (values: (number | string)[]) => {
    const s = values.reduce<InstanceType<typeof D>>((acc, v) => acc.plus(new D(v)), new D(0));
    return s.isZero() ? '0' : s.toFixed();
  };

  it('sums decimals as written', () => {
    expect(exactSum(Array(10).fill(0.1))).toBe('1');
    expect(exactSum([0.1, 0.2])).toBe('0.3');
    expect(exactSum([1e-7, 1e21, -1e21])).toBe('0.0000001');
    expect(exactSum([Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 1])).toBe('18014398509481983');
    expect(exactSum([5e-324, 1])).toBe(ref([5e-324, 1]));
    expect(exactSum(['0.1', 0.25, '-3e-2'])).toBe('0.32');
    expect(exactSum(['999999999999999', '1', '0.5'])).toBe('1000000000000000.5');
    expect(exactSum(['1234567890123456', '1'])).toBe('1234567890123457');
    expect(exactSum(['0.0000000000000001', '1'])).toBe('1.0000000000000001');
    expect(exactSum([])).toBe('0');
    expect(exactSum([-0])).toBe('0');
  });

  it('agrees with decimal.js on arbitrary doubles and scaled integers', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.double({ noNaN: true, noDefaultInfinity: true }),
            fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
            fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 100),
            fc.integer(),
            fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => String(x)),
            fc
              .bigInt({ min: -(10n ** 20n), max: 10n ** 20n })
              .map((n) => `${n}`.replace(/(\d)(\d{3})$/, '$1.$2')),
            fc
              .integer({ min: -1e6, max: 1e6 })
              .map((n) => `${n < 0 ? '-' : '+'}0.${String(Math.abs(n)).padStart(9, '0')}`),
            fc.constantFrom('.5', '5.', '-0', '0.000000000000001', '1234567890.12345', '1e3', '-2.5E-3'),
          ),
          { maxLength: 30 },
        ),
        (values) => {
          expect(exactSum(values)).toBe(ref(values));
        },
      ),
      { numRuns: 500 },
    );
  });
});
