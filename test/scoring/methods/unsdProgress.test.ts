import { describe, expect, it } from 'vitest';
import { unsdProgress } from '../../../src/scoring/methods/index.js';

const two = (y0: number, v0: number, y1: number, v1: number) => [
  { year: y0, value: v0 },
  { year: y1, value: v1 },
];

describe('unsdProgress', () => {
  it('uses >= at CR 0.95 and 0.10', () => {
    // latest in the target year: the projection is the latest value, CR = (latest - 100) / (200 - 100)
    const at = (latest: number) =>
      unsdProgress(two(2015, 100, 2030, latest), { polarity: 'increase', target: 200 });
    expect(at(195)).toMatchObject({ score: 3, ratio: 0.95, label: 'Target achieved or on track' });
    expect(at(110)).toMatchObject({
      score: 2,
      ratio: 0.1,
      label: 'Reasonable progress, acceleration needed',
    });
    expect(at(109)).toMatchObject({ score: 1, label: 'Stagnation or regression' });
  });

  it('projects with the compound rate: v_t (1 + CAGR)^(T - t)', () => {
    const result = unsdProgress(two(2015, 40, 2022, 44), { polarity: 'increase', target: 60 });
    const g = 1.1 ** (1 / 7) - 1;
    expect(result.cagr).toBeCloseTo(g, 12);
    expect(result.expected).toBeCloseTo(44 * (1 + g) ** 8, 10);
    expect(result.ratio).toBeCloseTo((44 * (1 + g) ** 8 - 40) / 20, 10);
  });

  it('counts a target as achieved exactly on it, and within 1 point of 0% or 100% for percentages', () => {
    expect(unsdProgress(two(2015, 12, 2022, 10), { polarity: 'decrease', target: 10 })).toMatchObject({
      score: 3,
      targetMet: true,
    });
    const near100 = two(2015, 99.5, 2022, 99.1);
    expect(unsdProgress(near100, { polarity: 'increase', target: 100, percentage: true })).toMatchObject({
      score: 3,
      targetMet: true,
    });
    expect(unsdProgress(near100, { polarity: 'increase', target: 100 })).toMatchObject({
      score: 1,
      targetMet: false,
    });
  });

  it('mirrors the no-target growth rule for a desired decrease (>= 2%, >= 0.5% in the desired direction)', () => {
    const grow = (v1: number, polarity: 'increase' | 'decrease') =>
      unsdProgress(two(2015, 100, 2016, v1), { polarity });
    expect(grow(102, 'increase').score).toBe(3);
    expect(grow(101, 'increase').score).toBe(2);
    expect(grow(98, 'decrease').score).toBe(3);
    expect(grow(99.5, 'decrease').score).toBe(2);
    expect(grow(99.6, 'decrease').score).toBe(1);
  });

  it('falls back to the nearest base year (earlier on a tie) and stops at a passed target year', () => {
    const series = [
      { year: 2014, value: 40 },
      { year: 2016, value: 41 },
      { year: 2020, value: 50 },
      { year: 2024, value: 70 },
    ];
    const result = unsdProgress(series, { polarity: 'increase', target: 60, targetYear: 2020 });
    expect(result).toMatchObject({ baseYear: 2014, latestYear: 2020, latestValue: 50 });
    expect(result.expected).toBeCloseTo(50, 12);
    expect(result.explanation.inputs.baseYearRule).toBe('nearest_earlier');
  });

  it('reports zero or negative values, missing base year and too few points as not assessed', () => {
    expect(unsdProgress(two(2015, 0, 2020, 5), { polarity: 'increase', target: 10 })).toMatchObject({
      status: 'not_assessed',
      reason: 'non_positive_value',
      score: null,
      label: 'Not assessed',
    });
    expect(unsdProgress(two(2015, -5, 2020, 5), { polarity: 'increase' }).reason).toBe('non_positive_value');
    expect(
      unsdProgress(two(2016, 1, 2020, 2), { polarity: 'increase', baseYearFallback: 'exact' }).reason,
    ).toBe('missing_base_year');
    expect(unsdProgress([{ year: 2015, value: 1 }], { polarity: 'increase' }).reason).toBe(
      'insufficient_data',
    );
    expect(unsdProgress([], { polarity: 'increase' }).reason).toBe('no_data');
  });

  it('still scores 3 with a zero base when the target is met', () => {
    expect(unsdProgress(two(2015, 0, 2020, 12), { polarity: 'increase', target: 10 })).toMatchObject({
      score: 3,
      cagr: null,
    });
  });

  it('scores 1 with a null ratio when the target equals the base value', () => {
    expect(unsdProgress(two(2015, 50, 2020, 45), { polarity: 'increase', target: 50 })).toMatchObject({
      score: 1,
      ratio: null,
    });
  });

  it('accepts threshold overrides and rejects unknown or unordered ones', () => {
    const series = two(2015, 100, 2030, 150);
    expect(
      unsdProgress(series, { polarity: 'increase', target: 200, thresholds: { progress: 0.6 } }).score,
    ).toBe(1);
    expect(() =>
      unsdProgress(series, { polarity: 'increase', thresholds: { onTrack: 0.1, progress: 0.5 } }),
    ).toThrow(
      'unsdProgress: expected options.thresholds.progress to be at most options.thresholds.onTrack (0.1), received 0.5',
    );
    expect(() => unsdProgress(series, { polarity: 'increase', thresholds: { ontrack: 1 } as never })).toThrow(
      /options.thresholds.ontrack/,
    );
    expect(() => unsdProgress(series, { polarity: 'increase', percentage: 'yes' as never })).toThrow(
      /options.percentage to be a boolean/,
    );
  });

  it('reports an overflowing growth rate as not assessed (never Infinity)', () => {
    expect(
      unsdProgress(
        [
          { year: 2015, value: 1e-300 },
          { year: 2016, value: 1e300 },
        ],
        { polarity: 'decrease' },
      ).reason,
    ).toBe('not_finite');
    expect(
      unsdProgress(
        [
          { year: 2015, value: 1e-300 },
          { year: 2016, value: 1e300 },
        ],
        { polarity: 'increase', target: 5 },
      ),
    ).toMatchObject({ score: 3, cagr: null, ratio: null });
  });
});
