import { describe, expect, it } from 'vitest';
import { anhoejRuns } from '../../src/spc/index.js';

describe('anhoejRuns', () => {
  it('counts runs and crossings around the median, skipping values on it (qicharts2 runs.analysis)', () => {
    // Median 5; useful: 3 4 | 6 7 | 3 | 6 6 6 -> runs of 2, 2, 1, 3 -> longest 3, crossings 3.
    const result = anhoejRuns([3, 4, 5, 6, 7, 5, 3, 6, 6, 6, 5]);
    expect(result).toEqual({
      centre: 5,
      nUseful: 8,
      longestRun: 3,
      longestRunMax: 6,
      crossings: 3,
      crossingsMin: 1,
      longRunSignal: false,
      crossingsSignal: false,
      runsSignal: false,
    });
  });

  it('uses a given centre line and drops missing values (runs continue across them)', () => {
    const result = anhoejRuns([1, null, 2, Number.NaN, 3, 9, undefined, 9], { centre: 5 });
    expect(result.nUseful).toBe(5);
    expect(result.longestRun).toBe(3);
    expect(result.crossings).toBe(1);
  });

  it('signals too few crossings (strict) and too long a run (strict)', () => {
    const few = anhoejRuns([1, 1, 1, 1, 1, 9, 9, 9, 9, 9, 1, 1, 1, 1, 1, 9, 9, 9, 9, 9], { centre: 5 });
    expect(few.crossings).toBe(3);
    expect(few.crossingsMin).toBe(6);
    expect(few.crossingsSignal).toBe(true);
    expect(few.longRunSignal).toBe(false);
    expect(few.runsSignal).toBe(true);
    // 12 useful points, limit 7: a run of exactly 7 is not a signal, 8 is.
    const seven = anhoejRuns([1, 1, 1, 1, 1, 1, 1, 9, 1, 9, 1, 9], { centre: 5 });
    expect([seven.longestRun, seven.longestRunMax, seven.longRunSignal]).toEqual([7, 7, false]);
    const eight = anhoejRuns([1, 1, 1, 1, 1, 1, 1, 1, 9, 1, 9, 1], { centre: 5 });
    expect([eight.longestRun, eight.longRunSignal]).toEqual([8, true]);
  });

  it('returns nulls and no signal without useful observations', () => {
    expect(anhoejRuns([5, 5, 5])).toMatchObject({
      centre: 5,
      nUseful: 0,
      longestRun: null,
      runsSignal: false,
    });
    expect(anhoejRuns([null, null])).toMatchObject({ centre: null, nUseful: 0, crossingsMin: null });
    expect(anhoejRuns([])).toMatchObject({ centre: null, nUseful: 0 });
  });

  it('rejects bad input with a path', () => {
    expect(() => anhoejRuns('abc' as never)).toThrow(
      "anhoejRuns: expected values to be an array of numbers, received 'abc'",
    );
    expect(() => anhoejRuns([1, Number.POSITIVE_INFINITY])).toThrow('values[1]');
    expect(() => anhoejRuns([1, 2], { centre: Number.NaN })).toThrow(
      'anhoejRuns: expected options.centre to be a finite number, received NaN',
    );
    expect(() => anhoejRuns([1, 2], null as never)).toThrow('expected options to be an object');
  });

  it('does not mutate its input', () => {
    const values = [3, 1, 2];
    const frozen = Object.freeze([...values]);
    anhoejRuns(frozen);
    expect(frozen).toEqual(values);
  });
});
