import { describe, expect, it } from 'vitest';
import { uChart } from '../../src/spc/index.js';

describe('uChart', () => {
  it('uses Poisson sigma sqrt(u/n) per period with the lower limit clamped at 0 and no upper clamp', () => {
    const result = uChart([2, 30, 4], [1, 2, 4]);
    if (result.status !== 'ok') throw new Error('expected a chart');
    const u = 36 / 7;
    expect(result.centre).toBeCloseTo(u, 15);
    expect(result.points[0]!.ucl).toBeCloseTo(u + 3 * Math.sqrt(u), 14);
    expect(result.points[0]!.lcl).toBe(0);
    expect(result.points[1]!.value).toBe(15);
    expect(result.points[1]!.rule).toBe('above_ucl');
    expect(result.chart).toBe('u');
  });

  it("applies Laney's u' adjustment and refuses a zero rate", () => {
    const laney = uChart([5, 50, 6, 48, 5], [10, 10, 10, 10, 10], { laney: true });
    if (laney.status !== 'ok') throw new Error('expected a chart');
    expect(laney.sigmaZ!).toBeGreaterThan(1);
    expect(uChart([0, 0], [5, 5], { laney: true })).toMatchObject({
      status: 'insufficient_data',
      reason: 'degenerate_rate',
    });
  });

  it('names counts and exposures in errors', () => {
    expect(() => uChart([1, -2], [1, 1])).toThrow('uChart: expected counts[1] to be >= 0, received -2');
    expect(() => uChart([1], [1, 2])).toThrow(
      'uChart: expected exposures to have the length of counts (1), received length 2',
    );
    // Counts may exceed exposures for rates.
    expect(uChart([10], [1]).status).toBe('ok');
  });
});
