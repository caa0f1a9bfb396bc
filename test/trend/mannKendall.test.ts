import { describe, expect, it } from 'vitest';
import { type MannKendallResult, mannKendall, sensSlope } from '../../src/trend/index.js';
import { bruteForceScore, issue29Series2, ok, thrown } from './helpers.js';

describe('mannKendall', () => {
  it('returns insufficient_data below 3 non-missing values, never NaN', () => {
    expect(mannKendall([])).toEqual({ status: 'insufficient_data', required: 3, received: 0 });
    expect(mannKendall([1, null, 2, Number.NaN])).toEqual({
      status: 'insufficient_data',
      required: 3,
      received: 2,
    });
    expect(mannKendall([1, 2], { variant: 'pre-whitening' })).toEqual({
      status: 'insufficient_data',
      required: 3,
      received: 2,
    });
  });

  it('gives the clean "no trend, p = 1" result for an all-equal series (spec §7)', () => {
    const r = ok(mannKendall([4, 4, 4, 4, 4]));
    expect(r).toMatchObject({ trend: 'no trend', h: false, p: 1, z: 0, tau: 0, tauB: null, s: 0, varS: 0 });
    expect(r.slope).toBe(0);
    expect(r.intercept).toBe(4);
    expect(r.warnings).toEqual([]);
    for (const variant of ['hamed-rao', 'yue-wang', 'pre-whitening', 'trend-free-pre-whitening'] as const) {
      expect(ok(mannKendall([4, 4, 4, 4, 4], { variant })).p).toBe(1);
    }
  });

  it('computes S and var(S) as the O(n²) definition, ties included', () => {
    const x = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4];
    const r = ok(mannKendall(x));
    expect({ s: r.s, varS: r.varS }).toEqual(bruteForceScore(x));
    expect(r.tau).toBeCloseTo(r.s / 190, 15);
  });

  it('reads a decreasing trend, and continuity: false drops the correction', () => {
    const x = [28, 22, 24, 19, 20, 16, 17, 13, 14, 12];
    const r = ok(mannKendall(x));
    expect(r.trend).toBe('decreasing');
    expect(r.s).toBe(-37);
    expect(r.z).toBeCloseTo(-36 / Math.sqrt(125), 14);
    expect(ok(mannKendall(x, { continuity: false })).z).toBeCloseTo(-37 / Math.sqrt(125), 14);
  });

  it('drops missing values for S but keeps their positions for the slope', () => {
    const x = [null, 2, 3, null, 5, 8, 7, Number.NaN, 10];
    const r = ok(mannKendall(x));
    expect(r.n).toBe(6);
    expect({ s: r.s, varS: r.varS }).toEqual(bruteForceScore([2, 3, 5, 8, 7, 10]));
    const sen = ok(sensSlope(x));
    expect([r.slope, r.intercept]).toEqual([sen.slope, sen.intercept]);
  });

  it('Hamed-Rao: the paper formula returns p null with non_positive_variance; absolute reproduces pyMannKendall master', () => {
    // pyMannKendall issue 29: var_s = -8.74 in v1.4.3 (paper formula) and +434 in master (spec §3.2).
    const paper = ok(mannKendall(issue29Series2, { variant: 'hamed-rao' }));
    expect(paper.varS).toBeCloseTo(-8.74, 2);
    expect(paper).toMatchObject({ p: null, z: null, h: false, trend: 'no trend' });
    expect(paper.warnings.map((w) => w.code)).toEqual(['non_positive_variance']);
    expect(paper.warnings[0]!.message).toMatch(/^mannKendall: the hamed-rao corrected var\(S\) is -8\.7/);
    const master = ok(mannKendall(issue29Series2, { variant: 'hamed-rao', hamedRaoVariance: 'absolute' }));
    expect(master.varS).toBeCloseTo(434, 0);
    expect(master.p).toBeCloseTo(0.039, 3);
    expect(master.warnings).toEqual([]);
  });

  it('Hamed-Rao: acfAlpha decouples the lag filter from the test alpha (spec §12.2)', () => {
    const x = [5, 7, 6, 9, 8, 7, 10, 12, 11, 10, 13, 15, 14, 13, 16, 18, 17, 16, 19, 21];
    const coupled = ok(mannKendall(x, { variant: 'hamed-rao', alpha: 0.2 }));
    const fixed = ok(mannKendall(x, { variant: 'hamed-rao', alpha: 0.2, acfAlpha: 0.05 }));
    const defaultAlpha = ok(mannKendall(x, { variant: 'hamed-rao' }));
    expect(fixed.varS).toBe(defaultAlpha.varS);
    expect(coupled.alpha).toBe(0.2);
    expect(typeof coupled.varianceFactor).toBe('number');
  });

  it('pre-whitening variants test n − 1 values and work from n = 3', () => {
    const r = ok(mannKendall([1, 3, 2], { variant: 'pre-whitening' }));
    expect(r.n).toBe(2);
    expect(ok(mannKendall([1, 3, 2], { variant: 'trend-free-pre-whitening' })).n).toBe(2);
  });

  it('exact p-values: untied small series, p ≤ alpha rejects; ties and long series fall back with a warning', () => {
    const r = ok(mannKendall([1, 2, 3, 4, 5], { pValue: 'exact' }));
    // 2 / 5! = 1/60 (Kendall 1970)
    expect(r.p).toBeCloseTo(1 / 60, 15);
    expect(r).toMatchObject({ pValueMethod: 'exact', h: true, trend: 'increasing' });
    const down = ok(mannKendall([5, 4, 3, 2, 1], { pValue: 'exact' }));
    expect(down.trend).toBe('decreasing');
    const tied = ok(mannKendall([1, 2, 2, 3, 4], { pValue: 'exact' }));
    expect(tied.pValueMethod).toBe('normal');
    expect(tied.warnings.map((w) => w.code)).toEqual(['exact_p_unavailable']);
    const long = ok(
      mannKendall(
        Array.from({ length: 1001 }, (_, i) => Math.sin(i)),
        { pValue: 'exact' },
      ),
    );
    expect(long.pValueMethod).toBe('normal');
    expect(long.warnings[0]!.message).toMatch(/at most 1000 values, received 1001/);
    const pw = ok(mannKendall([1, 3, 2, 5, 4, 6, 8, 7], { variant: 'pre-whitening', pValue: 'exact' }));
    expect(pw.pValueMethod).toBe('exact');
  });

  it('uses times: the slope is per time unit, S is unchanged', () => {
    const x = [10, 12, 11, 15, 16];
    const plain = ok(mannKendall(x));
    const timed = ok(mannKendall(x, { times: [0, 2, 4, 6, 8] }));
    expect(timed.s).toBe(plain.s);
    expect(timed.slope).toBeCloseTo(plain.slope / 2, 15);
    const dated = ok(
      mannKendall(x, {
        times: ['2020-01-01', '2020-01-11', '2020-01-21', '2020-01-31', '2020-02-10'],
        timeUnit: 'day',
      }),
    );
    expect(dated.slope).toBeCloseTo(plain.slope / 10, 15);
    const hr = ok(mannKendall(x, { variant: 'hamed-rao', times: [0, 2, 4, 6, 8] }));
    expect(hr.s).toBe(plain.s);
    const tfpw = ok(mannKendall(x, { variant: 'trend-free-pre-whitening', times: [0, 2, 4, 6, 8] }));
    expect(tfpw.n).toBe(4);
  });

  it('does not mutate its input', () => {
    const x = [3, null, 1, 4, 1, 5, 9, 2, 6];
    const copy = [...x];
    mannKendall(x, { variant: 'trend-free-pre-whitening' });
    mannKendall(x, { variant: 'hamed-rao', lag: 2 });
    expect(x).toEqual(copy);
  });

  it('handles a long series in O(n log n)', () => {
    const n = 200_000;
    const x = Float64Array.from({ length: n }, (_, i) => i + ((i * 7919) % 13));
    const r = ok(mannKendall(x)) as MannKendallResult;
    expect(r.n).toBe(n);
    expect(r.trend).toBe('increasing');
    expect(Math.abs(r.tau)).toBeLessThanOrEqual(1);
  });

  it('throws typed errors for wrong arguments', () => {
    let e = thrown(() => mannKendall([1, 2, 3], { alpha: 1.5 }));
    expect(e.message).toBe('mannKendall: expected options.alpha to be a number in (0, 1), received 1.5');
    expect(e.path).toBe('options.alpha');
    e = thrown(() => mannKendall([1, 2, 3], { variant: 'sen' as never }));
    expect(e.path).toBe('options.variant');
    e = thrown(() => mannKendall([1, 2, 3], { lag: 1 }));
    expect(e.message).toBe(
      "mannKendall: expected options.lag only with variant 'hamed-rao' or 'yue-wang', received lag 1 with 'original'",
    );
    e = thrown(() => mannKendall([1, 2, 3, 4], { variant: 'yue-wang', lag: 4 }));
    expect(e.message).toBe('mannKendall: expected options.lag to be an integer from 1 to 3, received 4');
    e = thrown(() => mannKendall([1, 2, 3, 4], { variant: 'hamed-rao', lag: 1.5 }));
    expect(e.path).toBe('options.lag');
    e = thrown(() => mannKendall([1, 2, 3], { variant: 'hamed-rao', pValue: 'exact' }));
    expect(e.path).toBe('options.pValue');
    e = thrown(() => mannKendall([1, 2, 3], { pValue: 'bootstrap' as never }));
    expect(e.path).toBe('options.pValue');
    e = thrown(() => mannKendall([1, 2, 3], { variant: 'yue-wang', hamedRaoVariance: 'absolute' }));
    expect(e.path).toBe('options.hamedRaoVariance');
    e = thrown(() => mannKendall([1, 2, 3], { acfAlpha: 0.1 }));
    expect(e.path).toBe('options.acfAlpha');
    e = thrown(() => mannKendall([1, 2, 3], { variant: 'hamed-rao', acfAlpha: 0 }));
    expect(e.path).toBe('options.acfAlpha');
    e = thrown(() => mannKendall([1, 2, 3], { continuity: 'yes' as never }));
    expect(e.path).toBe('options.continuity');
    e = thrown(() => mannKendall([1, 'two' as never, 3]));
    expect(e.message).toBe(
      "mannKendall: expected values[1] to be a finite number, null or NaN, received 'two'",
    );
    e = thrown(() => mannKendall([1, Number.POSITIVE_INFINITY, 3]));
    expect(e.path).toBe('values[1]');
    e = thrown(() => mannKendall('1,2,3' as never));
    expect(e.path).toBe('values');
  });
});
