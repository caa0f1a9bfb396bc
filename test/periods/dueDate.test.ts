import { describe, expect, it } from 'vitest';
import { dueDate, isLate, parsePeriod } from '../../src/periods/index.js';

describe('dueDate', () => {
  it('adds the lag to the last day', () => {
    expect(dueDate('2024-06', 30)).toBe('2024-07-30');
    expect(dueDate('2024-06', 0)).toBe('2024-06-30');
    expect(dueDate('2024-01', 29)).toBe('2024-02-29');
    expect(dueDate('2020-W53', 1)).toBe('2021-01-04');
    expect(dueDate('2024', 365)).toBe('2025-12-31');
    expect(dueDate(parsePeriod('FY2024-Q4', { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' }), 45)).toBe(
      '2024-08-14',
    );
  });

  it('checks the lag and the range', () => {
    expect(() => dueDate('2024-06', -1)).toThrow(
      'dueDate: expected reportingLagDays to be an integer >= 0, received -1',
    );
    expect(() => dueDate('2024-06', 1.5)).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() => dueDate('9999-12', 1)).toThrow(
      "dueDate: expected a due date on or before 9999-12-31, received '9999-12' with a lag of 1 days",
    );
  });
});

describe('isLate', () => {
  const series = [
    { period: '2024-04', value: 1 },
    { period: '2024-05', value: null },
    { period: '2024-06', numerator: 3, denominator: 4 },
    { period: '2024-07', numerator: 3, denominator: null },
  ];

  it('is late after the due date when the period has no value', () => {
    expect(isLate('2024-05', 30, '2024-06-30', series)).toBe(false);
    expect(isLate('2024-05', 30, '2024-07-01', series)).toBe(true);
    expect(isLate('2024-04', 30, '2025-01-01', series)).toBe(false);
    expect(isLate('2024-06', 0, '2025-01-01', series)).toBe(false);
    expect(isLate('2024-07', 0, '2025-01-01', series)).toBe(true);
    expect(isLate('2024-08', 10, new Date(2024, 8, 11, 8), series)).toBe(true);
    expect(isLate('2024-08', 10, new Date(2024, 8, 10, 23, 59), series)).toBe(false);
    expect(isLate('2024-08', 10, '2024-09-11', [])).toBe(true);
  });

  it('requires the observations to have the period frequency', () => {
    expect(() => isLate('2024-Q2', 30, '2024-12-31', series)).toThrow(
      expect.objectContaining({ code: 'frequency_mismatch', path: 'observations[0].period' }),
    );
    expect(() => isLate('2024-06', -3, '2024-12-31', series)).toThrow(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
  });

  it('reads fiscal periods with their own calendar', () => {
    const calendar = { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' } as const;
    const fiscal = [{ period: 'FY2025-Q1', value: 1 }];
    expect(isLate(parsePeriod('FY2025-Q2', calendar), 30, '2025-02-01', fiscal)).toBe(true);
    expect(isLate('FY2025-Q1', 30, '2025-02-01', fiscal, calendar)).toBe(false);
  });
});
