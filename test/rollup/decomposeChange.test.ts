import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { type DecomposeChangeResult, decomposeChange, rollup } from '../../src/rollup/index.js';
import { dec } from '../../src/rollup/internal/decimal.js';

interface GoldenDecomposition {
  name: string;
  before: Array<{ id: string; score: number | null; weight: number }>;
  after: Array<{ id: string; score: number | null; weight: number }>;
  previous: string;
  current: string;
  change: string;
  contributions: Record<string, string>;
}
const golden = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'rollup', 'golden.json'), 'utf8'),
) as {
  decomposition: GoldenDecomposition[];
};

/** The exact decimal sum of the contributions. */
const exactSum = (d: DecomposeChangeResult) =>
  d.contributions.reduce((s, c) => s.plus(c.exact), dec(0)).toString();

describe('decomposeChange: golden contributions (exact rational arithmetic)', () => {
  for (const c of golden.decomposition) {
    it(c.name, () => {
      const before = rollup({ id: 'g', children: c.before });
      const after = rollup({ id: 'g', children: c.after });
      const d = decomposeChange(before, after);
      expect(d.status).toBe('ok');
      expect(d.previous).toBeCloseTo(Number(c.previous), 15);
      expect(d.current).toBeCloseTo(Number(c.current), 15);
      for (const [id, value] of Object.entries(c.contributions)) {
        const got = d.contributions.find((x) => x.id === id);
        expect(got?.contribution, id).toBeCloseTo(Number(value), 14);
      }
      // exactly: the decimal contributions sum to the decimal change
      expect(exactSum(d)).toBe(dec(d.exact as string).toString());
      expect(Math.abs(d.rounding)).toBeLessThan(1e-15);
      for (const x of d.contributions) expect(x.inputEffect + x.mixEffect).toBeCloseTo(x.contribution, 15);
    });
  }
});

describe('decomposeChange', () => {
  it('a child at the previous average changes nothing by leaving', () => {
    const before = rollup({
      id: 'g',
      children: [
        { id: 'a', score: 0.8 },
        { id: 'b', score: 0.6 },
        { id: 'avg', score: 0.7 },
      ],
    });
    const after = rollup({
      id: 'g',
      children: [
        { id: 'a', score: 0.8 },
        { id: 'b', score: 0.6 },
        { id: 'avg', score: null },
      ],
    });
    const d = decomposeChange(before, after);
    expect(d.change).toBeCloseTo(0, 15);
    expect(d.contributions.find((c) => c.id === 'avg')?.contribution).toBeCloseTo(0, 15);
  });
  it('splits input and mix effects and orders by size', () => {
    const before = rollup({
      id: 'g',
      children: [
        { id: 'a', score: 0.5, weight: 1 },
        { id: 'b', score: 1, weight: 1 },
      ],
    });
    const after = rollup({
      id: 'g',
      children: [
        { id: 'a', score: 0.6, weight: 1 },
        { id: 'b', score: 1, weight: 3 },
      ],
    });
    const d = decomposeChange(before, after);
    const a = d.contributions.find((c) => c.id === 'a');
    const b = d.contributions.find((c) => c.id === 'b');
    // a: input 0.25 × 0.1 = 0.025, mix (0.25 − 0.5)(0.5 − 0.75) = 0.0625; b: mix (0.75 − 0.5)(1 − 0.75) = 0.0625
    expect(a?.inputEffect).toBeCloseTo(0.025, 15);
    expect(a?.mixEffect).toBeCloseTo(0.0625, 15);
    expect(b).toMatchObject({ inputEffect: 0, mixEffect: 0.0625 });
    expect(d.contributions[0]?.id).toBe('a');
    expect(d.change).toBeCloseTo(0.9 - 0.75, 15);
    expect(d.explanation.summary).toMatch(/^The score went up from 0.75 to 0.9/);
  });
  it('attributes a change of worst child in a min rollup to the new worst', () => {
    const before = rollup({
      id: 'g',
      method: 'min',
      children: [
        { id: 'a', score: 0.8 },
        { id: 'b', score: 0.9 },
      ],
    });
    const after = rollup({
      id: 'g',
      method: 'min',
      children: [
        { id: 'a', score: 0.95 },
        { id: 'b', score: 0.85 },
      ],
    });
    const d = decomposeChange(before, after);
    expect(d.contributions.map((c) => [c.id, c.exact])).toEqual([
      ['b', '0.05'],
      ['a', '0'],
    ]);
  });
  it('two_worst, share_on_track and a method change still sum exactly', () => {
    const kids = (x: number) => [
      { id: 'a', score: x },
      { id: 'b', score: 0.5 },
      { id: 'c', score: 1.2 },
    ];
    const pairs = [
      [
        rollup({ id: 'g', method: 'two_worst', children: kids(0.7) }),
        rollup({ id: 'g', method: 'two_worst', children: kids(1.3) }),
      ],
      [
        rollup({ id: 'g', method: 'share_on_track', children: kids(0.7) }),
        rollup({ id: 'g', method: 'share_on_track', children: kids(1.3) }),
      ],
      [
        rollup({ id: 'g', method: 'mean', children: kids(0.7) }),
        rollup({ id: 'g', method: 'min', children: kids(0.7) }),
      ],
    ] as const;
    for (const [before, after] of pairs) {
      const d = decomposeChange(before, after);
      expect(exactSum(d)).toBe(dec(d.exact as string).toString());
      expect(d.change).toBeCloseTo((after.score as number) - (before.score as number), 15);
    }
  });
  it('zeroed children take part with input 0', () => {
    const before = rollup({
      id: 'g',
      missing: 'zero',
      children: [
        { id: 'a', score: 1 },
        { id: 'b', score: null },
      ],
    });
    const after = rollup({
      id: 'g',
      missing: 'zero',
      children: [
        { id: 'a', score: 1 },
        { id: 'b', score: 0.6 },
      ],
    });
    const d = decomposeChange(before, after);
    expect(d.contributions.map((c) => [c.id, c.exact])).toEqual([
      ['b', '0.3'],
      ['a', '0'],
    ]);
  });
  it('decomposes the value of a sum node', () => {
    const node = (a: number | string, b: number | string | null) =>
      rollup({
        id: 'fines',
        method: 'sum',
        children: [
          { id: 'a', value: a, target: 100, unit: 'USD' },
          { id: 'b', value: b, target: 100, unit: 'USD' },
        ],
      });
    const d = decomposeChange(node('10.10', 20), node('12.35', null));
    expect(d.measure).toBe('value');
    expect(d.exact).toBe('-17.75');
    expect(d.contributions.map((c) => [c.id, c.exact])).toEqual([
      ['b', '-20'],
      ['a', '2.25'],
    ]);
    expect(d.rounding).toBe(0);
  });
  it('is not comparable when either side has no score', () => {
    const scored = rollup({ id: 'g', children: [{ id: 'a', score: 1 }] });
    const empty = rollup({ id: 'g', children: [{ id: 'a', score: null }] });
    expect(decomposeChange(empty, scored)).toMatchObject({
      status: 'not_comparable',
      reason: 'no_previous_score',
      change: null,
      contributions: [],
    });
    expect(decomposeChange(scored, empty)).toMatchObject({
      status: 'not_comparable',
      reason: 'no_current_score',
      previous: 1,
    });
  });
  it('matches repeated children by occurrence and children by kind and id', () => {
    const before = rollup({
      id: 'g',
      children: [
        { id: 'x', kind: 'goal', score: 0.5 },
        { id: 'x', kind: 'indicator', score: 1 },
      ],
    });
    const after = rollup({
      id: 'g',
      children: [
        { id: 'x', kind: 'goal', score: 0.7 },
        { id: 'x', kind: 'indicator', score: 1 },
      ],
    });
    const d = decomposeChange(before, after);
    expect(d.contributions.map((c) => [c.kind, c.exact])).toEqual([
      ['goal', '0.1'],
      ['indicator', '0'],
    ]);
    const twice = (s: number) =>
      rollup({
        id: 'g',
        children: [
          { id: 'x', score: s },
          { id: 'x', score: 1 },
        ],
      });
    expect(decomposeChange(twice(0.5), twice(0.7)).contributions.map((c) => c.exact)).toEqual(['0.1', '0']);
  });
  it('rejects non-snapshots; does not mutate', () => {
    expect(() => decomposeChange(null as never, null as never)).toThrow(ArgumentError);
    expect(() =>
      decomposeChange({ method: 'mean', score: 1, children: 'x' } as never, {
        method: 'mean',
        score: 1,
        children: [],
      }),
    ).toThrow("decomposeChange: expected previous.children to be an array, received 'x'");
    expect(() =>
      decomposeChange(
        { method: 'mean', score: Number.NaN, children: [] },
        { method: 'mean', score: 1, children: [] },
      ),
    ).toThrow('decomposeChange: expected previous.score to be a finite number or null, received NaN');
    expect(() =>
      decomposeChange({ method: 'mean', score: 1, children: [null] } as never, {
        method: 'mean',
        score: 1,
        children: [],
      }),
    ).toThrow('previous.children[0] to be a child with an id');
    const before = rollup({ id: 'g', children: [{ id: 'a', score: 0.4 }] });
    const after = rollup({ id: 'g', children: [{ id: 'a', score: 0.9 }] });
    const copies = [structuredClone(before), structuredClone(after)];
    const d = decomposeChange(before, after);
    expect([before, after]).toEqual(copies);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
});
