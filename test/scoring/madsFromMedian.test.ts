/**
 * madsFromMedian: golden values from numpy/SciPy (test/fixtures/scoring/benchmarks_golden.py), the Oflog
 * worked row (shared/data/uk-oflog-adult-social-care/SOURCE.md), data statuses, errors and immutability.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { madsFromMedian } from '../../src/scoring/index.js';

interface Golden {
  generator: string;
  madsFromMedian: Array<{
    values: Array<number | null>;
    consistency: number;
    median: number;
    mad: number;
    distances: Array<number | null>;
  }>;
}
const golden = JSON.parse(
  readFileSync(new URL('../fixtures/scoring/benchmarks-golden.json', import.meta.url), 'utf8'),
) as Golden;
const close = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

describe('madsFromMedian', () => {
  it(`matches numpy.nanmedian and scipy.stats.median_abs_deviation (${golden.generator})`, () => {
    expect(golden.madsFromMedian.length).toBe(14);
    for (const g of golden.madsFromMedian) {
      const r = madsFromMedian(g.values, { consistency: g.consistency });
      expect(r.status).toBe('ok');
      if (r.status !== 'ok') continue;
      expect(close(r.median, g.median)).toBe(true);
      expect(close(r.mad, g.mad)).toBe(true);
      expect(r.scaledMad).toBe(g.consistency * r.mad);
      expect(r.distances.length).toBe(g.values.length);
      for (const [i, d] of r.distances.entries()) {
        expect(close(d, g.distances[i] ?? null), `distance ${i} of ${g.values}`).toBe(true);
      }
      expect(r.n).toBe(g.values.filter((v) => v !== null).length);
    }
  });

  it("reproduces Oflog's worked row: carer quality of life 2016-17, median 7.6, MAD 0.3, Enfield 7.7 -> +0.333", () => {
    const r = madsFromMedian([7.6, 7.7, 7.3, 8.2, 7.6, 7.1, 7.9]);
    expect(r.status === 'ok' && r.distances[1]).toBeCloseTo(1 / 3, 9);
    expect(r.status === 'ok' && r.explanation.summary).toMatch(/^Median 7\.6, MAD 0\.3\d* over 7 values/);
  });

  it('reports no values and a zero MAD as data statuses', () => {
    expect(madsFromMedian([])).toMatchObject({ status: 'insufficient_data', required: 1, received: 0 });
    expect(madsFromMedian([null, Number.NaN, undefined])).toMatchObject({ status: 'insufficient_data' });
    expect(madsFromMedian([4, 4, 4, 9, null])).toEqual({
      status: 'not_comparable',
      reason: 'zero_mad',
      median: 4,
      mad: 0,
      scaledMad: 0,
      distances: [null, null, null, null, null],
      n: 4,
      explanation: expect.objectContaining({ method: 'madsFromMedian' }),
    });
    expect(madsFromMedian([2])).toMatchObject({ status: 'not_comparable', median: 2 });
  });

  it('keeps positions: a missing value has a null distance; the median value has distance 0', () => {
    const r = madsFromMedian([1, null, 3, 5]);
    expect(r).toMatchObject({ status: 'ok', median: 3, mad: 2, distances: [-1, null, 0, 1] });
    const even = madsFromMedian([1, 2, 3, 4]);
    expect(even).toMatchObject({ status: 'ok', median: 2.5, mad: 1, distances: [-1.5, -0.5, 0.5, 1.5] });
  });

  it('does not mutate its inputs', () => {
    const values = Object.freeze([9, 1, null, 4]);
    expect(() => madsFromMedian(values, Object.freeze({ consistency: 2 }))).not.toThrow();
    expect(values).toEqual([9, 1, null, 4]);
  });

  it('throws for wrong arguments, naming the path', () => {
    const cases: Array<[() => unknown, string]> = [
      [() => madsFromMedian('1,2' as never), 'values'],
      [() => madsFromMedian([1, 2], null as never), 'options'],
      [() => madsFromMedian([1, 2], { consistency: 0 }), 'options.consistency'],
      [() => madsFromMedian([1, 2], { consistency: Number.NaN }), 'options.consistency'],
      [() => madsFromMedian([1, '2' as never]), 'values[1]'],
      [() => madsFromMedian([Number.NEGATIVE_INFINITY]), 'values[0]'],
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
      expect((error as ArgumentError).message).toMatch(/^madsFromMedian: expected .+, received .+$/);
    }
  });
});
