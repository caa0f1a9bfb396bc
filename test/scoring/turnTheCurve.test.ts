import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { PeriodError } from '../../src/errors/PeriodError.js';
import { baselineForecast, turnTheCurve } from '../../src/scoring/index.js';
import { hasShared, readSharedJson, sharedSkipReason } from '../helpers/shared.js';

interface Vector {
  method: string;
  inputs: Record<string, unknown>;
  expected: Record<string, unknown>;
}

describe.skipIf(!hasShared)(`spec vector rba_turn_the_curve ${hasShared ? '' : sharedSkipReason}`, () => {
  const vectors = hasShared ? readSharedJson<Vector[]>('specs', 'progress-vectors.json') : [];
  const rows = vectors.map((v, i) => ({ ...v, row: i + 1 })).filter((v) => v.method === 'rba_turn_the_curve');
  it('has the row', () => expect(rows.length).toBe(1));
  for (const v of rows) {
    const i = v.inputs as {
      history_years: number[];
      history: number[];
      forecast_years: number[];
      baseline_forecast: number[];
      actual: number[];
      desired_direction: 'increase' | 'decrease';
    };
    const forecast = i.forecast_years.map((y, k) => ({
      period: String(y),
      value: i.baseline_forecast[k] as number,
    }));
    const actual = i.forecast_years.map((y, k) => ({ period: String(y), value: i.actual[k] as number }));
    it(`rba_turn_the_curve row ${v.row}: the published forecast`, () => {
      const r = turnTheCurve(actual, forecast, i.desired_direction);
      expect(r.status === 'ok' && r.turned).toBe(v.expected.curve_turned);
      expect(r.status === 'ok' && r.periods.map((p) => p.gap)).toEqual(v.expected.gap_vs_baseline);
    });
    it(`rba_turn_the_curve row ${v.row}: our baselineForecast of the history gives the same forecast`, () => {
      const history = i.history_years.map((y, k) => ({ period: String(y), value: i.history[k] as number }));
      const baseline = baselineForecast(history, { until: String(i.forecast_years.at(-1)) });
      expect(baseline.status === 'ok' && baseline.forecast.map((p) => p.value)).toEqual(i.baseline_forecast);
      const r = turnTheCurve([...history, ...actual], baseline, i.desired_direction);
      expect(r.status === 'ok' && [r.turned, r.periods.map((p) => p.gap)]).toEqual([
        v.expected.curve_turned,
        v.expected.gap_vs_baseline,
      ]);
    });
  }
});

describe('turnTheCurve', () => {
  const forecast = [58, 60, 62, 64].map((value, k) => ({ period: `${2023 + k}`, value }));

  it('by how much and since when', () => {
    const actual = [
      { period: '2023', value: 59 },
      { period: '2024', value: 59 },
      { period: '2025', value: 60 },
    ];
    const r = turnTheCurve(actual, forecast, 'decrease');
    expect(r).toMatchObject({
      status: 'ok',
      turned: true,
      since: '2024',
      periodsBetter: 2,
      latestGap: -2,
      latestImprovement: 2,
    });
    expect(r.status === 'ok' && r.periods.map((p) => [p.better, p.display.gap])).toEqual([
      [false, '+1'],
      [true, '-1'],
      [true, '-2'],
    ]);
    expect(r.explanation.summary).toBe(
      'Curve turned: 2025 is -2 against the baseline forecast (lower is better), better for 2 periods since 2024.',
    );
  });

  it('increase polarity, not turned, exact decimals', () => {
    const r = turnTheCurve([{ period: '2023', value: 0.3 }], [{ period: '2023', value: '0.3' }], 'increase');
    expect(r).toMatchObject({ status: 'ok', turned: false, since: null, periodsBetter: 0, latestGap: 0 });
    const up = turnTheCurve(
      [{ period: '2023', value: 0.1 + 0.2 }],
      [{ period: '2023', value: 0.3 }],
      'increase',
    );
    // 0.30000000000000004 is (just) above 0.3
    expect(up.status === 'ok' && up.turned).toBe(true);
  });

  it('tolerance requires a margin', () => {
    const actual = [{ period: '2023', value: 57.5 }];
    expect(turnTheCurve(actual, forecast, 'decrease', { tolerance: 0.5 }).status === 'ok').toBe(true);
    const r = turnTheCurve(actual, forecast, 'decrease', { tolerance: 0.5 });
    expect(r.status === 'ok' && r.turned).toBe(false);
    const rel = turnTheCurve(actual, forecast, 'decrease', { tolerance: { relative: 0.005 } });
    // 0.5% of 58 = 0.29 < 0.5
    expect(rel.status === 'ok' && rel.turned).toBe(true);
  });

  it('a missing period between better periods ends the run', () => {
    const actual = [
      { period: '2023', value: 50 },
      { period: '2024', value: null },
      { period: '2025', value: 50 },
    ];
    const r = turnTheCurve(actual, forecast, 'decrease');
    expect(r).toMatchObject({ turned: true, since: '2025', periodsBetter: 1 });
  });

  it('data statuses', () => {
    expect(turnTheCurve([{ period: '2020', value: 1 }], forecast, 'decrease')).toMatchObject({
      status: 'no_data',
      reason: 'no_overlap',
    });
    expect(turnTheCurve([], forecast, 'neutral')).toMatchObject({
      status: 'not_comparable',
      reason: 'neutral_polarity',
    });
    expect(turnTheCurve([], forecast, 'range')).toMatchObject({
      status: 'not_comparable',
      reason: 'range_polarity',
    });
  });

  it('throws on bad input', () => {
    expect(() => turnTheCurve([], {} as never, 'decrease')).toThrow(ArgumentError);
    expect(() => turnTheCurve([], null as never, 'decrease')).toThrow(ArgumentError);
    expect(() =>
      turnTheCurve(
        [],
        { status: 'insufficient_data', required: 3, received: 1, explanation: {} } as never,
        'decrease',
      ),
    ).toThrow(ArgumentError);
    expect(() => turnTheCurve([], forecast, 'down' as never)).toThrow(ArgumentError);
    expect(() => turnTheCurve([{ period: '2023-01', value: 1 }], forecast, 'decrease')).toThrow(PeriodError);
  });
});
