import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { PeriodError } from '../../src/errors/PeriodError.js';
import type { AggregatedPeriod, Aggregation, FiscalCalendar, Frequency } from '../../src/periods/index.js';
import { resample } from '../../src/periods/index.js';
import { type GoldenAggregate, readSeriesGolden } from './helpers/seriesGolden.js';

const july: FiscalCalendar = { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' };

function expectExact(actual: string | null, expected: string | null | undefined, where: string): void {
  if (expected === undefined || expected === null) {
    expect(actual, where).toBeNull();
    return;
  }
  expect(actual, where).not.toBeNull();
  expect(new Decimal(actual as string).eq(expected), `${where}: ${actual} vs ${expected}`).toBe(true);
}

describe('resample', () => {
  it('sums ten monthly values of 0.1 to exactly 1', () => {
    const months = Array.from({ length: 10 }, (_, i) => ({
      period: `2024-${String(i + 1).padStart(2, '0')}`,
      value: 0.1,
    }));
    const [year] = resample(months, { to: 'year', aggregation: 'sum' });
    expect(year?.value).toBe(1);
    expect(year?.exact).toBe('1');
    expect(year?.coverage).toEqual({ expected: 12, present: 10, ratio: 10 / 12 });
    expect(year?.status).toBe('partial');
  });

  it('aggregates each way', () => {
    const observations = [
      { period: '2024-01', value: 3 },
      { period: '2024-02', value: '1.25' },
      { period: '2024-03', value: -2 },
      { period: '2024-04', value: 7 },
    ];
    const at = (aggregation: Aggregation) => resample(observations, { to: 'quarter', aggregation });
    expect(at('sum').map((p) => p.exact)).toEqual(['2.25', '7']);
    expect(at('mean').map((p) => p.exact)).toEqual(['0.75', '7']);
    expect(at('last').map((p) => p.value)).toEqual([-2, 7]);
    expect(at('min').map((p) => p.exact)).toEqual(['-2', '7']);
    expect(at('max').map((p) => p.exact)).toEqual(['3', '7']);
    expect(at('sum').map((p) => p.status)).toEqual(['complete', 'partial']);
  });

  it('pools ratios: sums numerators and denominators before dividing', () => {
    const observations = [
      { period: '2024-01', numerator: 1, denominator: 2 },
      { period: '2024-02', numerator: 9, denominator: 10 },
      { period: '2024-03', numerator: 5, denominator: null },
    ];
    const [q1] = resample(observations, { to: 'quarter', aggregation: 'ratio' });
    expect(q1?.exact).toBe('0.8333333333333333333333333333333333');
    expect(q1?.value).toBeCloseTo(10 / 12, 15);
    expect(q1?.coverage.present).toBe(2);
    const [zero] = resample([{ period: '2024-01', numerator: 0, denominator: 0 }], {
      to: 'year',
      aggregation: 'ratio',
    });
    expect(zero).toMatchObject({ value: null, exact: null, status: 'zero_denominator' });
  });

  it('withholds periods below minCoverage and includes empty periods between observations', () => {
    const observations = [
      { period: '2024-01-01', value: 1 },
      { period: '2024-01-02', value: 1 },
      { period: '2024-03-31', value: 5 },
    ];
    const result = resample(observations, { to: 'month', aggregation: 'sum', minCoverage: 0.05 });
    expect(
      result.map((p) => [p.period.label, p.value, p.status, p.coverage.present, p.coverage.expected]),
    ).toEqual([
      ['2024-01', 2, 'partial', 2, 31],
      ['2024-02', null, 'insufficient_coverage', 0, 29],
      ['2024-03', null, 'insufficient_coverage', 1, 31],
    ]);
  });

  it('treats null, undefined and NaN as missing', () => {
    const observations = [
      { period: '2024-Q1', value: null },
      { period: '2024-Q2', value: Number.NaN },
      { period: '2024-Q3' },
      { period: '2024-Q4', value: 4 },
    ];
    const [year] = resample(observations, { to: 'year', aggregation: 'mean', minCoverage: 0.25 });
    expect(year).toMatchObject({
      value: 4,
      status: 'partial',
      coverage: { expected: 4, present: 1, ratio: 0.25 },
    });
  });

  it('sorts unsorted input without mutating it', () => {
    const observations = [
      { period: '2024-03', value: 3 },
      { period: '2024-01', value: 1 },
      { period: '2024-02', value: 2 },
    ];
    const copy = structuredClone(observations);
    const [q1] = resample(observations, { to: 'quarter', aggregation: 'last' });
    expect(q1?.value).toBe(3);
    expect(observations).toEqual(copy);
  });

  it('returns [] for no observations', () => {
    expect(resample([], { to: 'year', aggregation: 'sum' })).toEqual([]);
  });

  it('resamples fiscal quarters into fiscal years and months into fiscal quarters', () => {
    const months = ['2024-06', '2024-07', '2024-08', '2024-09'].map((period) => ({ period, value: 1 }));
    expect(
      resample(months, { to: 'fiscal-quarter', aggregation: 'sum', calendar: july }).map((p) => [
        p.period.label,
        p.value,
        p.status,
      ]),
    ).toEqual([
      ['FY2024-Q4', 1, 'partial'],
      ['FY2025-Q1', 3, 'complete'],
    ]);
    const quarters = ['FY2025-Q1', 'FY2025-Q2', 'FY2025-Q3', 'FY2025-Q4'].map((period) => ({
      period,
      value: 2,
    }));
    const [fy] = resample(quarters, { to: 'fiscal-year', aggregation: 'sum', calendar: july });
    expect(fy).toMatchObject({
      value: 8,
      status: 'complete',
      period: { label: 'FY2025', start: '2024-07-01' },
    });
  });

  it('counts ISO weeks of an ISO week (identity) and days of weeks', () => {
    const days = ['2020-12-28', '2020-12-29', '2021-01-03'].map((period) => ({ period, value: 1 }));
    const [week] = resample(days, { to: 'week', aggregation: 'sum' });
    expect(week).toMatchObject({
      period: { label: '2020-W53' },
      value: 3,
      coverage: { expected: 7, present: 3 },
    });
  });

  it('rejects duplicates and mixed frequencies, naming both observations', () => {
    expect(() =>
      resample(
        [
          { period: '2024-01', value: 1 },
          { period: '2024-02', value: 1 },
          { period: '2024-01', value: 2 },
        ],
        { to: 'year', aggregation: 'sum' },
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'duplicate_observation',
        message:
          "resample: expected one observation per period, received observations[0] and observations[2] both for '2024-01'",
      }),
    );
    try {
      resample(
        [
          { period: '2024-01', value: 1 },
          { period: '2024-01', value: 1 },
        ],
        { to: 'year', aggregation: 'sum' },
      );
    } catch (error) {
      expect(error).toMatchObject({
        code: 'duplicate_observation',
        path: 'observations[1].period',
        value: '2024-01',
      });
    }
    expect(() =>
      resample(
        [
          { period: '2024-01', value: 1 },
          { period: '2024-Q2', value: 1 },
        ],
        { to: 'year', aggregation: 'sum' },
      ),
    ).toThrow(
      "resample: expected every observation to have one frequency, received observations[0].period '2024-01' (month) and observations[1].period '2024-Q2' (quarter)",
    );
  });

  it('rejects frequencies that do not nest', () => {
    expect(() => resample([{ period: '2024-W05', value: 1 }], { to: 'month', aggregation: 'sum' })).toThrow(
      expect.objectContaining({ code: 'frequency_mismatch', path: 'options.to' }),
    );
    expect(() => resample([{ period: '2024-07', value: 1 }], { to: 'day', aggregation: 'sum' })).toThrow(
      PeriodError,
    );
  });

  it('checks options and values', () => {
    const ok = [{ period: '2024-01', value: 1 }];
    expect(() => resample(ok, null as never)).toThrow(ArgumentError);
    expect(() => resample(ok, { to: 'decade' as Frequency, aggregation: 'sum' })).toThrow(ArgumentError);
    expect(() => resample(ok, { to: 'year', aggregation: 'median' as Aggregation })).toThrow(
      "resample: expected options.aggregation to be one of 'sum', 'mean', 'last', 'min', 'max', 'ratio', received 'median'",
    );
    expect(() => resample(ok, { to: 'year', aggregation: 'sum', minCoverage: 1.5 })).toThrow(
      'resample: expected options.minCoverage to be a number from 0 to 1, received 1.5',
    );
    expect(() => resample(ok, { to: 'fiscal-year', aggregation: 'sum' })).toThrow(
      expect.objectContaining({ code: 'missing_calendar' }),
    );
    expect(() => resample([{ period: '2024-01', value: '1,5' }], { to: 'year', aggregation: 'sum' })).toThrow(
      "resample: expected observations[0].value to be a finite number, a decimal string, null or NaN, received '1,5'",
    );
    expect(() =>
      resample([{ period: '2024-01', value: Number.POSITIVE_INFINITY }], { to: 'year', aggregation: 'sum' }),
    ).toThrow(ArgumentError);
    expect(() =>
      resample([{ period: '2024-01', numerator: 'x' }], { to: 'year', aggregation: 'ratio' }),
    ).toThrow(expect.objectContaining({ path: 'observations[0].numerator' }));
    expect(() => resample({} as never, { to: 'year', aggregation: 'sum' })).toThrow(ArgumentError);
    expect(() => resample([null] as never, { to: 'year', aggregation: 'sum' })).toThrow(
      'resample: expected observations[0] to be an observation { period, value }, received null',
    );
    expect(() => resample([{ period: '2024-13', value: 1 }], { to: 'year', aggregation: 'sum' })).toThrow(
      expect.objectContaining({ code: 'invalid_period', path: 'observations[0].period' }),
    );
  });

  it('rejects a target reaching past the supported range', () => {
    expect(() => resample([{ period: '9999-12-31', value: 1 }], { to: 'week', aggregation: 'sum' })).toThrow(
      expect.objectContaining({ code: 'invalid_period' }),
    );
  });

  it('keeps sums exact with large and many-decimal values', () => {
    const observations = [
      { period: '2024-01', value: 9007199254740991 },
      { period: '2024-02', value: 9007199254740991 },
      { period: '2024-03', value: '0.000000000000000000001' },
      { period: '2024-04', value: 1e-7 },
      { period: '2024-05', value: 0.1 + 0.2 },
    ];
    const [year] = resample(observations, { to: 'year', aggregation: 'sum' });
    // 2 × (2^53 − 1) + 1e-21 + 1e-7 + 0.30000000000000004 (the double 0.1 + 0.2, read as its shortest decimal)
    expect(year?.exact).toBe('18014398509481982.300000100000000040001');
  });

  describe('golden: Python decimal over a daily series', () => {
    const golden = readSeriesGolden();
    const targets: Record<string, [Frequency, FiscalCalendar | undefined]> = {
      month: ['month', undefined],
      quarter: ['quarter', undefined],
      year: ['year', undefined],
      'fiscal-year-7-end': ['fiscal-year', july],
      'fiscal-quarter-10-start': ['fiscal-quarter', { fiscalYearStartMonth: 10, fiscalYearNaming: 'start' }],
    };
    for (const [key, [to, calendar]] of Object.entries(targets)) {
      it(`to ${key}`, () => {
        const expected = golden.resample[key]!;
        for (const aggregation of ['sum', 'mean', 'last', 'min', 'max', 'ratio'] as const) {
          const result: AggregatedPeriod[] = resample(golden.observations, { to, aggregation, calendar });
          expect(result.map((p) => p.period.label)).toEqual(expected.map((e) => e.label));
          result.forEach((p, i) => {
            const e = expected[i] as GoldenAggregate & { label: string; start: string; end: string };
            expect(p.period.start).toBe(e.start);
            expect(p.period.end).toBe(e.end);
            expect(p.coverage.expected).toBe(e.expected);
            const present = aggregation === 'ratio' ? e.ratioPresent : e.present;
            expect(p.coverage.present).toBe(present);
            expect(p.status).toBe(
              present === 0
                ? 'insufficient_coverage'
                : aggregation === 'ratio' && e.ratio === null
                  ? 'zero_denominator'
                  : present === e.expected
                    ? 'complete'
                    : 'partial',
            );
            expectExact(p.exact, e[aggregation], `${key} ${aggregation} ${e.label}`);
            if (p.exact !== null) expect(p.value).toBe(Number(new Decimal(p.exact).toString()));
          });
        }
      });
    }
  });
});
