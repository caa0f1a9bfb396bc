import { describe, expect, it } from 'vitest';
import { periodLength } from '../../src/periods/index.js';

describe('periodLength', () => {
  it.each([
    ['2024-02-29', 1],
    ['2020-W53', 7],
    ['2024-02', 29],
    ['2023-02', 28],
    ['2100-02', 28],
    ['2000-02', 29],
    ['2024-Q1', 91],
    ['2023-Q1', 90],
    ['2024-Q3', 92],
    ['2024', 366],
    ['2023', 365],
  ])('%s has %i days', (label, days) => {
    expect(periodLength(label)).toBe(days);
  });

  it('counts fiscal periods', () => {
    const july = { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' } as const;
    expect(periodLength('FY2024', july)).toBe(366);
    expect(periodLength('FY2025', july)).toBe(365);
    expect(periodLength('FY2024-Q3', july)).toBe(91);
  });
});
