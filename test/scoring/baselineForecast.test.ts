import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { baselineForecast } from '../../src/scoring/index.js';

const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'scoring', 'projections.json'), 'utf8'),
) as {
  numpy: string;
  cases: {
    name: string;
    x: number[];
    values: number[];
    targetX: number;
    alpha: number;
    interval: 'prediction' | 'confidence';
    linearForecast: { x: number; value: number; lower: number; upper: number }[];
  }[];
};
const year = (x: number) => `${2010 + x}`;

describe(`baselineForecast (linear) against NumPy ${fixture.numpy} (test/fixtures/scoring/projections.py)`, () => {
  for (const c of fixture.cases) {
    it(c.name, () => {
      const history = c.x.map((x, i) => ({ period: year(x), value: c.values[i] as number }));
      const r = baselineForecast(history, { until: year(c.targetX), alpha: c.alpha, interval: c.interval });
      expect(r.status).toBe('ok');
      if (r.status !== 'ok') return;
      expect(r.forecast.map((p) => p.period)).toEqual(c.linearForecast.map((p) => year(p.x)));
      r.forecast.forEach((p, i) => {
        const g = c.linearForecast[i] as (typeof c.linearForecast)[number];
        for (const key of ['value', 'lower', 'upper'] as const) {
          expect(Math.abs((p[key] as number) - g[key])).toBeLessThanOrEqual(
            1e-9 * Math.max(1, Math.abs(g[key])),
          );
        }
      });
    });
  }
});

describe('baselineForecast', () => {
  const history = [50, 52, 54, 56].map((value, i) => ({ period: `${2019 + i}`, value }));

  it('RBA vector history: exact linear forecast 58, 60 (decimal least squares)', () => {
    const r = baselineForecast(history, { until: '2024' });
    expect(r.status === 'ok' && r.forecast.map((p) => [p.period, p.value, p.display])).toEqual([
      ['2023', 58, '58'],
      ['2024', 60, '60'],
    ]);
    // a perfect line has a zero-width interval
    expect(r.status === 'ok' && [r.forecast[0]?.lower, r.forecast[0]?.upper]).toEqual([58, 58]);
    expect(r.status === 'ok' && r.fit).toEqual({ slope: 2, intercept: 50, rate: 2, n: 4 });
    expect(r.status === 'ok' && r.history.length).toBe(4);
  });

  it('flat, sen and compound methods', () => {
    const flat = baselineForecast(history, { until: '2024', method: 'flat' });
    expect(flat.status === 'ok' && flat.forecast.map((p) => [p.value, p.lower])).toEqual([
      [56, null],
      [56, null],
    ]);
    const sen = baselineForecast(history, { until: '2023', method: 'sen' });
    expect(sen.status === 'ok' && sen.forecast[0]?.value).toBe(58);
    // compound on 100, 110, 121: 10% a year → 133.1
    const grow = [100, 110, 121].map((value, i) => ({ period: `${2020 + i}`, value }));
    const c = baselineForecast(grow, { until: '2023', method: 'compound' });
    expect(c.status === 'ok' && c.forecast[0]?.value).toBeCloseTo(133.1, 10);
    expect(c.status === 'ok' && c.fit.rate).toBeCloseTo(0.1, 12);
  });

  it('gaps keep their positions; monthly series; until at a coarser frequency', () => {
    const gappy = [
      { period: '2024-01', value: 10 },
      { period: '2024-02', value: 12 },
      { period: '2024-03', value: null },
      { period: '2024-05', value: 18 },
    ];
    // x = 0, 1, 4 → exact line 10 + 2x; until 2024-Q3 → its last month 2024-09 (x = 8 → 26)
    const r = baselineForecast(gappy, { until: '2024-Q3' });
    expect(r.status === 'ok' && r.forecast.map((p) => `${p.period}=${p.value}`)).toEqual([
      '2024-06=20',
      '2024-07=22',
      '2024-08=24',
      '2024-09=26',
    ]);
  });

  it('nothing to forecast when until is not later', () => {
    const r = baselineForecast(history, { until: '2021' });
    expect(r.status === 'ok' && r.forecast).toEqual([]);
    expect(r.explanation.summary).toContain('nothing to forecast');
  });

  it('data statuses', () => {
    expect(baselineForecast(history.slice(0, 2), { until: '2024' })).toMatchObject({
      status: 'insufficient_data',
      required: 3,
      received: 2,
    });
    expect(baselineForecast([], { until: '2024', method: 'flat' })).toMatchObject({
      status: 'insufficient_data',
      required: 1,
      received: 0,
    });
    const withZero = [0, 1, 2].map((value, i) => ({ period: `${2020 + i}`, value }));
    expect(baselineForecast(withZero, { until: '2024', method: 'compound' })).toMatchObject({
      status: 'not_comparable',
      reason: 'non_positive_values',
    });
  });

  it('throws on bad options', () => {
    expect(() => baselineForecast(history, { until: '2024', method: 'arima' as never })).toThrow(
      ArgumentError,
    );
    expect(() => baselineForecast(history, { until: '2024', alpha: 0 })).toThrow(ArgumentError);
    expect(() => baselineForecast(history, { until: '2024', interval: 'x' as never })).toThrow(ArgumentError);
    expect(() => baselineForecast(history, null as never)).toThrow(ArgumentError);
    expect(() => baselineForecast(history, { until: 'next year' })).toThrow(/^baselineForecast: /);
  });
});
