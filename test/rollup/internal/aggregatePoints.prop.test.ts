import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriod, resample } from '../../../src/periods/index.js';
import { aggregatePoints, type Point } from '../../../src/rollup/internal/series.js';

/**
 * evaluatePlan's period-to-date figure aggregates the points it has read with resample's accumulator instead
 * of calling resample on labels again; the public resample is the reference for every aggregation.
 */
const value = fc.oneof(
  fc.integer({ min: -10_000, max: 10_000 }),
  fc.integer({ min: -99_999, max: 99_999 }).map((n) => n / 100),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => `${n}.0000000000000000001`),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
);
const month = fc.record({
  present: fc.boolean(),
  value: fc.option(value, { nil: null }),
  numerator: fc.integer({ min: 0, max: 500 }),
  denominator: fc.integer({ min: 0, max: 50 }),
});
const aggregation = fc.constantFrom('sum', 'mean', 'last', 'min', 'max', 'ratio' as const);

describe('aggregatePoints gives resample’s exact figure', () => {
  it('for every aggregation, with missing months and null values', () => {
    fc.assert(
      fc.property(fc.array(month, { minLength: 12, maxLength: 12 }), aggregation, (months, agg) => {
        const points: Point[] = [];
        const series: Array<Record<string, unknown>> = [];
        months.forEach((m, i) => {
          if (!m.present) return;
          const period = parsePeriod(`2024-${String(i + 1).padStart(2, '0')}`);
          if (agg === 'ratio') {
            const none = m.denominator === 0;
            points.push({
              period,
              value: none ? null : m.numerator / m.denominator,
              raw: null,
              numerator: m.numerator,
              denominator: m.denominator,
              status: 'final',
              derived: false,
            });
            series.push({
              period: period.label,
              numerator: m.numerator,
              denominator: none ? null : m.denominator,
            });
          } else {
            points.push({
              period,
              value: m.value === null ? null : Number(m.value),
              raw: m.value,
              numerator: null,
              denominator: null,
              status: 'final',
              derived: false,
            });
            series.push({ period: period.label, value: m.value });
          }
        });
        const [year] = resample(series as never, { to: 'year', aggregation: agg });
        expect(aggregatePoints(points, agg)).toBe(year?.exact ?? null);
      }),
      { numRuns: 300 },
    );
  });
});
