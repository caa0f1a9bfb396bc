import { describe, expect, it } from 'vitest';
import type { ArgumentError } from '../../src/errors/index.js';
import { pChart } from '../../src/spc/index.js';

describe('pChart', () => {
  it('gives per-period limits from each denominator, clamped to [0, 1]', () => {
    const result = pChart([1, 9, 5], [10, 10, 100]);
    if (result.status !== 'ok') throw new Error('expected a chart');
    const p = 15 / 120;
    expect(result.centre).toBe(p);
    const sd10 = Math.sqrt((p * (1 - p)) / 10);
    expect(result.points[0]!.sigma).toBeCloseTo(sd10, 15);
    expect(result.points[0]!.lcl).toBe(0);
    expect(result.points[0]!.ucl).toBeCloseTo(p + 3 * sd10, 15);
    expect(result.points[1]!.rule).toBe('above_ucl');
    expect(result.points[2]!.lowerTwoSigma).toBeCloseTo(p - 2 * Math.sqrt((p * (1 - p)) / 100), 15);
    expect([result.lcl, result.ucl]).toEqual([result.points[2]!.lcl, result.points[2]!.ucl]);
    expect(result.chart).toBe('p');
    expect(result.sigmaZ).toBeNull();
    expect(result.options.laney).toBe(false);
  });

  it('clamps the upper limit at 1 and uses the latest period with data for the icons', () => {
    const result = pChart([1, 1, 1, null], [2, 2, 2, 5], { improvement: 'increase', target: 0.9 });
    if (result.status !== 'ok') throw new Error('expected a chart');
    expect(result.points[0]!.ucl).toBe(1);
    expect(result.points[3]).toMatchObject({
      value: null,
      numerator: null,
      denominator: 5,
      specialCause: null,
      ucl: 1,
    });
    expect(result.points[3]!.sigma).toBeCloseTo(Math.sqrt(0.25 / 5), 15);
    expect(result.points[3]!.lowerTwoSigma).toBeCloseTo(0.5 - 2 * Math.sqrt(0.25 / 5), 15);
    expect(result.ucl).toBe(1);
    expect(result.assuranceIcon).toBe('hit_or_miss');
  });

  it("applies Laney's sigma z and reports it", () => {
    const result = pChart([10, 30, 12, 28, 11, 29], [100, 100, 100, 100, 100, 100], { laney: true });
    if (result.status !== 'ok') throw new Error('expected a chart');
    const p = 0.2;
    const sd = Math.sqrt((p * (1 - p)) / 100);
    const z = [10, 30, 12, 28, 11, 29].map((c) => (c / 100 - p) / sd);
    const mr = z.slice(1).map((v, i) => Math.abs(v - z[i]!));
    const sigmaZ = mr.reduce((a, b) => a + b, 0) / mr.length / 1.128;
    expect(result.sigmaZ).toBeCloseTo(sigmaZ, 12);
    expect(result.points[0]!.sigma).toBeCloseTo(sd * sigmaZ, 14);
    expect(result.segments[0]).toMatchObject({
      movingRanges: 5,
      screenedOut: 0,
      numerator: 120,
      denominator: 600,
    });
  });

  it('screens the moving ranges of the z-scores when asked', () => {
    const counts = [20, 21, 19, 20, 21, 19, 20, 21, 60, 20, 21, 19];
    const plain = pChart(counts, new Array(12).fill(200), { laney: true });
    const screened = pChart(counts, new Array(12).fill(200), { laney: true, screenOutliers: true });
    if (plain.status !== 'ok' || screened.status !== 'ok') throw new Error('expected charts');
    expect(screened.segments[0]!.screenedOut).toBe(2);
    expect(screened.sigmaZ!).toBeLessThan(plain.sigmaZ!);
  });

  it('returns insufficient_data or degenerate_rate for data it cannot chart', () => {
    expect(pChart([], [])).toMatchObject({
      status: 'insufficient_data',
      reason: 'too_few_points',
      required: 1,
    });
    expect(pChart([null, 0], [10, 0])).toMatchObject({ status: 'insufficient_data', received: 0 });
    expect(pChart([1], [10], { laney: true })).toMatchObject({
      reason: 'too_few_points',
      required: 2,
      received: 1,
    });
    expect(pChart([1, null, 2], [10, 10, 10], { laney: true })).toMatchObject({ reason: 'no_moving_range' });
    expect(pChart([0, 0, 0], [10, 10, 10], { laney: true })).toMatchObject({ reason: 'degenerate_rate' });
    expect(pChart([10, 10], [10, 10], { laney: true })).toMatchObject({ reason: 'degenerate_rate' });
  });

  it('charts zero events without Laney: limits collapse onto the centre', () => {
    const result = pChart([0, 0, 0, 1], [10, 10, 10, 10], { fixAfterNPoints: 3, ruleset: 'anhoej' });
    if (result.status !== 'ok') throw new Error('expected a chart');
    expect(result.centre).toBe(0);
    expect(result.points[3]!.rule).toBe('above_ucl');
    expect(result.sigmaSignal).toEqual([3]);
    expect(result.runsSignal).toBe(false);
    expect(result.segments[0]).toMatchObject({ nUseful: 1, longestRun: 1 });
  });

  it('runs the Western Electric and Nelson rules on per-period sigmas', () => {
    const result = pChart([10, 11, 9, 10, 11, 9, 10, 30], new Array(8).fill(100), {
      ruleset: 'western-electric',
    });
    if (result.status !== 'ok') throw new Error('expected a chart');
    expect(result.rules!['1']!.signals).toEqual([7]);
    expect(result.flagged).toContain(7);
  });

  it('rejects impossible counts', () => {
    const error = (() => {
      try {
        pChart([11], [10]);
      } catch (e) {
        return e as ArgumentError;
      }
    })()!;
    expect(error.path).toBe('numerators[0]');
    expect(error.message).toBe('pChart: expected numerators[0] to be <= denominators[0] (10), received 11');
    expect(() => pChart([-1], [10])).toThrow('pChart: expected numerators[0] to be >= 0, received -1');
    expect(() => pChart([1], [-10])).toThrow('pChart: expected denominators[0] to be >= 0, received -10');
    expect(() => pChart([1, 2], [10])).toThrow(
      'pChart: expected denominators to have the length of numerators (2), received length 1',
    );
    expect(() => pChart([1], [10], { laney: 'yes' as never })).toThrow(
      "pChart: expected options.laney to be a boolean, received 'yes'",
    );
    expect(() => pChart([1], [10], { lanney: true } as never)).toThrow("'laney'");
  });

  it('does not mutate its inputs', () => {
    const num = Object.freeze([1, 2, 3]);
    const den = Object.freeze([10, 10, 10]);
    pChart(num, den, { laney: true });
    expect([num, den]).toEqual([
      [1, 2, 3],
      [10, 10, 10],
    ]);
  });
});
