import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { type RollupNode, type RollupResult, rollup } from '../../src/rollup/index.js';
import type { BandScheme } from '../../src/scoring/index.js';
import { hasShared, readSharedJson } from '../helpers/shared.js';

interface GoldenRollup {
  name: string;
  method: 'weighted_mean' | 'mean' | 'min' | 'max' | 'two_worst' | 'share_on_track';
  missing: 'ignore' | 'strict' | 'zero';
  children: Array<{ id: string; score: number | null; weight: number }>;
  score: string | null;
  shares: Record<string, string>;
}

const golden = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'rollup', 'golden.json'), 'utf8'),
) as {
  rollup: GoldenRollup[];
};

const child = (result: RollupResult, id: string) => result.children.find((c) => c.id === id) as RollupResult;

describe('rollup: golden values (exact rational arithmetic, test/fixtures/rollup/generate_golden.py)', () => {
  for (const c of golden.rollup) {
    it(c.name, () => {
      const result = rollup({ id: 'goal', method: c.method, missing: c.missing, children: c.children });
      if (c.score === null) {
        expect(result.score).toBeNull();
        expect(result.status).toBe('no_data');
      } else {
        expect(result.score).toBeCloseTo(Number(c.score), 14);
        for (const [id, share] of Object.entries(c.shares)) {
          expect(child(result, id).share).toBeCloseTo(Number(share), 14);
        }
        const shares = result.children.reduce((s, r) => s + r.share, 0);
        expect(shares).toBeCloseTo(1, 12);
      }
    });
  }
});

describe('rollup: methods', () => {
  const kids: RollupNode[] = [
    { id: 'a', score: 0.95, weight: 2 },
    { id: 'b', score: 0.7, weight: 1 },
    { id: 'c', score: 1.1, weight: 1 },
  ];
  it('weighted_mean is the default and renormalises weights', () => {
    const r = rollup({ id: 'g', children: kids });
    expect(r.method).toBe('weighted_mean');
    expect(r.score).toBeCloseTo((2 * 0.95 + 0.7 + 1.1) / 4, 15);
    expect(r.status).toBe('at_risk');
  });
  it('options.method applies to nodes without their own; a node may choose its own', () => {
    const r = rollup(
      {
        id: 'root',
        children: [
          { id: 'x', method: 'max', children: kids },
          { id: 'y', children: kids },
        ],
      },
      { method: 'min' },
    );
    expect(r.method).toBe('min');
    expect(child(r, 'x').score).toBe(1.1);
    expect(child(r, 'y').score).toBe(0.7);
    expect(r.score).toBe(0.7);
    expect(child(r, 'y').share).toBe(1);
    expect(child(r, 'x').share).toBe(0);
  });
  it('min picks the first of equal worst children', () => {
    const r = rollup({
      id: 'g',
      method: 'min',
      children: [
        { id: 'a', score: 0.5 },
        { id: 'b', score: 0.5 },
      ],
    });
    expect(r.children.map((c) => c.share)).toEqual([1, 0]);
    expect(r.drivers.map((d) => d.id)).toEqual(['a']);
  });
  it('share_on_track counts statuses, not scores, and ignores weights', () => {
    const r = rollup({
      id: 'g',
      method: 'share_on_track',
      children: [
        { id: 'a', score: 0.97, status: 'on_track', weight: 5 },
        { id: 'b', score: 0.8, status: 'at_risk' },
        { id: 'c', score: 1.2, status: 'achieved' },
        { id: 'd', score: null, status: 'not_due' },
      ],
    });
    expect(r.score).toBeCloseTo(2 / 3, 15);
    expect(r.coverage).toMatchObject({ counted: 4, withData: 3, missing: ['d'] });
    expect(r.children.map((c) => c.input)).toEqual([1, 0, 1, null]);
    expect(r.status).toBe('off_track');
  });
  it('share_on_track with custom on-track statuses', () => {
    const r = rollup(
      {
        id: 'g',
        method: 'share_on_track',
        children: [
          { id: 'a', score: 1, status: 'green' },
          { id: 'b', score: 1, status: 'amber' },
        ],
      },
      { onTrack: ['green'] },
    );
    expect(r.score).toBe(0.5);
  });
  it('two_worst averages the two lowest; one child with data gives its score', () => {
    const r = rollup({
      id: 'g',
      method: 'two_worst',
      children: [
        { id: 'a', score: 0.9 },
        { id: 'b', score: 0.5 },
        { id: 'c', score: 0.7 },
      ],
    });
    expect(r.score).toBeCloseTo(0.6, 15);
    expect(r.children.map((c) => c.share)).toEqual([0, 0.5, 0.5]);
    const one = rollup({
      id: 'g',
      method: 'two_worst',
      children: [
        { id: 'a', score: 0.93 },
        { id: 'b', score: null },
      ],
    });
    expect(one.score).toBe(0.93);
  });
  it('two_worst applies the SDSN overrides: best band needs both, worst band needs both', () => {
    const up = rollup({
      id: 'g',
      method: 'two_worst',
      children: [
        { id: 'a', score: 1.5 },
        { id: 'b', score: 0.6 },
      ],
    });
    expect(up.score).toBeCloseTo(1.05, 15);
    expect(up.status).toBe('at_risk');
    expect(up.explanation?.summary).toContain('lowered to at_risk');
    const down = rollup({
      id: 'g',
      method: 'two_worst',
      children: [
        { id: 'a', score: 0.95 },
        { id: 'b', score: 0.5 },
      ],
    });
    expect(down.score).toBeCloseTo(0.725, 15);
    expect(down.status).toBe('at_risk');
    const both = rollup({
      id: 'g',
      method: 'two_worst',
      children: [
        { id: 'a', score: 0.5 },
        { id: 'b', score: 0.6 },
      ],
    });
    expect(both.status).toBe('off_track');
  });
  it('max is the best child', () => {
    expect(rollup({ id: 'g', method: 'max', children: kids }).score).toBe(1.1);
  });
});

describe.skipIf(!hasShared)(
  'rollup: two_worst reproduces published SDSN goal colours (progress-vectors.json)',
  () => {
    interface Vector {
      method: string;
      expected: { goal_colour: string; rescaled_0_3_of_two_worst: number[] };
      inputs: { country: string; goal: number };
    }
    const sdsn: BandScheme<string> = {
      id: 'sdsn_goal_dashboard',
      bands: [
        { status: 'red', lower: null, upper: 1 },
        { status: 'orange', lower: 1, upper: 1.5 },
        { status: 'yellow', lower: 1.5, upper: 2 },
        { status: 'green', lower: 2, upper: null },
      ],
    };
    const vectors = hasShared
      ? readSharedJson<Vector[]>('specs', 'progress-vectors.json').filter(
          (v) => v.method === 'sdsn_goal_dashboard_two_worst',
        )
      : [];
    it('has the six published cases', () => {
      expect(vectors).toHaveLength(6);
    });
    for (const v of vectors) {
      it(`${v.inputs.country} SDG ${v.inputs.goal} → ${v.expected.goal_colour}`, () => {
        const r = rollup(
          {
            id: `sdg${v.inputs.goal}`,
            method: 'two_worst',
            children: v.expected.rescaled_0_3_of_two_worst.map((score, i) => ({ id: `i${i}`, score })),
          },
          { scheme: sdsn },
        );
        expect(r.status).toBe(v.expected.goal_colour);
      });
    }
  },
);

describe('rollup: missing-data policies and coverage', () => {
  const tree: RollupNode = {
    id: 'g',
    children: [
      { id: 'a', score: 1, weight: 3 },
      { id: 'b', score: 0.8, weight: 2 },
      { id: 'c', score: null, weight: 1 },
    ],
  };
  it('ignore renormalises and reports coverage by count and by weight', () => {
    const r = rollup(tree);
    expect(r.score).toBeCloseTo(0.92, 15);
    expect(r.coverage).toEqual({
      children: 3,
      counted: 3,
      withData: 2,
      ratio: 2 / 3,
      weightRatio: 5 / 6,
      missing: ['c'],
    });
    expect(child(r, 'c').state).toBe('missing');
    expect(r.explanation?.summary).toContain('weights renormalised');
  });
  it('strict gives no_data naming the missing children', () => {
    const r = rollup(tree, { missing: 'strict' });
    expect(r).toMatchObject({ score: null, status: 'no_data', reason: 'missing_children' });
    expect(r.explanation?.summary).toContain('(c)');
  });
  it('zero counts a missing child as 0', () => {
    const r = rollup(tree, { missing: 'zero' });
    expect(r.score).toBeCloseTo(4.6 / 6, 15);
    expect(child(r, 'c')).toMatchObject({ state: 'zeroed', input: 0 });
  });
  it('no counted child with data gives no_data under every policy', () => {
    for (const missing of ['ignore', 'strict', 'zero'] as const) {
      const r = rollup({ id: 'g', missing, children: [{ id: 'a' }, { id: 'b', score: Number.NaN }] });
      expect(r).toMatchObject({ score: null, status: 'no_data', reason: 'no_data' });
    }
  });
  it('an inner node without children has no score', () => {
    expect(rollup({ id: 'g', children: [] })).toMatchObject({
      score: null,
      reason: 'no_children',
      drivers: [],
    });
  });
  it('zero weights show without counting, for every method', () => {
    for (const method of ['weighted_mean', 'mean', 'min', 'max', 'two_worst', 'share_on_track'] as const) {
      const r = rollup({
        id: 'g',
        method,
        children: [
          { id: 'a', score: 0.1, weight: 0 },
          { id: 'b', score: 0.9 },
        ],
      });
      expect(r.score, method).toBe(method === 'share_on_track' ? 0 : 0.9);
      expect(child(r, 'a')).toMatchObject({ state: 'excluded', share: 0, input: null });
      expect(r.coverage?.counted).toBe(1);
    }
  });
  it('all weights zero: no_counted_children, not a crash or NaN', () => {
    const r = rollup({
      id: 'g',
      children: [
        { id: 'a', score: 1, weight: 0 },
        { id: 'b', score: 0.5, weight: 0 },
      ],
    });
    expect(r).toMatchObject({ score: null, status: 'no_data', reason: 'no_counted_children' });
    expect(r.coverage).toMatchObject({ counted: 0, ratio: null, weightRatio: null });
  });
  it('excluded leaves are shown, never counted', () => {
    const r = rollup({
      id: 'g',
      children: [
        { id: 'context', score: null, status: 'not_comparable', excluded: true },
        { id: 'b', score: 0.9 },
      ],
    });
    expect(r.score).toBe(0.9);
    expect(child(r, 'context')).toMatchObject({ state: 'excluded', status: 'not_comparable' });
    expect(r.coverage?.ratio).toBe(1);
  });
  it('a sub-goal without data is a missing child of its parent', () => {
    const r = rollup({
      id: 'root',
      children: [
        { id: 'empty', children: [{ id: 'x', score: null }] },
        { id: 'leaf', score: 0.6 },
      ],
    });
    expect(r.score).toBe(0.6);
    expect(child(r, 'empty')).toMatchObject({ status: 'no_data', state: 'missing' });
  });
});

describe('rollup: weights', () => {
  const schedule = [
    { from: '2020-01-01', weight: 1 },
    { from: 'FY2025', weight: 3 },
    { from: '2026-01', weight: 0 },
  ];
  const tree: RollupNode = {
    id: 'g',
    children: [
      { id: 'a', score: 1, weight: schedule },
      { id: 'b', score: 0.5 },
    ],
  };
  const calendar = { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' } as const;
  it('effective-dated weights are resolved at asOf (dates, Date objects and period labels)', () => {
    expect(rollup(tree, { asOf: '2024-06-30', calendar }).score).toBe(0.75);
    expect(rollup(tree, { asOf: '2024-07-01', calendar }).score).toBe(0.875);
    expect(rollup(tree, { asOf: new Date(2024, 6, 1), calendar }).score).toBe(0.875);
    expect(rollup(tree, { asOf: 'FY2025', calendar }).score).toBe(0.875);
    const later = rollup(tree, { asOf: '2026-02-01', calendar });
    expect(later.score).toBe(0.5);
    expect(child(later, 'a').state).toBe('excluded');
  });
  it('before the first step the weight is 0', () => {
    const r = rollup(tree, { asOf: '2019-12-31', calendar });
    expect(child(r, 'a')).toMatchObject({ weight: 0, state: 'excluded' });
  });
  it('options.weights overrides node weights by id', () => {
    const r = rollup(
      {
        id: 'g',
        children: [
          { id: 'a', score: 1, weight: 1 },
          { id: 'b', score: 0.5, weight: 1 },
        ],
      },
      { weights: { b: 3 } },
    );
    expect(r.score).toBe(0.625);
    expect(child(r, 'b').weight).toBe(3);
  });
  it('a schedule without asOf is a programmer error', () => {
    expect(() => rollup(tree, { calendar })).toThrow(ArgumentError);
    expect(() => rollup(tree, { calendar })).toThrow(
      /options\.asOf to be given, since tree\.children\[0\]\.weight/,
    );
    expect(() => rollup(tree, { asOf: '2024-01-01' })).toThrow(
      /weight\[1\]\.from to be a date .*fiscal calendar/,
    );
  });
  it('rejects unordered schedules, bad dates and negative weights with paths', () => {
    const bad = (weight: unknown, path: RegExp) => {
      try {
        rollup(
          { id: 'g', children: [{ id: 'a', score: 1, weight: weight as number }] },
          { asOf: '2024-01-01' },
        );
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ArgumentError);
        expect((error as ArgumentError).code).toBe('invalid_argument');
        expect((error as ArgumentError).path).toMatch(path);
        expect((error as Error).message).toMatch(/^rollup: expected /);
      }
    };
    bad(-1, /^tree\.children\[0\]\.weight$/);
    bad(Number.POSITIVE_INFINITY, /weight$/);
    bad([], /weight$/);
    bad(
      [
        { from: '2024-01-01', weight: 1 },
        { from: '2023-01-01', weight: 2 },
      ],
      /weight\[1\]\.from$/,
    );
    bad([{ from: '2023-02-29', weight: 1 }], /weight\[0\]\.from$/);
    bad([{ from: 20230101, weight: 1 }], /weight\[0\]\.from$/);
    bad([{ from: '2023-01-01', weight: -2 }], /weight\[0\]\.weight$/);
    bad([null], /weight\[0\]$/);
  });
});

describe('rollup: sums of same-unit values', () => {
  const usd = (id: string, value: number | string | null, target?: number | string | null): RollupNode => ({
    id,
    value,
    target,
    unit: 'USD',
    polarity: 'increase',
  });
  it('sums exactly and scores the total against the summed targets', () => {
    const r = rollup({
      id: 'fines',
      method: 'sum',
      children: [usd('a', '0.1', 1), usd('b', 0.2, '0.5'), usd('c', '1234567890.123456789', '1234567890')],
    });
    expect(r.total).toMatchObject({
      exact: '1234567890.423456789',
      targetExact: '1234567891.5',
      unit: 'USD',
      polarity: 'increase',
    });
    expect(r.score).toBeCloseTo(1234567890.423457 / 1234567891.5, 15);
    expect(r.drivers.map((d) => [d.id, d.measure])).toEqual([
      ['a', 'value'],
      ['b', 'value'],
    ]);
    expect(r.drivers[0]?.shortfall).toBeCloseTo(0.9, 15);
  });
  it('lower-is-better totals use target / actual', () => {
    const r = rollup({
      id: 'deaths',
      method: 'sum',
      children: [
        { id: 'n', value: 20, target: 15, unit: 'deaths', polarity: 'decrease' },
        { id: 's', value: 10, target: 15, unit: 'deaths', polarity: 'decrease' },
      ],
    });
    expect(r.score).toBe(1);
    expect(r.drivers.map((d) => [d.id, d.shortfall])).toEqual([['n', 5]]);
    const zero = rollup({
      id: 'deaths',
      method: 'sum',
      children: [{ id: 'n', value: 0, target: 15, unit: 'deaths', polarity: 'decrease' }],
    });
    expect(zero).toMatchObject({ score: 1, status: 'on_track' });
  });
  it('missing values follow the policy; targets are summed like for like', () => {
    const tree: RollupNode = {
      id: 'fines',
      method: 'sum',
      children: [usd('a', 50, 100), usd('b', null, 100)],
    };
    expect(rollup(tree).total).toMatchObject({ exact: '50', targetExact: '100' });
    expect(rollup(tree, { missing: 'zero' }).total).toMatchObject({ exact: '50', targetExact: '200' });
    expect(rollup(tree, { missing: 'strict' })).toMatchObject({ score: null, reason: 'missing_children' });
    expect(rollup({ id: 'f', method: 'sum', children: [usd('a', null, 1)] })).toMatchObject({
      reason: 'no_data',
    });
  });
  it('no target, mixed polarity and a zero target are statuses, not crashes', () => {
    expect(rollup({ id: 'f', method: 'sum', children: [usd('a', 5, 10), usd('b', 5)] })).toMatchObject({
      score: null,
      status: 'no_target',
      reason: 'no_target',
    });
    expect(
      rollup({
        id: 'f',
        method: 'sum',
        children: [usd('a', 5, 10), { id: 'b', value: 5, target: 5, unit: 'USD', polarity: 'decrease' }],
      }),
    ).toMatchObject({ status: 'not_comparable', reason: 'mixed_polarity' });
    expect(rollup({ id: 'f', method: 'sum', children: [usd('a', -5, 0)] })).toMatchObject({
      status: 'not_comparable',
      reason: 'score_undefined',
    });
    expect(rollup({ id: 'f', method: 'sum', children: [usd('a', 5, 0)] })).toMatchObject({ score: 1 });
  });
  it('nested sums roll up; sums inside score rollups contribute their score', () => {
    const r = rollup({
      id: 'root',
      children: [
        { id: 'north', method: 'sum', children: [usd('a', 40, 50), usd('b', 50, 50)] },
        { id: 'x', score: 1 },
      ],
    });
    expect(child(r, 'north').score).toBe(0.9);
    expect(r.score).toBe(0.95);
    const nested = rollup({
      id: 'all',
      method: 'sum',
      children: [{ id: 'north', method: 'sum', children: [usd('a', 40, 50)] }, usd('c', 10, 10)],
    });
    expect(nested.total?.exact).toBe('50');
  });
  it('mixing units or summing a non-sum node throws incompatible_units', () => {
    const mixed = () =>
      rollup({ id: 'f', method: 'sum', children: [usd('a', 1, 1), { id: 'b', value: 1, unit: 'EUR' }] });
    expect(mixed).toThrow(ArgumentError);
    try {
      mixed();
    } catch (error) {
      expect((error as ArgumentError).code).toBe('incompatible_units');
      expect((error as ArgumentError).path).toBe('tree.children[1].unit');
      expect((error as Error).message).toBe(
        "rollup: expected tree.children[1].unit to be 'USD' like tree.children[0].unit, since tree sums its children, received 'EUR'",
      );
    }
    const scoreChild = () => rollup({ id: 'f', method: 'sum', children: [{ id: 'g', children: [] }] });
    expect(scoreChild).toThrow(/a sub-node must itself be a sum/);
    expect(() => rollup({ id: 'f', method: 'sum', children: [{ id: 'a', value: 1 }] })).toThrow(
      /tree\.children\[0\]\.unit to be given/,
    );
  });
  it('a sum with only zero-weight children has nothing to sum', () => {
    expect(rollup({ id: 'f', method: 'sum', children: [{ ...usd('a', 1, 1), weight: 0 }] })).toMatchObject({
      reason: 'no_counted_children',
    });
    expect(rollup({ id: 'f', method: 'sum', children: [] })).toMatchObject({ reason: 'no_children' });
  });
});

describe('rollup: bounds, drivers, explanations', () => {
  it('bounds clamp leaf scores before they roll up; the leaf keeps its raw score', () => {
    const tree: RollupNode = {
      id: 'g',
      children: [
        { id: 'star', score: 3 },
        { id: 'laggard', score: -0.5 },
      ],
    };
    expect(rollup(tree).score).toBe(1.25);
    const r = rollup(tree, { bounds: { min: 0, max: 1 } });
    expect(r.score).toBe(0.5);
    expect(child(r, 'star')).toMatchObject({ score: 3, input: 1 });
    expect(child(r, 'laggard')).toMatchObject({ score: -0.5, input: 0 });
  });
  it("drivers' shortfalls sum to the gap to target when every child is below it", () => {
    const r = rollup({
      id: 'g',
      children: [
        { id: 'a', score: 0.9, weight: 1 },
        { id: 'b', score: 0.5, weight: 3 },
        { id: 'c', score: 0.8, weight: 1 },
      ],
    });
    expect(r.drivers.map((d) => d.id)).toEqual(['b', 'c', 'a']);
    const total = r.drivers.reduce((s, d) => s + d.shortfall, 0);
    expect(total).toBeCloseTo(1 - (r.score as number), 15);
  });
  it('targetScore moves the reference of the shortfalls', () => {
    const r = rollup(
      {
        id: 'g',
        children: [
          { id: 'a', score: 90 },
          { id: 'b', score: 100 },
        ],
      },
      { targetScore: 95, scheme: { id: 'any', bands: [{ status: 'ok', lower: null, upper: null }] } },
    );
    expect(r.drivers).toEqual([
      { id: 'a', kind: null, shortfall: 2.5, share: 0.5, input: 90, measure: 'score' },
    ]);
    expect(r.status).toBe('ok');
  });
  it('kinds are kept; statuses of leaves come from the scheme when not given', () => {
    const r = rollup({
      id: 'g',
      kind: 'goal',
      children: [
        { id: 'a', kind: 'indicator', score: 0.92 },
        { id: 'b', kind: 'indicator', score: 0.85 },
      ],
    });
    expect(r.kind).toBe('goal');
    expect(r.children.map((c) => [c.kind, c.status])).toEqual([
      ['indicator', 'at_risk'],
      ['indicator', 'off_track'],
    ]);
  });
  it('the result is plain JSON', () => {
    const r = rollup({
      id: 'g',
      children: [
        { id: 'a', score: 0.92 },
        { id: 'b', method: 'sum', children: [{ id: 'x', value: '1.5', target: 2, unit: 'u' }] },
      ],
    });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe('rollup: robustness', () => {
  it('walks a tree 20,000 levels deep without overflowing the stack', () => {
    let node: RollupNode = { id: 'leaf', score: 0.8 };
    for (let i = 0; i < 20_000; i++) node = { id: `g${i}`, children: [node] };
    const r = rollup(node);
    expect(r.score).toBe(0.8);
  });
  it('rejects a node that contains itself', () => {
    const loop: { id: string; children: RollupNode[] } = { id: 'loop', children: [] };
    loop.children.push(loop);
    expect(() => rollup(loop)).toThrow(/tree\.children\[0\] to be a node that is not its own ancestor/);
  });
  it('a shared subtree (the same object under two parents) is fine', () => {
    const shared: RollupNode = { id: 'shared', score: 0.5 };
    const r = rollup({
      id: 'g',
      children: [
        { id: 'x', children: [shared] },
        { id: 'y', children: [shared] },
      ],
    });
    expect(r.score).toBe(0.5);
  });
  it('does not mutate its input', () => {
    const tree: RollupNode = {
      id: 'g',
      children: [
        { id: 'a', score: 1, weight: [{ from: '2020-01-01', weight: 2 }] },
        { id: 'b', score: null },
        { id: 's', method: 'sum', children: [{ id: 'x', value: '2', target: 1, unit: 'u' }] },
      ],
    };
    const copy = structuredClone(tree);
    rollup(tree, { asOf: '2024-01-01', missing: 'zero' });
    expect(tree).toEqual(copy);
  });
  it('rejects bad options and nodes with precise messages', () => {
    const tree: RollupNode = { id: 'g', children: [{ id: 'a', score: 1 }] };
    const cases: Array<[() => unknown, string]> = [
      [
        () => rollup(tree, { method: 'median' as never }),
        "rollup: expected options.method to be one of 'weighted_mean', 'mean', 'min', 'max', 'share_on_track', 'two_worst', 'sum', received 'median'",
      ],
      [
        () => rollup(tree, { missing: 'skip' as never }),
        "rollup: expected options.missing to be one of 'ignore', 'strict', 'zero', received 'skip'",
      ],
      [
        () => rollup({ id: 'g', method: 'avg' as never, children: [] }),
        "rollup: expected tree.method to be one of 'weighted_mean', 'mean', 'min', 'max', 'share_on_track', 'two_worst', 'sum', received 'avg'",
      ],
      [
        () => rollup({ id: 'g', missing: 'x' as never, children: [] }),
        "rollup: expected tree.missing to be one of 'ignore', 'strict', 'zero', received 'x'",
      ],
      [() => rollup(null as never), 'rollup: expected tree to be a node object, received null'],
      [() => rollup({ id: '' }), "rollup: expected tree.id to be a non-empty string, received ''"],
      [
        () => rollup({ id: 'g', children: 'a' as never }),
        "rollup: expected tree.children to be an array, received 'a'",
      ],
      [
        () => rollup({ id: 'g', children: [{ id: 'a', score: Number.POSITIVE_INFINITY }] }),
        'rollup: expected tree.children[0].score to be a finite number or null, received Infinity',
      ],
      [
        () => rollup({ id: 'g', children: [{ id: 'a', score: '1' as never }] }),
        "rollup: expected tree.children[0].score to be a finite number or null, received '1'",
      ],
      [
        () => rollup({ id: 'g', children: [{ id: 'a', score: 1, status: 3 as never }] }),
        'rollup: expected tree.children[0].status to be a string, received 3',
      ],
      [() => rollup(tree, 'x' as never), "rollup: expected options to be an object, received 'x'"],
      [
        () => rollup(tree, { weights: [] as never }),
        'rollup: expected options.weights to be an object of weights by node id, received an array of length 0',
      ],
      [() => rollup(tree, { asOf: '2024-13' }), 'rollup: expected options.asOf to be a date'],
      [
        () => rollup(tree, { asOf: 5 as never }),
        'rollup: expected options.asOf to be a date (YYYY-MM-DD), a Date or a period label, received 5',
      ],
      [
        () => rollup(tree, { asOf: new Date(Number.NaN) }),
        'rollup: expected options.asOf to be a valid date',
      ],
      [
        () => rollup(tree, { onTrack: 'on_track' as never }),
        "rollup: expected options.onTrack to be an array of statuses, received 'on_track'",
      ],
      [
        () => rollup(tree, { targetScore: Number.NaN }),
        'rollup: expected options.targetScore to be a finite number, received NaN',
      ],
      [
        () => rollup(tree, { bounds: 1 as never }),
        'rollup: expected options.bounds to be { min, max }, received 1',
      ],
      [
        () => rollup(tree, { bounds: { min: 'a' as never } }),
        "rollup: expected options.bounds.min to be a finite number or null, received 'a'",
      ],
      [
        () => rollup(tree, { bounds: { min: 2, max: 1 } }),
        'rollup: expected options.bounds.max to be at least min (2), received 1',
      ],
      [
        () => rollup({ id: 'f', method: 'sum', children: [{ id: 'a', value: 'x', unit: 'u' }] }),
        "rollup: expected tree.children[0].value to be a finite number, a decimal string or null, received 'x'",
      ],
      [
        () =>
          rollup({
            id: 'f',
            method: 'sum',
            children: [{ id: 'a', value: Number.POSITIVE_INFINITY, unit: 'u' }],
          }),
        'rollup: expected tree.children[0].value to be a finite number, a decimal string or null, received Infinity',
      ],
    ];
    for (const [run, message] of cases) {
      expect(run).toThrow(ArgumentError);
      expect(run).toThrow(message);
    }
  });
  it('rejects a scheme with gaps through bandStatus', () => {
    expect(() =>
      rollup(
        { id: 'g', children: [] },
        {
          scheme: {
            id: 'gappy',
            bands: [
              { status: 'a', lower: null, upper: 0 },
              { status: 'b', lower: 1, upper: null },
            ],
          },
        },
      ),
    ).toThrow(ArgumentError);
  });
  it('NaN leaf values in sums are missing', () => {
    const r = rollup({
      id: 'f',
      method: 'sum',
      children: [
        { id: 'a', value: Number.NaN, target: 1, unit: 'u' },
        { id: 'b', value: 2, target: 1, unit: 'u' },
      ],
    });
    expect(r.total?.exact).toBe('2');
    expect(r.coverage?.missing).toEqual(['a']);
  });
});
