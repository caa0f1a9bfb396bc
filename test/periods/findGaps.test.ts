import { describe, expect, it } from 'vitest';
import { findGaps, parsePeriod } from '../../src/periods/index.js';

describe('findGaps', () => {
  it('lists periods without a value, inside the range only', () => {
    const series = [
      { period: '2023-12', value: 1 },
      { period: '2024-01', value: 5 },
      { period: '2024-02', value: null },
      { period: '2024-04', value: 7 },
      { period: '2024-05', numerator: 1, denominator: 2 },
      { period: '2024-06', numerator: 1, denominator: null },
      { period: '2024-07', value: Number.NaN },
    ];
    expect(findGaps(series, '2024-01', '2024-08').map((p) => p.label)).toEqual([
      '2024-02',
      '2024-03',
      '2024-06',
      '2024-07',
      '2024-08',
    ]);
    expect(findGaps(series, '2024-01', '2024-01')).toEqual([]);
    expect(findGaps([], '2020-W52', '2021-W01').map((p) => p.label)).toEqual([
      '2020-W52',
      '2020-W53',
      '2021-W01',
    ]);
  });

  it('works with fiscal periods', () => {
    const calendar = { fiscalYearStartMonth: 10, fiscalYearNaming: 'start' } as const;
    const series = [{ period: 'FY2024-Q2', value: 1 }];
    expect(
      findGaps(series, parsePeriod('FY2024-Q1', calendar), 'FY2024-Q3', calendar).map((p) => p.label),
    ).toEqual(['FY2024-Q1', 'FY2024-Q3']);
  });

  it('rejects mismatched frequencies and reversed ranges', () => {
    expect(() => findGaps([{ period: '2024-Q1', value: 1 }], '2024-01', '2024-03')).toThrow(
      "findGaps: expected observations[0].period to have the frequency of from '2024-01' (month), received '2024-Q1' (quarter)",
    );
    expect(() => findGaps([], '2024-01', '2024-Q1')).toThrow(
      expect.objectContaining({ code: 'frequency_mismatch' }),
    );
    expect(() => findGaps([], '2024-03', '2024-01')).toThrow(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(() =>
      findGaps(
        [
          { period: '2024-01', value: 1 },
          { period: '2024-01', value: 2 },
        ],
        '2024-01',
        '2024-03',
      ),
    ).toThrow(expect.objectContaining({ code: 'duplicate_observation' }));
  });
});
