import { describe, expect, it } from 'vitest';
import { parsePeriod, periodContains } from '../../src/periods/index.js';

const july = { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' } as const;

describe('periodContains', () => {
  it('checks day containment across frequencies', () => {
    expect(periodContains('2024-Q3', '2024-08')).toBe(true);
    expect(periodContains('2024-Q3', '2024-08-15')).toBe(true);
    expect(periodContains('2024-Q3', '2024-W27')).toBe(true);
    expect(periodContains('2024-Q3', '2024-W40')).toBe(false);
    expect(periodContains('2024-Q3', '2024-Q3')).toBe(true);
    expect(periodContains('2024-08', '2024-Q3')).toBe(false);
    expect(periodContains('FY2025', '2025-06', july)).toBe(true);
    expect(periodContains('FY2025', '2025-07', july)).toBe(false);
    expect(periodContains(parsePeriod('FY2025', july), 'FY2025-Q4', july)).toBe(true);
  });

  it('accepts a Date as inner', () => {
    expect(periodContains('2024-02', new Date(2024, 1, 29, 23, 30))).toBe(true);
    expect(periodContains('2024-02', new Date(2024, 2, 1, 0, 0))).toBe(false);
  });
});
