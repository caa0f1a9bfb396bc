import { describe, expect, it } from 'vitest';
import { sortObservations } from '../../src/periods/index.js';

describe('sortObservations', () => {
  it('sorts by period, keeping the same objects and other fields', () => {
    const input = [
      { period: '2024-W02', value: 2, unit: 'a' },
      { period: '2020-W53', value: 0, unit: 'b' },
      { period: '2024-W01', value: 1, unit: 'c' },
    ];
    const copy = [...input];
    const sorted = sortObservations(input);
    expect(sorted.map((o) => o.unit)).toEqual(['b', 'c', 'a']);
    expect(sorted[0]).toBe(input[1]);
    expect(input).toEqual(copy);
  });

  it('names both observations of a duplicate, in input order', () => {
    const input = [
      { period: '2024-03', value: 1 },
      { period: '2024-01', value: 1 },
      { period: '2024-02', value: 1 },
      { period: '2024-01', value: 2 },
    ];
    expect(() => sortObservations(input)).toThrow(
      "sortObservations: expected one observation per period, received observations[1] and observations[3] both for '2024-01'",
    );
    const reversed = [
      { period: '2024-03', value: 1 },
      { period: '2024-02', value: 1 },
      { period: '2024-02', value: 1 },
    ];
    expect(() => sortObservations(reversed)).toThrow(
      expect.objectContaining({ path: 'observations[2].period' }),
    );
  });

  it('names the first observation and the one of another frequency', () => {
    expect(() =>
      sortObservations([{ period: '2024-03-01' }, { period: '2024-03-02' }, { period: '2024-W10' }]),
    ).toThrow(
      "sortObservations: expected every observation to have one frequency, received observations[0].period '2024-03-01' (day) and observations[2].period '2024-W10' (week)",
    );
  });

  it('sorts large inputs', () => {
    const input = Array.from({ length: 5000 }, (_, i) => {
      const day = new Date(Date.UTC(2000, 0, 1 + ((i * 7919) % 5000)));
      return { period: day.toISOString().slice(0, 10) };
    });
    const sorted = sortObservations(input).map((o) => o.period);
    expect(sorted).toEqual([...sorted].sort());
    expect(new Set(sorted).size).toBe(5000);
  });
});
