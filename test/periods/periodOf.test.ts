import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { PeriodError } from '../../src/errors/PeriodError.js';
import type { Frequency } from '../../src/periods/index.js';
import { frequencies, periodOf } from '../../src/periods/index.js';

const july = { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' } as const;

describe('periodOf', () => {
  it('finds the period of each frequency', () => {
    const expected: Record<Frequency, string> = {
      day: '2024-08-15',
      week: '2024-W33',
      month: '2024-08',
      quarter: '2024-Q3',
      year: '2024',
      'fiscal-quarter': 'FY2025-Q1',
      'fiscal-year': 'FY2025',
    };
    for (const frequency of frequencies) {
      expect(periodOf('2024-08-15', frequency, july).label).toBe(expected[frequency]);
    }
  });

  it('handles ISO week-year boundaries', () => {
    expect(periodOf('2021-01-03', 'week').label).toBe('2020-W53');
    expect(periodOf('2021-01-04', 'week').label).toBe('2021-W01');
    expect(periodOf('2024-12-30', 'week').label).toBe('2025-W01');
    expect(periodOf('2027-01-01', 'week').label).toBe('2026-W53');
    expect(periodOf('0001-01-01', 'week').label).toBe('0001-W01');
  });

  it('reads a Date by its local calendar date', () => {
    expect(periodOf(new Date(2024, 1, 29, 0, 0, 0), 'day').label).toBe('2024-02-29');
    expect(periodOf(new Date(2024, 1, 29, 23, 59, 59, 999), 'month').label).toBe('2024-02');
  });

  it('rejects bad dates', () => {
    for (const date of ['2023-02-29', '2024-13-01', '2024-1-01', '0000-01-01', '2024-02-30', 'x', '']) {
      expect(() => periodOf(date, 'month')).toThrow(
        expect.objectContaining({ code: 'invalid_period', path: 'date', value: date }),
      );
    }
    expect(() => periodOf('2023-02-29', 'month')).toThrow(
      "periodOf: expected an existing date YYYY-MM-DD from 0001-01-01 to 9999-12-31, received '2023-02-29'",
    );
    expect(() => periodOf(new Date(Number.NaN), 'month')).toThrow(PeriodError);
    const far = new Date(0);
    far.setFullYear(10000);
    expect(() => periodOf(far, 'month')).toThrow(PeriodError);
    expect(() => periodOf(20240101 as unknown as string, 'month')).toThrow(
      'periodOf: expected a date YYYY-MM-DD or a Date, received 20240101',
    );
  });

  it('checks the frequency and calendar', () => {
    expect(() => periodOf('2024-01-01', 'decade' as Frequency)).toThrow(ArgumentError);
    expect(() => periodOf('2024-01-01', 'fiscal-year')).toThrow(
      expect.objectContaining({ code: 'missing_calendar', path: 'calendar' }),
    );
  });

  it('rejects periods reaching past 9999-12-31', () => {
    expect(() => periodOf('9999-12-31', 'week')).toThrow(
      "periodOf: expected a date whose week lies within 0001-01-01..9999-12-31, received '9999-12-31'",
    );
    expect(() => periodOf('9999-12-31', 'fiscal-year', july)).toThrow(PeriodError);
    expect(periodOf('9999-12-31', 'year').label).toBe('9999');
  });
});
