import { describe, expect, it } from 'vitest';
import { indicatorProgress, progressChartSvg } from '../../src/charts/index.js';
import { ArgumentError, evaluatePlan } from '../../src/index.js';
import { baselineForecast, projectAttainment, targetPath } from '../../src/scoring/index.js';
import {
  abatePeriods,
  abateValues,
  dayPeriods,
  dayValues,
  shareNumerators,
  sharePeriods,
  testPlan,
} from './helpers/plan.js';

const plan = testPlan();
const report = evaluatePlan(plan, { asOf: '2024-07-20' });

describe('indicatorProgress', () => {
  it('reads the actuals as evaluatePlan does: ended periods, ratios scaled to percent', () => {
    const days = indicatorProgress(plan, report, 'days');
    expect(days.actuals).toEqual(dayPeriods.map((period, k) => ({ period, value: dayValues[k] })));
    const share = indicatorProgress(plan, report, 'share');
    expect(share.actuals).toEqual(
      sharePeriods.map((period, k) => ({ period, value: (shareNumerators[k]! / 200) * 100 })),
    );
    expect(share.targets).toEqual([{ period: '2024', min: 90, max: 95 }]);
    // Only periods ended by asOf: on 2024-06-15 June is not over.
    const early = evaluatePlan(plan, { asOf: '2024-06-15' });
    expect(indicatorProgress(plan, early, 'days').actuals.at(-1)?.period).toBe('2024-05');
  });

  it('splits a sum target of a fiscal year evenly over its months', () => {
    const abate = indicatorProgress(plan, report, 'abate');
    expect(abate.actuals.map((a) => a.value)).toEqual(abateValues);
    expect(abate.actuals.map((a) => a.period)).toEqual(abatePeriods);
    expect(abate.targets).toEqual([{ period: 'FY2024', value: 300, label: '3,600 in all, 12 months' }]);
    expect(abate.path).toBeUndefined();
  });

  it('adds the target path from the baseline, the projection and the baseline forecast', () => {
    const days = indicatorProgress(plan, report, 'days');
    const expectedPath = targetPath({
      baseline: { period: '2022-12', value: 119 },
      target: { period: '2024-12', value: 80 },
      frequency: 'month',
      shape: 'linear',
      aggregation: 'mean',
    }).path.map((p) => ({ period: p.period, value: p.value }));
    expect(days.path).toEqual(expectedPath);
    const series = dayPeriods.map((period, k) => ({ period, value: dayValues[k]! }));
    expect(days.projection).toEqual(
      projectAttainment(
        series,
        { period: '2024-12', value: 80 },
        { method: 'linear', polarity: 'decrease', calendar: plan.calendar },
      ),
    );
    expect(days.forecast).toEqual(
      baselineForecast(series.slice(0, 12), { until: '2024-12', method: 'linear', calendar: plan.calendar }),
    );
    expect(days.status).toBe(report.indicators[0]!.status);
    expect(days.targets).toEqual([{ period: '2024-12', value: 80, label: 'Council resolution 12' }]);
  });

  it('leaves out what the options turn off, and what is not there', () => {
    const days = indicatorProgress(plan, report, 'days', { projection: false, forecast: false });
    expect(days.projection).toBeUndefined();
    expect(days.forecast).toBeUndefined();
    const survey = indicatorProgress(plan, report, 'survey');
    expect(survey.projection).toBeUndefined();
    expect(survey.path).toBeUndefined();
    expect(progressChartSvg(survey)).toContain('data-status="at_risk"');
  });

  it('rejects an unknown indicator and bad options', () => {
    expect(() => indicatorProgress(plan, report, 'nope')).toThrow(ArgumentError);
    expect(() => indicatorProgress(plan, report, 'days', { projection: 'cubic' } as never)).toThrow(
      /options\.projection/,
    );
    expect(() => indicatorProgress(plan, report, 'days', { colour: 1 } as never)).toThrow(
      /received 'colour'/,
    );
    expect(() => indicatorProgress({} as never, report, 'days')).toThrow(/plan/);
    expect(() => indicatorProgress(plan, {} as never, 'days')).toThrow(/report/);
  });
});
