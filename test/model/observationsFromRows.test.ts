import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/index.js';
import { observationsFromRows, parsePlan } from '../../src/model/index.js';

const plan = parsePlan(
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'model', 'small-city.json'), 'utf8')),
);
const where = (issues: { row: number; column: string | null; code: string }[]) =>
  issues.map((i) => `${i.row}:${i.column}:${i.code}`);

describe('observationsFromRows', () => {
  it('maps labelled rows, keeps text figures exact and reads blanks as not reported', () => {
    const rows = [
      { ind: 'pothole-days', month: '2024-10', days: '4.10', state: 'Provisional', comment: ' late ' },
      { ind: 'pothole-days', month: '2024-11', days: '', state: '', comment: '' },
      { ind: 'pothole-days', month: '2024-12', days: 3.5, state: 'final', comment: '' },
    ];
    const input = structuredClone(rows);
    const { observations, issues, rowsRead } = observationsFromRows(
      rows,
      {
        indicator: 'ind',
        period: 'month',
        value: 'days',
        status: 'state',
        note: 'comment',
        source: { value: 'days.csv' },
      },
      { plan },
    );
    expect(rows).toEqual(input);
    expect(issues).toEqual([]);
    expect(rowsRead).toBe(3);
    expect(observations).toEqual([
      {
        indicatorId: 'pothole-days',
        period: '2024-10',
        value: '4.10',
        status: 'provisional',
        note: 'late',
        source: 'days.csv',
      },
      { indicatorId: 'pothole-days', period: '2024-11', value: null, status: 'final', source: 'days.csv' },
      { indicatorId: 'pothole-days', period: '2024-12', value: 3.5, status: 'final', source: 'days.csv' },
    ]);
  });

  it('maps dates to the indicator frequency, with the plan calendar', () => {
    const { observations, issues } = observationsFromRows(
      [
        { code: 'PT', closed: '2024-08-14', ok: '410', all: '500' },
        { code: 'PT', closed: '2024-10-01', ok: '1,020', all: '1,200' },
      ],
      {
        indicator: 'code',
        indicatorIds: { PT: 'potholes-on-time' },
        period: { column: 'closed', from: 'date' },
        numerator: 'ok',
        denominator: 'all',
      },
      { plan, thousandsSeparator: ',' },
    );
    expect(issues).toEqual([]);
    expect(observations.map((o) => [o.period, o.numerator, o.denominator])).toEqual([
      ['FY2025-Q1', 410, 500],
      ['FY2025-Q2', 1020, 1200],
    ]);
  });

  it('reports every bad cell with its row number and column and keeps every valid row', () => {
    const rows = [
      { ind: 'pothole-days', period: '2024-07', v: '5', ward: '' },
      { ind: 'pothole-days', period: '2024-13', v: '5', ward: '' },
      { ind: 'ghost', period: '2024-07', v: '5', ward: '' },
      { ind: 'pothole-days', period: '2024-Q1', v: 'five', ward: '' },
      { ind: 'crashes', period: '2024-W01', v: '3', ward: '9' },
      { ind: 'crashes', period: '2024-W02', v: '3', ward: '2' },
      { ind: '', period: '2024-07', v: 'Infinity', ward: '' },
    ];
    const { observations, issues } = observationsFromRows(
      rows,
      { indicator: 'ind', period: 'period', value: 'v', dimensions: { ward: 'ward' } },
      { plan, firstRowNumber: 10 },
    );
    expect(where(issues)).toEqual([
      '11:period:invalid_period',
      '12:ind:unknown_reference',
      '13:period:frequency_mismatch',
      '13:v:invalid_value',
      '14:ward:unknown_dimension_value',
      '16:ind:invalid_value',
      '16:v:invalid_value',
    ]);
    expect(issues[3]?.message).toBe(
      "observationsFromRows: expected row 13, column v to be a number, received 'five'",
    );
    expect(observations.map((o) => o.period)).toEqual(['2024-07', '2024-W02']);
    expect(observations[1]?.dimensions).toEqual({ ward: '2' });
  });

  it('reads numeric cells and rejects non-finite ones; half a ratio is an issue', () => {
    const { observations, issues } = observationsFromRows(
      [
        { n: 5, d: 10, p: 'FY2025-Q1' },
        { n: Number.NaN, d: 10, p: 'FY2025-Q2' },
        { n: 'NA', d: '10', p: 'FY2025-Q3' },
        { n: 'NA', d: 'NA', p: 'FY2025-Q4' },
      ],
      { indicator: { value: 'potholes-on-time' }, period: 'p', numerator: 'n', denominator: 'd' },
      { plan },
    );
    expect(where(issues)).toEqual(['3:n:non_finite', '4:n:invalid_value']);
    expect(observations).toEqual([
      {
        indicatorId: 'potholes-on-time',
        period: 'FY2025-Q1',
        numerator: 5,
        denominator: 10,
        status: 'final',
      },
      { indicatorId: 'potholes-on-time', period: 'FY2025-Q4', value: null, status: 'final' },
    ]);
  });

  it('without a plan: fiscal labels need a calendar, dates need a frequency', () => {
    const noCalendar = observationsFromRows([{ p: 'FY2025', v: 1 }], {
      indicator: { value: 'x' },
      period: 'p',
      value: 'v',
    });
    expect(where(noCalendar.issues)).toEqual(['2:p:missing_calendar']);
    expect(() =>
      observationsFromRows([{ p: '2024-01-01', v: 1 }], {
        indicator: { value: 'x' },
        period: { column: 'p', from: 'date' },
        value: 'v',
      }),
    ).toThrow(ArgumentError);
    const ok = observationsFromRows(
      [{ p: 'FY2025', v: 1, s: 'guess' }],
      { indicator: { value: 'x' }, period: 'p', value: 'v', status: 's' },
      { calendar: { fiscalYearStartMonth: 4, fiscalYearNaming: 'start' } },
    );
    expect(where(ok.issues)).toEqual(['2:s:invalid_value']);
  });

  it('throws on a mapping that names a missing column, or on bad arguments', () => {
    expect(() => observationsFromRows([{ a: 1 }], { indicator: 'ind', period: 'a', value: 'a' })).toThrow(
      "observationsFromRows: expected mapping.indicator to name a column of the rows (a), received 'ind'",
    );
    expect(() => observationsFromRows('rows' as never, { indicator: 'a', period: 'a', value: 'a' })).toThrow(
      ArgumentError,
    );
    expect(() => observationsFromRows([], { indicator: 'a', period: 'a' })).toThrow('received neither');
    expect(() =>
      observationsFromRows([], {
        indicator: 'a',
        period: { column: 'a', from: 'date', frequency: 'decade' as never },
        value: 'v',
      }),
    ).toThrow('mapping.period.frequency');
    expect(observationsFromRows([], { indicator: 'a', period: 'a', value: 'a' })).toEqual({
      observations: [],
      issues: [],
      rowsRead: 0,
    });
    expect(
      where(
        observationsFromRows([null as never], { indicator: { value: 'x' }, period: 'p', value: 'v' }).issues,
      ),
    ).toEqual(['2:null:invalid_type']);
  });
});
