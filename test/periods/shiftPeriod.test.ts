import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { PeriodError } from '../../src/errors/PeriodError.js';
import { parsePeriod, shiftPeriod } from '../../src/periods/index.js';

const july = { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' } as const;

describe('shiftPeriod', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-01-01', -1, '2023-12-31'],
    ['2020-W52', 1, '2020-W53'],
    ['2020-W53', 1, '2021-W01'],
    ['2021-W01', -1, '2020-W53'],
    ['2021-W52', 1, '2022-W01'],
    ['2024-11', 3, '2025-02'],
    ['2024-01', -13, '2022-12'],
    ['2024-Q4', 1, '2025-Q1'],
    ['2024-Q1', -5, '2022-Q4'],
    ['2024', -24, '2000'],
    ['2024-07', 0, '2024-07'],
  ])('%s shifted by %i is %s', (label, n, expected) => {
    expect(shiftPeriod(label, n).label).toBe(expected);
  });

  it('shifts fiscal periods within their calendar', () => {
    expect(shiftPeriod('FY2025-Q4', 1, july)).toEqual(parsePeriod('FY2026-Q1', july));
    expect(shiftPeriod(parsePeriod('FY2025', july), -1).label).toBe('FY2024');
  });

  it('accepts a Period', () => {
    expect(shiftPeriod(parsePeriod('2020-W53'), 2).label).toBe('2021-W02');
  });

  it('rejects bad n and out-of-range results', () => {
    expect(() => shiftPeriod('2024-01', 1.5)).toThrow(
      'shiftPeriod: expected n to be a safe integer, received 1.5',
    );
    expect(() => shiftPeriod('2024-01', Number.NaN)).toThrow(ArgumentError);
    expect(() => shiftPeriod('9999-12', 1)).toThrow(
      "shiftPeriod: expected a result within 0001-01-01..9999-12-31, received '9999-12' shifted by 1",
    );
    expect(() => shiftPeriod('0001-01-01', -1)).toThrow(PeriodError);
    expect(() => shiftPeriod('0001-W01', -1)).toThrow(PeriodError);
    expect(() => shiftPeriod('2024-01-01', 1e9)).toThrow(PeriodError);
    expect(() => shiftPeriod('2024-W01', 1e9)).toThrow(PeriodError);
  });

  it('rejects a hand-built Period whose fields disagree with its label', () => {
    const forged = { ...parsePeriod('2024-07'), end: '2024-07-30' };
    expect(() => shiftPeriod(forged, 1)).toThrow(
      "shiftPeriod: expected a Period whose frequency, start and end match its label '2024-07' (month 2024-07-01..2024-07-31), received 'month 2024-07-01..2024-07-30'",
    );
    expect(() => shiftPeriod({ ...parsePeriod('2024-07'), frequency: 'quarter' }, 1)).toThrow(PeriodError);
    expect(() => shiftPeriod(null as unknown as string, 1)).toThrow(PeriodError);
  });
});
