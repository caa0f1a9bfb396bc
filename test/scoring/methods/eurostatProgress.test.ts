import { describe, expect, it } from 'vitest';
import { eurostatProgress } from '../../../src/scoring/methods/index.js';

const two = (y0: number, v0: number, y1: number, v1: number) => [
  { year: y0, value: v0 },
  { year: y1, value: v1 },
];

describe('eurostatProgress', () => {
  it('puts R exactly on 0.95 in significant progress (>=)', () => {
    const result = eurostatProgress(two(2021, 100, 2022, 195), {
      polarity: 'increase',
      target: 200,
      targetYear: 2022,
      window: 1,
    });
    expect(result).toMatchObject({ ratio: 0.95, status: 'significant_progress' });
  });

  it('puts R = 0 (no change) in insufficient progress and R < 0 in movement away', () => {
    expect(eurostatProgress(two(2017, 70, 2022, 70), { polarity: 'increase', target: 78 })).toMatchObject({
      ratio: 0,
      status: 'insufficient_progress',
    });
    expect(eurostatProgress(two(2017, 70, 2022, 69), { polarity: 'increase', target: 78 }).status).toBe(
      'movement_away',
    );
  });

  it('short-circuits a target already met to significant progress (targetMet)', () => {
    const result = eurostatProgress(two(2017, 20, 2022, 15), { polarity: 'decrease', target: 15 });
    expect(result).toMatchObject({ status: 'significant_progress', targetMet: true, ratio: null });
    expect(result.explanation.rule?.id).toBe('target_achieved');
  });

  it('calls it movement away when the start was already beyond the target and the latest value is not', () => {
    const result = eurostatProgress(two(2017, 80, 2022, 77), { polarity: 'increase', target: 78 });
    expect(result).toMatchObject({ status: 'movement_away', ratio: null });
    expect(result.explanation.rule?.id).toBe('start_beyond_target');
  });

  it('no target: exactly on the significant cut-off is moderate (strict >), 0 is moderate progress', () => {
    const at = (v1: number, polarity: 'increase' | 'decrease' = 'increase') =>
      eurostatProgress(two(2021, 100, 2022, v1), { polarity, window: 1 }).status;
    // cut-offs 0.5 / 0 / -0.5 so that the growth rates 0.5 and -0.5 are exact in binary
    const exact = (v1: number) =>
      eurostatProgress(two(2021, 100, 2022, v1), {
        polarity: 'increase',
        window: 1,
        thresholds: { trendSignificant: 0.5, trendModerateAway: -0.5 },
      }).status;
    expect(exact(150)).toBe('moderate_progress');
    expect(exact(151)).toBe('significant_progress');
    expect(exact(50)).toBe('moderate_movement_away');
    expect(exact(49)).toBe('significant_movement_away');
    expect(at(101.1)).toBe('significant_progress');
    expect(at(100)).toBe('moderate_progress');
    expect(at(99.5)).toBe('moderate_movement_away');
    expect(at(98.9)).toBe('significant_movement_away');
    expect(at(98.9, 'decrease')).toBe('significant_progress');
  });

  it('uses a 5-year window by default, 15 for long, and the nearest start year', () => {
    const series = [2005, 2008, 2016, 2017, 2020, 2022].map((year, i) => ({ year, value: 100 + i }));
    expect(eurostatProgress(series, { polarity: 'increase' })).toMatchObject({
      startYear: 2017,
      endYear: 2022,
    });
    expect(eurostatProgress(series, { polarity: 'increase', window: 'long' })).toMatchObject({
      startYear: 2008,
    });
    const gap = series.filter((p) => p.year !== 2017);
    const nearest = eurostatProgress(gap, { polarity: 'increase' });
    expect(nearest.startYear).toBe(2016);
    expect(nearest.explanation.inputs.startYearRule).toBe('nearest_earlier');
    expect(eurostatProgress(gap, { polarity: 'increase', startYearFallback: 'exact' }).reason).toBe(
      'insufficient_data',
    );
    expect(eurostatProgress(series, { polarity: 'increase', endYear: 2021 })).toMatchObject({
      endYear: 2020,
      startYear: 2016,
    });
  });

  it('does not assess zero or negative values, or empty series', () => {
    expect(eurostatProgress(two(2017, 0, 2022, 5), { polarity: 'increase' }).reason).toBe(
      'non_positive_value',
    );
    expect(eurostatProgress(two(2017, 5, 2022, 6), { polarity: 'decrease', target: 0 }).reason).toBe(
      'non_positive_value',
    );
    expect(eurostatProgress([], { polarity: 'increase' })).toMatchObject({
      status: 'not_assessed',
      reason: 'no_data',
    });
    expect(
      eurostatProgress(two(2017, 5, 2022, 6), { polarity: 'increase', target: 8, targetYear: 2016 }).reason,
    ).toBe('insufficient_data');
  });

  it('takes every threshold as a named parameter', () => {
    const series = two(2017, 70, 2022, 72);
    expect(
      eurostatProgress(series, { polarity: 'increase', target: 78, thresholds: { targetModerate: 0.7 } })
        .status,
    ).toBe('insufficient_progress');
    expect(() => eurostatProgress(series, { polarity: 'increase', window: 0 })).toThrow(
      "eurostatProgress: expected options.window to be 'short', 'long' or an integer >= 1, received 0",
    );
    expect(() =>
      eurostatProgress(series, { polarity: 'increase', thresholds: { trendModerateAway: 0.5 } }),
    ).toThrow(/options.thresholds.trendModerateAway to be at most/);
  });

  it('reports an overflowing growth rate as not assessed (never Infinity)', () => {
    expect(
      eurostatProgress(
        [
          { year: 2015, value: 1e-300 },
          { year: 2016, value: 1e300 },
        ],
        { polarity: 'increase', window: 1 },
      ).reason,
    ).toBe('not_finite');
    expect(
      eurostatProgress(
        [
          { year: 2015, value: 1e-300 },
          { year: 2016, value: 1e300 },
        ],
        { polarity: 'decrease', window: 1, target: 1e-305 },
      ).reason,
    ).toBe('not_finite');
  });
});
