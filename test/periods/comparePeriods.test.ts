import { describe, expect, it } from 'vitest';
import { comparePeriods, parsePeriod } from '../../src/periods/index.js';

describe('comparePeriods', () => {
  it('orders by start, then end, then frequency', () => {
    expect(comparePeriods('2024-01', '2024-02')).toBe(-1);
    expect(comparePeriods('2024-02', '2024-01')).toBe(1);
    expect(comparePeriods('2024-01', '2024-Q1')).toBe(-1);
    expect(comparePeriods('2024-Q1', '2024-01')).toBe(1);
    expect(comparePeriods('2024-07', parsePeriod('2024-07'))).toBe(0);
    const january = { fiscalYearStartMonth: 1, fiscalYearNaming: 'end' } as const;
    expect(comparePeriods('2024', 'FY2024', january)).toBe(-1);
    expect(comparePeriods('FY2024', '2024', january)).toBe(1);
    expect(comparePeriods('2024-01-01', '2024-W01')).toBe(-1);
    expect(comparePeriods('2024-01-02', '2024-W01')).toBe(1);
  });

  it('sorts mixed labels', () => {
    expect(['2021', '2020-12-31', '2020-W53'].sort(comparePeriods)).toEqual([
      '2020-W53',
      '2020-12-31',
      '2021',
    ]);
    expect(['2024-Q2', '2024-04', '2023-W52', '2024'].sort(comparePeriods)).toEqual([
      '2023-W52',
      '2024',
      '2024-04',
      '2024-Q2',
    ]);
  });
});
