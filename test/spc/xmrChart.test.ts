import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/index.js';
import { type XmrChart, type XmrChartOptions, xmrChart } from '../../src/spc/index.js';

const STABLE = [10, 9, 11, 10, 9, 11, 10, 9, 11, 10, 9, 11];

function ok(values: Parameters<typeof xmrChart>[0], options?: XmrChartOptions): XmrChart {
  const result = xmrChart(values, options);
  if (result.status !== 'ok') throw new Error(`expected a chart, received ${JSON.stringify(result)}`);
  return result;
}

function thrown(fn: () => unknown): ArgumentError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ArgumentError) return error;
    throw error;
  }
  throw new Error('expected an ArgumentError');
}

describe('xmrChart: arithmetic (spec §1.1)', () => {
  it('computes NHS limits mean ± 2.66 MRbar and the near lines 2·(2.66/3)·MRbar', () => {
    const chart = ok(STABLE);
    const segment = chart.segments[0]!;
    // MRs: 1,2,1,1,2,1,1,2,1,1,2 -> 15/11.
    const mrBar = 15 / 11;
    expect(segment.mean).toBe(10);
    expect(segment.mrBar).toBeCloseTo(mrBar, 14);
    expect(segment.ucl).toBeCloseTo(10 + 2.66 * mrBar, 12);
    expect(segment.upperTwoSigma).toBeCloseTo(10 + 2 * (2.66 / 3) * mrBar, 12);
    expect(segment.upperOneSigma).toBeCloseTo(10 + (2.66 / 3) * mrBar, 12);
    expect(segment.sigma).toBeCloseTo(mrBar / 1.128, 14);
    expect([segment.movingRanges, segment.screenedOut, segment.baselineEnd]).toEqual([11, 0, 11]);
    expect(chart.sigma).toBe(segment.sigma);
    expect(chart.mrBar).toBe(segment.mrBar);
  });

  it('uses mean ± 3 MRbar/1.128 for the other rule sets', () => {
    for (const ruleset of ['anhoej', 'western-electric', 'nelson'] as const) {
      const chart = ok(STABLE, { ruleset });
      const sigma = 15 / 11 / 1.128;
      expect(chart.ucl).toBeCloseTo(10 + 3 * sigma, 12);
      expect(chart.lcl).toBeCloseTo(10 - 3 * sigma, 12);
      expect(chart.segments[0]!.upperTwoSigma).toBeCloseTo(10 + 2 * sigma, 12);
      expect(chart.segments[0]!.lowerOneSigma).toBeCloseTo(10 - sigma, 12);
    }
  });

  it('does not screen by default and says so; screening keeps the mean', () => {
    const values = [...STABLE, 30, ...STABLE];
    const plain = ok(values);
    const screened = ok(values, { screenOutliers: true });
    expect(plain.options.screenOutliers).toBe(false);
    expect(screened.options.screenOutliers).toBe(true);
    expect(screened.mean).toBe(plain.mean);
    expect(screened.mrBar).toBeLessThan(plain.mrBar);
    expect(screened.segments[0]!.screenedOut).toBe(2);
  });

  it('skips screening when MRbar is 0 (every range would go)', () => {
    const chart = ok([4, 4, 4, 4], { screenOutliers: true });
    expect([chart.mrBar, chart.lcl, chart.ucl, chart.segments[0]!.screenedOut]).toEqual([0, 4, 4, 0]);
    expect(chart.points.every((p) => p.specialCause === 'common')).toBe(true);
  });
});

describe('xmrChart: result shape', () => {
  it('echoes the options used, defaults filled in', () => {
    expect(ok(STABLE).options).toEqual({
      ruleset: 'nhs',
      improvement: 'neutral',
      target: null,
      rebase: [],
      fixAfterNPoints: null,
      screenOutliers: false,
      runLength: 7,
      trendLength: 7,
      twoInThreeIncludesBeyondLimits: true,
    });
    expect(ok(STABLE, { ruleset: 'nelson', rebase: [6, 0, 6], fixAfterNPoints: 4 }).options).toMatchObject({
      ruleset: 'nelson',
      rebase: [6],
      fixAfterNPoints: 4,
      runLength: null,
      trendLength: null,
      twoInThreeIncludesBeyondLimits: null,
    });
  });

  it('gives one point per value with its segment, limits and labels; null labels for missing values', () => {
    const chart = ok([...STABLE, null, 10, 11, Number.NaN, undefined as never]);
    expect(chart.points).toHaveLength(17);
    expect(chart.points[12]).toEqual({
      index: 12,
      segment: 0,
      value: null,
      mean: chart.mean,
      lcl: chart.lcl,
      ucl: chart.ucl,
      specialCause: null,
      rule: null,
      rules: [],
    });
    expect(chart.points[15]!.value).toBeNull();
    expect(chart.points[16]!.value).toBeNull();
    expect(chart.points[14]).toMatchObject({
      index: 14,
      value: 11,
      specialCause: 'common',
      rule: 'none',
      rules: [],
    });
    expect(chart.segments[0]!.n).toBe(14);
    // No moving range across the gaps: 11 within STABLE, then 10 -> 11.
    expect(chart.segments[0]!.movingRanges).toBe(12);
  });

  it('lists every rule a point is part of, next to the winner', () => {
    const chart = ok([...STABLE, 12, 12.5, 13, 13.5, 14, 14.5, 22], { improvement: 'increase' });
    const last = chart.points[18]!;
    expect(last.rule).toBe('above_ucl');
    expect(last.rules).toContain('trend_up');
    expect(last.rules).toContain('above_ucl');
    expect(Object.isFrozen(last.rules)).toBe(true);
    expect(chart.variationIcon).toBe('improvement_high');
  });

  it('reports per-rule signals and members for Western Electric and Nelson only', () => {
    const nhs = ok(STABLE);
    expect(nhs.rules).toBeUndefined();
    expect(nhs.flagged).toBeUndefined();
    const we = ok([...STABLE, 20], { ruleset: 'western-electric', fixAfterNPoints: 12 });
    expect(Object.keys(we.rules!)).toEqual(['1', '2', '3', '4']);
    expect(we.rules!['1']).toEqual({ signals: [12], members: [12] });
    expect(we.flagged).toEqual([12]);
    expect(we.points[12]!.rule).toBe('we_1');
    const nelson = ok(STABLE, { ruleset: 'nelson' });
    expect(Object.keys(nelson.rules!)).toHaveLength(8);
  });

  it('reports the Anhøj runs analysis per segment for the anhoej rule set', () => {
    const chart = ok([...STABLE, ...STABLE.map((v) => v + 5)], { ruleset: 'anhoej', rebase: [12] });
    expect(chart.segments.map((s) => s.nUseful)).toEqual([8, 8]);
    expect(chart.segments[0]).toMatchObject({
      longestRun: 1,
      longestRunMax: 6,
      crossings: 7,
      crossingsMin: 1,
      runsSignal: false,
    });
    expect(chart.runsSignal).toBe(false);
    expect(chart.sigmaSignal).toEqual([]);
    expect(ok(STABLE).runsSignal).toBeUndefined();
  });

  it('judges the assurance icon against the last segment and the icon against the last non-missing point', () => {
    const chart = ok([...STABLE, 20, 19, 21, 20, 19, 21, 20, 19, 21, 20, 19, 21, null], {
      rebase: [12],
      improvement: 'increase',
      target: 15,
    });
    expect(chart.mean).toBe(20);
    expect(chart.assuranceIcon).toBe('pass');
    expect(chart.variationIcon).toBe('common_cause');
  });

  it('does not mutate its inputs', () => {
    const values = Object.freeze([...STABLE, 30]);
    const rebase = Object.freeze([6]);
    const options = Object.freeze({ rebase, target: 3, improvement: 'increase' as const });
    ok(values, options);
    expect(values).toEqual([...STABLE, 30]);
    expect(rebase).toEqual([6]);
  });

  it('accepts typed arrays', () => {
    expect(ok(Float64Array.from(STABLE)).mean).toBe(10);
  });
});

describe('xmrChart: insufficient data (spec §1.2, §8.7)', () => {
  it('needs two non-missing points and a moving range in every segment baseline', () => {
    expect(xmrChart([])).toEqual({
      status: 'insufficient_data',
      reason: 'too_few_points',
      segment: 0,
      required: 2,
      received: 0,
    });
    expect(xmrChart([5])).toEqual({
      status: 'insufficient_data',
      reason: 'too_few_points',
      segment: 0,
      required: 2,
      received: 1,
    });
    expect(xmrChart([1, null, 2])).toEqual({
      status: 'insufficient_data',
      reason: 'no_moving_range',
      segment: 0,
      required: 2,
      received: 2,
    });
    expect(xmrChart([...STABLE, 4], { rebase: [12] })).toEqual({
      status: 'insufficient_data',
      reason: 'too_few_points',
      segment: 1,
      required: 2,
      received: 1,
    });
  });

  it('computes limits from two points, flagged as a short group', () => {
    const chart = ok([1, 2]);
    expect(chart.segments[0]!.shortGroup).toBe(true);
    expect(chart.ucl).toBeCloseTo(1.5 + 2.66, 12);
  });
});

describe('xmrChart: argument errors', () => {
  it('rejects a bad series', () => {
    const error = thrown(() => xmrChart([1, 'a' as never]));
    expect(error.code).toBe('invalid_argument');
    expect(error.path).toBe('values[1]');
    expect(error.message).toBe(
      "xmrChart: expected values[1] to be a finite number, null or NaN, received 'a'",
    );
    expect(() => xmrChart(null as never)).toThrow(
      'xmrChart: expected values to be an array of numbers, received null',
    );
  });

  it('rejects bad options with their paths', () => {
    expect(thrown(() => xmrChart(STABLE, { ruleset: 'minitab' as never })).path).toBe('options.ruleset');
    expect(thrown(() => xmrChart(STABLE, { improvement: 'up' as never })).path).toBe('options.improvement');
    expect(thrown(() => xmrChart(STABLE, { target: Number.NaN })).path).toBe('options.target');
    expect(thrown(() => xmrChart(STABLE, { rebase: [12] })).message).toBe(
      'xmrChart: expected options.rebase[0] to be an integer index from 0 to 11, received 12',
    );
    expect(thrown(() => xmrChart(STABLE, { rebase: [1.5] })).path).toBe('options.rebase[0]');
    expect(thrown(() => xmrChart(STABLE, { rebase: 3 as never })).path).toBe('options.rebase');
    expect(thrown(() => xmrChart(STABLE, { fixAfterNPoints: 11 })).message).toBe(
      'xmrChart: expected options.fixAfterNPoints to be an integer >= 12, received 11',
    );
    expect(ok(STABLE, { ruleset: 'anhoej', fixAfterNPoints: 2 }).segments[0]!.baselineEnd).toBe(1);
    expect(thrown(() => xmrChart(STABLE, { screenOutliers: 'yes' as never })).message).toBe(
      "xmrChart: expected options.screenOutliers to be a boolean, received 'yes'",
    );
    expect(thrown(() => xmrChart(STABLE, { runLength: 1 })).path).toBe('options.runLength');
    expect(thrown(() => xmrChart(STABLE, { trendLength: 6.5 })).path).toBe('options.trendLength');
    expect(thrown(() => xmrChart(STABLE, { rebases: [1] } as never)).message).toContain(
      "xmrChart: expected options keys among 'ruleset', 'improvement'",
    );
    expect(thrown(() => xmrChart(STABLE, [] as never)).message).toBe(
      'xmrChart: expected options to be an object, received an array of length 0',
    );
  });

  it('rejects NHS-only options with other rule sets', () => {
    expect(thrown(() => xmrChart(STABLE, { ruleset: 'nelson', runLength: 6 })).message).toBe(
      "xmrChart: expected options.runLength to be undefined unless options.ruleset is 'nhs' (it is 'nelson'), received 6",
    );
    expect(
      thrown(() => xmrChart(STABLE, { ruleset: 'anhoej', twoInThreeIncludesBeyondLimits: false })).path,
    ).toBe('options.twoInThreeIncludesBeyondLimits');
  });

  it('accepts null for optional numbers', () => {
    expect(
      ok(STABLE, { target: null, fixAfterNPoints: null, rebase: undefined as never }).options.target,
    ).toBeNull();
  });
});

describe('xmrChart: NHS trend direction', () => {
  it('labels the end of a rising trend trend_up even when a falling trend starts after a flat step', () => {
    // NHSRplotthedots 0.2.2 takes sign(x[i+1] - x[i]) = 0 here and calls point 6 "Decreasing".
    const baseline = [4, 0, 8, 4, 0, 8, 4, 0, 8, 4, 0, 8];
    const chart = ok([...baseline, 1, 2, 3, 4, 5, 6, 7, 7, 6, 5, 4, 3, 2, 1], {
      improvement: 'increase',
      fixAfterNPoints: 12,
    });
    expect(chart.points[18]).toMatchObject({
      rule: 'trend_up',
      specialCause: 'improvement',
      rules: ['trend_up'],
    });
    expect(chart.points[19]).toMatchObject({
      rule: 'trend_down',
      specialCause: 'concern',
      rules: ['trend_down'],
    });
  });
});

describe('xmrChart: Nelson labels without a direction', () => {
  it('labels tests 4, 7 and 8 neutral even with an improvement direction', () => {
    const mixed = [0, 1, -1, -1, 0, 1, 2, 0, -1, -2, 0, 1, 1, -1, 0, 2, -1, -2, 0, 1];
    const quiet = [0, 0.2, -0.3, 0.1, -0.2, 0.3, 0.1, -0.1, 0.2, -0.2, 0.1, 0.3, -0.1, 0.2, -0.3, 0];
    const chart = ok([...mixed, ...quiet], {
      ruleset: 'nelson',
      fixAfterNPoints: 20,
      improvement: 'increase',
    });
    const last = chart.points[35]!;
    expect(last.rule).toBe('nelson_7');
    // On the centre line counts as high (documented).
    expect(last.specialCause).toBe('neutral_high');
    expect(chart.points[34]!.specialCause).toBe('neutral_low');
    expect(chart.variationIcon).toBe('neutral_high');
  });

  it('gives a peak shared by a rising and a falling Nelson trend the direction of the following trend', () => {
    const mixed = [0, 1, -1, -1, 0, 1, 2, 0, -1, -2, 0, 1, 1, -1, 0, 2, -1, -2, 0, 1];
    const chart = ok([...mixed, -1, -0.6, -0.2, 0.2, 0.6, 1, 0.6, 0.2, -0.2, -0.6, -1], {
      ruleset: 'nelson',
      fixAfterNPoints: 20,
      improvement: 'increase',
    });
    expect(chart.points[25]!.rules).toContain('nelson_3');
    expect(chart.points[24]!.specialCause).toBe('improvement');
    expect(chart.points[25]!.specialCause).toBe('concern');
    expect(chart.points[26]!.specialCause).toBe('concern');
  });
});
