import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { PeriodError } from '../../src/errors/PeriodError.js';
import { targetPath, trajectoryStatus } from '../../src/scoring/index.js';

// Expected path 2010..2013: 43755, 40422, 37088, 33755 (hand-computed in targetPath.test.ts)
const path = targetPath({
  baseline: { period: '2010', value: 43755 },
  target: { period: '2013', value: 33755 },
  frequency: 'year',
  shape: 'linear',
});

describe('trajectoryStatus', () => {
  it('compares the latest actual with the path value of its period', () => {
    const actuals = [
      { period: '2010', value: 43755 },
      { period: '2011', value: 40000 },
    ];
    const r = trajectoryStatus(actuals, path, '2011');
    // 40000 ≤ 40422 with lower better → on track; difference −422
    expect(r).toMatchObject({
      status: 'on_track',
      period: '2011',
      actual: 40000,
      expected: 40422,
      difference: -422,
      periodsSinceReport: 0,
    });
    expect(r.display).toEqual({ actual: '40000', expected: '40422', difference: '-422' });
    expect(r.explanation.inputs.polarity).toBe('decrease');
    expect(r.explanation.inputs.polaritySource).toBe('path direction');
  });

  it('at risk within the tolerance, off track beyond it', () => {
    const actuals = [{ period: '2011', value: 41000 }];
    // shortfall 578; 2% of 40422 = 808.44 → at risk; 1% = 404.22 → off track; absolute 578 → at risk (≤)
    expect(trajectoryStatus(actuals, path, '2011', { tolerance: { relative: 0.02 } }).status).toBe('at_risk');
    expect(trajectoryStatus(actuals, path, '2011', { tolerance: { relative: 0.01 } }).status).toBe(
      'off_track',
    );
    expect(trajectoryStatus(actuals, path, '2011', { tolerance: 578 }).status).toBe('at_risk');
    expect(trajectoryStatus(actuals, path, '2011', { tolerance: 577 }).status).toBe('off_track');
    const off = trajectoryStatus(actuals, path, '2011');
    expect(off.status).toBe('off_track');
    expect(off.explanation.rule?.description).toBe('behind the path (no tolerance)');
    expect(off.explanation.intermediate.shortfall).toBe(578);
  });

  it('achieved in the target period; after the path ends the final target applies', () => {
    expect(trajectoryStatus([{ period: '2013', value: 33000 }], path, '2013').status).toBe('achieved');
    const late = trajectoryStatus([{ period: '2015', value: 33700 }], path, '2015');
    expect(late).toMatchObject({ status: 'achieved', expected: 33755 });
    expect(late.explanation.intermediate.afterPathEnd).toBe(true);
    expect(trajectoryStatus([{ period: '2015', value: 34000 }], path, '2015').status).toBe('off_track');
  });

  it('uses the latest reported period and says how stale it is', () => {
    const actuals = [
      { period: '2010', value: 43755 },
      { period: '2011', value: 40100 },
      { period: '2012', value: null },
    ];
    const r = trajectoryStatus(actuals, path, '2012');
    expect(r).toMatchObject({ status: 'on_track', period: '2011', periodsSinceReport: 1 });
    expect(r.explanation.summary).toContain('1 period old');
    // asOf given as a date or a coarser label is read at the path's frequency
    expect(trajectoryStatus(actuals, path, '2011-06-30').period).toBe('2011');
  });

  it('data statuses: not_due, no_data, no_target', () => {
    expect(trajectoryStatus([{ period: '2009', value: 1 }], path, '2009')).toMatchObject({
      status: 'not_due',
      reason: 'before_path_start',
    });
    expect(trajectoryStatus([{ period: '2009', value: 1 }], path, '2011')).toMatchObject({
      status: 'no_data',
      reason: 'no_observation',
    });
    expect(trajectoryStatus([], path, '2011').status).toBe('no_data');
    const gappy = [
      { period: '2010', value: 10 },
      { period: '2012', value: 12 },
    ];
    expect(trajectoryStatus([{ period: '2011', value: 11 }], gappy, '2011')).toMatchObject({
      status: 'no_target',
      reason: 'no_expected_value',
    });
  });

  it('polarity: explicit, or required for a flat path', () => {
    const flat = [
      { period: '2024-01', value: 5 },
      { period: '2024-02', value: 5 },
    ];
    expect(() => trajectoryStatus([], flat, '2024-02')).toThrow(ArgumentError);
    expect(
      trajectoryStatus([{ period: '2024-02', value: 4 }], flat, '2024-02', { polarity: 'increase' }).status,
    ).toBe('off_track');
    expect(
      trajectoryStatus([{ period: '2024-01', value: 4 }], flat, '2024-01', { polarity: 'decrease' }).status,
    ).toBe('on_track');
    expect(
      trajectoryStatus([{ period: '2024-02', value: 4 }], flat, '2024-02', { polarity: 'decrease' }).status,
    ).toBe('achieved');
  });

  it('throws on bad input', () => {
    expect(() => trajectoryStatus([{ period: '2011-01', value: 1 }], path, '2011')).toThrow(PeriodError);
    expect(() => trajectoryStatus([], [], '2011')).toThrow(
      'trajectoryStatus: expected path to have at least one period',
    );
    expect(() => trajectoryStatus([], [{ period: '2011', value: null }], '2011')).toThrow(ArgumentError);
    expect(() => trajectoryStatus([], {} as never, '2011')).toThrow(ArgumentError);
    expect(() => trajectoryStatus([], path, '2011', { tolerance: -1 })).toThrow(ArgumentError);
    expect(() => trajectoryStatus([], path, '2011', { polarity: 'range' as never })).toThrow(ArgumentError);
    expect(() => trajectoryStatus([], path, 2011 as never)).toThrow(ArgumentError);
    try {
      trajectoryStatus(
        [
          { period: '2011', value: 1 },
          { period: '2011', value: 2 },
        ],
        path,
        '2011',
      );
      expect.fail('duplicate');
    } catch (error) {
      expect(error).toBeInstanceOf(PeriodError);
      expect((error as PeriodError).code).toBe('duplicate_observation');
      expect((error as PeriodError).message).toMatch(/^trajectoryStatus: /);
      expect((error as PeriodError).path).toMatch(/^observations/);
    }
  });
});
