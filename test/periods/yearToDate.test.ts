import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import type { Aggregation, FiscalCalendar } from '../../src/periods/index.js';
import { parsePeriod, yearToDate } from '../../src/periods/index.js';
import { readSeriesGolden } from './helpers/seriesGolden.js';

const july: FiscalCalendar = { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' };

function monthly(from: number, to: number, value: (year: number, month: number) => number) {
  const out = [];
  for (let year = from; year <= to; year++) {
    for (let month = 1; month <= 12; month++) {
      out.push({ period: `${year}-${String(month).padStart(2, '0')}`, value: value(year, month) });
    }
  }
  return out;
}

describe('yearToDate', () => {
  const series = monthly(2022, 2024, (year, month) => (year - 2020) * 100 + month);

  it('counts the periods ended by the cut-off, and the same span a year earlier', () => {
    const ytd = yearToDate(series, '2024-05-15', { aggregation: 'sum' });
    expect(ytd.asOf).toBe('2024-05-15');
    expect(ytd.frequency).toBe('month');
    expect(ytd.current).toMatchObject({
      year: '2024',
      start: '2024-01-01',
      through: '2024-04-30',
      from: parsePeriod('2024-01'),
      to: parsePeriod('2024-04'),
      value: 4 * 400 + 10,
      status: 'complete',
      coverage: { expected: 4, present: 4, ratio: 1 },
    });
    expect(ytd.prior).toMatchObject({ year: '2023', through: '2023-04-30', value: 4 * 300 + 10 });
    expect(ytd.change).toEqual({ absolute: 400, exact: '400', relative: 400 / 1210 });
  });

  it('takes a period as the cut-off', () => {
    const ytd = yearToDate(series, '2024-05', { aggregation: 'mean' });
    expect(ytd.asOf).toBe('2024-05-31');
    expect(ytd.current.value).toBe(403);
    expect(yearToDate(series, parsePeriod('2024-Q2'), { aggregation: 'last' }).current.value).toBe(406);
    expect(yearToDate(series, new Date(2024, 4, 31, 12), { aggregation: 'last' }).current.value).toBe(405);
  });

  it('uses fiscal years', () => {
    const ytd = yearToDate(series, '2024-02', { aggregation: 'sum', fiscal: true, calendar: july });
    expect(ytd.current).toMatchObject({
      year: 'FY2024',
      start: '2023-07-01',
      through: '2024-02-29',
      coverage: { expected: 8, present: 8 },
    });
    expect(ytd.current.value).toBe([7, 8, 9, 10, 11, 12].reduce((s, m) => s + 300 + m, 0) + 401 + 402);
    expect(ytd.prior).toMatchObject({ year: 'FY2023', start: '2022-07-01', through: '2023-02-28' });
  });

  it('reports an empty window when no period has ended yet', () => {
    const ytd = yearToDate(series, '2024-01-15', { aggregation: 'sum' });
    expect(ytd.current).toMatchObject({
      from: null,
      to: null,
      through: null,
      value: null,
      status: 'insufficient_coverage',
      coverage: { expected: 0, present: 0, ratio: 0 },
    });
    expect(ytd.change).toEqual({ absolute: null, exact: null, relative: null });
  });

  it('flags partial windows and withholds below minCoverage', () => {
    const gappy = series.filter((o) => o.period !== '2024-02');
    const ytd = yearToDate(gappy, '2024-03', { aggregation: 'sum' });
    expect(ytd.current).toMatchObject({ status: 'partial', coverage: { expected: 3, present: 2 } });
    expect(yearToDate(gappy, '2024-03', { aggregation: 'sum', minCoverage: 0.9 }).current).toMatchObject({
      value: null,
      status: 'insufficient_coverage',
    });
  });

  it('compares against a zero prior with no relative change', () => {
    const zeros = [
      { period: '2023-Q1', value: 0 },
      { period: '2024-Q1', value: 5 },
    ];
    expect(yearToDate(zeros, '2024-Q1', { aggregation: 'sum' }).change).toEqual({
      absolute: 5,
      exact: '5',
      relative: null,
    });
    const negative = [
      { period: '2023-Q1', value: -4 },
      { period: '2024-Q1', value: -2 },
    ];
    expect(yearToDate(negative, '2024-Q1', { aggregation: 'sum' }).change.relative).toBe(0.5);
  });

  it('counts ISO weeks of the ISO week-numbering year for weekly series', () => {
    const weeks = [
      { period: '2020-W01', value: 1 },
      { period: '2020-W02', value: 2 },
      { period: '2020-W53', value: 53 },
      { period: '2021-W01', value: 10 },
      { period: '2021-W02', value: 20 },
      { period: '2021-W52', value: 520 },
    ];
    const ytd = yearToDate(weeks, '2021-W02', { aggregation: 'sum' });
    expect(ytd.current).toMatchObject({ year: '2021', start: '2021-01-04', value: 30 });
    expect(ytd.prior).toMatchObject({ year: '2020', start: '2019-12-30', value: 3 });
    const last = yearToDate(weeks, '2020-W53', { aggregation: 'sum' });
    expect(last.current).toMatchObject({ value: 56, coverage: { expected: 53, present: 3 } });
    expect(last.prior).toMatchObject({ year: '2019', coverage: { expected: 52, present: 0 } });
    expect(() => yearToDate(weeks, '2021-W02', { aggregation: 'sum', fiscal: true, calendar: july })).toThrow(
      expect.objectContaining({ code: 'frequency_mismatch' }),
    );
  });

  it('clamps 29 February to 28 February for daily series', () => {
    const days = [
      { period: '2023-02-28', value: 1 },
      { period: '2023-03-01', value: 100 },
      { period: '2024-02-29', value: 2 },
    ];
    const ytd = yearToDate(days, '2024-02-29', { aggregation: 'sum' });
    expect(ytd.prior).toMatchObject({
      through: '2023-02-28',
      value: 1,
      coverage: { expected: 59, present: 1 },
    });
    expect(ytd.current).toMatchObject({ through: '2024-02-29', value: 2, coverage: { expected: 60 } });
  });

  it('uses options.frequency, or the cut-off, for an empty series', () => {
    expect(
      yearToDate([], '2024-05-10', { aggregation: 'sum', frequency: 'month' }).current.coverage.expected,
    ).toBe(4);
    expect(yearToDate([], '2024-05', { aggregation: 'sum' }).frequency).toBe('month');
    expect(yearToDate([], '2024-05-10', { aggregation: 'sum' }).current.coverage.expected).toBe(131);
  });

  it('checks its arguments', () => {
    expect(() => yearToDate(series, '2024-05', { aggregation: 'sum', fiscal: true })).toThrow(
      expect.objectContaining({ code: 'missing_calendar' }),
    );
    expect(() => yearToDate(series, '2024-05', { aggregation: 'sum', fiscal: 'yes' as never })).toThrow(
      "yearToDate: expected options.fiscal to be a boolean, received 'yes'",
    );
    expect(() => yearToDate(series, '2024-05', { aggregation: 'avg' as Aggregation })).toThrow(ArgumentError);
    expect(() => yearToDate(series, '2024-05', undefined as never)).toThrow(ArgumentError);
    expect(() =>
      yearToDate([{ period: '2024-Q1', value: 1 }], '2024-05', {
        aggregation: 'sum',
        fiscal: true,
        calendar: { fiscalYearStartMonth: 2, fiscalYearNaming: 'end' },
      }),
    ).toThrow(
      'yearToDate: expected a series whose periods nest in fiscal years (a quarter does not lie within a single fiscal-year of a fiscal year starting in month 2), received quarter periods',
    );
    expect(() => yearToDate(series, '0001-05', { aggregation: 'sum' })).toThrow(
      expect.objectContaining({ code: 'invalid_period', path: 'asOf' }),
    );
    expect(() =>
      yearToDate(series, parsePeriod('FY2024', july), {
        aggregation: 'sum',
        calendar: { fiscalYearStartMonth: 10, fiscalYearNaming: 'end' },
      }),
    ).toThrow(expect.objectContaining({ code: 'frequency_mismatch' }));
  });

  it('does not mutate the observations', () => {
    const copy = structuredClone(series);
    yearToDate(series, '2024-05', { aggregation: 'sum' });
    expect(series).toEqual(copy);
  });

  describe('golden: Python decimal over a daily series', () => {
    const golden = readSeriesGolden();
    for (const g of golden.yearToDate) {
      it(`as of ${g.asOf}${g.fiscal ? ', fiscal' : ''}`, () => {
        for (const aggregation of ['sum', 'mean', 'last', 'min', 'max', 'ratio'] as const) {
          const ytd = yearToDate(golden.observations, g.asOf, {
            aggregation,
            fiscal: g.fiscal,
            calendar: july,
          });
          for (const [window, e] of [
            [ytd.current, g.current],
            [ytd.prior, g.prior],
          ] as const) {
            expect(window.start).toBe(e.start);
            expect(window.through).toBe(e.through);
            expect(window.coverage.expected).toBe(e.expected);
            expect(window.coverage.present).toBe(aggregation === 'ratio' ? e.ratioPresent : e.present);
            const expected = e[aggregation];
            if (expected === undefined || expected === null) expect(window.exact).toBeNull();
            else expect(new Decimal(window.exact as string).eq(expected), `${aggregation}`).toBe(true);
          }
        }
      });
    }
  });
});
