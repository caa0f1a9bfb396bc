import { describe, expect, it } from 'vitest';
import { escapCurrentStatus } from '../../../src/scoring/methods/index.js';

const two = (y0: number, v0: number, y1: number, v1: number) => [
  { year: y0, value: v0 },
  { year: y1, value: v1 },
];

describe('escapCurrentStatus', () => {
  it('is progress made over progress needed, d (I_cr - I_2015) / |TV - I_2015|', () => {
    expect(escapCurrentStatus(two(2015, 30, 2023, 33), { polarity: 'decrease', target: 10 })).toMatchObject({
      ratio: -0.15,
      status: 'regression',
    });
    expect(escapCurrentStatus(two(2015, 40, 2023, 40), { polarity: 'increase', target: 80 })).toMatchObject({
      ratio: 0,
      status: 'no_progress',
    });
  });

  it('sets the ratio to 1 (or the scale) exactly on the target', () => {
    expect(escapCurrentStatus(two(2015, 40, 2023, 80), { polarity: 'increase', target: 80 })).toMatchObject({
      ratio: 1,
      status: 'target_achieved',
    });
    expect(
      escapCurrentStatus(two(2015, 40, 2023, 50), { polarity: 'increase', target: 80, scale: 10 }).ratio,
    ).toBe(2.5);
  });

  it('never divides by zero when the target equals the base value', () => {
    expect(escapCurrentStatus(two(2015, 40, 2023, 39), { polarity: 'increase', target: 40 })).toMatchObject({
      ratio: null,
      status: 'regression',
    });
  });

  it('falls back to the nearest base year and reports missing data', () => {
    const result = escapCurrentStatus(two(2016, 40, 2023, 50), { polarity: 'increase', target: 80 });
    expect(result).toMatchObject({ baseYear: 2016, ratio: 0.25 });
    expect(
      escapCurrentStatus(two(2016, 40, 2023, 50), {
        polarity: 'increase',
        target: 80,
        baseYearFallback: 'exact',
      }).reason,
    ).toBe('missing_base_year');
    expect(escapCurrentStatus([{ year: 2015, value: 1 }], { polarity: 'increase', target: 2 }).reason).toBe(
      'insufficient_data',
    );
    expect(escapCurrentStatus([], { polarity: 'increase', target: 2 })).toMatchObject({
      status: 'insufficient_data',
      reason: 'no_data',
    });
  });

  it('validates target and scale', () => {
    expect(() => escapCurrentStatus([], { polarity: 'increase' } as never)).toThrow(
      /options.target to be a finite number/,
    );
    expect(() => escapCurrentStatus([], { polarity: 'increase', target: 1, scale: 0 })).toThrow(
      'escapCurrentStatus: expected options.scale to be a positive number, received 0',
    );
  });

  it('reports an overflowing ratio as insufficient data (never Infinity)', () => {
    const result = escapCurrentStatus(two(2015, 0, 2020, -1), { polarity: 'increase', target: 5e-324 });
    expect(result).toMatchObject({ status: 'insufficient_data', reason: 'not_finite', ratio: null });
  });
});
