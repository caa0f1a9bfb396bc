import { describe, expect, it } from 'vitest';
import { runChart } from '../../src/spc/index.js';

describe('runChart', () => {
  it('centres on the median (mean of the middle pair for an even count) and runs the Anhøj rules', () => {
    const result = runChart([1, 2, 3, 4]);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.median).toBe(2.5);
    expect(result.segments[0]).toMatchObject({
      n: 4,
      nUseful: 4,
      longestRun: 2,
      crossings: 1,
      runsSignal: false,
    });
    expect(result.variationIcon).toBe('common_cause');
    expect(result.options).toEqual({ improvement: 'neutral', rebase: [], fixAfterNPoints: null });
  });

  it('labels the points of an over-long run with the improvement direction', () => {
    const values = [5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 9, 8, 9, 8, 9, 8, 9, 8, 9, 8];
    const down = runChart(values, { improvement: 'decrease' });
    expect(down.status === 'ok' && down.variationIcon).toBe('concern_high');
    const up = runChart(values, { improvement: 'increase' });
    if (up.status !== 'ok') throw new Error('expected a chart');
    expect(up.variationIcon).toBe('improvement_high');
    expect(up.points[0]).toMatchObject({
      specialCause: 'concern',
      rule: 'long_run_below',
      rules: ['long_run_below'],
    });
    expect(up.segments[0]).toMatchObject({ longRunSignal: true, crossingsSignal: true });
  });

  it('keeps missing points with null labels and the segment median', () => {
    const result = runChart([1, null, 3, 2]);
    if (result.status !== 'ok') throw new Error('expected a chart');
    expect(result.points[1]).toEqual({
      index: 1,
      segment: 0,
      value: null,
      median: 2,
      specialCause: null,
      rule: null,
      rules: [],
    });
  });

  it('rebases and fixes the median per segment', () => {
    const result = runChart([1, 2, 3, 10, 20, 30, 40], { rebase: [3], fixAfterNPoints: 2 });
    if (result.status !== 'ok') throw new Error('expected a chart');
    expect(result.segments.map((s) => [s.start, s.end, s.baselineEnd, s.median])).toEqual([
      [0, 2, 1, 1.5],
      [3, 6, 4, 15],
    ]);
    expect(result.median).toBe(15);
  });

  it('returns insufficient_data for a segment without data', () => {
    expect(runChart([])).toEqual({
      status: 'insufficient_data',
      reason: 'too_few_points',
      segment: 0,
      required: 1,
      received: 0,
    });
    expect(runChart([1, 2, null, null], { rebase: [2] })).toMatchObject({
      status: 'insufficient_data',
      segment: 1,
    });
  });

  it('rejects options that run charts do not take', () => {
    expect(() => runChart([1, 2], { ruleset: 'nhs' } as never)).toThrow(
      "runChart: expected options keys among 'improvement', 'rebase', 'fixAfterNPoints', received 'ruleset'",
    );
    expect(() => runChart([1, 2], { fixAfterNPoints: 1 })).toThrow(
      'runChart: expected options.fixAfterNPoints to be an integer >= 2, received 1',
    );
  });
});
