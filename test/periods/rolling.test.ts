import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { rolling } from '../../src/periods/index.js';

const months = (values: (number | null)[], start = 2023) =>
  values.map((value, i) => ({
    period: `${start + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    value,
  }));

describe('rolling', () => {
  it('computes a 12-month rolling sum', () => {
    const series = months(Array.from({ length: 15 }, (_, i) => i + 1));
    const result = rolling(series, 12, 'sum');
    expect(result.map((w) => [w.from.label, w.period.label, w.value, w.status])).toEqual([
      ['2023-01', '2023-12', 78, 'complete'],
      ['2023-02', '2024-01', 90, 'complete'],
      ['2023-03', '2024-02', 102, 'complete'],
      ['2023-04', '2024-03', 114, 'complete'],
    ]);
  });

  it('includes periods without observations and reports coverage', () => {
    const series = [
      { period: '2024-01', value: 1 },
      { period: '2024-02', value: null },
      { period: '2024-04', value: 4 },
    ];
    const result = rolling(series, 2, { aggregation: 'mean', minCoverage: 0.5 });
    expect(result.map((w) => [w.period.label, w.value, w.status, w.coverage.present])).toEqual([
      ['2024-02', 1, 'partial', 1],
      ['2024-03', null, 'insufficient_coverage', 0],
      ['2024-04', 4, 'partial', 1],
    ]);
    expect(rolling(series, 2, { aggregation: 'mean', minCoverage: 1 })[0]?.status).toBe(
      'insufficient_coverage',
    );
  });

  it('works across ISO week years and with ratios', () => {
    const weeks = ['2020-W52', '2020-W53', '2021-W01'].map((period, i) => ({
      period,
      numerator: i,
      denominator: 2,
    }));
    const result = rolling(weeks, 2, 'ratio');
    expect(result.map((w) => [w.from.label, w.period.label, w.exact])).toEqual([
      ['2020-W52', '2020-W53', '0.25'],
      ['2020-W53', '2021-W01', '0.75'],
    ]);
  });

  it('handles fiscal labels with a calendar', () => {
    const calendar = { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' } as const;
    const series = ['FY2024-Q4', 'FY2025-Q1'].map((period) => ({ period, value: 1 }));
    const [window] = rolling(series, 2, { aggregation: 'sum', calendar });
    expect(window).toMatchObject({
      from: { label: 'FY2024-Q4' },
      period: { label: 'FY2025-Q1', calendar },
      value: 2,
    });
  });

  it('returns [] when the series is shorter than the window, or empty', () => {
    expect(rolling(months([1, 2]), 3, 'sum')).toEqual([]);
    expect(rolling([], 1, 'sum')).toEqual([]);
    expect(rolling(months([5]), 1, 'max')).toMatchObject([{ value: 5, status: 'complete' }]);
  });

  it('checks its arguments', () => {
    expect(() => rolling(months([1]), 0, 'sum')).toThrow(
      'rolling: expected window to be an integer >= 1, received 0',
    );
    expect(() => rolling(months([1]), 2.5, 'sum')).toThrow(ArgumentError);
    expect(() => rolling(months([1]), 2, 'median' as never)).toThrow(
      expect.objectContaining({ path: 'options' }),
    );
    expect(() => rolling(months([1]), 2, { aggregation: 'median' as never })).toThrow(
      expect.objectContaining({ path: 'options.aggregation' }),
    );
    expect(() => rolling(months([1]), 2, null as never)).toThrow(ArgumentError);
  });
});
