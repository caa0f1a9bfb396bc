import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { PeriodError } from '../../src/errors/PeriodError.js';
import type { Frequency } from '../../src/periods/index.js';
import { formatPeriod, parsePeriod } from '../../src/periods/index.js';

describe('formatPeriod', () => {
  it('formats each frequency canonically', () => {
    const cal = { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' } as const;
    const cases: [Frequency, number, number, string][] = [
      ['day', 2024, 60, '2024-02-29'],
      ['day', 2023, 365, '2023-12-31'],
      ['week', 2020, 53, '2020-W53'],
      ['week', 2024, 1, '2024-W01'],
      ['month', 2024, 7, '2024-07'],
      ['quarter', 2024, 3, '2024-Q3'],
      ['year', 987, 1, '0987'],
      ['fiscal-quarter', 2025, 1, 'FY2025-Q1'],
      ['fiscal-year', 2025, 1, 'FY2025'],
    ];
    for (const [frequency, year, index, label] of cases) {
      expect(formatPeriod({ frequency, year, index, calendar: cal })).toBe(label);
    }
  });

  it('is the inverse of parsePeriod', () => {
    for (const label of ['2024-02-29', '2020-W53', '2024-07', '2024-Q3', '2024', '0001']) {
      expect(formatPeriod(parsePeriod(label))).toBe(label);
    }
    const cal = { fiscalYearStartMonth: 4, fiscalYearNaming: 'start' } as const;
    expect(formatPeriod(parsePeriod('FY2024-Q2', cal))).toBe('FY2024-Q2');
  });

  it('rejects indices outside the year', () => {
    expect(() => formatPeriod({ frequency: 'week', year: 2021, index: 53 })).toThrow(
      'formatPeriod: expected period.index to be an integer from 1 to 52 for a week of 2021, received 53',
    );
    expect(() => formatPeriod({ frequency: 'day', year: 2023, index: 366 })).toThrow(ArgumentError);
    expect(() => formatPeriod({ frequency: 'month', year: 2023, index: 0 })).toThrow(ArgumentError);
    expect(() => formatPeriod({ frequency: 'month', year: 2023, index: 1.5 })).toThrow(ArgumentError);
    expect(() => formatPeriod({ frequency: 'year', year: 2023, index: 2 })).toThrow(ArgumentError);
    expect(() => formatPeriod({ frequency: 'year', year: 10000, index: 1 })).toThrow(
      'formatPeriod: expected period.year to be an integer from 1 to 9999, received 10000',
    );
    expect(() => formatPeriod({ frequency: 'decade' as Frequency, year: 2020, index: 1 })).toThrow(
      ArgumentError,
    );
    expect(() => formatPeriod(null as never)).toThrow(ArgumentError);
  });

  it('requires a calendar for fiscal periods and the supported range', () => {
    expect(() => formatPeriod({ frequency: 'fiscal-year', year: 2025, index: 1 })).toThrow(PeriodError);
    const cal = { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' } as const;
    expect(() => formatPeriod({ frequency: 'fiscal-year', year: 1, index: 1, calendar: cal })).toThrow(
      expect.objectContaining({ code: 'invalid_period' }),
    );
  });
});
