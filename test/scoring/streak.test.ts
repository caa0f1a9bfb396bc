import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { streak } from '../../src/scoring/index.js';

const series = (values: (number | null)[], start = 2010) =>
  values.map((value, i) => ({ period: `${start + i}`, value }));

describe('streak: improving', () => {
  it('counts consecutive improvements back from the latest value', () => {
    const r = streak(series([160, 150, 155, 140, 120, 95]), 'decrease');
    expect(r).toMatchObject({
      status: 'ok',
      kind: 'improving',
      length: 3,
      since: '2013',
      latest: '2015',
      improving: 3,
      brokenBy: 'reversal',
    });
    expect(r.explanation.summary).toBe('Improved 3 periods running, 2013 to 2015 (lower is better).');
  });

  it('worsening and unchanged runs; the start of the series', () => {
    expect(streak(series([1, 2, 3, 2, 1]), 'increase')).toMatchObject({
      kind: 'worsening',
      length: 2,
      improving: 0,
      brokenBy: 'reversal',
    });
    expect(streak(series([4, 4, 4]), 'increase')).toMatchObject({
      kind: 'unchanged',
      length: 2,
      brokenBy: 'start',
    });
    expect(streak(series([1, 2, 3]), 'increase')).toMatchObject({
      kind: 'improving',
      length: 2,
      since: '2011',
      brokenBy: 'start',
    });
  });

  it('a missing or unreported period ends the run; trailing missing values are noted', () => {
    expect(streak(series([1, 2, null, 3, 4]), 'increase')).toMatchObject({
      length: 1,
      since: '2014',
      brokenBy: 'gap',
    });
    const unreported = [
      { period: '2010', value: 1 },
      { period: '2012', value: 2 },
      { period: '2013', value: 3 },
    ];
    expect(streak(unreported, 'increase')).toMatchObject({ length: 1, brokenBy: 'gap' });
    const trailing = streak(series([1, 2, 3, null]), 'increase');
    expect(trailing).toMatchObject({ latest: '2012', length: 2 });
    expect(trailing.explanation.intermediate.trailingMissing).toBe('2013');
    expect(streak(series([1, null, 3]), 'increase')).toMatchObject({ status: 'insufficient_data' });
  });

  it('data statuses', () => {
    expect(streak(series([1]), 'increase')).toMatchObject({
      status: 'insufficient_data',
      required: 2,
      received: 1,
    });
    expect(streak(series([1, 2]), 'neutral')).toMatchObject({
      status: 'not_comparable',
      reason: 'neutral_polarity',
    });
    expect(streak(series([1, 2]), 'range')).toMatchObject({
      status: 'not_comparable',
      reason: 'range_polarity',
    });
  });
});

describe('streak: on target', () => {
  it('a fixed target, exact comparison', () => {
    const r = streak(series([90, 79, 80, 78.5]), 'decrease', { mode: 'on_target', target: 80 });
    expect(r).toMatchObject({
      kind: 'on_target',
      length: 3,
      since: '2011',
      improving: 3,
      brokenBy: 'reversal',
    });
    expect(streak(series([0.1 + 0.2]), 'decrease', { mode: 'on_target', target: 0.3 })).toMatchObject({
      kind: 'off_target',
      improving: 0,
    });
  });

  it('per-period targets (a target path) and a missing target', () => {
    const path = series([100, 110, 120, 130]);
    expect(
      streak(series([101, 108, 121, 131]), 'increase', { mode: 'on_target', target: path }),
    ).toMatchObject({
      kind: 'on_target',
      length: 2,
      since: '2012',
    });
    expect(
      streak(series([101, 108, 121, 131, 140]), 'increase', { mode: 'on_target', target: path }),
    ).toMatchObject({
      status: 'no_target',
    });
    expect(
      streak(series([101, 111, 121]), 'increase', { mode: 'on_target', target: series([null, 110, 120]) }),
    ).toMatchObject({
      length: 2,
      brokenBy: 'no_target',
    });
  });

  it('range polarity with a band; gaps', () => {
    const r = streak(series([7, 5, 4, 6]), 'range', { mode: 'on_target', target: { min: 4, max: 6 } });
    expect(r).toMatchObject({ kind: 'on_target', length: 3, brokenBy: 'reversal' });
    expect(
      streak(series([5, null, 5]), 'range', { mode: 'on_target', target: { min: 4, max: 6 } }),
    ).toMatchObject({ length: 1, brokenBy: 'gap' });
    expect(streak([], 'increase', { mode: 'on_target', target: 1 })).toMatchObject({
      status: 'insufficient_data',
      required: 1,
    });
  });

  it('throws on bad options', () => {
    expect(() => streak(series([1]), 'increase', { mode: 'on_target' })).toThrow(ArgumentError);
    expect(() => streak(series([1]), 'increase', { mode: 'best' as never })).toThrow(ArgumentError);
    expect(() => streak(series([1]), 'increase', { mode: 'on_target', target: { min: 1, max: 2 } })).toThrow(
      ArgumentError,
    );
    expect(() => streak(series([1]), 'range', { mode: 'on_target', target: 1 })).toThrow(ArgumentError);
    expect(() => streak(series([1]), 'range', { mode: 'on_target', target: { min: 3, max: 2 } })).toThrow(
      ArgumentError,
    );
    expect(() => streak(series([1]), 'up' as never)).toThrow(
      "streak: expected polarity to be one of 'increase', 'decrease', 'range', 'neutral', received 'up'",
    );
    expect(() => streak(series([1]), 'increase', null as never)).toThrow(ArgumentError);
  });
});
