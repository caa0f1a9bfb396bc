import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { equityGap } from '../../src/rollup/index.js';

interface GoldenEquity {
  name: string;
  polarity: 'increase' | 'decrease';
  groups: Array<{ group: string; value: number }>;
  difference: string;
  ratio: string;
  parity: string;
}
const golden = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'rollup', 'golden.json'), 'utf8'),
) as {
  equity: GoldenEquity[];
};

describe('equityGap: golden values', () => {
  for (const c of golden.equity) {
    it(c.name, () => {
      const gap = equityGap(c.groups, { polarity: c.polarity });
      expect(gap.differenceExact).toBe(c.difference);
      expect(gap.ratio).toBeCloseTo(Number(c.ratio), 15);
      expect(gap.parity).toBeCloseTo(Number(c.parity), 15);
    });
  }
});

describe('equityGap', () => {
  it('reads polarity: the best group is the highest when higher is better', () => {
    const g = equityGap(
      [
        { group: 'A', value: 48 },
        { group: 'B', value: 30 },
        { group: 'C', value: 45 },
      ],
      { polarity: 'increase' },
    );
    expect(g).toMatchObject({
      best: { group: 'A', value: 48 },
      worst: { group: 'B', value: 30 },
      status: 'disparity',
      groups: 3,
    });
    const d = equityGap(
      [
        { group: 'A', value: 48 },
        { group: 'B', value: 30 },
      ],
      { polarity: 'decrease' },
    );
    expect(d).toMatchObject({
      best: { group: 'B' },
      worst: { group: 'A' },
      parity: 0.625,
      status: 'disparity',
    });
  });
  it('exactly four fifths is equitable (the threshold is inclusive); the threshold is configurable', () => {
    expect(
      equityGap(
        [
          { group: 'A', value: 50 },
          { group: 'B', value: 40 },
        ],
        { polarity: 'increase' },
      ).status,
    ).toBe('equitable');
    expect(
      equityGap(
        [
          { group: 'A', value: 50 },
          { group: 'B', value: 40 },
        ],
        { polarity: 'increase', threshold: 0.9 },
      ).status,
    ).toBe('disparity');
  });
  it('decimal strings are exact; missing groups are listed', () => {
    const g = equityGap(
      [
        { group: 'A', value: '0.3' },
        { group: 'B', value: 0.1 },
        { group: 'C', value: null },
        { group: 'D', value: Number.NaN },
      ],
      { polarity: 'increase' },
    );
    expect(g.differenceExact).toBe('0.2');
    expect(g.missing).toEqual(['C', 'D']);
    expect(g.ratio).toBe(3);
  });
  it('fewer than two groups with data: insufficient_data', () => {
    expect(
      equityGap(
        [
          { group: 'A', value: 3 },
          { group: 'B', value: null },
        ],
        { polarity: 'increase' },
      ),
    ).toMatchObject({
      status: 'insufficient_data',
      reason: 'fewer_than_two_groups',
      difference: null,
      best: null,
    });
    expect(equityGap([], { polarity: 'increase' }).explanation.summary).toBe(
      '0 groups have a figure: at least two are needed to compare.',
    );
  });
  it('neutral and range polarities give the gap without a status', () => {
    const n = equityGap(
      [
        { group: 'A', value: 3 },
        { group: 'B', value: 6 },
      ],
      { polarity: 'neutral' },
    );
    expect(n).toMatchObject({
      status: 'not_comparable',
      reason: 'neutral_polarity',
      difference: 3,
      ratio: 2,
      parity: null,
      best: null,
    });
    expect(
      equityGap(
        [
          { group: 'A', value: 3 },
          { group: 'B', value: 6 },
        ],
        { polarity: 'range' },
      ).reason,
    ).toBe('range_polarity');
  });
  it('non-positive figures make the ratios undefined, not NaN or Infinity', () => {
    const g = equityGap(
      [
        { group: 'A', value: -2 },
        { group: 'B', value: 5 },
      ],
      { polarity: 'increase' },
    );
    expect(g).toMatchObject({
      status: 'not_comparable',
      reason: 'non_positive_value',
      difference: 7,
      ratio: null,
      parity: null,
    });
    expect(g.best?.group).toBe('B');
  });
  it('ties keep input order; equal groups are equitable', () => {
    const g = equityGap(
      [
        { group: 'A', value: 5 },
        { group: 'B', value: 5 },
      ],
      { polarity: 'increase' },
    );
    expect(g).toMatchObject({
      highest: { group: 'A' },
      lowest: { group: 'A' },
      parity: 1,
      status: 'equitable',
    });
  });
  it('rejects bad input with precise messages; does not mutate', () => {
    const cases: Array<[() => unknown, string]> = [
      [
        () => equityGap('x' as never, { polarity: 'increase' }),
        "equityGap: expected groups to be an array of { group, value }, received 'x'",
      ],
      [() => equityGap([], null as never), 'equityGap: expected options to be an object, received null'],
      [
        () => equityGap([], { polarity: 'up' as never }),
        "equityGap: expected options.polarity to be one of 'increase', 'decrease', 'range', 'neutral', received 'up'",
      ],
      [
        () => equityGap([], { polarity: 'increase', threshold: 0 }),
        'equityGap: expected options.threshold to be a number in (0, 1], received 0',
      ],
      [
        () => equityGap([{ group: 1, value: 2 }] as never, { polarity: 'increase' }),
        'equityGap: expected groups[0] to be { group: string, value }, received an object',
      ],
      [
        () => equityGap([{ group: 'A', value: 'x' }], { polarity: 'increase' }),
        "equityGap: expected groups[0].value to be a finite number, a decimal string or null, received 'x'",
      ],
      [
        () => equityGap([{ group: 'A', value: Number.POSITIVE_INFINITY }], { polarity: 'increase' }),
        'equityGap: expected groups[0].value to be a finite number, a decimal string or null, received Infinity',
      ],
    ];
    for (const [run, message] of cases) {
      expect(run).toThrow(ArgumentError);
      expect(run).toThrow(message);
    }
    const groups = [
      { group: 'A', value: 1 },
      { group: 'B', value: 2 },
    ];
    const copy = structuredClone(groups);
    const g = equityGap(groups, { polarity: 'decrease' });
    expect(groups).toEqual(copy);
    expect(JSON.parse(JSON.stringify(g))).toEqual(g);
  });
});
