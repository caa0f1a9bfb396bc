import { describe, expect, it } from 'vitest';
import { PeriodError } from '../../../src/errors/PeriodError.js';
import { openSdgProgress } from '../../../src/scoring/methods/index.js';

const two = (y0: number, v0: number, y1: number, v1: number) => [
  { year: y0, value: v0 },
  { year: y1, value: v1 },
];

describe('openSdgProgress', () => {
  describe('with a target (methodology 2)', () => {
    it('is target_achieved exactly on the target, with R still reported', () => {
      const result = openSdgProgress(two(2015, 20, 2021, 10), { polarity: 'decrease', target: 10 });
      expect(result).toMatchObject({ status: 'target_achieved', score: 5, label: 'Target achieved' });
      // R = -((10/20)^(1/6) - 1) / |(10/20)^(1/15) - 1|
      expect(result.progressValue).toBeCloseTo(-(0.5 ** (1 / 6) - 1) / Math.abs(0.5 ** (1 / 15) - 1), 12);
    });

    it('puts R exactly on 0.95 in substantial_progress (>=), score 7.1429 R - 4.2857', () => {
      // base 1 → 1.95 in one year; target 2 in one year: CAGR 0.95, required 1
      const result = openSdgProgress(two(2015, 1, 2016, 1.95), {
        polarity: 'increase',
        target: 2,
        targetYear: 2016,
      });
      expect(result.progressValue).toBe(0.95);
      expect(result.status).toBe('substantial_progress');
      expect(result.score).toBeCloseTo(7.1429 * 0.95 - 4.2857, 12);
    });

    it('puts R = 0 (no change) in limited_progress with score -2.5', () => {
      const result = openSdgProgress(two(2015, 50, 2020, 50), { polarity: 'increase', target: 80 });
      expect(result).toMatchObject({ status: 'limited_progress', progressValue: 0, score: -2.5 });
    });

    it('caps the score at 5 and -5', () => {
      expect(openSdgProgress(two(2015, 50, 2016, 79), { polarity: 'increase', target: 80 }).score).toBe(5);
      expect(openSdgProgress(two(2015, 50, 2016, 20), { polarity: 'increase', target: 80 }).score).toBe(-5);
    });

    it('replaces a zero target by 0.001', () => {
      const result = openSdgProgress(two(2015, 10, 2020, 5), { polarity: 'decrease', target: 0 });
      const required = (0.001 / 10) ** (1 / 15) - 1;
      expect(result.progressValue).toBeCloseTo(-(0.5 ** (1 / 5) - 1) / Math.abs(required), 12);
      expect(result.explanation.intermediate.targetUsed).toBe(0.001);
    });

    it('reports deterioration (never Infinity) when the target equals the base value and is not met', () => {
      const result = openSdgProgress(two(2015, 50, 2020, 45), { polarity: 'increase', target: 50 });
      expect(result).toMatchObject({ status: 'deterioration', score: -5, progressValue: null });
    });

    it('uses |CAGR_T| so a base already past the target is scored by the direction', () => {
      // increase desired, base 58.2 is already above the target 50, latest 49 fell below it: deterioration
      const result = openSdgProgress(two(2015, 58.2, 2025, 49), { polarity: 'increase', target: 50 });
      expect(result.status).toBe('deterioration');
    });
  });

  describe('without a target (methodology 1)', () => {
    it('puts P exactly on 0 in limited_progress with score -2.5', () => {
      expect(openSdgProgress(two(2015, 100, 2020, 100), { polarity: 'increase' })).toMatchObject({
        status: 'limited_progress',
        progressValue: 0,
        score: -2.5,
      });
    });

    it('uses the sign of the base value for all-negative series', () => {
      const result = openSdgProgress(two(2015, -50, 2020, -40), { polarity: 'increase' });
      expect(result.progressValue).toBeCloseTo(-(0.8 ** (1 / 5) - 1), 12);
      expect(result.status).toBe('substantial_progress');
    });

    it('scales the thresholds above 0 by C near a natural maximum', () => {
      const result = openSdgProgress(two(2015, 95, 2020, 97), { polarity: 'increase', naturalLimit: 100 });
      expect(result.scalingFactor).toBeCloseTo(1 - 0.95 ** 4.44, 12);
      expect(result.explanation.rule?.thresholds?.high).toBeCloseTo(0.015 * (1 - 0.95 ** 4.44), 12);
    });

    it('scales near a natural minimum when decrease is desired, by C = 1 - ((2 lim - y0) / lim)^4.44', () => {
      const result = openSdgProgress(two(2015, 1.05, 2020, 1.04), { polarity: 'decrease', naturalLimit: 1 });
      expect(result.scalingFactor).toBeCloseTo(1 - 0.95 ** 4.44, 12);
    });

    it('ignores a limit on the wrong side of the desired direction', () => {
      const result = openSdgProgress(two(2015, 95, 2020, 94), { polarity: 'decrease', naturalLimit: 100 });
      expect(result.scalingFactor).toBeNull();
      expect(result.explanation.intermediate.limitApplies).toBe(false);
    });

    it('gives C = 1 at or beyond twice the limit', () => {
      expect(
        openSdgProgress(two(2015, 5, 2020, 4), { polarity: 'decrease', naturalLimit: 2 }).scalingFactor,
      ).toBe(1);
    });

    it('is on track with score 5 when the base value sits on the limit (C = 0) and P >= 0', () => {
      expect(
        openSdgProgress(two(2015, 100, 2020, 100), { polarity: 'increase', naturalLimit: 100 }),
      ).toMatchObject({
        status: 'substantial_progress',
        score: 5,
        scalingFactor: 0,
      });
      const falling = openSdgProgress(two(2015, 100, 2020, 99), { polarity: 'increase', naturalLimit: 100 });
      expect(falling.status).toBe('deterioration');
      expect(falling.score).toBeCloseTo(125 * (0.99 ** (1 / 5) - 1) - 2.5, 12);
    });
  });

  describe('data rules', () => {
    it('replaces a zero base value by 0.001', () => {
      const result = openSdgProgress(two(2015, 0, 2020, 1), { polarity: 'increase' });
      expect(result.progressValue).toBeCloseTo(1000 ** (1 / 5) - 1, 9);
      expect(result.baseValue).toBe(0);
      expect(result.explanation.intermediate.baseValueUsed).toBe(0.001);
    });

    it('falls back to the first later year when the base year is missing', () => {
      const series = [
        { year: 2013, value: 1 },
        { year: 2017, value: 10 },
        { year: 2019, value: 12 },
      ];
      const result = openSdgProgress(series, { polarity: 'increase' });
      expect(result).toMatchObject({ baseYear: 2017, baseValue: 10, currentYear: 2019 });
      expect(result.explanation.inputs.baseYear).toBe(2017);
    });

    it('reports a missing base year as not_available with baseYearFallback exact', () => {
      const result = openSdgProgress(two(2016, 10, 2019, 12), {
        polarity: 'increase',
        baseYearFallback: 'exact',
      });
      expect(result).toMatchObject({ status: 'not_available', reason: 'missing_base_year', score: null });
    });

    it('reports a base year after the data, a single year and no data as not_available', () => {
      expect(openSdgProgress(two(2010, 1, 2012, 2), { polarity: 'increase' }).reason).toBe(
        'base_year_after_latest',
      );
      expect(openSdgProgress([{ year: 2019, value: 41 }], { polarity: 'increase' }).reason).toBe(
        'insufficient_data',
      );
      expect(openSdgProgress([{ year: 2019, value: null }], { polarity: 'increase' }).reason).toBe('no_data');
    });

    it('reports a sign change as not_available (unable to assess)', () => {
      const result = openSdgProgress(two(2015, -2, 2020, 3), { polarity: 'increase' });
      expect(result).toMatchObject({
        status: 'not_available',
        reason: 'sign_change',
        label: 'Unable to assess',
      });
      expect(openSdgProgress(two(2015, 2, 2020, 3), { polarity: 'increase', target: -1 }).reason).toBe(
        'sign_change',
      );
    });

    it('reads a reference period such as 2015-16 as its first year and skips missing values', () => {
      const series = [
        { year: '2015-16', value: 14.5 },
        { year: '2020-21', value: null },
        { year: 2023, value: 10.4 },
      ];
      const result = openSdgProgress(series, { polarity: 'decrease', target: 7.25 });
      expect(result).toMatchObject({ baseYear: 2015, currentYear: 2023, status: 'moderate_progress' });
    });

    it('reports a target year not after the base year as not_available', () => {
      expect(
        openSdgProgress(two(2015, 1, 2020, 2), { polarity: 'increase', target: 3, targetYear: 2015 }).reason,
      ).toBe('insufficient_data');
    });
  });

  describe('validation', () => {
    it('throws typed errors naming the field', () => {
      expect(() => openSdgProgress(two(2015, 1, 2020, 2), { polarity: 'up' as never })).toThrow(
        "openSdgProgress: expected options.polarity to be 'increase' or 'decrease', received 'up'",
      );
      expect(() => openSdgProgress([{ year: 'soon', value: 1 }], { polarity: 'increase' })).toThrow(
        /series\[0\]\.year/,
      );
      expect(() =>
        openSdgProgress([{ year: 2015, value: Number.POSITIVE_INFINITY }], { polarity: 'increase' }),
      ).toThrow(/series\[0\]\.value to be a finite number, null or NaN, received Infinity/);
      expect(() =>
        openSdgProgress(two(2015, 1, 2020, 2), { polarity: 'increase', target: Number.NaN }),
      ).toThrow(/options.target/);
      expect(() =>
        openSdgProgress(two(2015, 1, 2020, 2), {
          polarity: 'increase',
          baseYearFallback: 'nearest' as never,
        }),
      ).toThrow(/options.baseYearFallback/);
      expect(() => openSdgProgress({} as never, { polarity: 'increase' })).toThrow(/series to be an array/);
      expect(() => openSdgProgress([null as never], { polarity: 'increase' })).toThrow(
        /series\[0\] to be an object/,
      );
    });

    it('throws duplicate_observation for two values in one year', () => {
      const error = (() => {
        try {
          openSdgProgress(two(2015, 1, 2015, 2), { polarity: 'increase' });
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(PeriodError);
      expect((error as PeriodError).code).toBe('duplicate_observation');
      expect((error as PeriodError).path).toBe('series[1].year');
    });

    it('does not mutate its input and is deterministic', () => {
      const series = Object.freeze([
        Object.freeze({ year: 2020, value: 60 }),
        Object.freeze({ year: 2015, value: 50 }),
      ]);
      const options = Object.freeze({ polarity: 'increase' as const, target: 80 });
      const a = openSdgProgress(series, options);
      expect(openSdgProgress(series, options)).toEqual(a);
      expect(series[0]?.year).toBe(2020);
    });
  });

  it('reports a growth rate that overflows double precision as not_available (never Infinity)', () => {
    const result = openSdgProgress(
      [
        { year: 2015, value: 1e-300 },
        { year: 2016, value: 1e300 },
      ],
      { polarity: 'increase' },
    );
    expect(result).toMatchObject({ status: 'not_available', reason: 'not_finite', progressValue: null });
  });
});
