import { describe, expect, it } from 'vitest';
import { sensSlope } from '../../src/trend/index.js';
import { ok, thrown } from './helpers.js';

describe('sensSlope', () => {
  it("uses Conover's intercept, not the median residual (spec §1.6: 11.25, not 12.25)", () => {
    const r = ok(sensSlope([12, 14, 13, 17, 16, 20, 19, 24, 22, 28]));
    expect(r.slope).toBe(1.5);
    expect(r.intercept).toBe(11.25);
    expect(r.confidence).toBe(0.95);
    expect(r.n).toBe(10);
  });

  it('returns null bounds with ci_unavailable where R gives NA (spec §12.5)', () => {
    const r = ok(sensSlope([1, 3, 2]));
    expect(r.lower).toBeNull();
    expect(r.upper).toBeNull();
    expect(r.warnings).toEqual([
      {
        code: 'ci_unavailable',
        message: 'sensSlope: both bounds of the 95% interval fall outside the 3 ranked slopes of 3 values',
      },
    ]);
  });

  it('insufficient data below two values', () => {
    expect(sensSlope([null, 5])).toEqual({ status: 'insufficient_data', required: 2, received: 1 });
    expect(ok(sensSlope([1, 3])).slope).toBe(2);
  });

  it('all-equal values: slope 0 and the value as intercept', () => {
    const r = ok(sensSlope([7, 7, 7, 7]));
    expect([r.slope, r.intercept]).toEqual([0, 7]);
  });

  it('accepts ISO dates and Date objects, read as UTC, in the chosen unit', () => {
    const values = [100, 110, 120];
    const iso = ok(sensSlope(values, { times: ['2021-01-01', '2021-01-11', '2021-01-21'], timeUnit: 'day' }));
    expect(iso.slope).toBe(1);
    const dates = ok(
      sensSlope(values, {
        times: [
          new Date(Date.UTC(2021, 0, 1)),
          new Date(Date.UTC(2021, 0, 8)),
          new Date(Date.UTC(2021, 0, 15)),
        ],
        timeUnit: 'week',
      }),
    );
    expect(dates.slope).toBeCloseTo(10, 12);
    const zoneless = ok(
      sensSlope(values, {
        times: ['2021-01-01T00:00', '2021-01-11T00:00', '2021-01-21T00:00'],
        timeUnit: 'day',
      }),
    );
    expect(zoneless.slope).toBe(1);
    const offset = ok(
      sensSlope(values, {
        times: ['2021-01-01T00:00:00+02:00', '2021-01-11T00:00:00+02:00', '2021-01-21T00:00:00+02:00'],
        timeUnit: 'day',
      }),
    );
    expect(offset.slope).toBe(1);
    const yearly = ok(sensSlope(values, { times: ['2020-01-01', '2020-07-02', '2021-01-01'] }));
    expect(yearly.slope).toBeCloseTo(10 / (183 / 365.2425), 10);
    const monthly = ok(
      sensSlope(values, { times: ['2020-01-01', '2020-07-02', '2021-01-01'], timeUnit: 'month' }),
    );
    expect(monthly.slope).toBeCloseTo(yearly.slope / 12, 12);
    const quarterly = ok(
      sensSlope(values, { times: ['2020-01-01', '2020-07-02', '2021-01-01'], timeUnit: 'quarter' }),
    );
    expect(quarterly.slope).toBeCloseTo(yearly.slope / 4, 12);
  });

  it('measures time from the first element, even when its value is missing', () => {
    const r = ok(sensSlope([null, 12, 14], { times: [2000, 2001, 2002] }));
    expect(r.slope).toBe(2);
    expect(r.intercept).toBe(10);
  });

  it('throws typed errors for bad times and alpha', () => {
    let e = thrown(() => sensSlope([1, 2, 3], { alpha: 0 }));
    expect(e.path).toBe('options.alpha');
    e = thrown(() => sensSlope([1, 2, 3], { times: [0, 1] }));
    expect(e.code).toBe('mismatched_lengths');
    expect(e.message).toBe(
      'sensSlope: expected options.times to have the length of values (3), received length 2',
    );
    e = thrown(() => sensSlope([1, 2, 3], { times: [0, 2, 2] }));
    expect(e.message).toBe(
      'sensSlope: expected options.times to be strictly increasing, received 2 at options.times[2] after 2',
    );
    e = thrown(() => sensSlope([1, 2, 3], { times: [0, 1, Number.NaN] }));
    expect(e.path).toBe('options.times[2]');
    e = thrown(() => sensSlope([1, 2, 3], { times: ['2020-01-01', '2020-13-45', '2021-01-01'] }));
    expect(e.path).toBe('options.times[1]');
    e = thrown(() => sensSlope([1, 2, 3], { times: ['2020-01-01', 'soon', '2021-01-01'] }));
    expect(e.path).toBe('options.times[1]');
    e = thrown(() => sensSlope([1, 2, 3], { times: [0, '2020-01-01', 5] }));
    expect(e.message).toBe(
      'sensSlope: expected options.times to be all numbers or all dates, received a mixture',
    );
    e = thrown(() => sensSlope([1, 2, 3], { times: [0, 1, 2], timeUnit: 'day' }));
    expect(e.path).toBe('options.timeUnit');
    e = thrown(() => sensSlope([1, 2, 3], { timeUnit: 'day' }));
    expect(e.message).toBe(
      "sensSlope: expected options.timeUnit only together with options.times, received 'day'",
    );
    e = thrown(() =>
      sensSlope([1, 2, 3], {
        times: ['2020-01-01', '2020-01-02', '2020-01-03'],
        timeUnit: 'fortnight' as never,
      }),
    );
    expect(e.path).toBe('options.timeUnit');
    e = thrown(() => sensSlope([1, 2, 3], { times: 'daily' as never }));
    expect(e.path).toBe('options.times');
  });

  it('does not mutate inputs', () => {
    const values = [3, 1, null, 4];
    const times = [0, 1, 5, 6];
    sensSlope(values, { times });
    expect(values).toEqual([3, 1, null, 4]);
    expect(times).toEqual([0, 1, 5, 6]);
  });
});
