/**
 * historicalTarget: golden values from numpy (test/fixtures/scoring/benchmarks_golden.py), Boston CityScore's
 * published worked rows (shared/data/boston-cityscore/SOURCE.md), data statuses, errors and immutability.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { historicalTarget, scoreProgress } from '../../src/scoring/index.js';

interface Golden {
  generator: string;
  historicalTarget: Array<{
    values: Array<number | null>;
    deviation: 'sample' | 'population';
    polarity: 'increase' | 'decrease';
    sds: number;
    mean: number;
    sd: number;
    target: number;
  }>;
}
const golden = JSON.parse(
  readFileSync(new URL('../fixtures/scoring/benchmarks-golden.json', import.meta.url), 'utf8'),
) as Golden;

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

describe('historicalTarget', () => {
  it(`matches numpy on ${golden.historicalTarget.length} cases (${golden.generator})`, () => {
    expect(golden.historicalTarget.length).toBe(112);
    for (const g of golden.historicalTarget) {
      const r = historicalTarget(g.values, { polarity: g.polarity, sds: g.sds, deviation: g.deviation });
      expect(r.status).toBe('ok');
      if (r.status !== 'ok') continue;
      expect(close(r.mean, g.mean), `mean of ${g.values}`).toBe(true);
      expect(close(r.sd, g.sd), `sd of ${g.values}`).toBe(true);
      expect(close(r.target, g.target), `target of ${g.values}`).toBe(true);
      expect(r.n).toBe(g.values.filter((v) => v !== null).length);
    }
  });

  it("reproduces Boston CityScore's worked rows (load date 2016-06-27)", () => {
    // BFD INCIDENTS (lower is better), day: (A + D) / v = 249.2064751 / 258 = 0.9659166 (published 0.9659166).
    const fires = historicalTarget({ mean: 221.8064516, sd: 27.4000235 }, { polarity: 'decrease' });
    expect(fires.status === 'ok' && fires.target).toBeCloseTo(249.2064751, 7);
    const fireScore = scoreProgress({
      current: 258,
      target: fires.status === 'ok' ? fires.target : null,
      polarity: 'decrease',
      percentOfTarget: 'ratio',
    });
    expect(fireScore.status === 'ok' && fireScore.percentOfTarget).toBeCloseTo(0.9659166, 7);
    // LIBRARY USERS (higher is better), day: v / (A − D) = 9307 / 7002.2932507 = 1.3291360.
    const library = historicalTarget({ mean: 8124.7916667, sd: 1122.498416 }, { polarity: 'increase' });
    expect(library.status === 'ok' && library.target).toBeCloseTo(7002.2932507, 7);
    // HOMICIDES, month: 0.3713224 / 0.1935484 = 1.9184989.
    const homicides = historicalTarget({ mean: 0.0645161, sd: 0.3068063 }, { polarity: 'decrease' });
    expect(homicides.status === 'ok' && homicides.target).toBeCloseTo(0.3713224, 7);
  });

  it('defaults to one sample standard deviation and explains itself', () => {
    const r = historicalTarget([8, 10, 12], { polarity: 'decrease' });
    expect(r).toMatchObject({ status: 'ok', target: 12, mean: 10, sd: 2, n: 3 });
    if (r.status !== 'ok') return;
    expect(r.explanation.method).toBe('historicalTarget');
    expect(r.explanation.rule?.id).toBe('mean_plus_sd');
    expect(r.explanation.summary).toContain('mean 10 + 1 × sd 2');
    const given = historicalTarget({ mean: 10, sd: 2 }, { polarity: 'increase', sds: 0.5 });
    expect(given).toMatchObject({ status: 'ok', target: 9, n: null });
    expect(given.status === 'ok' && given.explanation.rule?.id).toBe('mean_minus_sd');
  });

  it('skips missing values and reports too little history as insufficient_data', () => {
    expect(historicalTarget([null, 4, Number.NaN, undefined, 6], { polarity: 'increase' })).toMatchObject({
      status: 'ok',
      mean: 5,
      n: 2,
    });
    expect(historicalTarget([null, 4], { polarity: 'increase' })).toMatchObject({
      status: 'insufficient_data',
      required: 2,
      received: 1,
    });
    expect(historicalTarget([], { polarity: 'increase', sds: 0 })).toMatchObject({
      status: 'insufficient_data',
      required: 1,
      received: 0,
    });
    expect(historicalTarget([7], { polarity: 'increase', sds: 0 })).toMatchObject({
      status: 'ok',
      target: 7,
    });
    expect(historicalTarget([7], { polarity: 'decrease', deviation: 'population' })).toMatchObject({
      status: 'ok',
      sd: 0,
      target: 7,
    });
    const none = historicalTarget([null], { polarity: 'decrease' });
    expect(none.status === 'insufficient_data' && none.explanation.summary).toBe(
      '0 past values present; 2 needed for a historical target.',
    );
  });

  it('does not mutate its inputs', () => {
    const values = Object.freeze([3, null, 5, 9]);
    const options = Object.freeze({ polarity: 'increase' as const, sds: 2 });
    expect(() => historicalTarget(values, options)).not.toThrow();
    expect(values).toEqual([3, null, 5, 9]);
  });

  it('throws for wrong arguments, naming the path', () => {
    const cases: Array<[() => unknown, string]> = [
      [() => historicalTarget([1, 2], null as never), 'options'],
      [() => historicalTarget([1, 2], { polarity: 'range' as never }), 'options.polarity'],
      [() => historicalTarget([1, 2], { polarity: 'increase', sds: -1 }), 'options.sds'],
      [
        () => historicalTarget([1, 2], { polarity: 'increase', sds: Number.POSITIVE_INFINITY }),
        'options.sds',
      ],
      [
        () => historicalTarget([1, 2], { polarity: 'increase', deviation: 'n' as never }),
        'options.deviation',
      ],
      [() => historicalTarget([1, '2' as never], { polarity: 'increase' }), 'history[1]'],
      [() => historicalTarget([1, Number.POSITIVE_INFINITY], { polarity: 'increase' }), 'history[1]'],
      [() => historicalTarget({ mean: Number.NaN, sd: 1 }, { polarity: 'increase' }), 'history.mean'],
      [() => historicalTarget({ mean: 1, sd: -1 }, { polarity: 'increase' }), 'history.sd'],
      [() => historicalTarget(5 as never, { polarity: 'increase' }), 'history'],
      [() => historicalTarget({ mean: 1e308, sd: 1e308 }, { polarity: 'decrease', sds: 2 }), 'history'],
    ];
    for (const [call, path] of cases) {
      let error: unknown;
      try {
        call();
      } catch (e) {
        error = e;
      }
      expect(error, path).toBeInstanceOf(ArgumentError);
      expect((error as ArgumentError).path).toBe(path);
      expect((error as ArgumentError).message).toMatch(/^historicalTarget: expected .+, received .+$/);
    }
  });
});
