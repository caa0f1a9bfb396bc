import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { escapAnticipatedProgress } from '../../../src/scoring/methods/index.js';

interface Fixture {
  targetYear: number;
  cases: Record<
    string,
    {
      years: number[];
      values: number[];
      weightedRegression: number;
      weightedSlope: number;
      regression: number;
      weightedLogit100: number;
      cagr: number;
    }
  >;
}
const fixture = JSON.parse(
  readFileSync(
    join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/methods/escapExtrapolation.json'),
    'utf8',
  ),
) as Fixture;

describe('escapAnticipatedProgress', () => {
  describe('projections match NumPy (test/fixtures/methods/escapExtrapolation.py)', () => {
    for (const [name, c] of Object.entries(fixture.cases)) {
      const series = c.years.map((year, i) => ({ year, value: c.values[i] ?? null }));
      const polarity = name === 'declining_rate' ? 'decrease' : 'increase';
      it(`${name}: time-weighted, ordinary, logit and CAGR projections`, () => {
        const run = (extra: object) => escapAnticipatedProgress(series, { polarity, target: 50, ...extra });
        const weighted = run({});
        expect(weighted.predicted).toBeCloseTo(c.weightedRegression, 9);
        expect(weighted.explanation.intermediate.slope).toBeCloseTo(c.weightedSlope, 9);
        expect(weighted.pointsUsed).toBe(c.years.length);
        expect(run({ extrapolation: 'regression' }).predicted).toBeCloseTo(c.regression, 9);
        expect(run({ logitScale: 100 }).predicted).toBeCloseTo(c.weightedLogit100, 9);
        expect(run({ extrapolation: 'cagr' }).predicted).toBeCloseTo(c.cagr, 9);
      });
    }
  });

  it('maps the gap d (TV - predicted) / |TV - base| to the three categories, closed at 0 and 1', () => {
    const at = (predicted: number) =>
      escapAnticipatedProgress([{ year: 2015, value: 40 }], { polarity: 'increase', target: 80, predicted });
    expect(at(80)).toMatchObject({
      gap: 0,
      status: 'maintain_progress',
      label: 'Maintain progress to achieve target',
    });
    expect(at(40)).toMatchObject({ gap: 1, status: 'accelerate_progress' });
    expect(at(39)).toMatchObject({ status: 'reverse_trend', label: 'Reverse trend to achieve target' });
  });

  it('short-circuits a latest value already at the target to maintain progress', () => {
    const series = [
      { year: 2015, value: 40 },
      { year: 2020, value: 90 },
      { year: 2022, value: 80 },
    ];
    const result = escapAnticipatedProgress(series, { polarity: 'increase', target: 80 });
    expect(result).toMatchObject({ status: 'maintain_progress', targetMet: true });
    expect(result.explanation.rule?.id).toBe('target_achieved');
  });

  it('uses an observation in the target year as the projection', () => {
    const series = [
      { year: 2015, value: 40 },
      { year: 2030, value: 70 },
    ];
    expect(escapAnticipatedProgress(series, { polarity: 'increase', target: 80 })).toMatchObject({
      predicted: 70,
      gap: 0.25,
    });
  });

  it('handles a target equal to the base value without dividing by zero', () => {
    const base = [
      { year: 2015, value: 40 },
      { year: 2020, value: 38 },
    ];
    expect(escapAnticipatedProgress(base, { polarity: 'increase', target: 40, predicted: 45 })).toMatchObject(
      {
        gap: null,
        status: 'maintain_progress',
      },
    );
    expect(escapAnticipatedProgress(base, { polarity: 'increase', target: 40, predicted: 35 }).status).toBe(
      'reverse_trend',
    );
  });

  it('reports insufficient data with a reason', () => {
    expect(escapAnticipatedProgress([], { polarity: 'increase', target: 1 }).reason).toBe('no_data');
    expect(
      escapAnticipatedProgress([{ year: 2015, value: 1 }], { polarity: 'increase', target: 2 }).reason,
    ).toBe('insufficient_data');
    expect(
      escapAnticipatedProgress([{ year: 2010, value: 1 }], {
        polarity: 'increase',
        target: 2,
        baseYearFallback: 'exact',
      }).reason,
    ).toBe('missing_base_year');
    const share = [
      { year: 2015, value: 0 },
      { year: 2020, value: 50 },
    ];
    expect(
      escapAnticipatedProgress(share, { polarity: 'increase', target: 90, logitScale: 100 }).reason,
    ).toBe('outside_logit_scale');
    expect(
      escapAnticipatedProgress(share, { polarity: 'increase', target: 90, extrapolation: 'cagr' }).reason,
    ).toBe('non_positive_value');
  });

  it('validates its options', () => {
    const base = [{ year: 2015, value: 40 }];
    expect(() =>
      escapAnticipatedProgress(base, { polarity: 'increase', target: 80, extrapolation: 'spline' as never }),
    ).toThrow(/options.extrapolation/);
    expect(() =>
      escapAnticipatedProgress(base, { polarity: 'increase', target: 80, fromYear: 2030 }),
    ).toThrow(
      'escapAnticipatedProgress: expected options.fromYear to be before options.targetYear (2030), received 2030',
    );
    expect(() =>
      escapAnticipatedProgress(base, { polarity: 'increase', target: 80, logitScale: -1 }),
    ).toThrow(/logitScale/);
    expect(() =>
      escapAnticipatedProgress(base, { polarity: 'increase', target: 80, thresholds: { maintain: 2 } }),
    ).toThrow(/options.thresholds.maintain to be at most/);
  });

  it('reports an overflowing projection as insufficient data (never Infinity)', () => {
    const series = [
      { year: 2015, value: 1e-300 },
      { year: 2016, value: 1e300 },
    ];
    expect(
      escapAnticipatedProgress(series, { polarity: 'increase', target: 1, extrapolation: 'cagr' }).reason,
    ).toBe('not_finite');
  });
});
