import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { parsePeriod, periodsBetween } from '../../src/periods/index.js';

const july = { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' } as const;

describe('periodsBetween', () => {
  it('lists periods inclusively', () => {
    expect(periodsBetween('2020-W52', '2021-W02').map((p) => p.label)).toEqual([
      '2020-W52',
      '2020-W53',
      '2021-W01',
      '2021-W02',
    ]);
    expect(periodsBetween('2024-02-27', '2024-03-01').map((p) => p.label)).toEqual([
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
    expect(periodsBetween('2024-07', '2024-07')).toEqual([parsePeriod('2024-07')]);
    expect(periodsBetween('FY2024-Q4', 'FY2025-Q2', july).map((p) => p.label)).toEqual([
      'FY2024-Q4',
      'FY2025-Q1',
      'FY2025-Q2',
    ]);
    expect(periodsBetween('2023-11', '2024-02')).toHaveLength(4);
  });

  it('rejects reversed ranges and mixed frequencies', () => {
    expect(() => periodsBetween('2024-05', '2024-03')).toThrow(ArgumentError);
    expect(() => periodsBetween('2024-05', '2024-03')).toThrow(
      "periodsBetween: expected to to be on or after from '2024-05', received '2024-03'",
    );
    expect(() => periodsBetween('2024-05', '2024-Q3')).toThrow(
      "periodsBetween: expected to to have the frequency of from '2024-05' (month), received '2024-Q3' (quarter)",
    );
    expect(() =>
      periodsBetween(
        parsePeriod('FY2024', july),
        parsePeriod('FY2025', { fiscalYearStartMonth: 10, fiscalYearNaming: 'end' }),
      ),
    ).toThrow(expect.objectContaining({ code: 'frequency_mismatch' }));
  });
});
