import { describe, expect, it } from 'vitest';
import { sdsnTrend } from '../../../src/scoring/methods/index.js';

// 0..100 scale, green 50, start 2015 at 10, target 2025: required rate (50 - 10) / 10 = 4 points a year.
const bounds = { upperBound: 100, lowerBound: 0, greenThreshold: 50, targetYear: 2025 };
const from10 = (endValue: number | null, endYear = 2016) => ({
  startYear: 2015,
  startValue: 10,
  endYear,
  endValue,
});

describe('sdsnTrend', () => {
  it('uses >= at every ratio cut-off (exactly 1, 0.5 and 0)', () => {
    expect(sdsnTrend(from10(14), bounds)).toMatchObject({ trend: 'on_track', arrow: '↑', ratio: 1 });
    expect(sdsnTrend(from10(12), bounds)).toMatchObject({
      trend: 'moderately_improving',
      arrow: '➚',
      ratio: 0.5,
    });
    expect(sdsnTrend(from10(10), bounds)).toMatchObject({ trend: 'stagnating', arrow: '→', ratio: 0 });
    expect(sdsnTrend(from10(9), bounds)).toMatchObject({ trend: 'decreasing', arrow: '↓', ratio: -0.25 });
  });

  it('is on track when the end value is exactly on the green threshold, whatever the rate', () => {
    const result = sdsnTrend({ startYear: 2015, startValue: 10, endYear: 2024, endValue: 50 }, bounds);
    expect(result).toMatchObject({ trend: 'on_track', ratio: null });
    expect(result.explanation.rule?.id).toBe('threshold_met');
  });

  it('is decreasing when the start met the threshold and the end does not', () => {
    const result = sdsnTrend({ startYear: 2015, startValue: 50, endYear: 2018, endValue: 49.9 }, bounds);
    expect(result).toMatchObject({ trend: 'decreasing', ratio: null });
    expect(result.explanation.rule?.id).toBe('threshold_lost');
  });

  it('2018 edition: maintaining when both ends meet the threshold, on track when only the end does', () => {
    const both = { startYear: 2015, startValue: 60, endYear: 2018, endValue: 55 };
    expect(sdsnTrend(both, { ...bounds, edition: 2018 })).toMatchObject({ trend: 'maintaining', arrow: '↑' });
    expect(sdsnTrend(both, bounds).trend).toBe('on_track');
    expect(sdsnTrend(from10(50), { ...bounds, edition: 2018 }).trend).toBe('on_track');
  });

  it('works for lower-is-better indicators (bounds swapped)', () => {
    // Austria sdg5_paygap: 22.2 (2014) → 19.9 (2017), optimum 0, lower bound 40, green 14: ratio 1.4959...
    const result = sdsnTrend(
      { startYear: 2014, startValue: 22.2, endYear: 2017, endValue: 19.9 },
      { upperBound: 0, lowerBound: 40, greenThreshold: 14 },
    );
    expect(result.trend).toBe('on_track');
    expect(result.ratio).toBeCloseTo((19.9 - 22.2) / 3 / ((14 - 22.2) / 16), 12);
  });

  it('uses uncensored scores, so a value beyond the bounds still moves the ratio', () => {
    const result = sdsnTrend({ startYear: 2015, startValue: -20, endYear: 2016, endValue: -10 }, bounds);
    expect(result.startScore).toBe(-20);
    expect(result.ratio).toBeCloseTo(10 / 7, 12);
    expect(result.trend).toBe('on_track');
  });

  it('returns not_available for a missing value', () => {
    expect(sdsnTrend(from10(null), bounds)).toMatchObject({
      status: 'not_available',
      trend: null,
      arrow: null,
    });
    expect(sdsnTrend({ ...from10(12), startValue: Number.NaN }, bounds).status).toBe('not_available');
  });

  it('validates years and edition', () => {
    expect(() => sdsnTrend(from10(12, 2015), bounds)).toThrow(
      'sdsnTrend: expected points.endYear after points.startYear (2015), received 2015',
    );
    expect(() => sdsnTrend(from10(12), { ...bounds, targetYear: 2015 })).toThrow(/options.targetYear after/);
    expect(() => sdsnTrend(from10(12), { ...bounds, edition: 2020 as never })).toThrow(
      /options.edition to be 2018 or 2019/,
    );
    expect(() => sdsnTrend({ ...from10(12), startYear: 2015.5 }, bounds)).toThrow(
      /points.startYear to be an integer year/,
    );
  });

  it('explains the rates and the ratio', () => {
    const { explanation } = sdsnTrend(from10(12), bounds);
    expect(explanation.intermediate).toMatchObject({ actualRate: 2, requiredRate: 4, ratio: 0.5 });
    expect(explanation.summary).toMatch(/moderately improving/);
  });
});
